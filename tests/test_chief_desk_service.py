"""The chief representative's desk through the services: only the department's open cases, by
deadline; only its chief representatives; the actions are the ordinary steps."""

from __future__ import annotations

import pytest
from chief_cases import accepted, rival_decisions, step, to_sign_off
from sqlalchemy import select
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.case_state import CLOSED
from counter_app.domain.clock import hall_today, utc_now
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.events import EventKind
from counter_app.services import case_queries, chief_desk
from counter_app.services.case_list import NO_DUE
from counter_app.services.desk import Desk
from counter_app.store.models import Case, CaseEvent, Department

NOW = utc_now()  # the demo cases are dated back from today, so these are made today as well
TODAY = hall_today(NOW)
QUERIES = [chief_desk.sign_off_queue, chief_desk.extension_requests, chief_desk.conflicts, chief_desk.board]


@pytest.fixture
def hall(demo_counter: Counter) -> dict[str, str]:
    """Beside the demo: two more SCJG cases for sign-off, one in conflict; the same at CGJ."""
    made = {
        "first": to_sign_off(demo_counter, "S0101", "SCJG-001", NOW, "钱多多", "101"),
        "second": to_sign_off(demo_counter, "S0102", "SCJG-002", NOW, "孙小美", "102", opinion="经核查符合条件"),
        "conflict": to_sign_off(demo_counter, "S0101", "SCJG-001", NOW, "阿土仔", "103"),
        "cgj": to_sign_off(demo_counter, "S0201", "CGJ-002", NOW, "金贝贝", "104"),
        "cgj_conflict": to_sign_off(demo_counter, "S0201", "CGJ-002", NOW, "沙隆巴斯", "105"),
        "cgj_extension": accepted(demo_counter, "S0201", "CGJ-002", NOW, "约翰乔", "106"),
    }
    rival_decisions(demo_counter, made["conflict"], NOW)
    rival_decisions(demo_counter, made["cgj_conflict"], NOW, "S0291", "S0292")
    step(demo_counter, "S0201", made["cgj_extension"], EventKind.EXTENSION_REQUESTED, NOW, days=10, reason="现场勘验")
    return made


def _desk(counter: Counter, code: str) -> Desk:
    return Desk(counter, staff_session(counter, code), clock=lambda: NOW)


def _open_cases(counter: Counter, department: str, **where: object) -> dict[str, Case]:
    with counter.local() as uow:
        rows = uow.session.scalars(select(Case).join(Department, Department.id == Case.department_id).where(
            Department.code == department, Case.status.not_in([s.value for s in CLOSED]),
            *(getattr(Case, k) == v for k, v in where.items()))).all()
        return {r.case_no: r for r in rows}


def _by_deadline(rows) -> bool:  # type: ignore[no-untyped-def]
    keys = [(r.step_due or NO_DUE, r.case_no) for r in rows]
    return keys == sorted(keys)


def test_the_sign_off_queue_is_the_departments_cases_awaiting_approval(demo_counter: Counter, hall) -> None:  # type: ignore[no-untyped-def]
    queue = _desk(demo_counter, "S0192").sign_off_queue()
    expected = _open_cases(demo_counter, "SCJG", status="awaiting_approval", has_conflict=False)
    assert {r.case_no for r in queue} == set(expected) and len(queue) == len(expected) >= 3
    assert hall["first"] in expected and hall["conflict"] not in expected and hall["cgj"] not in expected
    assert _by_deadline(queue)
    second = next(r for r in queue if r.case_no == hall["second"])
    assert (second.applicant_name, second.item_name, second.reviewer, second.opinion) == (
        "孙小美", "食品经营许可", "周䶮", "经核查符合条件")
    assert second.step_due == expected[hall["second"]].step_due
    assert {r.case_no for r in _desk(demo_counter, "S0291").sign_off_queue()} == {hall["cgj"]}


def test_extension_requests_are_the_departments_pending_ones(demo_counter: Counter, hall) -> None:  # type: ignore[no-untyped-def]
    desk = _desk(demo_counter, "S0191")
    [request] = desk.extension_requests()
    assert request.applicant_name == "朱军" and request.days == 10 and request.requested_by == "王晓堃"
    assert "现场核查" in request.reason
    assert [r.case_no for r in _desk(demo_counter, "S0291").extension_requests()] == [hall["cgj_extension"]]
    assert desk.decide_extension(request.case_no, approve=True).saved
    assert desk.extension_requests() == []
    assert desk.case_detail(request.case_no).state.extension_days == 10


