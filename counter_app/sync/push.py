"""Push: send the outbox to the hall, idempotently (推送).

Three steps, each its own transaction, so that a crash anywhere repeats work and
never loses or doubles it:

1. read a batch of waiting facts from the local store;
2. deliver it to the hall: the hall takes each fact by id, ignores one it already
   has, refuses one that no longer stands against its register, and logs every fact
   it took under the hall cursor; then the hall commits;
3. mark the batch at the counter: pushed, or refused with the hall's reason.

The rows travel as the local store holds them (ids as hex text, UTC times as text,
JSON as its text): only the columns the hall's checks read are turned into Python
values. Each table's rows go to the hall in one statement per batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from counter_app.domain import sync_rules
from counter_app.store.models import Device, HallFactLog, OutboxEntry, PrintRecord, Rating, Staff, StaffRole
from counter_app.sync import tables
from counter_app.sync.hall_lock import lock_fact_log

FactKey = tuple[str, uuid.UUID]
_OUTBOX = OutboxEntry.__table__
_WAITING = and_(_OUTBOX.c.pushed_at.is_(None), _OUTBOX.c.rejected_reason.is_(None))
# Ids per IN (...) list: well under SQLite's limit on bound parameters, whatever the batch size.
_IN_CHUNK = 1000
# The ids the hall's checks read, turned into UUIDs (see tables.incoming).
_CHECKED_IDS = ("device_id", "actor_id", "acting_for_id", "staff_id", "print_record_id")
# A rating's subject, read only for ratings: every case event has a case_id too, and reading it there
# would cost the push of a day's events for nothing.
_RATED_IDS = ("case_id", "visit_id")


@dataclass
class Batch:
    """Waiting facts, in the order they were queued, with their rows as the local store holds them."""

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
        .order_by(_OUTBOX.c.queued_at, _OUTBOX.c.fact_table, _OUTBOX.c.fact_id).limit(limit)).all()]
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, fact_id in keys:
        if name in tables.BY_NAME:
            by_table[name].append(fact_id)
    rows: dict[str, list[dict[str, Any]]] = {}
    for name, ids in by_table.items():
        table = tables.BY_NAME[name]
        found = rows[name] = []
        for start in range(0, len(ids), _IN_CHUNK):
            result = local.execute(tables.stored(table).where(table.c.id.in_(ids[start:start + _IN_CHUNK])))
            columns = tuple(result.keys())
            found += [dict(zip(columns, row, strict=True)) for row in result.all()]
    return Batch(keys, rows)


def deliver(hall: Connection, batch: Batch, device_id: uuid.UUID, now: dt.datetime) -> Delivery:
    """Take the batch into the hall, in the caller's hall transaction (the caller commits)."""
    lock_fact_log(hall)
    result = Delivery()
    facts = _facts(batch)
    # An outbox mark without its row would wait for ever; say so instead of sending it again and again.
    result.refused = {k: sync_rules.MISSING_AT_COUNTER for k in batch.keys if k not in facts}
    known = _already_at_hall(hall, batch.keys)
    result.already = [k for k in batch.keys if k in known]
    register = _register(hall, [fact for fact, _row in facts.values()])
    taken_prints: set[uuid.UUID] = set()
    by_table: dict[str, list[tuple[FactKey, sync_rules.IncomingFact, dict[str, Any]]]] = defaultdict(list)
    for key, (fact, row) in facts.items():
        by_table[key[0]].append((key, fact, row))
    for table in tables.PUSHED:
        fresh = [f for f in by_table.get(table.name, []) if f[0] not in known]
        if table.name == PrintRecord.__tablename__:
            register = _with_prints(register, taken_prints)
        if table.name == Rating.__tablename__:
            register = _with_rated(register, _rated_at_hall(hall, [s for _k, f, _r in fresh for s in f.rated]))
        accepted: list[tuple[FactKey, dict[str, Any]]] = []
        for key, fact, row in fresh:
            reason = sync_rules.refusal(fact, register)
            if reason:
                result.refused[key] = reason
            else:
                accepted.append((key, row))
                # A second rating of the same case in one batch is refused like one the hall already has.
                register = _with_rated(register, fact.rated) if fact.rated else register
        refused_rows = _insert(hall, table, [row for _key, row in accepted])
        taken = []
        for n, (key, _row) in enumerate(accepted):
            if n in refused_rows:
                result.refused[key] = refused_rows[n]
            else:
                taken.append(key)
        if table.name == PrintRecord.__tablename__:
            taken_prints.update(i for _t, i in taken)
            register = _with_prints(register, taken_prints)
        result.taken += taken
    _log(hall, result.taken, batch, device_id, now)
    return result


