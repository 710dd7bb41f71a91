"""Taking in cases and listing them on both engines: the SQLite fast path and the portable one agree."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select
from test_intake_service import _form, valid_id
from test_prepared import NOW, _catalogue, _uow

from counter_app.domain.intake import IntakeDecision
from counter_app.domain.login import StaffSession
from counter_app.domain.staff import Employment, Role
from counter_app.services import case_list
from counter_app.services.case_queries import CaseFilter, Scope, list_cases
from counter_app.services.intake import take_in
from counter_app.store import cases, migrate
from counter_app.store.engine import make_engine
from counter_app.store.models import CaseEvent, OutboxEntry, Staff

TODAY = dt.date(2026, 12, 1)
NAMES = ["张三", "张三丰", "李四", "王五", "郭𠇔"]


@pytest.fixture
def clerk(any_url: str) -> Iterator[tuple[Engine, StaffSession]]:
    engine = make_engine(any_url)
    migrate.upgrade(engine)
    department_id, device_id = _catalogue(engine)
    with _uow(engine) as uow:
        staff = Staff(code="S0101", name="王强", department_id=department_id, employment=Employment.CIVIL_SERVANT,
                      posted_on=dt.date(2022, 3, 1), birth_date=dt.date(1988, 5, 2), pin_hash="x")
        uow.session.add(staff)
        uow.commit()
        staff_id = staff.id
    yield engine, StaffSession(staff_id=staff_id, code="S0101", name="王强", roles=frozenset({Role.WINDOW_CLERK}),
                               department_code="SCJG", department_name="市场监督管理局", window_number=9,
                               window_name="综合窗口", window_type=None, device_id=device_id,
                               department_id=department_id)
    engine.dispose()


def _fill(engine: Engine, who: StaffSession) -> list[str]:
    numbers = []
    for n, name in enumerate(NAMES):
        decision = IntakeDecision.ACCEPT if n % 2 == 0 else IntakeDecision.CHECK
        form = _form(name=name, id_number=valid_id(seq=f"{n:02d}1"))
        form.materials = form.materials[:2]
        result = take_in(_uow(engine), who, form, decision, NOW - dt.timedelta(days=n))
        assert result.saved, result.errors
        numbers.append(result.case_no)
    return numbers


def test_take_in_writes_events_outbox_and_projection(clerk: tuple[Engine, StaffSession]) -> None:
    engine, who = clerk
    numbers = _fill(engine, who)
    assert len(set(numbers)) == 5 and numbers[0].startswith("410103-")
    with _uow(engine) as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(CaseEvent)) == 8  # 3 accepted (2 events) + 2 received
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 8
        events = s.scalars(select(CaseEvent).order_by(CaseEvent.device_seq)).all()
        assert [e.device_seq for e in events] == list(range(1, 9))
        assert events[0].occurred_at.tzinfo is not None and events[0].data["applicant"]["name"] == "张三"
        state = cases.events_of(s, events[0].case_id)
        assert {e.kind.value for e in state} == {"received", "accepted"}


@pytest.mark.parametrize("lead_below, walk_from", [(3000, 12000), (0, 12000), (0, 0)],
                         ids=["lead", "within", "walk"])
def test_searches_take_every_route_to_the_same_rows(clerk: tuple[Engine, StaffSession], lead_below: int,
                                                   walk_from: int, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, who = clerk
    _fill(engine, who)
    monkeypatch.setattr(case_list, "LEAD_BELOW", lead_below)
    monkeypatch.setattr(case_list, "WALK_FROM", walk_from)

    def names(search: str, scope: Scope = Scope.DEPARTMENT, **f: object) -> list[str]:
        person = None if scope is Scope.HALL else who  # the hall-wide list is the administrator's (or a script's)
        rows = list_cases(_uow(engine), person, CaseFilter(scope=scope, search=search, **f), TODAY)  # type: ignore[arg-type]
        return [r.applicant_name for r in rows]

    assert sorted(names("")) == sorted(NAMES)
    assert sorted(names("张三")) == ["张三", "张三丰"]
    assert sorted(names("zs")) == ["张三", "张三丰"]
    assert names("lisi") == ["李四"]
    assert names(valid_id(seq="031")[-4:]) == ["王五"]
    assert names("guo", Scope.HALL) == ["郭𠇔"]
    assert sorted(names("z", statuses=frozenset({"received"}))) == ["张三丰"]
    assert names("nobody") == []


def test_keyset_pages_on_both_engines(clerk: tuple[Engine, StaffSession]) -> None:
    engine, who = clerk
    numbers = _fill(engine, who)
    seen: list[str] = []
    after = None
    while True:
        page = list_cases(_uow(engine), who, CaseFilter(scope=Scope.MINE), TODAY, after=after, limit=2)
        seen += [r.case_no for r in page]
        if len(page) < 2:
            break
        after = page[-1].key
    assert sorted(seen) == sorted(numbers) and len(seen) == len(set(seen))
    assert uuid.UUID(int=0) != who.staff_id
