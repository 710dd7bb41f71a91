"""Agency help (代办帮办): who may help, start, note and end, every refusal, and the cases I help with."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hall_counters import accept_cases
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.agency_help import AgencyHelp, CaseFacts, HelpEvent, HelpKind, HelpState, Person, fold
from counter_app.domain.applicant import FieldError
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.staff import Role
from counter_app.services import agency_help
from counter_app.services.case_list import CaseFilter, Scope, list_cases
from counter_app.services.intake import take_in

TODAY = dt.date(2026, 12, 1)
LATER = NOW + dt.timedelta(hours=1)


def _codes(errors: list[FieldError]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in errors]


def _helping(counter: Counter, code: str, case_no: str) -> list[tuple[str, str]]:
    """The case among the cases this person helps with (the demo hall has its own: they are left out)."""
    rows = list_cases(counter.local(), staff_session(counter, code), CaseFilter(scope=Scope.HELPING), TODAY)
    return [(r.case_no, r.status) for r in rows if r.case_no == case_no]


# --- the fold and the rules ---------------------------------------------------------------------

A, B, ACTOR = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
DEPT, OTHER = uuid.UUID(int=10), uuid.UUID(int=11)
T = dt.datetime(2026, 12, 1, 1, tzinfo=dt.UTC)


def _event(kind: HelpKind, helper: uuid.UUID, minutes: int) -> HelpEvent:
    return HelpEvent(uuid.UUID(int=100 + minutes), kind, helper, ACTOR, T + dt.timedelta(minutes=minutes), "")


def test_the_fold_follows_start_note_end_and_a_new_start() -> None:
    assert fold(()).state is HelpState.NONE
    help_ = fold([_event(HelpKind.NOTED, A, 5), _event(HelpKind.STARTED, A, 0)])
    assert (help_.state, help_.helper_id, help_.started_at) == (HelpState.ACTIVE, A, T)
    assert [e.kind for e in help_.events] == [HelpKind.STARTED, HelpKind.NOTED]  # in time order
    ended = fold([_event(HelpKind.STARTED, A, 0), _event(HelpKind.ENDED, A, 9)])
    assert (ended.state, ended.ended_at) == (HelpState.ENDED, T + dt.timedelta(minutes=9))
    # Handed over: ended and started again by another helper.
    again = fold([_event(HelpKind.STARTED, A, 0), _event(HelpKind.ENDED, A, 9), _event(HelpKind.STARTED, B, 10)])
    assert (again.state, again.helper_id, again.ended_at) == (HelpState.ACTIVE, B, None)
    # Two starts made offline at once: the later one helps, and the earlier helper's end does not end it.
    rivals = fold([_event(HelpKind.STARTED, A, 0), _event(HelpKind.STARTED, B, 1), _event(HelpKind.ENDED, A, 2)])
    assert (rivals.state, rivals.helper_id) == (HelpState.ACTIVE, B)


def test_who_may_help() -> None:
    from counter_app.domain.agency_help import may_help

    at_window = CaseFacts(DEPT, 1, "window", closed=False)
    received = CaseFacts(DEPT, 10, "comprehensive", closed=False)
    clerk = Person(A, frozenset({Role.WINDOW_CLERK}), DEPT, 1)
    stranger = Person(A, frozenset({Role.WINDOW_CLERK}), OTHER, 3)
    comprehensive = Person(B, frozenset({Role.COMPREHENSIVE_CLERK}), OTHER, 10)
    elsewhere = Person(B, frozenset({Role.COMPREHENSIVE_CLERK}), OTHER, 14)
    assert may_help(clerk, at_window) and may_help(clerk, received)
    assert not may_help(stranger, at_window)
    assert may_help(comprehensive, received) and not may_help(comprehensive, at_window)
    assert not may_help(elsewhere, received)
    assert isinstance(fold(()), AgencyHelp)


# --- the services -----------------------------------------------------------------------------------


def test_a_clerk_helps_notes_and_ends(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    [case_no] = accept_cases(demo_counter, clerk, 1)
    view = agency_help.help_of(demo_counter, clerk, case_no)
    assert view is not None and (view.state, view.may_start, view.may_follow) == (HelpState.NONE, True, False)
    assert agency_help.start(demo_counter, clerk, case_no, "申请人年逾七旬，行动不便，代为办理", NOW) == []
    assert _helping(demo_counter, "S0101", case_no) == [(case_no, "undertaking")]
    assert _helping(demo_counter, "S0102", case_no) == []
    view = agency_help.help_of(demo_counter, clerk, case_no)
    assert (view.state, view.helper_code, view.helper_name, view.may_start, view.may_follow) == (
        HelpState.ACTIVE, "S0101", "王晓堃", False, True)
    # A colleague of the department does not note another's help; the chief representative does.
    colleague, chief = staff_session(demo_counter, "S0102"), staff_session(demo_counter, "S0191")
    assert not agency_help.help_of(demo_counter, colleague, case_no).may_follow
    assert _codes(agency_help.add_note(demo_counter, colleague, case_no, "电话联系", LATER)) == [
        ("case", "not_the_helper")]
    assert agency_help.add_note(demo_counter, chief, case_no, "已督促承办人员加快办理", LATER) == []
    assert agency_help.add_note(demo_counter, clerk, case_no, "电话告知申请人\n领证时间", LATER) == []
    assert agency_help.end(demo_counter, clerk, case_no, "证照已邮寄送达申请人", LATER + dt.timedelta(hours=1)) == []
    view = agency_help.help_of(demo_counter, clerk, case_no)
    assert view.state is HelpState.ENDED and view.may_start and not view.may_follow
    assert [(e.kind, e.actor, e.helper, e.note) for e in view.entries] == [
        (HelpKind.STARTED, "王晓堃", "王晓堃", "申请人年逾七旬，行动不便，代为办理"),
        (HelpKind.NOTED, "张建军", "王晓堃", "已督促承办人员加快办理"),
        (HelpKind.NOTED, "王晓堃", "王晓堃", "电话告知申请人\n领证时间"),
        (HelpKind.ENDED, "王晓堃", "王晓堃", "证照已邮寄送达申请人")]
    assert view.entries[0].occurred_at == NOW
    assert _helping(demo_counter, "S0101", case_no) == []  # ended: no longer among the cases I help with


def test_every_refusal_and_nothing_is_saved(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    [case_no] = accept_cases(demo_counter, clerk, 1)
    assert _codes(agency_help.start(demo_counter, clerk, case_no, "  ", NOW)) == [("note", "required")]
    assert _codes(agency_help.start(demo_counter, clerk, case_no, "代" * 301, NOW)) == [("note", "too_long")]
    assert _codes(agency_help.start(demo_counter, clerk, "410103-20261201-C09-0001", "代办", NOW)) == [
        ("case", "unknown")]
    assert _codes(agency_help.add_note(demo_counter, clerk, case_no, "电话", NOW)) == [("case", "not_helped")]
    assert _codes(agency_help.end(demo_counter, clerk, case_no, "完", NOW)) == [("case", "not_helped")]
    # Another department's clerk, a clerk naming a colleague, a chief naming someone of another department.
    other = staff_session(demo_counter, "S0201")
    assert _codes(agency_help.start(demo_counter, other, case_no, "代办", NOW)) == [("helper", "not_case_staff")]
    assert _codes(agency_help.start(demo_counter, clerk, case_no, "代办", NOW, helper_code="S0102")) == [
        ("helper", "not_your_staff")]
    chief = staff_session(demo_counter, "S0191")
    assert _codes(agency_help.start(demo_counter, chief, case_no, "代办", NOW, helper_code="S0201")) == [
        ("helper", "not_case_staff")]
    assert _codes(agency_help.start(demo_counter, chief, case_no, "代办", NOW, helper_code="S7777")) == [
        ("helper", "unknown_staff")]
    # The hall administrator serves no applicants at a window.
    admin = staff_session(demo_counter, "S9001")
    assert _codes(agency_help.start(demo_counter, admin, case_no, "代办", NOW)) == [("case", "department_staff_only")]
    assert agency_help.help_of(demo_counter, clerk, case_no).entries == ()
    # A chief puts a clerk in; the case cannot be helped twice at once.
    assert agency_help.start(demo_counter, chief, case_no, "申请人为视障人士", NOW, helper_code="s0102") == []
    assert agency_help.help_of(demo_counter, clerk, case_no).helper_code == "S0102"
    assert _codes(agency_help.start(demo_counter, clerk, case_no, "代办", NOW)) == [("case", "already_helped")]
    assert _helping(demo_counter, "S0102", case_no) == [(case_no, "undertaking")] and _helping(demo_counter, "S0191", case_no) == []


def test_the_demo_hall_has_cases_under_agency_help(demo_counter: Counter) -> None:
    rows = list_cases(demo_counter.local(), staff_session(demo_counter, "S0101"), CaseFilter(scope=Scope.HELPING),
                      TODAY)
    assert [r.status for r in rows] == ["awaiting_correction"]
    view = agency_help.help_of(demo_counter, staff_session(demo_counter, "S0101"), rows[0].case_no)
    assert view.helper_code == "S0101" and [e.kind for e in view.entries] == [HelpKind.STARTED, HelpKind.NOTED]
    rows = list_cases(demo_counter.local(), staff_session(demo_counter, "S9011"), CaseFilter(scope=Scope.HELPING),
                      TODAY)
    assert [r.status for r in rows] == ["received"]


def test_a_closed_case_is_not_taken_up(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    refused = take_in(demo_counter.local(), clerk, _form(reasons="申请事项依法不需要取得行政许可"),
                      IntakeDecision.NOT_ACCEPT, NOW)
    assert refused.saved, refused.errors
    assert _codes(agency_help.start(demo_counter, clerk, refused.case_no, "代办", NOW)) == [("case", "case_closed")]
    assert not agency_help.help_of(demo_counter, clerk, refused.case_no).may_start


@pytest.mark.parametrize(("code", "allowed"), [("S9011", True), ("S9012", True), ("S0101", False)])
def test_the_comprehensive_window_helps_with_what_it_received(demo_counter: Counter, code: str,
                                                              allowed: bool) -> None:
    received = take_in(demo_counter.local(), staff_session(demo_counter, "S9011"),
                       _form(item_code="MZJ-001", materials=[]), IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert received.saved, received.errors
    errors = agency_help.start(demo_counter, staff_session(demo_counter, code), received.case_no, "代为递交材料", NOW)
    assert _codes(errors) == ([] if allowed else [("helper", "not_case_staff")])
    # The department's chief representative may put the window's clerks in as helpers.
    chief = staff_session(demo_counter, "S1091")
    assert agency_help.helpers_for(demo_counter, chief, received.case_no) == [
        ("S1091", "钟慧敏"), ("S1092", "汪海涛"), ("S9011", "程雨桐"), ("S9012", "罗昶")]
    assert agency_help.helpers_for(demo_counter, staff_session(demo_counter, "S9011"), received.case_no) == [
        ("S9011", "程雨桐")]
