"""Push: send the outbox to the hall, idempotently (推送).

Three steps, each its own transaction, so that a crash anywhere repeats work and
never loses or doubles it:

1. read a batch of waiting facts from the local store;
2. deliver it to the hall: the hall takes each fact by id, ignores one it already
   has, refuses one that no longer stands against its register, and logs every fact
   it took under the hall cursor; then the hall commits;
3. mark the batch at the counter: pushed, or refused with the hall's reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from counter_app.domain import sync_rules
from counter_app.store.models import Device, HallFactLog, OutboxEntry, PrintRecord, Staff, StaffRole
from counter_app.sync import tables
from counter_app.sync.hall_lock import lock_fact_log

FactKey = tuple[str, uuid.UUID]
_OUTBOX = OutboxEntry.__table__
_WAITING = and_(_OUTBOX.c.pushed_at.is_(None), _OUTBOX.c.rejected_reason.is_(None))


@dataclass
class Batch:
    """Waiting facts, in the order they were queued, with their rows."""

    keys: list[FactKey]
    rows: dict[str, list[dict[str, Any]]]

    def __len__(self) -> int:
        return len(self.keys)


@dataclass
class Delivery:
    """What the hall did with a batch."""

    taken: list[FactKey] = field(default_factory=list)
    already: list[FactKey] = field(default_factory=list)
    refused: dict[FactKey, str] = field(default_factory=dict)


def waiting_count(local: Connection) -> int:
    return int(local.scalar(select(func.count()).select_from(_OUTBOX).where(_WAITING)) or 0)


def read_waiting(local: Connection, limit: int) -> Batch:
    keys = [(t, i) for t, i in local.execute(
        select(_OUTBOX.c.fact_table, _OUTBOX.c.fact_id).where(_WAITING)
        .order_by(_OUTBOX.c.queued_at, _OUTBOX.c.fact_table, _OUTBOX.c.fact_id).limit(limit))]
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, fact_id in keys:
        if name in tables.BY_NAME:
            by_table[name].append(fact_id)
    rows = {name: [dict(r) for r in local.execute(
        select(tables.BY_NAME[name]).where(tables.BY_NAME[name].c.id.in_(ids))).mappings()]
        for name, ids in by_table.items()}
    return Batch(keys, rows)


def deliver(hall: Connection, batch: Batch, device_id: uuid.UUID, now: dt.datetime) -> Delivery:
    """Take the batch into the hall, in the caller's hall transaction (the caller commits)."""
    lock_fact_log(hall)
    result = Delivery()
    present = {(name, r["id"]) for name, rows in batch.rows.items() for r in rows}
    # An outbox mark without its row would wait for ever; say so instead of sending it again and again.
    result.refused = {k: sync_rules.MISSING_AT_COUNTER for k in batch.keys if k not in present}
    known = _already_at_hall(hall, batch.keys)
    result.already = [k for k in batch.keys if k in known]
    register = _register(hall, batch)
    taken_prints: set[uuid.UUID] = set()
    for table in tables.PUSHED:
        fresh = [r for r in batch.rows.get(table.name, []) if (table.name, r["id"]) not in known]
        if table.name == PrintRecord.__tablename__:
            register = _with_prints(register, taken_prints)
        accepted = []
        for row in fresh:
            reason = sync_rules.refusal(tables.incoming(table.name, row), register)
            if reason:
                result.refused[(table.name, row["id"])] = reason
            else:
                accepted.append(row)
        for row, reason in _insert(hall, table, accepted).items():
            result.refused[(table.name, row)] = reason
        taken = [r["id"] for r in accepted if (table.name, r["id"]) not in result.refused]
        if table.name == PrintRecord.__tablename__:
            taken_prints.update(taken)
            register = _with_prints(register, taken_prints)
        result.taken += [(table.name, i) for i in taken]
    _log(hall, result.taken, batch, device_id, now)
    return result


