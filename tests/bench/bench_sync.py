"""Sync with a PostgreSQL hall (issue: push 10,000 events at most 2x a raw COPY of the same rows; pull likewise).

Built by sync_setup.Hall: a fresh PostgreSQL hall database with the demo hall,
counter A holding 10,000 case events (cases taken in and moved on through Desk)
in its outbox, counter B registered and caught up to just before them. Each
repetition gets a fresh copy of the hall database and of both local stores.

Push: services.sync._push_all on counter A, the push phase of synchronise (read
the outbox batch by batch, deliver each batch to the hall under the fact-log lock
with the hall's checks and its hall_fact_log entries, commit, mark the outbox).
Its floor: a raw psycopg COPY of the same rows (the same columns and values, as
Python values: UUIDs, aware datetimes, the JSON dumped) into case_event of
another copy of the hall, so with the table's keys, index and foreign keys, and a
commit. Also reported: the same COPY into bench_copy, a table LIKE case_event
INCLUDING ALL (no foreign keys) in the program's hall database. Both floors'
rows are checked equal to what the push wrote (every column, the JSON as text).

Pull: services.sync._pull_all on counter B, the pull phase (follow the hall's log,
bring the rows, write them into the local SQLite, refold the cases they touch,
move the cursor). Its floor: a raw psycopg COPY (SELECT the same columns FROM
case_event WHERE the same rows) TO STDOUT, every byte read. An extra instrumented
pull splits the pull's time into the hall's statements, the local writes, the
refold and the rest; it runs first and also warms both sides.

Program and floor take turns at going first; medians are compared. Target: each
ratio at most 2. BENCH_SYNC_RUNS sets the repetitions (default 5), BENCH_SYNC_EVENTS
the events (10,000).
"""

from __future__ import annotations

import inspect
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sync_setup  # noqa: E402

RUNS = int(os.environ.get("BENCH_SYNC_RUNS", "5"))
TARGET_RATIO = 2.0


def run(hall: sync_setup.Hall | None = None) -> dict[str, Any]:
    why = sync_setup.pg_reachable()
    if why is not None:
        return sync_setup.skipped(why)
    own = hall is None
    hall = hall or sync_setup.Hall().build()
    try:
        return _measure(hall)
    finally:
        if own:
            hall.close()


def _measure(hall: sync_setup.Hall) -> dict[str, Any]:
    from counter_app.services import sync

    push_ms: list[float] = []
    copy_in_ms: list[float] = []
    copy_bare_ms: list[float] = []
    pull_ms: list[float] = []
    copy_out_ms: list[float] = []
    batch = sync.BATCH
    # First an instrumented repetition, not timed: it splits the pull, and warms what a sync in a
    # running app finds warm (statements compiled, modules imported) for program and floor alike.
    split = _pull_split(hall)
    for i in range(RUNS):
        name, a_dir, b_dir = hall.copy()
        bench = _Repetition(hall, name, a_dir, b_dir)
        try:
            program, floor = _turns(i, bench.push, bench.copy_in)
            push_ms.append(program)
            copy_in_ms.append(floor)
            copy_bare_ms.append(_turns(0, bench.copy_in_bare, lambda: None)[0])
            bench.check_copied()
            program, floor = _turns(i, bench.pull, bench.copy_out)
            pull_ms.append(program)
            copy_out_ms.append(floor)
            sync_setup.say(f"run {i + 1}: push {push_ms[-1]:.0f} ms (COPY {copy_in_ms[-1]:.0f}), "
                           f"pull {pull_ms[-1]:.0f} ms (COPY {copy_out_ms[-1]:.0f})")
        finally:
            bench.close()
            hall.drop(name)
    result: dict[str, Any] = {
        "events": sync_setup.EVENTS, "cases": hall.cases, "runs": RUNS, "batch": batch,
        "push_ms": _median(push_ms), "push_copy_ms": _median(copy_in_ms),
        "push_ratio": round(statistics.median(push_ms) / statistics.median(copy_in_ms), 2),
        "push_copy_no_fk_ms": _median(copy_bare_ms),
        "push_ratio_to_no_fk_copy": round(statistics.median(push_ms) / statistics.median(copy_bare_ms), 2),
        "pull_ms": _median(pull_ms), "pull_copy_ms": _median(copy_out_ms),
        "pull_ratio": round(statistics.median(pull_ms) / statistics.median(copy_out_ms), 2),
        "pull_split_ms": split,
        # The pull but its refold (from the instrumented pull) against the same COPY: the transfer alone.
        "pull_without_refold_ratio": round(split["without_refold"] / statistics.median(copy_out_ms), 2),
        "push_all_ms": [round(v, 1) for v in push_ms], "push_copy_all_ms": [round(v, 1) for v in copy_in_ms],
        "pull_all_ms": [round(v, 1) for v in pull_ms], "pull_copy_all_ms": [round(v, 1) for v in copy_out_ms],
        "target_ratio": TARGET_RATIO,
    }
    result["failed"] = [f"{side} ratio {result[f'{side}_ratio']}" for side in ("push", "pull")
                        if result[f"{side}_ratio"] > TARGET_RATIO]
    result["ok"] = not result["failed"]
    return result


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def _turns(i: int, program: Callable[[], None], floor: Callable[[], None]) -> tuple[float, float]:
    """Time the program and its floor, taking turns at going first; in ms."""
    times = [0.0, 0.0]
    for j in ((0, 1) if i % 2 else (1, 0)):
        start = time.perf_counter()
        (program, floor)[j]()
        times[j] = (time.perf_counter() - start) * 1000
    return times[0], times[1]


