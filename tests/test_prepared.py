"""Prepared statements, the bare-connection unit of work and the intake's store functions, on both engines.

SQLite runs prepared SQL on the driver connection, PostgreSQL through SQLAlchemy;
both must give the same rows, the same types and the same transactions.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Date, Engine, String, Uuid, bindparam, event, insert, select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.exc import IntegrityError, StatementError

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.hall import WindowType
from counter_app.store import cases, migrate
from counter_app.store.engine import make_engine
from counter_app.store.intake_reads import hall_and_device_codes, intake_item, window_serves
from counter_app.store.models import (
    CalendarDay,
    Department,
    Device,
    Hall,
    Item,
    ItemMaterial,
    ServiceWindow,
    SyncState,
)
from counter_app.store.prepared import Prepared, bind_converter
from counter_app.store.types import UtcDateTime
from counter_app.store.uow import SqlUnitOfWork, session_factory

NOW = dt.datetime(2026, 12, 1, 1, 42, 5, 123456, tzinfo=dt.UTC)
DAYS = Prepared(select(CalendarDay.day, CalendarDay.is_working_day, CalendarDay.name, CalendarDay.updated_at)
                .where(CalendarDay.day >= bindparam("start", type_=Date)).order_by(CalendarDay.day))


@pytest.fixture
def store(any_url: str) -> Iterator[Engine]:
    engine = make_engine(any_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def _uow(engine: Engine) -> SqlUnitOfWork:
    return SqlUnitOfWork(session_factory(engine))


def _days(engine: Engine) -> None:
    with _uow(engine) as uow:
        uow.session.add_all([
            CalendarDay(day=dt.date(2026, 10, 1), is_working_day=False, name="国庆节", updated_at=NOW),
            CalendarDay(day=dt.date(2026, 10, 10), is_working_day=True, name="调休", updated_at=NOW),
        ])
        uow.commit()


def test_rows_and_types_are_those_of_core(store: Engine) -> None:
    _days(store)
    with _uow(store) as uow:
        db = uow.connection()
        core = db.execute(DAYS.statement, {"start": dt.date(2026, 10, 2)}).all()
        rows = DAYS.rows(db, start=dt.date(2026, 10, 2))
        assert [tuple(r) for r in rows] == [tuple(r) for r in core] == [
            (dt.date(2026, 10, 10), True, "调休", NOW)]
        assert type(rows[0][1]) is bool and rows[0][3].tzinfo is not None
        assert DAYS.scalar(db, start=dt.date(2027, 1, 1)) is None
        # A literal value in the statement is a parameter too, filled in from the statement.
        assert Prepared(select(SyncState.value).where(SyncState.key == "absent")).scalar(db) is None


def test_a_missing_value_is_refused(store: Engine) -> None:
    with _uow(store) as uow, pytest.raises((KeyError, StatementError)):
        DAYS.rows(uow.connection())


def test_cursor_events_see_every_statement(store: Engine) -> None:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(store, "before_cursor_execute", note)
    try:
        with _uow(store) as uow:
            DAYS.rows(uow.connection(), start=dt.date(2026, 1, 1))
    finally:
        event.remove(store, "before_cursor_execute", note)
    assert any("calendar_day" in s for s in seen)


def test_insert_many_then_read_back(store: Engine) -> None:
    table = CalendarDay.__table__
    rows = [{"day": dt.date(2026, 5, d), "is_working_day": d == 9, "name": f"d{d}", "updated_at": NOW}
            for d in (1, 2, 9)]
    with _uow(store) as uow:
        Prepared(insert(table), columns=[c.key for c in table.c]).run_many(uow.connection(), rows)
        uow.commit()
    with _uow(store) as uow:
        assert [r[1] for r in DAYS.rows(uow.connection(), start=dt.date(2026, 1, 1))] == [False, False, True]
    with _uow(store) as uow, pytest.raises(IntegrityError):  # the same exception on both engines
        Prepared(insert(table), columns=[c.key for c in table.c]).run_many(uow.connection(), rows[:1])


def test_bare_connection_commits_and_a_later_session_joins_it(store: Engine) -> None:
    with _uow(store) as uow:
        assert cases.next_values(uow.connection(), "n", 3) == range(1, 4)
        uow.session.add(SyncState(key="k", value="v"))  # the same transaction as the counter
        uow.commit()
    with _uow(store) as uow:
        assert cases.next_value(uow.session, "n") == 4  # not committed: rolled back on leaving
        uow.session.add(SyncState(key="k2", value="lost"))
        uow.session.flush()
    with _uow(store) as uow:
        db = uow.connection()
        assert cases.next_value(db, "n") == 4
        assert db.scalar(select(SyncState.value).where(SyncState.key == "k")) == "v"
        assert db.scalar(select(SyncState.value).where(SyncState.key == "k2")) is None


def _catalogue(engine: Engine) -> tuple[uuid.UUID, uuid.UUID]:
    with _uow(engine) as uow:
        s = uow.session
        dept = Department(code="SCJG", name="市场监督管理局", short_name="二七市监")
        window = ServiceWindow(number=9, name="综合窗口", type=WindowType.COMPREHENSIVE, departments=[dept])
        item = Item(code="SCJG-001", name="个体工商户设立登记", kind=ItemKind.LICENCE, department=dept,
                    legal_basis="", statutory_limit_days=20, promised_limit_days=5, fee="",
                    materials=[ItemMaterial(position=p, name=f"材料{p}", form=MaterialForm.COPY,
                                            requirement=r)
                               for p, r in ((2, Requirement.CONDITIONAL), (1, Requirement.REQUIRED))])
        device = Device(code="C07", name="window 9", registered_at=NOW)
        s.add_all([Hall(code="410103", name="大厅", address="", phones=[], opening_hours={}), dept, window, item,
                   Item(code="OLD-001", name="停用", kind=ItemKind.LICENCE, department=dept, legal_basis="",
                        fee="", active=False), device])
        uow.commit()
        return dept.id, device.id


def test_intake_reads(store: Engine) -> None:
    department_id, device_id = _catalogue(store)
    with _uow(store) as uow:
        db = uow.connection()
        item = intake_item(db, "SCJG-001")
        assert item is not None and item.department_id == department_id and item.department_code == "SCJG"
        assert (item.statutory_limit_days, item.promised_limit_days, item.joint_handling) == (20, 5, False)
        assert [(m.position, m.requirement) for m in item.materials] == [
            (1, Requirement.REQUIRED), (2, Requirement.CONDITIONAL)]
        assert intake_item(db, "OLD-001") is None and intake_item(db, "") is None
        assert hall_and_device_codes(db, device_id) == ("410103", "C07")
        assert window_serves(db, 9, department_id) and not window_serves(db, 3, department_id)


def test_prepared_select_with_a_string_parameter(store: Engine) -> None:
    _days(store)
    by_name = Prepared(select(CalendarDay.day).where(CalendarDay.name == bindparam("name", type_=String)))
    with _uow(store) as uow:
        assert by_name.scalar(uow.connection(), name="调休") == dt.date(2026, 10, 10)


def test_counters_are_reserved_together(store: Engine) -> None:
    with _uow(store) as uow:
        db = uow.connection()
        assert cases.reserve(db, {"a": 1, "b": 2}) == {"a": range(1, 2), "b": range(1, 3)}
        assert cases.reserve(db, {"b": 1, "a": 3}) == {"b": range(3, 4), "a": range(2, 5)}
        uow.commit()
    with _uow(store) as uow:
        assert cases.next_value(uow.connection(), "a") == 5


# -- the quicker bind converters give SQLAlchemy's values exactly ----------------------------------------

_ZONES = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=8)), dt.timezone(dt.timedelta(hours=-5, minutes=-30))])


@given(when=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=_ZONES),
       day=st.dates(), some_id=st.uuids())
def test_quick_bind_converters_write_what_sqlalchemy_writes(when: dt.datetime, day: dt.date,
                                                            some_id: uuid.UUID) -> None:
    dialect = sqlite_dialect.dialect()
    for type_, value in ((UtcDateTime(), when), (Date(), day), (Uuid(), some_id)):
        quick = bind_converter(type_, dialect)
        general = type_.dialect_impl(dialect).bind_processor(dialect)
        assert quick is not None and general is not None
        assert quick(value) == general(value), type_  # a TypeDecorator's processor holds both of its steps


def test_the_quick_timestamp_converter_refuses_a_naive_time_as_the_type_does() -> None:
    quick = bind_converter(UtcDateTime(), sqlite_dialect.dialect())
    assert quick is not None
    with pytest.raises(ValueError, match="naive"):
        quick(dt.datetime(2026, 11, 28, 9, 0))


def test_a_date_column_given_a_datetime_still_writes_the_day() -> None:
    dialect = sqlite_dialect.dialect()
    quick = bind_converter(Date(), dialect)
    assert quick is not None
    assert quick(dt.datetime(2026, 11, 28, 9, 30)) == Date().dialect_impl(dialect).bind_processor(dialect)(
        dt.datetime(2026, 11, 28, 9, 30))
