"""A PostgreSQL hall with two counters, the first holding 10,000 case events waiting to be pushed.

Shared by bench_sync.py and bench_sync_ui.py. Built once per run, through the
program: the demo hall loaded into a fresh PostgreSQL database by open_counter,
counter A (device C01) makes the demo cases and pushes them, then takes in cases
and moves them along the chain with Desk.take_in and Desk.record_step until its
outbox holds exactly N new case events; counter B (device C02) registers and
pulls everything before them. The hall database is then a template: each
repetition gets its own copy (CREATE DATABASE ... TEMPLATE) and its own copies
of both local stores, so every push and pull starts from the same state.

The PostgreSQL server is COUNTER_TEST_PG (as the tests), by default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres; every database made here
is named bench_sync_<pid>_... and dropped at the end.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

PG_ADMIN_URL = os.environ.get("COUNTER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
EVENTS = int(os.environ.get("BENCH_SYNC_EVENTS", "10000"))
# After the intake (received + accepted, 2 events) a case goes 0..3 steps further along the chain.
CHAIN = (("undertaken", {"opinion": "材料齐全，符合法定条件"}, "clerk"),
         ("reviewed", {"opinion": "同意，报首席代表审批"}, "clerk"),
         ("decided", {"outcome": "granted"}, "chief"))
CLERKS = ("S0101", "S0102", "S0103", "S0104")  # SCJG window clerks
CHIEF = "S0191"  # SCJG chief representative A


def say(text: str) -> None:
    print(f"  sync: {text}", file=sys.stderr, flush=True)


def _admin() -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(PG_ADMIN_URL)
    return psycopg.connect(host=admin.host or "127.0.0.1", port=admin.port or 5432,
                           user=admin.username or "postgres", password=admin.password,
                           dbname=admin.database or "postgres", autocommit=True)


def pg_reachable() -> str | None:
    """None when the server answers, else why not."""
    try:
        _admin().close()
    except Exception as error:  # noqa: BLE001 - reported, the bench is skipped
        return str(error).strip().splitlines()[0]
    return None


def skipped(why: str) -> dict[str, object]:
    """The result of a sync benchmark without a server: as the tests, it fails only with COUNTER_REQUIRE_PG=1."""
    return {"skipped": f"no PostgreSQL at {PG_ADMIN_URL}: {why}", "ok": os.environ.get("COUNTER_REQUIRE_PG") != "1"}


def url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def dsn(name: str) -> str:
    """A libpq connection string for raw psycopg (the floor)."""
    from sqlalchemy.engine import make_url

    server = make_url(PG_ADMIN_URL)
    parts = [f"host={server.host or '127.0.0.1'}", f"port={server.port or 5432}",
             f"user={server.username or 'postgres'}", f"dbname={name}"]
    if server.password:
        parts.append(f"password={server.password}")
    return " ".join(parts)


def psycopg_connect(name: str) -> Any:
    import psycopg

    return psycopg.connect(dsn(name), autocommit=True)


def _checkpoint(store: Path) -> None:
    """Fold the WAL into the main file, so that copying the one file copies the store."""
    con = sqlite3.connect(store)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


class Hall:
    """The template hall and the two counters' stores; copies of them per repetition."""

    def __init__(self) -> None:
        self.prefix = f"bench_sync_{os.getpid()}"
        self.template = f"{self.prefix}_tpl"
        self.work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
        self.copies: list[str] = []
        self.device_a: uuid.UUID
        self.device_b: uuid.UUID
        self.first_seq = 0  # counter A's first device_seq among the N events
        self.cases = 0

    # -- building -------------------------------------------------------------------------------------

    def build(self) -> "Hall":
        from counter_app import config
        from counter_app.app import Counter
        from counter_app.services import startup
        from counter_app.services.sync import synchronise

        started = time.perf_counter()
        with _admin() as admin:
            admin.execute(f'CREATE DATABASE "{self.template}"')
        a = Counter(config.resolve(str(self.work / "a"), url(self.template)))
        startup.open_counter(a, demo_if_empty=True)  # the demo hall, C01, and the demo cases
        self.device_a = startup.device_id(a)
        synchronise(a)  # the demo cases go to the hall now: the outbox then holds only what follows
        self.first_seq, self.cases = self._make_events(a)
        a.close()
        b = Counter(config.resolve(str(self.work / "b"), url(self.template)))
        startup.open_counter(b, demo_if_empty=True)  # C02
        self.device_b = startup.device_id(b)
        synchronise(b)  # the demo cases: B's cursor now stands just before A's N events
        b.close()
        for side in ("a", "b"):
            _checkpoint(self.work / side / "counter.sqlite3")
        with psycopg_connect(self.template) as hall:  # statistics, as autovacuum keeps them in a hall in service
            hall.execute("ANALYZE")
        say(f"hall and counters ready in {time.perf_counter() - started:.1f}s: {EVENTS} events of "
            f"{self.cases} cases waiting at C01")
        return self

    def _make_events(self, counter: Any) -> tuple[int, int]:
        """Cases taken in and moved on through the program until exactly EVENTS events wait in the outbox."""
        from sqlalchemy import select

        from counter_app.domain.events import EventKind
        from counter_app.domain.intake import IntakeDecision
        from counter_app.services import auth
        from counter_app.services.desk import Desk
        from counter_app.store.models import LocalCounter, Staff
        from counter_app.sync import push

        with counter.local() as uow:
            people = {s.code: auth.staff_session(s, self.device_a)
                      for s in uow.session.scalars(select(Staff).where(Staff.code.in_([*CLERKS, CHIEF])))}
            seq = uow.session.get(LocalCounter, "device_seq")
            first_seq = (seq.value if seq else 0) + 1
            assert push.waiting_count(uow.connection()) == 0
        desks = {code: Desk(counter, who) for code, who in people.items()}
        rng = random.Random(5)
        made = cases = 0
        began = time.perf_counter()
        while made < EVENTS:
            clerk = desks[CLERKS[cases % len(CLERKS)]]
            outcome = clerk.take_in(_form(rng), IntakeDecision.ACCEPT)
            assert outcome.saved, outcome.errors
            made, cases = made + 2, cases + 1
            steps = min(rng.randint(0, len(CHAIN)), EVENTS - made)
            if EVENTS - made - steps == 1:  # a case has at least its 2 intake events: leave room for none or 2
                steps += 1 if steps < len(CHAIN) else -1
            for kind, data, who in CHAIN[:steps]:
                desk = desks[CHIEF] if who == "chief" else clerk
                step = desk.record_step(outcome.case_no, EventKind(kind), data)
                assert step.saved, step.errors
                made += 1
        with counter.local() as uow:
            waiting = push.waiting_count(uow.connection())
        assert waiting == made == EVENTS, (waiting, made, EVENTS)
        say(f"{cases} cases, {made} events made through Desk in {time.perf_counter() - began:.1f}s")
        return first_seq, cases

    # -- per repetition -------------------------------------------------------------------------------

    def database(self) -> str:
        """A fresh copy of the hall database; its name."""
        name = f"{self.prefix}_{len(self.copies)}"
        with _admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        self.copies.append(name)
        return name

    def copy(self) -> tuple[str, Path, Path]:
        """A fresh copy of the hall (its database name) and of both counters' data directories."""
        name = self.database()
        dirs = []
        for side in ("a", "b"):
            target = self.work / f"{name}-{side}"
            target.mkdir()
            shutil.copyfile(self.work / side / "counter.sqlite3", target / "counter.sqlite3")
            dirs.append(target)
        return name, dirs[0], dirs[1]

    def counter(self, data_dir: Path, hall: str) -> Any:
        from counter_app import config
        from counter_app.app import Counter

        return Counter(config.resolve(str(data_dir), url(hall)))

    def drop(self, name: str) -> None:
        with _admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for side in ("a", "b"):
            shutil.rmtree(self.work / f"{name}-{side}", ignore_errors=True)

    def close(self) -> None:
        with _admin() as admin:
            for name in [*self.copies, self.template]:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(self.work, ignore_errors=True)


def _form(rng: random.Random) -> Any:
    """A valid intake of SCJG-001 for a new applicant (as bench_cases._form)."""
    import generate_cases
    from stdnum.cn import ric

    from counter_app.domain.intake import MaterialCheck, MaterialState
    from counter_app.services.intake import IntakeForm

    base = f"410103{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    marks = [MaterialState.PROVIDED] * 3 + [MaterialState.NOT_APPLICABLE] * 3
    name = rng.choice(generate_cases.SURNAMES) + rng.choice(generate_cases.GIVEN)
    return IntakeForm(item_code="SCJG-001", name=name, id_number=base + ric.calc_check_digit(base + "?"),
                      phone=f"138{rng.randint(0, 99_999_999):08d}",
                      materials=[MaterialCheck(i + 1, "", i < 3, s) for i, s in enumerate(marks)])