def _phase(phase: Callable[..., Any], counter: Any, device: Any) -> Any:
    """services.sync._push_all or _pull_all, as synchronise calls it: its batch size, no progress, no stop."""
    from counter_app.services import sync

    extra = {"stop": lambda: False} if "stop" in inspect.signature(phase).parameters else {}
    return phase(counter, device, sync.BATCH, None, **extra)


class _Repetition:
    def __init__(self, hall: sync_setup.Hall, name: str, a_dir: Path, b_dir: Path) -> None:
        import psycopg
        from sqlalchemy import select, text

        from counter_app.services import sync  # noqa: F401 - imported before anything is timed
        from counter_app.store.models import CaseEvent
        from counter_app.sync import push

        self.hall = hall
        self.a = hall.counter(a_dir, name)
        self.b = hall.counter(b_dir, name)
        self.columns = [c.name for c in CaseEvent.__table__.columns]
        self.raw = psycopg.connect(sync_setup.dsn(name))  # the program's hall: the pull's floor reads it
        self.raw.execute("CREATE TABLE bench_copy (LIKE case_event INCLUDING ALL)")  # no foreign keys
        self.raw.commit()
        self.floor_db = hall.database()  # another copy of the hall: the push's floor writes its case_event
        self.floor = psycopg.connect(sync_setup.dsn(self.floor_db))
        # The rows the push sends, as Python values (UUIDs, aware datetimes, dicts): what the floor copies.
        events = CaseEvent.__table__
        with self.a.local() as uow:
            waiting = [i for t, i in push.read_waiting(uow.connection(), sync_setup.EVENTS).keys]
            self.rows = [dict(r) for r in uow.connection().execute(
                select(events).where(events.c.device_id == hall.device_a, events.c.device_seq >= hall.first_seq)
                .order_by(events.c.device_seq)).mappings()]
        assert sorted(waiting) == sorted(r["id"] for r in self.rows) and len(waiting) == sync_setup.EVENTS
        for counter in (self.a, self.b):  # both ends connected once, as after start-up
            with counter.hall() as uow:
                uow.connection().execute(text("SELECT 1"))
            with counter.local() as uow:
                uow.connection().execute(text("SELECT 1"))

    def close(self) -> None:
        self.raw.close()
        self.floor.close()
        self.a.close()
        self.b.close()
        self.hall.drop(self.floor_db)

    # -- push and its floor ---------------------------------------------------------------------------

    def push(self) -> None:
        from counter_app.services import sync

        pushed, already, refused = _phase(sync._push_all, self.a, self.hall.device_a)
        assert (pushed, already, refused) == (sync_setup.EVENTS, 0, 0), (pushed, already, refused)

    def copy_in(self) -> None:
        """The same rows into the hall's own case_event (another copy of the hall): its keys, index and checks."""
        self._copy(self.floor, "case_event")

    def copy_in_bare(self) -> None:
        """The same rows into a table like case_event without its foreign keys, in the program's hall."""
        self._copy(self.raw, "bench_copy")

    def _copy(self, connection: Any, table: str) -> None:
        columns = self.columns
        json_at = columns.index("data")
        with connection.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in self.rows:
                values = [row[c] for c in columns]
                values[json_at] = json.dumps(values[json_at])
                copy.write_row(values)
        connection.commit()

    def check_copied(self) -> None:
        """The floors wrote the very rows the push wrote (the hall also holds A's demo cases: left out)."""
        digest = (f"SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t.id)) FROM "
                  f"(SELECT {', '.join(c for c in self.columns if c != 'data')}, data::text FROM {{}} "
                  f"WHERE device_id = %s AND device_seq >= %s) t")
        args = [self.hall.device_a, self.hall.first_seq]
        pushed = self.raw.execute(digest.format("case_event"), args).fetchone()
        floor = self.floor.execute(digest.format("case_event"), args).fetchone()
        bare = self.raw.execute(digest.format("bench_copy"), args).fetchone()
        assert pushed == floor == bare and pushed is not None and pushed[0] == sync_setup.EVENTS, (pushed, floor, bare)

    # -- pull and its floor ---------------------------------------------------------------------------

    def pull(self) -> None:
        from counter_app.services import sync

        pulled, _refolded, _cursor = _phase(sync._pull_all, self.b, self.hall.device_b)
        assert pulled == sync_setup.EVENTS, pulled

    def copy_out(self) -> None:
        query = (f"COPY (SELECT {', '.join(self.columns)} FROM case_event WHERE device_id = %s "
                 f"AND device_seq >= %s) TO STDOUT")
        rows = 0
        with self.raw.cursor() as cur, cur.copy(query, (self.hall.device_a, self.hall.first_seq)) as copy:
            for block in copy:
                rows += bytes(block).count(b"\n")
        self.raw.commit()
        assert rows == sync_setup.EVENTS, rows


