"""Pull: bring the other counters' facts from the hall, in the hall's order (拉取).

The counter follows the hall's fact log by its sequence number (the cursor). The
rows a batch brings, the cases they touch folded again, and the cursor after them
are written in one local transaction: a crash leaves either all of it or none,
and the next pull starts where the last committed one ended. A fact already here
is ignored, so a batch pulled twice changes nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, text
from sqlalchemy.orm import Session

from counter_app.domain.case import fold
from counter_app.domain.case_timing import timing
from counter_app.domain.events import EventKind
from counter_app.services.calendar import hall_calendar
from counter_app.store import cases
from counter_app.store.models import CaseEvent, Department, HallFactLog, Item, SyncState
from counter_app.sync import tables

CURSOR_KEY = "hall_cursor"
_LOG = HallFactLog.__table__


@dataclass(frozen=True)
class PulledBatch:
    facts: int  # facts new to this counter
    cases: int  # cases folded again
    cursor: int
    more: bool


def cursor(local: Session) -> int:
    state = local.get(SyncState, CURSOR_KEY)
    return int(state.value) if state else 0


def hall_position(hall: Connection) -> int:
    """The hall's newest sequence number: how far a counter has to catch up."""
    return int(hall.scalar(select(func.max(_LOG.c.seq))) or 0)


def pull_batch(hall: Connection, local: Session, device_id: uuid.UUID, limit: int) -> PulledBatch:
    """Copy the next batch of the hall's log into the local store (the caller commits local)."""
    start = cursor(local)
    log = hall.execute(select(_LOG.c.seq, _LOG.c.fact_table, _LOG.c.fact_id, _LOG.c.device_id)
                       .where(_LOG.c.seq > start).order_by(_LOG.c.seq).limit(limit)).all()
    if not log:
        return PulledBatch(0, 0, start, False)
    wanted: dict[str, list[uuid.UUID]] = defaultdict(list)
    for _seq, name, fact_id, origin in log:
        if name in tables.PULLED and origin != device_id:
            wanted[name].append(fact_id)
    connection = local.connection()
    brought, touched = 0, set()
    for table in tables.PUSHED:
        ids = wanted.get(table.name)
        if not ids:
            continue
        # The rows in the stored form, both ends alike (see tables.stored): they go in unchanged.
        rows = [tuple(r) for r in hall.execute(_read_stored(hall.dialect.name, table), {"ids": ids}).all()]
        if not rows:
            continue
        brought += connection.exec_driver_sql(_insert_stored(table), rows).rowcount  # a fact already here: 0
        if table.name == CaseEvent.__tablename__:
            at = [c.name for c in table.columns].index("case_id")
            touched.update(uuid.UUID(case_id) for case_id in {r[at] for r in rows})
    refold(local, touched)
    new_cursor = int(log[-1][0])
    local.merge(SyncState(key=CURSOR_KEY, value=str(new_cursor)))
    return PulledBatch(brought, len(touched), new_cursor, len(log) == limit)


def refold(local: Session, case_ids: set[uuid.UUID]) -> None:
    """Fold each case again from all the events this counter now holds, and write its projection."""
    if not case_ids:
        return
    items = {code: (item_id, dept) for code, item_id, dept in
             local.execute(select(Item.code, Item.id, Item.department_id))}
    departments = {code: dept for code, dept in local.execute(select(Department.code, Department.id))}
    calendar = hall_calendar(local)
    ordered = sorted(case_ids)
    connection = local.connection()
    held = cases.events_of_cases(connection, ordered)  # one query per thousand cases, not one per case
    rows = []
    for case_id in ordered:
        events = held[case_id]
        if not any(e.kind is EventKind.RECEIVED for e in events):
            continue  # its first event was refused at the hall: nothing to fold until it comes
        state = fold(events)
        item_id, item_department = items[state.item.code]
        department_id = departments.get(state.item.department_code, item_department)
        rows.append({"id": state.case_id, **cases.projection_values(
            state, timing(state, calendar), item_id=item_id, department_id=department_id)})
    cases.write_projections(connection, rows)


@cache
def _read_stored(dialect: str, table: Table) -> Any:
    """The rows of the given ids (parameter ids) in the stored form."""
    if dialect == "postgresql":
        return text(f"SELECT {', '.join(tables.pg_as_stored(table))} FROM {table.name} "
                    f"WHERE id = ANY(CAST(:ids AS UUID[]))")
    return tables.stored(table).where(table.c.id.in_(bindparam("ids", expanding=True)))


@cache
def _insert_stored(table: Table) -> str:
    """Stored rows into the local store as they are; a fact already here is ignored."""
    columns = [c.name for c in table.columns]
    return (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT (id) DO NOTHING")