def mark(local: Connection, delivery: Delivery, now: dt.datetime) -> None:
    """Record at the counter what the hall did; only after the hall committed."""
    done: dict[str, list[uuid.UUID]] = defaultdict(list)
    for t, i in delivery.taken + delivery.already:
        done[t].append(i)
    for t, ids in done.items():
        for start in range(0, len(ids), _IN_CHUNK):
            local.execute(update(_OUTBOX).where(_OUTBOX.c.fact_table == t,
                                                _OUTBOX.c.fact_id.in_(ids[start:start + _IN_CHUNK]))
                          .values(pushed_at=now))
    where = and_(_OUTBOX.c.fact_table == bindparam("t"), _OUTBOX.c.fact_id == bindparam("i"))
    refused = [{"t": t, "i": i, "r": reason} for (t, i), reason in delivery.refused.items()]
    if refused:
        local.execute(update(_OUTBOX).where(where).values(rejected_reason=bindparam("r")), refused)


def _facts(batch: Batch) -> dict[FactKey, tuple[sync_rules.IncomingFact, dict[str, Any]]]:
    """Each row of the batch under its outbox key, with what the hall's checks read of it."""
    keys = {(t, i.hex): (t, i) for t, i in batch.keys}
    ids: dict[Any, uuid.UUID | None] = {None: None}

    def as_uuid(stored: Any) -> uuid.UUID | None:  # a few devices and people: each turned into a UUID once
        found = ids.get(stored)
        if found is None and stored is not None:
            found = ids[stored] = stored if isinstance(stored, uuid.UUID) else uuid.UUID(stored)
        return found

    facts = {}
    for name, rows in batch.rows.items():
        checked = [c for c in _CHECKED_IDS if c in tables.BY_NAME[name].c]
        if name == Rating.__tablename__:
            checked += _RATED_IDS
        for row in rows:
            key = keys.get((name, row["id"])) or (name, uuid.UUID(str(row["id"])))
            view: dict[str, Any] = {c: as_uuid(row[c]) for c in checked}
            if "kind" in row:
                view["kind"] = row["kind"]
            facts[key] = (tables.incoming(name, view), row)
    return facts


def _already_at_hall(hall: Connection, keys: Sequence[FactKey]) -> set[FactKey]:
    log = HallFactLog.__table__
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for t, i in keys:
        by_table[t].append(i)
    # By table and id, the log's unique key: the lookup stays an index search however long the log grows.
    if hall.dialect.name == "postgresql":
        # The ids as one array, each looked up by the whole key (LIMIT keeps the lookup per id): a plan
        # that holds even before the hall's statistics know how long the log has grown.
        query = text("SELECT l.fact_table, l.fact_id FROM unnest(CAST(:ids AS UUID[])) AS k(id) CROSS JOIN LATERAL "
                     "(SELECT fact_table, fact_id FROM hall_fact_log WHERE fact_table = :name AND fact_id = k.id "
                     "LIMIT 1) AS l")
        return {(t, i) for name, ids in by_table.items() for t, i in hall.execute(query, {"name": name, "ids": ids})}
    return {(t, i) for name, ids in by_table.items() for t, i in hall.execute(
        select(log.c.fact_table, log.c.fact_id).where(log.c.fact_table == name, log.c.fact_id.in_(ids))).all()}


def _register(hall: Connection, facts: Iterable[sync_rules.IncomingFact]) -> sync_rules.HallRegister:
    devices: set[uuid.UUID] = set()
    people: set[uuid.UUID] = set()
    prints: set[uuid.UUID] = set()
    for fact in facts:
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
    return dataclasses.replace(register, print_records=register.print_records | frozenset(taken))


def _with_rated(register: sync_rules.HallRegister, rated: Iterable[uuid.UUID]) -> sync_rules.HallRegister:
    return dataclasses.replace(register, rated=register.rated | frozenset(rated))


