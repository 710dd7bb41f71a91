"""The fact tables that travel between counters and the hall, parents before children."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, Select, String, Table, Uuid, select, type_coerce
from sqlalchemy.types import NullType

from counter_app.domain.sync_rules import IncomingFact
from counter_app.store.models import (
    AbsenceEvent,
    AgencyHelpEvent,
    AppointmentEvent,
    AuditEntry,
    CaseEvent,
    Consultation,
    EvaluationRecord,
    ExtendedService,
    FollowUpEvent,
    PrintRecord,
    Rating,
    SealStamping,
    StaffEvent,
)
from counter_app.store.types import UtcDateTime

# A seal stamping names its print record, a follow-up its rating: the parent must reach the hall
# (and a counter) first.
PUSHED: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (AbsenceEvent, StaffEvent, CaseEvent, PrintRecord, SealStamping, AppointmentEvent, Consultation,
              ExtendedService, AgencyHelpEvent, Rating, FollowUpEvent, EvaluationRecord, AuditEntry)
)
BY_NAME: dict[str, Table] = {t.name: t for t in PUSHED}
RANK: dict[str, int] = {t.name: i for i, t in enumerate(PUSHED)}
# Log-ins and other audit entries stay at the hall: no other counter needs to know them.
PULLED: frozenset[str] = frozenset(t.name for t in PUSHED) - {AuditEntry.__tablename__}


def stored(table: Table) -> Select[Any]:
    """The table's rows as a SQLite store holds them (a counter's, or an embedded hall's), with no
    type processing: ids as hex text, UTC times as SQLite's text, JSON as its text, booleans as 0 or 1.

    Facts travel in this form (see push and pull): turning every id into a UUID and every
    JSON text into a dict, only to turn them back at the other end, was most of the work of a
    sync done row by row.
    """
    return select(*[type_coerce(c, NullType()).label(c.name) for c in table.columns])


def pg_from_stored(table: Table, row: str) -> list[str]:
    """PostgreSQL expressions for the table's columns, in order, from a JSON array of the stored values.

    row names a JSONB array (one stored row); each value is cast from its stored text to the
    column's type: a UUID from its hex, a UTC time from SQLite's text (UtcDateTime keeps UTC
    without a zone), a JSON column from its text as it is (the same text the counter holds),
    a boolean from 0 or 1. Strings stay text, so a value too long for its column is an error,
    never cut short.
    """
    values = []
    for n, column in enumerate(table.columns):
        value = f"({row} ->> {n})"
        values.append({"uuid": f"{value}::uuid", "utc": f"({value}::timestamp AT TIME ZONE 'UTC')",
                       "json": f"{value}::json", "bool": f"{value}::integer::boolean", "int": f"{value}::bigint",
                       "str": value}[_kind(table, column)])
    return values


def pg_as_stored(table: Table) -> list[str]:
    """PostgreSQL expressions giving the table's columns, in order, in the stored form (see stored)."""
    values = []
    for column in table.columns:
        name = column.name
        values.append({"uuid": f"replace({name}::text, '-', '')",
                       "utc": f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')",
                       "json": f"{name}::text", "bool": f"{name}::integer", "int": name, "str": name}
                      [_kind(table, column)])
    return values


def _kind(table: Table, column: Any) -> str:
    kind = column.type
    for python, name in ((Uuid, "uuid"), (UtcDateTime, "utc"), (JSON, "json"), (Boolean, "bool"),
                         (Integer, "int"), (String, "str")):
        if isinstance(kind, python):
            return name
    raise TypeError(f"{table.name}.{column.name}: no stored form known for {kind!r}")


def incoming(table: str, row: Mapping[str, Any]) -> IncomingFact:
    """What the hall's checks read of a row of a pushed table."""
    people = tuple(p for p in (row.get("actor_id"), row.get("acting_for_id"), row.get("staff_id")) if p is not None)
    return IncomingFact(
        table=table,
        device_id=row.get("device_id"),
        people=people,
        case_event_kind=row["kind"] if table == CaseEvent.__tablename__ else None,
        print_record_id=row.get("print_record_id"),
        rated=tuple(s for s in (row.get("case_id"), row.get("visit_id")) if s is not None)
        if table == Rating.__tablename__ else (),
    )
