"""Facts are append-only: the store refuses UPDATE and DELETE, by ORM and by raw SQL."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from counter_app.domain.staff import Employment
from counter_app.store import migrate
from counter_app.store.engine import make_engine
from counter_app.store.models import AuditEntry, CaseEvent, Device, Staff
from counter_app.store.uow import FactEditRefused, SqlUnitOfWork, session_factory

NOW = dt.datetime(2026, 12, 1, 1, 42, tzinfo=dt.UTC)


@pytest.fixture
def store(any_url: str) -> Engine:
    engine = make_engine(any_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def _seed(engine: Engine) -> tuple[uuid.UUID, uuid.UUID]:
    with SqlUnitOfWork(session_factory(engine)) as uow:
        device = Device(code="C01", name="window 3", registered_at=NOW)
        staff = Staff(code="S0101", name="王强", employment=Employment.CIVIL_SERVANT,
                      posted_on=dt.date(2022, 3, 1), birth_date=dt.date(1988, 5, 2), pin_hash="x")
        uow.session.add_all([device, staff])
        uow.session.flush()
        event = CaseEvent(case_id=uuid.uuid4(), device_id=device.id, device_seq=1, kind="received",
                          actor_id=staff.id, occurred_at=NOW, data={"item": "SCJG-001"})
        audit = AuditEntry(occurred_at=NOW, device_id=device.id, actor_id=staff.id,
                           action="login_succeeded", detail={})
        uow.session.add_all([event, audit])
        uow.commit()
        return event.id, audit.id


@pytest.mark.parametrize("table", ["case_event", "audit_entry"])
def test_raw_update_is_refused(store: Engine, table: str) -> None:
    _seed(store)
    column = "kind" if table == "case_event" else "action"
    with pytest.raises(DatabaseError, match="append-only"):
        with store.begin() as c:
            c.execute(text(f"UPDATE {table} SET {column} = 'forged'"))


@pytest.mark.parametrize("table", ["case_event", "audit_entry"])
def test_raw_delete_is_refused(store: Engine, table: str) -> None:
    _seed(store)
    with pytest.raises(DatabaseError, match="append-only"):
        with store.begin() as c:
            c.execute(text(f"DELETE FROM {table}"))
    with store.connect() as c:
        assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 1


def test_truncate_is_refused_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    _seed(engine)
    with pytest.raises(DatabaseError, match="append-only"):
        with engine.begin() as c:
            c.execute(text("TRUNCATE case_event"))
    engine.dispose()


def test_orm_edit_is_refused_before_reaching_the_database(store: Engine) -> None:
    event_id, _ = _seed(store)
    with SqlUnitOfWork(session_factory(store)) as uow:
        event = uow.session.get(CaseEvent, event_id)
        assert event is not None
        event.kind = "forged"
        with pytest.raises(FactEditRefused, match="append-only"):
            uow.commit()


def test_orm_delete_is_refused(store: Engine) -> None:
    _, audit_id = _seed(store)
    with SqlUnitOfWork(session_factory(store)) as uow:
        uow.session.delete(uow.session.get(AuditEntry, audit_id))
        with pytest.raises(FactEditRefused):
            uow.commit()


def test_inserting_more_facts_is_fine(store: Engine) -> None:
    event_id, _ = _seed(store)
    with SqlUnitOfWork(session_factory(store)) as uow:
        first = uow.session.get(CaseEvent, event_id)
        assert first is not None
        uow.session.add(CaseEvent(case_id=first.case_id, device_id=first.device_id, device_seq=2,
                                  kind="accepted", actor_id=first.actor_id, occurred_at=NOW, data={}))
        uow.commit()
    with store.connect() as c:
        assert c.execute(text("SELECT count(*) FROM case_event")).scalar() == 2


def test_device_sequence_never_repeats(store: Engine) -> None:
    event_id, _ = _seed(store)
    with SqlUnitOfWork(session_factory(store)) as uow:
        first = uow.session.get(CaseEvent, event_id)
        assert first is not None
        uow.session.add(CaseEvent(case_id=first.case_id, device_id=first.device_id, device_seq=1,
                                  kind="accepted", actor_id=first.actor_id, occurred_at=NOW, data={}))
        with pytest.raises(DatabaseError):
            uow.commit()


def test_fact_guard_survives_every_migration_step(any_url: str) -> None:
    """SQLite batch migrations rebuild tables; the append-only triggers must come back each time."""
    engine = make_engine(any_url)
    for revision in migrate.revisions():
        migrate.upgrade(engine, revision)
    previous = migrate.revisions()[-2] if len(migrate.revisions()) > 1 else None
    if previous:
        migrate.downgrade(engine, previous)
        migrate.upgrade(engine)
    _seed(engine)
    with pytest.raises(DatabaseError, match="append-only"):
        with engine.begin() as c:
            c.execute(text("DELETE FROM case_event"))
    engine.dispose()