def _rated_at_hall(hall: Connection, subjects: list[uuid.UUID]) -> set[uuid.UUID]:
    """The cases and visits among subjects that the hall holds a rating of."""
    if not subjects:
        return set()
    return ({s for s in hall.scalars(select(Rating.case_id).where(Rating.case_id.in_(subjects)))}
            | {s for s in hall.scalars(select(Rating.visit_id).where(Rating.visit_id.in_(subjects)))})


def _insert(hall: Connection, table: Table, rows: list[dict[str, Any]]) -> dict[int, str]:
    """Insert the stored rows, ignoring an id already there; rows the database refuses come back
    (by their place in rows) with its reason."""
    if not rows:
        return {}
    send = _pg_insert(table) if hall.dialect.name == "postgresql" else _sqlite_insert(table)
    try:
        with hall.begin_nested():
            send(hall, rows)
        return {}
    except IntegrityError:
        pass
    # One row broke a constraint the checks do not know of: find it, row by row, and take the rest.
    refused: dict[int, str] = {}
    for n, row in enumerate(rows):
        try:
            with hall.begin_nested():
                send(hall, [row])
        except IntegrityError as error:
            refused[n] = f"{sync_rules.HALL_CONSTRAINT}: {str(error.orig).splitlines()[0][:200]}"
    return refused


Send = Callable[[Connection, list[dict[str, Any]]], None]


@cache
def _sqlite_insert(table: Table) -> Send:
    """A SQLite hall stores values as the local store does: the rows go in unchanged, by executemany."""
    columns = [c.name for c in table.columns]
    # Only a repeated id is ignored: any other unique clash is a real fault and must be seen.
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT (id) DO NOTHING")

    def send(hall: Connection, rows: list[dict[str, Any]]) -> None:
        hall.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])

    return send


@cache
def _pg_insert(table: Table) -> Send:
    """PostgreSQL: the whole batch in one INSERT ... SELECT ... ON CONFLICT (id) DO NOTHING.

    The stored rows go as one JSON array of arrays, a single parameter (JSONB: parsed once;
    the values are its strings and numbers, which JSONB keeps exactly), each cast to its
    column's type by tables.pg_from_stored.
    """
    columns = [c.name for c in table.columns]
    # Only a repeated id is ignored: any other unique clash is a real fault and must be seen.
    statement = text(f"INSERT INTO {table.name} ({', '.join(columns)}) "
                     f"SELECT {', '.join(tables.pg_from_stored(table, 'r'))} "
                     f"FROM jsonb_array_elements(CAST(:rows AS JSONB)) AS e(r) ON CONFLICT (id) DO NOTHING")

    def send(hall: Connection, rows: list[dict[str, Any]]) -> None:
        hall.execute(statement, {"rows": json.dumps([[row[c] for c in columns] for row in rows])})

    return send


_PG_LOG = text(
    "INSERT INTO hall_fact_log (fact_table, fact_id, device_id, received_at) "
    "(SELECT f ->> 0, (f ->> 1)::uuid, :device, :now FROM jsonb_array_elements(CAST(:facts AS JSONB)) "
    "WITH ORDINALITY AS e(f, n) ORDER BY e.n) ON CONFLICT (fact_table, fact_id) DO NOTHING")


def _log(hall: Connection, taken: list[FactKey], batch: Batch, device_id: uuid.UUID, now: dt.datetime) -> None:
    if not taken:
        return
    # Logged parents first, so that a counter pulling in cursor order never meets a child before its parent.
    order = {k: n for n, k in enumerate(batch.keys)}
    ranked = sorted(taken, key=lambda k: (tables.RANK[k[0]], order[k]))
    if hall.dialect.name == "postgresql":
        # One statement, the facts as one JSON array: the sequence numbers are drawn in its order.
        hall.execute(_PG_LOG, {"facts": json.dumps([[t, i.hex] for t, i in ranked]), "device": device_id,
                               "now": now})
        return
    statement = sqlite_insert(HallFactLog.__table__).on_conflict_do_nothing(index_elements=["fact_table", "fact_id"])
    hall.execute(statement, [{"fact_table": t, "fact_id": i, "device_id": device_id, "received_at": now}
                             for t, i in ranked])