def test_conflicts_name_the_rival_decisions_and_the_chief_keeps_one(demo_counter: Counter, hall) -> None:  # type: ignore[no-untyped-def]
    desk = _desk(demo_counter, "S0191")
    [conflict] = desk.conflicts()
    assert conflict.case_no == hall["conflict"] and conflict.status == "awaiting_approval"
    assert {(r.label, r.actor) for r in conflict.rivals} == {("decided:granted", "张建军"), ("decided:refused", "郭𠇔")}
    assert {r.device for r in conflict.rivals} == {"C01", "C99"}
    detail = desk.case_detail(conflict.case_no)
    assert {r.event_id for r in conflict.rivals} == set(detail.state.conflicts[0].event_ids)
    assert [r.case_no for r in _desk(demo_counter, "S0291").conflicts()] == [hall["cgj_conflict"]]
    refused = next(r for r in conflict.rivals if r.label == "decided:refused")
    assert refused.reasons == "经营场所与登记不符"
    assert desk.resolve_conflict(conflict.case_no, refused.event_id).saved
    assert desk.conflicts() == []
    settled = case_queries.case_detail(demo_counter.local(), conflict.case_no, TODAY)
    assert not settled.state.has_conflict and settled.state.outcome == "refused"


def test_the_board_counts_the_departments_open_cases_by_warning(demo_counter: Counter, hall) -> None:  # type: ignore[no-untyped-def]
    board = _desk(demo_counter, "S0191").board()
    scjg = _open_cases(demo_counter, "SCJG")
    assert board.total == len(scjg)
    assert board.counts[WarningLevel.RED] == len(board.red) > 0
    assert board.counts[WarningLevel.YELLOW] == len(board.yellow) > 0
    assert {r.warning for r in board.red} == {WarningLevel.RED}
    assert {r.warning for r in board.yellow} == {WarningLevel.YELLOW}
    listed = [r.case_no for r in board.red + board.yellow]
    assert set(listed) <= set(scjg) and len(set(listed)) == len(listed)
    assert all(scjg[n].step_due < TODAY for n in (r.case_no for r in board.red))
    assert _by_deadline(board.red) and _by_deadline(board.yellow)
    # Every open case with a deadline already passed is on the board as red.
    overdue = {n for n, c in scjg.items() if c.step_due and c.step_due < TODAY and not c.suspended}
    assert overdue == {r.case_no for r in board.red}
    cgj = _desk(demo_counter, "S0291").board()
    assert cgj.total == len(_open_cases(demo_counter, "CGJ")) and not set(listed) & {
        r.case_no for r in cgj.red + cgj.yellow}


@pytest.mark.parametrize("code", ["S0101", "S9001", "S9011"])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.__name__)
def test_only_a_chief_representative_uses_the_desk(demo_counter: Counter, code: str, query) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionError):
        query(demo_counter.local(), staff_session(demo_counter, code), TODAY)


def _events(counter: Counter, case_no: str) -> int:
    with counter.local() as uow:
        return len(uow.session.scalars(select(CaseEvent.id).join(Case, Case.id == CaseEvent.case_id)
                                       .where(Case.case_no == case_no)).all())


def test_sign_off_refuse_and_return_are_the_ordinary_steps(demo_counter: Counter, hall) -> None:  # type: ignore[no-untyped-def]
    desk = _desk(demo_counter, "S0191")
    before = _events(demo_counter, hall["first"])
    no_reasons = desk.sign_off(hall["first"], granted=False, reasons="  ")
    assert ("reasons", "required") in {(e.field, e.code) for e in no_reasons.errors}
    assert _events(demo_counter, hall["first"]) == before
    assert ("reason", "required") in {(e.field, e.code) for e in desk.return_from_sign_off(hall["first"], "").errors}
    assert desk.return_from_sign_off(hall["first"], "缺少现场核查记录").state.status == "reviewing"
    assert desk.sign_off(hall["second"], granted=True).state.status == "issuing"
    assert {r.case_no for r in desk.sign_off_queue()}.isdisjoint({hall["first"], hall["second"]})
    clerk = _desk(demo_counter, "S0101")
    assert ("step", "chief_representative_only") in {
        (e.field, e.code) for e in clerk.sign_off(hall["cgj"], granted=True).errors} | {
        (e.field, e.code) for e in clerk.record_step(hall["conflict"], EventKind.DECIDED, {"outcome": "granted"}).errors}
