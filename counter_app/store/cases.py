"""Reading and writing cases: events in, projection rows out."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.domain.case_state import CaseState
from counter_app.domain.case_timing import CaseTiming
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.search import pinyin_keys
from counter_app.store.bookkeeping import LocalCounter, OutboxEntry
from counter_app.store.facts import CaseEvent as CaseEventRow
from counter_app.store.projections import Case


def next_value(session: Session, name: str) -> int:
    """The next value of a device-local counter, in the caller's transaction; never reused.

    One upsert statement through Core: no read-then-write, and no flush of the rest of the session.
    """
    table = LocalCounter.__table__
    statement = (
        sqlite_insert(table).values(name=name, value=1)
        .on_conflict_do_update(index_elements=[table.c.name], set_={"value": table.c.value + 1})
        .returning(table.c.value)
    )
    return int(session.connection().execute(statement).scalar_one())


def events_of(session: Session, case_id: uuid.UUID) -> list[CaseEvent]:
    rows = session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case_id)).all()
    return [_to_domain(r) for r in rows]


def _to_domain(row: CaseEventRow) -> CaseEvent:
    return CaseEvent(
        id=row.id, case_id=row.case_id, kind=EventKind(row.kind), occurred_at=row.occurred_at,
        device_id=row.device_id, device_seq=row.device_seq, actor_id=row.actor_id,
        acting_for_id=row.acting_for_id, parent_id=row.parent_id, data=dict(row.data),
    )


def append(session: Session, event: CaseEvent, now: dt.datetime) -> None:
    """Add the event and queue it for the hall in the same transaction."""
    session.add(CaseEventRow(
        id=event.id, case_id=event.case_id, device_id=event.device_id, device_seq=event.device_seq,
        kind=event.kind.value, actor_id=event.actor_id, acting_for_id=event.acting_for_id,
        parent_id=event.parent_id, occurred_at=event.occurred_at, data=dict(event.data),
    ))
    session.add(OutboxEntry(fact_table=CaseEventRow.__tablename__, fact_id=event.id, queued_at=now))


def write_projection(session: Session, state: CaseState, timing: CaseTiming, *, item_id: uuid.UUID,
                     department_id: uuid.UUID, new: bool = False) -> Case:
    row = Case(id=state.case_id) if new else (session.get(Case, state.case_id) or Case(id=state.case_id))
    applicant = state.applicant
    name = str(applicant.get("name", ""))
    full, initials = pinyin_keys(name)
    number = applicant.get("id_number") or applicant.get("credit_code")
    row.case_no = state.case_no
    row.item_id = item_id
    row.department_id = department_id
    row.status = state.status.value
    row.suspended = state.suspended
    row.channel = state.channel
    row.window_number = state.window_number
    row.holder_id = state.holder_id
    row.applicant_kind = str(applicant.get("kind", "person"))
    row.applicant_name = name
    row.applicant_pinyin = full[:400]
    row.applicant_initials = initials[:100]
    row.applicant_id_no = number
    row.id_reversed = number[::-1] if number else None
    row.received_on = state.received_on
    row.accepted_on = state.accepted_on
    row.intake_due = timing.intake_due
    row.promised_due = timing.promised_due.day if timing.promised_due else None
    row.statutory_due = timing.statutory_due.day if timing.statutory_due else None
    row.issue_due = timing.issue_due
    row.step_due = timing.step_due
    row.calendar_confirmed = timing.confirmed
    row.outcome = state.outcome.value if state.outcome else None
    row.has_conflict = state.has_conflict
    row.event_count = state.event_count
    row.last_event_at = state.last_event_at
    session.add(row)
    return row
