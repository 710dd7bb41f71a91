"""The fact tables that travel between counters and the hall, parents before children."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from counter_app.domain.sync_rules import IncomingFact
from counter_app.store.models import AbsenceEvent, AuditEntry, CaseEvent, PrintRecord, SealStamping

# A seal stamping names its print record: the record must reach the hall (and a counter) first.
PUSHED: tuple[Table, ...] = tuple(
    m.__table__ for m in (AbsenceEvent, CaseEvent, PrintRecord, SealStamping, AuditEntry)  # type: ignore[misc]
)
BY_NAME: dict[str, Table] = {t.name: t for t in PUSHED}
RANK: dict[str, int] = {t.name: i for i, t in enumerate(PUSHED)}
# Log-ins and other audit entries stay at the hall: no other counter needs to know them.
PULLED: frozenset[str] = frozenset(t.name for t in PUSHED) - {AuditEntry.__tablename__}


def incoming(table: str, row: Mapping[str, Any]) -> IncomingFact:
    """What the hall's checks read of a row of a pushed table."""
    people = tuple(p for p in (row.get("actor_id"), row.get("acting_for_id"), row.get("staff_id")) if p is not None)
    return IncomingFact(
        table=table,
        device_id=row.get("device_id"),
        people=people,
        case_event_kind=row["kind"] if table == CaseEvent.__tablename__ else None,
        print_record_id=row.get("print_record_id"),
    )
