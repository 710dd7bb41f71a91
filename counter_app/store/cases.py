"""Reading and writing cases: events in, projection rows out."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import BigInteger, Connection, String, bindparam, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.domain.case_state import CaseState
from counter_app.domain.case_timing import CaseTiming
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.search import pinyin_keys
from counter_app.store.bookkeeping import LocalCounter, OutboxEntry
from counter_app.store.facts import CaseEvent as CaseEventRow
from counter_app.store.prepared import Prepared
from counter_app.store.projections import Case


@functools.cache
def _counter_upsert(dialect: str, names: int) -> Prepared:
    """Add to several counters at once, creating those not there yet; their new values come back."""
    table = LocalCounter.__table__
    make_insert = {"sqlite": sqlite_insert, "postgresql": pg_insert}[dialect]
    statement = make_insert(table).values([
        {"name": bindparam(f"name{i}", type_=String), "value": bindparam(f"add{i}", type_=BigInteger)}
        for i in range(names)
    ])
    # One statement: no read-then-write, and no flush of the rest of a session.
    return Prepared(statement.on_conflict_do_update(index_elements=[table.c.name],
                                                    set_={"value": table.c.value + statement.excluded.value})
                    .returning(table.c.name, table.c.value))


def reserve(db: Session | Connection, counts: Mapping[str, int]) -> dict[str, range]:
    """New values of device-local counters (name: how many), in the caller's transaction; never reused."""
    connection = db.connection() if isinstance(db, Session) else db
    values: dict[str, Any] = {}
    for i, (name, count) in enumerate(counts.items()):
        values.update({f"name{i}": name, f"add{i}": count})
    last = dict(_counter_upsert(connection.dialect.name, len(counts)).rows(connection, **values))
    return {name: range(int(last[name]) - count + 1, int(last[name]) + 1) for name, count in counts.items()}


def next_values(db: Session | Connection, name: str, count: int = 1) -> range:
    """count new values of a device-local counter, in the caller's transaction; never reused."""
    return reserve(db, {name: count})[name]


def next_value(db: Session | Connection, name: str) -> int:
    """The next value of a device-local counter, in the caller's transaction; never reused."""
    return next_values(db, name)[0]


def events_of(session: Session, case_id: uuid.UUID) -> list[CaseEvent]:
    rows = session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case_id)).all()
    return [_to_domain(r) for r in rows]


def events_of_cases(db: Connection, case_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[CaseEvent]]:
    """The events of many cases, by case: a query per thousand cases instead of one per case."""
    table = CaseEventRow.__table__
    found: dict[uuid.UUID, list[CaseEvent]] = {case_id: [] for case_id in case_ids}
    for start in range(0, len(case_ids), 1000):
        for row in db.execute(select(table).where(table.c.case_id.in_(case_ids[start:start + 1000]))).all():
            found[row.case_id].append(_to_domain(row))  # type: ignore[arg-type]
    return found


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
    for key, value in projection_values(state, timing, item_id=item_id, department_id=department_id).items():
        setattr(row, key, value)
    session.add(row)
    return row


def write_projections(db: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write many projection rows at once (each: id and projection_values), new or replacing the old."""
    _UPSERT_CASE.run_many(db, rows)


def projection_values(state: CaseState, timing: CaseTiming, *, item_id: uuid.UUID,
                      department_id: uuid.UUID) -> dict[str, Any]:
    """The case's projection row (all but its id), from its folded state and timing."""
    applicant = state.applicant
    name = str(applicant.get("name", ""))
    full, initials = pinyin_keys(name)
    number = applicant.get("id_number") or applicant.get("credit_code")
    return {
        "case_no": state.case_no, "item_id": item_id, "department_id": department_id,
        "status": state.status.value, "suspended": state.suspended, "channel": state.channel,
        "window_number": state.window_number, "holder_id": state.holder_id,
        "applicant_kind": str(applicant.get("kind", "person")), "applicant_name": name,
        "applicant_pinyin": full[:400], "applicant_initials": initials[:100], "applicant_id_no": number,
        "id_reversed": number[::-1] if number else None,
        "received_on": state.received_on, "accepted_on": state.accepted_on, "intake_due": timing.intake_due,
        "promised_due": timing.promised_due.day if timing.promised_due else None,
        "statutory_due": timing.statutory_due.day if timing.statutory_due else None,
        "issue_due": timing.issue_due, "step_due": timing.step_due, "calendar_confirmed": timing.confirmed,
        "outcome": state.outcome.value if state.outcome else None, "has_conflict": state.has_conflict,
        "event_count": state.event_count, "last_event_at": state.last_event_at,
    }


def _insert(table: Any) -> Prepared:
    return Prepared(insert(table), columns=[c.key for c in table.c])


_INSERT_EVENTS = _insert(CaseEventRow.__table__)
_INSERT_OUTBOX = _insert(OutboxEntry.__table__)
_INSERT_CASE = _insert(Case.__table__)


def _upsert_case() -> Prepared:
    table = Case.__table__
    statement = sqlite_insert(table)
    return Prepared(statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={c.key: statement.excluded[c.key] for c in table.c if c.key != "id"}),
        columns=[c.key for c in table.c])


_UPSERT_CASE = _upsert_case()  # the local store only: projections are never written at the hall


def insert_case(db: Connection, events: Sequence[CaseEvent], state: CaseState, timing: CaseTiming, *,
                item_id: uuid.UUID, department_id: uuid.UUID, now: dt.datetime) -> None:
    """A new case at once: its events, each queued for the hall, and its projection row; three inserts."""
    _INSERT_EVENTS.run_many(db, [{
        "id": e.id, "case_id": e.case_id, "device_id": e.device_id, "device_seq": e.device_seq,
        "kind": e.kind.value, "actor_id": e.actor_id, "acting_for_id": e.acting_for_id, "parent_id": e.parent_id,
        "occurred_at": e.occurred_at, "data": dict(e.data),
    } for e in events])
    _INSERT_OUTBOX.run_many(db, [{"fact_table": CaseEventRow.__tablename__, "fact_id": e.id, "queued_at": now,
                                  "pushed_at": None, "rejected_reason": None} for e in events])
    _INSERT_CASE.run_many(db, [{"id": state.case_id, **projection_values(state, timing, item_id=item_id,
                                                                          department_id=department_id)}])
