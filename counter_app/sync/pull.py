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

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
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
        rows = [dict(r) for r in hall.execute(select(table).where(table.c.id.in_(ids))).mappings()]
        if not rows:
            continue
        here = _count(connection, table, ids)
        connection.execute(sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"]), rows)
        brought += len(rows) - here
        if table.name == CaseEvent.__tablename__:
            touched.update(r["case_id"] for r in rows)
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
    for case_id in sorted(case_ids):
        events = cases.events_of(local, case_id)
        if not any(e.kind is EventKind.RECEIVED for e in events):
            continue  # its first event was refused at the hall: nothing to fold until it comes
        state = fold(events)
        item_id, item_department = items[state.item.code]
        department_id = departments.get(state.item.department_code, item_department)
        cases.write_projection(local, state, timing(state, calendar), item_id=item_id, department_id=department_id)


def _count(connection: Connection, table: object, ids: list[uuid.UUID]) -> int:
    return int(connection.scalar(select(func.count()).select_from(table).where(table.c.id.in_(ids))) or 0)  # type: ignore[attr-defined]
