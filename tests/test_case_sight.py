"""Who may open a case by its number (case detail): the lists' scopes, asked again."""

from __future__ import annotations

from hall_counters import NOW, accept_cases
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.permissions import sight_refusal
from counter_app.domain.staff import Role
from counter_app.services import case_queries
from counter_app.services.intake import take_in

TODAY = NOW.date()


def _seen(counter: Counter, code: str, case_no: str) -> bool:
    return case_queries.case_detail(counter.local(), case_no, TODAY, staff_session(counter, code)) is not None


def test_another_department_s_case_reads_as_none(demo_counter: Counter) -> None:
    [case_no] = accept_cases(demo_counter, staff_session(demo_counter, "S0101"), 1)
    assert _seen(demo_counter, "S0101", case_no) and _seen(demo_counter, "S0192", case_no)  # the department
    assert _seen(demo_counter, "S9001", case_no)  # the hall administrator
    assert not _seen(demo_counter, "S0301", case_no)  # culture and tourism: not theirs
    assert not _seen(demo_counter, "S9011", case_no)  # the comprehensive window did not receive it
    assert case_queries.case_detail(demo_counter.local(), case_no, TODAY) is not None  # support's CLI


def test_the_comprehensive_window_sees_what_it_received(demo_counter: Counter) -> None:
    from domain_forms import cl_form

    received = take_in(demo_counter.local(), staff_session(demo_counter, "S9011"), cl_form(),
                       IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert received.saved
    assert _seen(demo_counter, "S9011", received.case_no)
    assert not _seen(demo_counter, "S0101", received.case_no)


def test_the_rule_itself() -> None:
    clerk = frozenset({Role.WINDOW_CLERK})
    assert sight_refusal(clerk, own_department=False, received_here=False, helping=False) == "other_department"
    for where in ({"own_department": True}, {"received_here": True}, {"helping": True}):
        assert sight_refusal(clerk, **{"own_department": False, "received_here": False, "helping": False,
                                       **where}) is None
    assert sight_refusal(frozenset({Role.HALL_ADMIN}), own_department=False, received_here=False,
                         helping=False) is None
