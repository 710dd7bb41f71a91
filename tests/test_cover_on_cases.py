"""B for A on cases (B角代A角): during A's approved absence B works A's queue, and every event names both."""

from __future__ import annotations

import datetime as dt

import pytest
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.services import absences
from counter_app.services.case_list import CaseFilter, Scope, list_cases
from counter_app.services.case_queries import case_detail
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in

D = dt.date
THURSDAY = dt.datetime(2026, 12, 3, 2, tzinfo=dt.UTC)  # 10:00 in the hall
MONDAY = dt.datetime(2026, 12, 7, 2, tzinfo=dt.UTC)


@pytest.fixture
def a_away_thursday(demo_counter: Counter) -> str:
    """S0101 (A) holds a case and is away on Thursday 3 December, approved by the chief representative."""
    a = staff_session(demo_counter, "S0101")
    case_no = take_in(demo_counter.local(), a, _form(), IntakeDecision.ACCEPT, NOW).case_no
    away = absences.report_absence(demo_counter.local(), a, D(2026, 12, 3), D(2026, 12, 4), "年休假", NOW)
    chief = staff_session(demo_counter, "S0191")
    assert absences.decide_absence(demo_counter.local(), chief, away.absence_id, True, "", NOW).saved
    return case_no


def _step(counter: Counter, code: str, case_no: str, when: dt.datetime):  # type: ignore[no-untyped-def]
    return record_step(counter.local(), staff_session(counter, code), case_no, EventKind.UNDERTAKEN,
                       {"opinion": "材料齐全"}, when)


def test_b_acts_for_a_during_the_absence_and_the_event_names_both(demo_counter: Counter, a_away_thursday: str) -> None:
    assert _step(demo_counter, "S0102", a_away_thursday, THURSDAY).saved
    detail = case_detail(demo_counter.local(), a_away_thursday, D(2026, 12, 3))
    assert detail is not None
    last = detail.timeline[-1]
    assert (last.kind, last.actor, last.acting_for) == ("undertaken", "周䶮", "王晓堃")


def test_b_cannot_act_on_a_s_cases_outside_the_absence(demo_counter: Counter, a_away_thursday: str) -> None:
    for when in (NOW, MONDAY):  # before it starts, after it ends
        refused = _step(demo_counter, "S0102", a_away_thursday, when)
        assert [(e.field, e.code) for e in refused.errors] == [("step", "held_by_colleague")]


def test_a_colleague_who_is_not_a_s_b_cannot_act_even_during_the_absence(
        demo_counter: Counter, a_away_thursday: str) -> None:
    refused = _step(demo_counter, "S0103", a_away_thursday, THURSDAY)
    assert [(e.field, e.code) for e in refused.errors] == [("step", "held_by_colleague")]


def test_a_refused_absence_gives_b_nothing(demo_counter: Counter) -> None:
    a = staff_session(demo_counter, "S0101")
    case_no = take_in(demo_counter.local(), a, _form(), IntakeDecision.ACCEPT, NOW).case_no
    away = absences.report_absence(demo_counter.local(), a, D(2026, 12, 3), D(2026, 12, 3), "事假", NOW)
    assert absences.decide_absence(demo_counter.local(), staff_session(demo_counter, "S0191"), away.absence_id,
                                   False, "年底办件高峰", NOW).saved
    assert not _step(demo_counter, "S0102", case_no, THURSDAY).saved


def test_the_chief_representative_acts_on_any_case_of_the_department_as_themself(
        demo_counter: Counter, a_away_thursday: str) -> None:
    assert _step(demo_counter, "S0191", a_away_thursday, NOW).saved
    detail = case_detail(demo_counter.local(), a_away_thursday, D(2026, 12, 1))
    assert detail is not None and detail.timeline[-1].acting_for is None


def test_b_sees_a_s_queue_only_during_the_absence(demo_counter: Counter, a_away_thursday: str) -> None:
    b = staff_session(demo_counter, "S0102")
    a_id = staff_session(demo_counter, "S0101").staff_id
    queue = CaseFilter(scope=Scope.MINE, for_staff=a_id)
    during = list_cases(demo_counter.local(), b, queue, D(2026, 12, 3))
    assert a_away_thursday in [r.case_no for r in during]
    with pytest.raises(PermissionError):
        list_cases(demo_counter.local(), b, queue, D(2026, 12, 7))
    with pytest.raises(PermissionError):
        list_cases(demo_counter.local(), staff_session(demo_counter, "S0103"), queue, D(2026, 12, 3))


def test_a_print_by_b_for_a_names_both(demo_counter: Counter, a_away_thursday: str) -> None:

    from counter_app.domain.documents import DocumentKind
    from counter_app.services import printing
    from counter_app.store.models import PrintRecord

    b = staff_session(demo_counter, "S0102")
    done = printing.record_print(demo_counter.local(), b, a_away_thursday, DocumentKind.ACCEPTANCE, copies=1,
                                 destination="pdf", target="/tmp/x.pdf", now=THURSDAY)
    assert done.ok
    with demo_counter.local() as uow:
        record = uow.session.get(PrintRecord, done.record_id)
        assert record is not None and record.acting_for_id == staff_session(demo_counter, "S0101").staff_id
