"""One migration history for both engines: models match the head; every step goes up and down."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from counter_app.store import migrate
from counter_app.store.engine import make_engine
from counter_app.store.models import metadata


def test_models_match_the_migration_head(any_url: str) -> None:
    engine = make_engine(any_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []


def test_every_revision_upgrades_and_downgrades(any_url: str) -> None:
    engine = make_engine(any_url)
    revisions = migrate.revisions()
    assert revisions[-1] == migrate.head_revision()
    previous = "base"
    for revision in revisions:
        migrate.upgrade(engine, revision)
        assert migrate.current_revision(engine) == revision
        migrate.downgrade(engine, previous)
        assert migrate.current_revision(engine) == (None if previous == "base" else previous)
        migrate.upgrade(engine, revision)
        previous = revision
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_upgrade_is_idempotent_and_keeps_rows(any_url: str) -> None:
    engine = make_engine(any_url)
    migrate.upgrade(engine)
    with engine.begin() as c:
        c.execute(text("INSERT INTO sync_state (key, value) VALUES ('probe', 'kept')"))
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT value FROM sync_state WHERE key='probe'")).scalar() == "kept"
    engine.dispose()


def test_constraint_names_follow_the_convention(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    inspector = inspect(engine)
    for table in inspector.get_table_names():
        for fk in inspector.get_foreign_keys(table):
            assert fk["name"] and fk["name"].startswith(f"fk_{table}_"), (table, fk)
        for uq in inspector.get_unique_constraints(table):
            assert uq["name"] and uq["name"].startswith(f"uq_{table}_"), (table, uq)
    engine.dispose()


def test_utc_timestamps_round_trip(any_url: str) -> None:
    """Stored UTC with zone, read back as the same instant, on both engines."""
    from counter_app.store.models import Device
    from counter_app.store.uow import SqlUnitOfWork, session_factory

    engine = make_engine(any_url)
    migrate.upgrade(engine)
    shanghai = dt.timezone(dt.timedelta(hours=8))
    moment = dt.datetime(2026, 12, 1, 9, 42, 5, 123000, tzinfo=shanghai)
    device_id = uuid.uuid4()
    with SqlUnitOfWork(session_factory(engine)) as uow:
        uow.session.add(Device(id=device_id, code="C99", name="probe", registered_at=moment))
        uow.commit()
    with SqlUnitOfWork(session_factory(engine)) as uow:
        stored = uow.session.get(Device, device_id)
        assert stored is not None
        assert stored.registered_at == moment
        assert stored.registered_at.utcoffset() == dt.timedelta(0)
    engine.dispose()


def test_naive_timestamps_are_refused(sqlite_url: str) -> None:
    from counter_app.store.models import Device
    from counter_app.store.uow import SqlUnitOfWork, session_factory

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    with SqlUnitOfWork(session_factory(engine)) as uow:
        uow.session.add(Device(code="C98", name="naive", registered_at=dt.datetime(2026, 12, 1, 9, 0)))
        with pytest.raises(Exception, match="naive datetime"):
            uow.commit()
    engine.dispose()


def test_0002_keeps_existing_events_and_cases(any_url: str) -> None:
    """A data-migration check: facts written under 0001 survive 0002 with their new columns empty."""
    engine = make_engine(any_url)
    migrate.upgrade(engine, "0001")
    device, staff, item, dept, case, event = (uuid.uuid4() for _ in range(6))
    now = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    rows = [
        ("INSERT INTO device (id, code, name, registered_at, updated_at) VALUES (:i, 'C01', 'd', :t, :t)", {"i": device}),
        ("INSERT INTO department (id, code, name, short_name, updated_at) VALUES (:i, 'D', 'd', 'd', :t)", {"i": dept}),
        ("INSERT INTO staff (id, code, name, employment, posted_on, birth_date, pin_hash, active, updated_at) "
         "VALUES (:i, 'S1', 's', 'civil_servant', '2020-01-01', '1990-01-01', 'x', true, :t)", {"i": staff}),
        ("INSERT INTO item (id, code, name, kind, department_id, legal_basis, joint_handling, fee, pinyin, "
         "pinyin_initials, active, updated_at) VALUES (:i, 'I1', 'i', 'licence', :d, 'law', false, '0', '', '', true, :t)",
         {"i": item, "d": dept}),
        ("INSERT INTO case_event (id, case_id, device_id, device_seq, kind, actor_id, occurred_at, data) "
         "VALUES (:i, :c, :d, 1, 'received', :s, :t, '{}')", {"i": event, "c": case, "d": device, "s": staff}),
        ("INSERT INTO case_file (id, case_no, item_id, department_id, status, applicant_name, received_on, "
         "warning_level, has_conflict, event_count) VALUES (:c, 'N1', :i, :d, 'received', '张三', '2026-12-01', "
         "'normal', false, 1)", {"c": case, "i": item, "d": dept}),
    ]
    from sqlalchemy import Uuid, bindparam

    with engine.begin() as c:
        for sql, params in rows:
            statement = text(sql).bindparams(*(bindparam(k, type_=Uuid()) for k in params))
            c.execute(statement, {**params, "t": now})
    migrate.upgrade(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM case_event WHERE parent_id IS NULL")).scalar() == 1
        assert c.execute(text("SELECT channel, applicant_pinyin FROM case_file")).one() == ("window", "")
    engine.dispose()
