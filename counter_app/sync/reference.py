"""Pull reference data (catalogue, staff, windows, devices, calendar) from the hall.

Reference data is authored at the hall; a counter keeps a copy so that it can
log people in and take in cases while the hall network is down.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from counter_app.store.models import (
    AppointmentSlot,
    CalendarDay,
    CalendarYear,
    Department,
    Device,
    Hall,
    Item,
    ItemMaterial,
    Seal,
    SealChainHead,
    SealEvent,
    ServiceWindow,
    Staff,
    StaffRole,
    SyncState,
    WindowDepartment,
    WindowEvent,
)

# Parents before children. Link tables are replaced whole: nothing refers to them.
ENTITY_TABLES: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (Hall, Department, ServiceWindow, Device, Staff, Item, CalendarYear, CalendarDay, Seal,
              AppointmentSlot)
)
# Hall-made facts a counter keeps copies of: the seal register's history and the chain heads the
# hall holds, so that a counter can check its stamping log against them while the network is down;
# the windows' openings and closings, which the administrator records at the hall.
HALL_FACT_TABLES: tuple[Table, ...] = tuple(
    m.__table__ for m in (SealEvent, SealChainHead, WindowEvent)  # type: ignore[misc]
)
LINK_TABLES: tuple[Table, ...] = tuple(
    m.__table__ for m in (WindowDepartment, StaffRole, ItemMaterial)  # type: ignore[misc]
)
# Rows the hall deletes (a year's holidays entered again): a counter replaces them whole as well.
REPLACED_TABLES: tuple[Table, ...] = LINK_TABLES + (CalendarDay.__table__,)  # type: ignore[operator]
PULLED_AT_KEY = "reference_pulled_at"
# Bumped by every pull that brought a change, so caches of reference data (the calendar) know when to reload.
VERSION_KEY = "reference_version"
FINGERPRINT_KEY = "reference_fingerprint"


@dataclass(frozen=True)
class ReferencePull:
    rows: int
    pulled_at: dt.datetime


def fingerprint(hall: Session) -> str:
    """A digest of the hall's reference data that changes whenever any of it does.

    Rows changed through the program carry a new updated_at; rows added or removed change a count;
    the small link tables, which have no time of change, are read whole.
    """
    digest = hashlib.sha256()
    for table in ENTITY_TABLES:
        count, newest = hall.execute(select(func.count(), func.max(table.c.updated_at))).one()
        digest.update(f"{table.name} {count} {newest}\n".encode())
    for table in HALL_FACT_TABLES:
        digest.update(f"{table.name} {hall.scalar(select(func.count()).select_from(table))}\n".encode())
    for table in LINK_TABLES:
        rows = sorted(tuple(str(v) for v in row) for row in hall.execute(select(table)))
        digest.update(f"{table.name} {rows}\n".encode())
    return digest.hexdigest()


def pull_reference(hall: Session, local: Session, now: dt.datetime, *, if_changed: bool = False) -> ReferencePull:
    """Copy every reference row from the hall into the local store (the caller commits local).

    if_changed: skip the copy when the hall's data is what this counter pulled last (the
    regular sync); start-up and an administrator's own change always copy.
    """
    if local.get_bind().dialect.name != "sqlite":
        raise ValueError("the local store is always SQLite")
    digest = fingerprint(hall)
    known = local.get(SyncState, FINGERPRINT_KEY)
    if if_changed and known is not None and known.value == digest:
        local.merge(SyncState(key=PULLED_AT_KEY, value=now.isoformat()))
        return ReferencePull(rows=0, pulled_at=now)
    # The staff table refers to itself (A's backup is B); check foreign keys at commit.
    local.execute(text("PRAGMA defer_foreign_keys = ON"))
    copied = 0
    for table in REPLACED_TABLES:
        local.execute(delete(table))
    for table in ENTITY_TABLES + LINK_TABLES + HALL_FACT_TABLES:
        rows = [dict(r) for r in hall.execute(select(table)).mappings()]
        if not rows:
            continue
        statement = sqlite_insert(table)
        keys = [c.name for c in table.primary_key.columns]
        changing = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
        if changing and table not in HALL_FACT_TABLES:
            statement = statement.on_conflict_do_update(index_elements=keys, set_=changing)
        else:
            statement = statement.on_conflict_do_nothing(index_elements=keys)
        local.execute(statement, rows)
        copied += len(rows)
    local.merge(SyncState(key=PULLED_AT_KEY, value=now.isoformat()))
    local.merge(SyncState(key=FINGERPRINT_KEY, value=digest))
    version = local.get(SyncState, VERSION_KEY)
    local.merge(SyncState(key=VERSION_KEY, value=str(int(version.value) + 1 if version else 1)))
    return ReferencePull(rows=copied, pulled_at=now)