def mark(local: Connection, delivery: Delivery, now: dt.datetime) -> None:
    """Record at the counter what the hall did; only after the hall committed."""
    done = [{"t": t, "i": i} for t, i in delivery.taken + delivery.already]
    where = and_(_OUTBOX.c.fact_table == bindparam("t"), _OUTBOX.c.fact_id == bindparam("i"))
    if done:
        local.execute(update(_OUTBOX).where(where).values(pushed_at=now), done)
    refused = [{"t": t, "i": i, "r": reason} for (t, i), reason in delivery.refused.items()]
    if refused:
        local.execute(update(_OUTBOX).where(where).values(rejected_reason=bindparam("r")), refused)


def _already_at_hall(hall: Connection, keys: Sequence[FactKey]) -> set[FactKey]:
    log = HallFactLog.__table__
    ids = [i for _t, i in keys]
    return {(t, i) for t, i in hall.execute(
        select(log.c.fact_table, log.c.fact_id).where(log.c.fact_id.in_(ids)))}


def _register(hall: Connection, batch: Batch) -> sync_rules.HallRegister:
    devices: set[uuid.UUID] = set()
    people: set[uuid.UUID] = set()
    prints: set[uuid.UUID] = set()
    for name, rows in batch.rows.items():
        for row in rows:
            fact = tables.incoming(name, row)
            devices.update([fact.device_id] if fact.device_id else [])
            people.update(fact.people)
            prints.update([fact.print_record_id] if fact.print_record_id else [])
    found_devices = set(hall.scalars(select(Device.id).where(Device.id.in_(devices)))) if devices else set()
    roles: dict[uuid.UUID, set[Any]] = {p: set() for p in
                                        hall.scalars(select(Staff.id).where(Staff.id.in_(people)))} if people else {}
    for staff_id, role in hall.execute(select(StaffRole.staff_id, StaffRole.role)
                                       .where(StaffRole.staff_id.in_(list(roles)))) if roles else ():
        roles[staff_id].add(role)
    at_hall = set(hall.scalars(select(PrintRecord.id).where(PrintRecord.id.in_(prints)))) if prints else set()
    return sync_rules.HallRegister(frozenset(found_devices), {p: frozenset(r) for p, r in roles.items()},
                                   frozenset(at_hall))


def _with_prints(register: sync_rules.HallRegister, taken: Iterable[uuid.UUID]) -> sync_rules.HallRegister:
    return sync_rules.HallRegister(register.devices, register.roles, register.print_records | frozenset(taken))


def _insert(hall: Connection, table: Table, rows: list[dict[str, Any]]) -> dict[uuid.UUID, str]:
    """Insert the rows, ignoring an id already there; rows the database refuses come back with its reason."""
    if not rows:
        return {}
    statement = _insert_ignoring_id(hall, table)
    try:
        with hall.begin_nested():
            hall.execute(statement, rows)
        return {}
    except IntegrityError:
        pass
    # One row broke a constraint the checks do not know of: find it, row by row, and take the rest.
    refused: dict[uuid.UUID, str] = {}
    for row in rows:
        try:
            with hall.begin_nested():
                hall.execute(statement, [row])
        except IntegrityError as error:
            refused[row["id"]] = f"{sync_rules.HALL_CONSTRAINT}: {str(error.orig).splitlines()[0][:200]}"
    return refused


def _insert_ignoring_id(hall: Connection, table: Table) -> Any:
    # Only a repeated id is ignored: any other unique clash is a real fault and must be seen.
    make = pg_insert if hall.dialect.name == "postgresql" else sqlite_insert
    return make(table).on_conflict_do_nothing(index_elements=["id"])


def _log(hall: Connection, taken: list[FactKey], batch: Batch, device_id: uuid.UUID, now: dt.datetime) -> None:
    if not taken:
        return
    # Logged parents first, so that a counter pulling in cursor order never meets a child before its parent.
    order = {k: n for n, k in enumerate(batch.keys)}
    ranked = sorted(taken, key=lambda k: (tables.RANK[k[0]], order[k]))
    statement = _insert_log(hall)
    hall.execute(statement, [{"fact_table": t, "fact_id": i, "device_id": device_id, "received_at": now}
                             for t, i in ranked])


def _insert_log(hall: Connection) -> Any:
    make = pg_insert if hall.dialect.name == "postgresql" else sqlite_insert
    return make(HallFactLog.__table__).on_conflict_do_nothing(index_elements=["fact_table", "fact_id"])
