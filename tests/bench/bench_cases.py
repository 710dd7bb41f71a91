"""Cases at scale (issue: 1,000,000 cases): search, the case list's first screen, saving an intake.

Each figure is measured through the program (Desk, the Qt model) and against
the same lookup or insert done with raw sqlite3 on the same store in the same
run, taking turns at going first so drift and caches hit both alike. For the
lookups the floor replays the very statements the program sent about cases
(SQL and arguments, the calendar it loads excluded) on a plain connection with
the program's pragmas and fetches the rows; so a ratio is what the program adds
to its own SQL, and a slow plan shows in the absolute figure (and in the
EXPLAIN QUERY PLAN reported with it). For a save the floor is take_in's rows
written by hand: 2 events, 2 outbox rows, the case row, 3 counters, 1 commit.

Targets: search p95 <= 30 ms per query kind, first screen <= 150 ms, saving an
intake with its events median <= 5 ms; each at most 2x its raw sqlite3 floor.

BENCH_CASES=200000 runs on a smaller store while developing (default 1,000,000);
BENCH_SEARCHES, BENCH_SCREENS and BENCH_SAVES set the repetitions.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_cases  # noqa: E402

N = generate_cases.bench_size()
SEARCHES = int(os.environ.get("BENCH_SEARCHES", "200"))
SCREENS = int(os.environ.get("BENCH_SCREENS", "30"))
SAVES = int(os.environ.get("BENCH_SAVES", "300"))
WARM_UP = 20
TARGETS = {"search_p95_ms": 30.0, "first_screen_ms": 150.0, "save_median_ms": 5.0, "ratio": 2.0}
SEARCH_KINDS = ("case_no", "id_tail", "name", "pinyin_full", "pinyin_initials")
# Scopes a search runs in: the clerk's department (S0101, the busiest) and the whole hall (S9001).
SEARCH_SCOPES = ("department", "hall")


def run() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    data_dir = _store()
    prepared_s = time.perf_counter() - started
    bench = _Bench(data_dir)
    try:
        search = bench.search()
        screen = bench.first_screen()
        save = bench.saves()
    finally:
        bench.close()
    result: dict[str, Any] = {
        "cases": N,
        "store": str(data_dir),
        "store_ready_s": round(prepared_s, 1),
        "generation_s": json.loads((data_dir / "ready").read_text(encoding="utf-8")).get("seconds"),
        **search, **screen, **save,
        "targets": TARGETS,
    }
    result["failed"] = _failures(result)
    result["ok"] = not result["failed"]
    return result


def _store() -> Path:
    data_dir = generate_cases.cached_store(N)
    # Every run saves a few hundred cases into the cached store; rebuild it once they reach 1 %.
    with sqlite3.connect(data_dir / "counter.sqlite3") as con:
        grown = con.execute("SELECT max(rowid) FROM case_file").fetchone()[0]
    if grown > N * 1.01:
        (data_dir / "ready").unlink()
        data_dir = generate_cases.cached_store(N)
    return data_dir


def _failures(r: dict[str, Any]) -> list[str]:
    failed = []
    limit = TARGETS["ratio"]
    for scope, by_kind in r["search_p95_ms"].items():
        for kind, ms in by_kind.items():
            if ms > TARGETS["search_p95_ms"]:
                failed.append(f"search {scope}/{kind} p95 {ms} ms")
            if r["search_ratio"][scope][kind] > limit:
                failed.append(f"search {scope}/{kind} ratio {r['search_ratio'][scope][kind]}")
    for scope, ms in r["first_screen_ms"].items():
        if ms > TARGETS["first_screen_ms"]:
            failed.append(f"first screen {scope} {ms} ms")
        if r["first_screen_ratio"][scope] > limit:
            failed.append(f"first screen {scope} ratio {r['first_screen_ratio'][scope]}")
    if r["save_median_ms"] > TARGETS["save_median_ms"]:
        failed.append(f"save median {r['save_median_ms']} ms")
    if r["save_ratio"] > limit:
        failed.append(f"save ratio {r['save_ratio']}")
    return failed


def _say(text: str) -> None:
    print(f"  cases: {text}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = call()
    return time.perf_counter() - start, out


def _alternating(calls: list[Callable[[], Any]], i: int) -> tuple[list[float], list[Any]]:
    """Time the program (calls[0]) and its floor (calls[1]), taking turns at going first."""
    times: list[float] = [0.0, 0.0]
    outs: list[Any] = [None, None]
    for j in ((0, 1) if i % 2 else (1, 0)):
        times[j], outs[j] = _timed(calls[j])
    return times, outs


class _Bench:
    def __init__(self, data_dir: Path) -> None:
        from counter_app import config
        from counter_app.app import Counter
        from counter_app.domain.clock import utc_now
        from counter_app.domain.login import LoggedIn
        from counter_app.services import auth, startup
        from counter_app.services.desk import Desk

        self.counter = Counter(config.resolve(str(data_dir)))
        device = startup.device_id(self.counter)
        desks = {}
        for code in ("S0101", "S9001"):  # a window clerk of SCJG; a hall administrator
            outcome = auth.log_in(self.counter.local(), device_id=device, code=code, pin="1234", now=utc_now())
            assert isinstance(outcome, LoggedIn), outcome
            desks[code] = Desk(self.counter, outcome.session)
        self.clerk, self.admin = desks["S0101"], desks["S9001"]
        self.raw = _connect(self.counter.config.local_store_path)
        self.rng = random.Random(11)

    def close(self) -> None:
        self.raw.close()
        self.counter.close()

    def _desk(self, scope: str) -> Any:
        return self.admin if scope == "hall" else self.clerk

    # -- the raw sqlite3 floor: the program's own statements on case_file, replayed -------------------

    def captured(self, call: Callable[[], Any]) -> tuple[Any, list[tuple[str, Any]]]:
        """Run a program call and note the statements it sends about cases (not the calendar it loads)."""
        from sqlalchemy import event

        statements: list[tuple[str, Any]] = []

        def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
            if "case_file" in statement:
                statements.append((statement, parameters))

        event.listen(self.counter.local_engine, "before_cursor_execute", note)
        try:
            out = call()
        finally:
            event.remove(self.counter.local_engine, "before_cursor_execute", note)
        return out, statements

    def replay(self, statements: list[tuple[str, Any]]) -> list[tuple[Any, ...]]:
        """The same SQL with the same arguments on a plain sqlite3 connection: the floor."""
        rows: list[tuple[Any, ...]] = []
        for statement, parameters in statements:
            found = self.raw.execute(statement, parameters).fetchall()
            if "count(" not in statement:  # the selectivity probe runs too, but is not a page row
                rows += found
        return rows

    def _plan(self, statements: list[tuple[str, Any]]) -> str:
        return " || ".join("; ".join(r[3] for r in self.raw.execute("EXPLAIN QUERY PLAN " + sql, params))
                           for sql, params in statements)

    # -- search ----------------------------------------------------------------------------------------

    def _queries(self, scope: str, kind: str, count: int) -> list[str]:
        """What a clerk types to find a real case of the scope."""
        from counter_app.domain.search import pinyin_keys

        where = "department_id = ?" if scope == "department" else "1"
        args = [self.clerk.who.department_id.hex] if scope == "department" else []
        top = self.raw.execute("SELECT max(rowid) FROM case_file").fetchone()[0]
        found: list[str] = []
        while len(found) < count:
            row = self.raw.execute(f"SELECT case_no, applicant_id_no, applicant_name, applicant_pinyin, "
                                   f"applicant_initials FROM case_file WHERE rowid >= ? AND {where} LIMIT 1",
                                   [self.rng.randint(1, top), *args]).fetchone()
            if row is None:
                continue
            case_no, id_no, name, full, initials = row
            if kind.startswith("pinyin") and not (full + initials).isascii():
                continue  # a rare character pypinyin does not know: nobody types that as pinyin
            if kind == "case_no":  # at least the whole date, so it reads as a case number
                found.append(case_no[: self.rng.randint(15, len(case_no))])
            elif kind == "id_tail":
                found.append(id_no[-6:])
            elif kind == "name":  # the surname and at least the first character of the given name
                found.append(name[: self.rng.randint(2, len(name))])
            elif kind == "pinyin_full":
                surname = len(pinyin_keys(name[0])[0])
                found.append(full[: self.rng.randint(surname + 1, len(full))])
            else:
                found.append(initials)
        return found

    def search(self) -> dict[str, Any]:
        from counter_app.services.case_queries import CaseFilter, Scope, search_kind

        p95: dict[str, dict[str, float]] = {}
        raw95: dict[str, dict[str, float]] = {}
        ratio: dict[str, dict[str, float]] = {}
        plans: dict[str, str] = {}
        hits: dict[str, dict[str, float]] = {}
        for scope in SEARCH_SCOPES:
            desk = self._desk(scope)
            p95[scope], raw95[scope], ratio[scope], hits[scope] = {}, {}, {}, {}
            for kind in SEARCH_KINDS:
                queries = self._queries(scope, kind, WARM_UP + SEARCHES)
                expected = "pinyin" if kind.startswith("pinyin") else kind
                assert all(search_kind(q) == expected for q in queries), (kind, queries)
                program, floor, found = [], [], []
                for i, q in enumerate(queries):
                    f = CaseFilter(scope=Scope(scope), search=q)
                    # An untimed run first: it notes the SQL and warms both alike for this query.
                    page, statements = self.captured(lambda f=f, d=desk: d.list_cases(f, limit=100))
                    calls = [lambda f=f, d=desk: d.list_cases(f, limit=100), lambda st=statements: self.replay(st)]
                    times, outs = _alternating(calls, i)
                    if not len(page) == len(outs[0]) == len(outs[1]):
                        raise AssertionError(f"program and floor disagree on {scope}/{q!r}")
                    if i >= WARM_UP:
                        program.append(times[0])
                        floor.append(times[1])
                        found.append(len(page))
                    if i == len(queries) - 1:
                        plans[f"{scope}/{kind}"] = self._plan(statements)
                p95[scope][kind] = _ms(_p95(program))
                raw95[scope][kind] = _ms(_p95(floor))
                ratio[scope][kind] = round(_p95(program) / _p95(floor), 2)
                hits[scope][kind] = round(statistics.mean(found), 1)
                _say(f"search {scope}/{kind}: p95 {p95[scope][kind]} ms, raw {raw95[scope][kind]} ms")
        return {"search_p95_ms": p95, "search_raw_p95_ms": raw95, "search_ratio": ratio,
                "search_mean_rows": hits, "search_runs": SEARCHES, "search_plans": plans}

    # -- first screen ----------------------------------------------------------------------------------

    def first_screen(self) -> dict[str, Any]:
        from PySide6.QtWidgets import QApplication

        from counter_app.services.case_queries import CaseFilter, Scope
        from counter_app.ui.cases.case_list_model import CaseListModel

        app = QApplication.instance() or QApplication([])
        assert app is not None
        ms: dict[str, float] = {}
        raw_ms: dict[str, float] = {}
        ratio: dict[str, float] = {}
        plans: dict[str, str] = {}
        for scope in ("mine", "department"):
            f = CaseFilter(scope=Scope(scope))

            def fetch(after: Any, limit: int, f: CaseFilter = f) -> list[Any]:
                return self.clerk.list_cases(f, after=after, limit=limit)

            # What CasesPage does: its model, made once with the page, is reset over the page's fetch
            # whenever the scope, a filter or the search changes, and fetches the first page.
            model = CaseListModel(fetch)

            def screen(model: CaseListModel = model, fetch: Any = fetch) -> list[Any]:
                model.reset(fetch)
                return model.rows

            rows, statements = self.captured(screen)
            assert len(rows) == 100, len(rows)
            program, floor = [], []
            for i in range(5 + SCREENS):
                times, outs = _alternating([screen, lambda st=statements: self.replay(st)], i)
                assert len(outs[0]) == len(outs[1]) == 100
                if i >= 5:
                    program.append(times[0])
                    floor.append(times[1])
            ms[scope] = _ms(statistics.median(program))
            raw_ms[scope] = _ms(statistics.median(floor))
            ratio[scope] = round(statistics.median(program) / statistics.median(floor), 2)
            plans[scope] = self._plan(statements)
            _say(f"first screen {scope}: {ms[scope]} ms, raw {raw_ms[scope]} ms")
        return {"first_screen_ms": ms, "first_screen_raw_ms": raw_ms, "first_screen_ratio": ratio,
                "first_screen_runs": SCREENS, "first_screen_plans": plans}

    # -- saving an intake --------------------------------------------------------------------------------

    def saves(self) -> dict[str, Any]:
        from counter_app.domain.intake import IntakeDecision

        floor = _RawIntake(self.raw, self.counter, self.clerk)
        program, raw = [], []
        for i in range(WARM_UP + SAVES):
            form = _form(self.rng)
            times, outs = _alternating([lambda form=form: self.clerk.take_in(form, IntakeDecision.ACCEPT),
                                        lambda form=form: floor.save(form)], i)
            assert outs[0].saved, outs[0].errors
            if i >= WARM_UP:
                program.append(times[0])
                raw.append(times[1])
        return {"save_median_ms": _ms(statistics.median(program)), "save_raw_median_ms": _ms(statistics.median(raw)),
                "save_p95_ms": _ms(_p95(program)), "save_ratio": round(statistics.median(program)
                                                                        / statistics.median(raw), 2),
                "save_runs": SAVES}


def _connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the program's pragmas (store/engine.py)."""
    con = sqlite3.connect(path, isolation_level=None, timeout=30)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL", "busy_timeout=30000"):
        con.execute(f"PRAGMA {pragma}")
    return con


