"""Several counters on one hall, as the sync tests need them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from test_intake_service import _form, valid_id

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.login import StaffSession
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in
from counter_app.services.startup import open_counter
from counter_app.services.sync import synchronise
from counter_app.store.models import Case, CaseEvent, HallFactLog, OutboxEntry
from counter_app.sync.tables import PUSHED

NOW = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)  # Tuesday 09:30 in the hall


def open_at(base: Path, name: str, hall_url: str) -> Counter:
    """A new counter with its own data directory, registered at the hall and holding its reference data."""
    counter = Counter(config.resolve(str(base / name), hall_url))
    open_counter(counter, demo_if_empty=False)
    return counter


def accept_cases(counter: Counter, who: StaffSession, count: int, start: int = 0,
                 when: dt.datetime = NOW) -> list[str]:
    """Take in and accept count SCJG-001 cases, each with its own applicant."""
    numbers = []
    for n in range(start, start + count):
        form = _form(id_number=valid_id("19880502", f"{n % 1000:03d}"), name=f"张{'三四五六七八九'[n % 7]}")
        result = take_in(counter.local(), who, form, IntakeDecision.ACCEPT, when + dt.timedelta(minutes=n))
        assert result.saved, result.errors
        numbers.append(result.case_no)
    return numbers


def step(counter: Counter, who: StaffSession, case_no: str, kind: EventKind, when: dt.datetime = NOW,
         **data: Any) -> None:
    result = record_step(counter.local(), who, case_no, kind, data, when)
    assert result.saved, result.errors


def sync(counter: Counter, **kw: Any):  # type: ignore[no-untyped-def]
    return synchronise(counter, **kw)


def projections(counter: Counter) -> list[tuple[Any, ...]]:
    """Every case's projection row, all columns, in case-number order."""
    with counter.local() as uow:
        table = Case.__table__
        return [tuple(r) for r in uow.connection().execute(select(table).order_by(table.c.case_no))]


def fact_ids(counter: Counter, *, hall: bool = False) -> dict[str, list[Any]]:
    """The ids of every synced fact, by table, at the counter or at its hall (sorted, duplicates kept)."""
    with (counter.hall() if hall else counter.local()) as uow:
        c = uow.connection()
        return {t.name: sorted(c.scalars(select(t.c.id))) for t in PUSHED}


def hall_log(counter: Counter) -> list[tuple[str, Any]]:
    with counter.hall() as uow:
        return sorted((t, i) for t, i in uow.connection().execute(select(HallFactLog.fact_table, HallFactLog.fact_id)))


def waiting(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.pushed_at.is_(None), OutboxEntry.rejected_reason.is_(None))) or 0


def case_events(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(CaseEvent)) or 0