def _pull_split(hall: sync_setup.Hall) -> dict[str, float]:
    """One more pull, instrumented, in ms: the hall's statements (log and rows: sent, run, received),
    writing the pulled rows into the local store, refolding the cases they touch (reading their
    events, folding, writing the projections), the local commits, and the rest (Python between)."""
    from sqlalchemy import event

    from counter_app.services import sync
    from counter_app.store.uow import SqlUnitOfWork
    from counter_app.sync import pull

    name, a_dir, b_dir = hall.copy()
    bench = _Repetition(hall, name, a_dir, b_dir)
    spent = {"hall_read": 0.0, "local_write": 0.0, "refold": 0.0, "local_commit": 0.0}
    started: dict[int, float] = {}

    def before(_conn: Any, cursor: Any, *_args: Any) -> None:
        started[id(cursor)] = time.perf_counter()

    def after_hall(_conn: Any, cursor: Any, *_args: Any) -> None:
        spent["hall_read"] += time.perf_counter() - started.pop(id(cursor))

    def after_local(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        took = time.perf_counter() - started.pop(id(cursor))
        if "case_event" in statement and not in_refold:
            spent["local_write"] += took

    in_refold = False
    refold, commit = pull.refold, SqlUnitOfWork.commit

    def timed_refold(*args: Any) -> None:
        nonlocal in_refold
        start, in_refold = time.perf_counter(), True
        try:
            refold(*args)
        finally:
            in_refold = False
            spent["refold"] += time.perf_counter() - start

    def timed_commit(self: SqlUnitOfWork) -> None:
        start = time.perf_counter()
        commit(self)
        spent["local_commit"] += time.perf_counter() - start

    try:
        bench.copy_in()
        bench.push()
        bench.copy_out()
        listeners = [(bench.b.hall_engine, "before_cursor_execute", before),
                     (bench.b.hall_engine, "after_cursor_execute", after_hall),
                     (bench.b.local_engine, "before_cursor_execute", before),
                     (bench.b.local_engine, "after_cursor_execute", after_local)]
        for target, name_, fn in listeners:
            event.listen(target, name_, fn)
        pull.refold, SqlUnitOfWork.commit = timed_refold, timed_commit  # type: ignore[method-assign]
        try:
            start = time.perf_counter()
            _phase(sync._pull_all, bench.b, hall.device_b)
            total = time.perf_counter() - start
        finally:
            pull.refold, SqlUnitOfWork.commit = refold, commit  # type: ignore[method-assign]
            for target, name_, fn in listeners:
                event.remove(target, name_, fn)
    finally:
        bench.close()
        hall.drop(name)
    split = {k: round(v * 1000, 1) for k, v in spent.items()}
    split["rest"] = round((total - sum(spent.values())) * 1000, 1)
    split["total"] = round(total * 1000, 1)
    split["without_refold"] = round((total - spent["refold"]) * 1000, 1)
    return split


if __name__ == "__main__":
    outcome = run()
    print(json.dumps(outcome, indent=2))
    sys.exit(0 if outcome["ok"] else 1)