def _form(rng: random.Random) -> Any:
    """A valid intake of SCJG-001 (as tests/test_intake_service._form), for a new applicant each time."""
    from stdnum.cn import ric

    from counter_app.domain.intake import MaterialCheck, MaterialState
    from counter_app.services.intake import IntakeForm

    base = f"410103{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    marks = [MaterialState.PROVIDED] * 3 + [MaterialState.NOT_APPLICABLE] * 3
    name = rng.choice(generate_cases.SURNAMES) + rng.choice(generate_cases.GIVEN)
    return IntakeForm(item_code="SCJG-001", name=name, id_number=base + ric.calc_check_digit(base + "?"),
                      phone=f"138{rng.randint(0, 99_999_999):08d}",
                      materials=[MaterialCheck(i + 1, "", i < 3, s) for i, s in enumerate(marks)])


class _RawIntake:
    """take_in's writes for an accepted intake as plain SQL: 2 events, 2 outbox rows, the case row, 3 counters."""

    def __init__(self, con: sqlite3.Connection, counter: Any, desk: Any) -> None:
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from counter_app.services.calendar import hall_calendar
        from counter_app.store.models import Device, Hall, Item

        self.con, self.who = con, desk.who
        with counter.local() as uow:
            s = uow.session
            item = s.scalars(select(Item).options(selectinload(Item.materials)).where(Item.code == "SCJG-001")).one()
            self.item_id, self.department_id = item.id.hex, item.department_id.hex
            self.terms = {"code": item.code, "name": item.name, "department_code": item.department.code,
                          "statutory_days": item.statutory_limit_days, "promised_days": item.promised_limit_days,
                          "joint_handling": item.joint_handling}
            self.materials = [{"position": m.position, "name": m.name, "required": i < 3,
                               "state": "provided" if i < 3 else "not_applicable", "problem": ""}
                              for i, m in enumerate(item.materials)]
            self.hall_code = s.scalars(select(Hall)).one().code
            device = s.get(Device, self.who.device_id)
            assert device is not None
            self.device_code = device.code
            self.calendar = hall_calendar(s)

    def _next(self, name: str) -> int:
        row = self.con.execute("SELECT value FROM local_counter WHERE name = ?", (name,)).fetchone()
        value = (row[0] if row else 0) + 1
        if row:
            self.con.execute("UPDATE local_counter SET value = ? WHERE name = ?", (value, name))
        else:
            self.con.execute("INSERT INTO local_counter (name, value) VALUES (?, ?)", (name, value))
        return value

    def save(self, form: Any) -> None:
        from counter_app.domain.clock import hall_today, utc_now
        from counter_app.domain.ids import new_id
        from counter_app.domain.search import pinyin_keys

        now = utc_now()
        day = hall_today(now)
        stamp = now.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        case_id, received_id, accepted_id = new_id().hex, new_id().hex, new_id().hex
        device, actor = self.who.device_id.hex, self.who.staff_id.hex
        full, initials = pinyin_keys(form.name)
        con = self.con
        con.execute("BEGIN")
        try:
            case_no = f"{self.hall_code}-{day:%Y%m%d}-{self.device_code}-{self._next(f'case_no:{day:%Y%m%d}'):04d}"
            applicant = {"kind": "person", "name": form.name, "id_number": form.id_number, "phone": form.phone}
            received = json.dumps({"case_no": case_no, "item": self.terms, "channel": "window",
                                   "window_number": self.who.window_number, "applicant": applicant,
                                   "materials": self.materials, "notes": ""})
            for event_id, kind, parent, data in ((received_id, "received", None, received),
                                                 (accepted_id, "accepted", received_id, "{}")):
                con.execute("INSERT INTO case_event (id, case_id, device_id, device_seq, kind, actor_id, "
                            "acting_for_id, parent_id, occurred_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (event_id, case_id, device, self._next("device_seq"), kind, actor, None, parent, stamp,
                             data))
                con.execute("INSERT INTO outbox (fact_table, fact_id, queued_at, pushed_at, rejected_reason) "
                            "VALUES (?, ?, ?, ?, ?)", ("case_event", event_id, stamp, None, None))
            promised = self.calendar.add_working_days(day, self.terms["promised_days"]).isoformat()
            statutory = self.calendar.add_working_days(day, self.terms["statutory_days"]).isoformat()
            con.execute(
                f"INSERT INTO case_file ({', '.join(generate_cases.CASE_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(generate_cases.CASE_COLUMNS))})",
                (case_id, case_no, self.item_id, self.department_id, "undertaking", actor, form.name, form.id_number,
                 day.isoformat(), day.isoformat(), promised, statutory, 0, 2, stamp, 0, "window",
                 self.who.window_number, "person", full, initials, form.id_number[::-1], None, None, promised, 1, None))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


if __name__ == "__main__":
    outcome = run()
    print(json.dumps(outcome, indent=2, ensure_ascii=False))
    sys.exit(0 if outcome["ok"] else 1)
