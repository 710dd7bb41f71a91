"""The chain through the services: permissions, step data, and refusals that save nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.services.case_queries import case_detail
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in
from counter_app.store.models import Case, CaseEvent, OutboxEntry

LATER = NOW + dt.timedelta(hours=1)


@pytest.fixture
def accepted(demo_counter: Counter) -> str:
    clerk = staff_session(demo_counter, "S0101")
    return take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT, NOW).case_no


def _step(counter: Counter, code: str, case_no: str, kind: EventKind, **data):  # type: ignore[no-untyped-def]
    return record_step(counter.local(), staff_session(counter, code), case_no, kind, data, LATER)


def test_the_whole_chain_through_the_services(demo_counter: Counter, accepted: str) -> None:
    assert _step(demo_counter, "S0101", accepted, EventKind.UNDERTAKEN, opinion="材料齐全，符合条件").saved
    assert _step(demo_counter, "S0101", accepted, EventKind.REVIEWED, opinion="同意").saved
    assert _step(demo_counter, "S0191", accepted, EventKind.DECIDED, outcome="granted").saved
    assert _step(demo_counter, "S0101", accepted, EventKind.CERTIFICATE_ISSUED, certificate_no="92410103MA001").saved
    assert _step(demo_counter, "S0101", accepted, EventKind.DELIVERED, method="post", tracking_no="EMS123").saved
    detail = case_detail(demo_counter.local(), accepted, dt.date(2026, 12, 1))
    assert detail.state.status == "completed"
    assert len(detail.timeline) == 7
    with demo_counter.local() as uow:
        queued = uow.session.scalar(
            select(func.count()).select_from(OutboxEntry)
            .join(CaseEvent, CaseEvent.id == OutboxEntry.fact_id)
            .where(OutboxEntry.fact_table == "case_event", CaseEvent.case_id == detail.state.case_id))
    assert queued == 7


def _nothing_saved(counter: Counter, case_no: str, result) -> None:  # type: ignore[no-untyped-def]
    assert not result.saved
    with counter.local() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CaseEvent)
                                  .join(Case, Case.id == CaseEvent.case_id).where(Case.case_no == case_no)) == 2


def test_only_a_chief_representative_decides(demo_counter: Counter, accepted: str) -> None:
    _step(demo_counter, "S0101", accepted, EventKind.UNDERTAKEN)
    _step(demo_counter, "S0101", accepted, EventKind.REVIEWED)
    result = _step(demo_counter, "S0101", accepted, EventKind.DECIDED, outcome="granted")
    assert ("step", "chief_representative_only") in {(e.field, e.code) for e in result.errors}


def test_another_departments_staff_cannot_act(demo_counter: Counter, accepted: str) -> None:
    result = _step(demo_counter, "S0201", accepted, EventKind.UNDERTAKEN)
    assert ("step", "other_department") in {(e.field, e.code) for e in result.errors}
    _nothing_saved(demo_counter, accepted, result)


def test_a_step_out_of_order_is_refused(demo_counter: Counter, accepted: str) -> None:
    result = _step(demo_counter, "S0101", accepted, EventKind.CERTIFICATE_ISSUED, certificate_no="X1")
    assert ("step", "not_issuing") in {(e.field, e.code) for e in result.errors}
    _nothing_saved(demo_counter, accepted, result)


BAD_STEPS = [
    (EventKind.SUSPENDED, {"reason": "holiday", "start": "2026-12-02"}, ("reason", "required")),
    (EventKind.SUSPENDED, {"reason": "testing", "start": "2026-13-01"}, ("start", "required")),
    (EventKind.SUSPENDED, {"reason": "testing", "start": "2026-11-01"}, ("start", "before_acceptance")),
    (EventKind.SUSPENDED, {"reason": "testing", "start": "2026-12-02", "expected_days": 0}, ("expected_days", "out_of_range")),
    (EventKind.EXTENSION_REQUESTED, {"days": 30, "reason": "专家评审"}, ("days", "out_of_range")),
    (EventKind.EXTENSION_REQUESTED, {"days": 10, "reason": ""}, ("reason", "required")),
]


@pytest.mark.parametrize(("kind", "data", "error"), BAD_STEPS, ids=[f"{k}:{e[0]}:{e[1]}" for k, _d, e in BAD_STEPS])
def test_bad_step_data_is_refused(demo_counter: Counter, accepted: str, kind, data, error) -> None:  # type: ignore[no-untyped-def]
    result = _step(demo_counter, "S0101", accepted, kind, **data)
    assert error in {(e.field, e.code) for e in result.errors}
    _nothing_saved(demo_counter, accepted, result)


def test_refusal_needs_reasons_and_delivery_by_post_a_tracking_number(demo_counter: Counter, accepted: str) -> None:
    _step(demo_counter, "S0101", accepted, EventKind.UNDERTAKEN)
    _step(demo_counter, "S0101", accepted, EventKind.REVIEWED)
    refused = _step(demo_counter, "S0191", accepted, EventKind.DECIDED, outcome="refused")
    assert ("reasons", "required") in {(e.field, e.code) for e in refused.errors}
    assert _step(demo_counter, "S0191", accepted, EventKind.DECIDED, outcome="refused", reasons="不符合条件").saved
    no_tracking = _step(demo_counter, "S0101", accepted, EventKind.DELIVERED, method="post")
    assert ("tracking_no", "required") in {(e.field, e.code) for e in no_tracking.errors}
    assert _step(demo_counter, "S0101", accepted, EventKind.DELIVERED, method="electronic").saved


def test_suspend_resume_and_extension(demo_counter: Counter, accepted: str) -> None:
    assert _step(demo_counter, "S0101", accepted, EventKind.SUSPENDED, reason="expert_review",
                 start="2026-12-02", expected_days=3).saved
    assert not _step(demo_counter, "S0101", accepted, EventKind.UNDERTAKEN).saved
    resumed = _step(demo_counter, "S0101", accepted, EventKind.RESUMED, end="2026-12-01")
    assert ("end", "before_start") in {(e.field, e.code) for e in resumed.errors}
    assert _step(demo_counter, "S0101", accepted, EventKind.RESUMED, end="2026-12-04").saved
    assert _step(demo_counter, "S0101", accepted, EventKind.EXTENSION_REQUESTED, days=10, reason="需要专家评审").saved
    assert not _step(demo_counter, "S0101", accepted, EventKind.EXTENSION_APPROVED).saved
    assert _step(demo_counter, "S0191", accepted, EventKind.EXTENSION_APPROVED).saved
    detail = case_detail(demo_counter.local(), accepted, dt.date(2026, 12, 1))
    assert detail.state.extension_days == 10
    # 3 + 10 working days from Dec 1, with Dec 2-4 stopped: Dec 7 is the first counted day.
    assert detail.timing.statutory_due.day == dt.date(2026, 12, 23)


def test_a_refused_intake_case_is_closed_and_reads_back(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    result = take_in(demo_counter.local(), clerk, _form(reasons="申请事项依法不需要取得行政许可"),
                     IntakeDecision.NOT_ACCEPT, NOW)
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    assert detail.state.status == "not_accepted" and detail.next_steps == ()
    assert detail.state.closing_reason == "申请事项依法不需要取得行政许可"


def test_comprehensive_receipt_is_accepted_formally_by_the_department(demo_counter: Counter) -> None:
    from domain_forms import cl_form

    receiver = staff_session(demo_counter, "S9011")
    case_no = take_in(demo_counter.local(), receiver, cl_form(), IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW).case_no
    refused = record_step(demo_counter.local(), receiver, case_no, EventKind.ACCEPTED, {}, LATER)
    assert ("step", "other_department") in {(e.field, e.code) for e in refused.errors}
    later = NOW + dt.timedelta(days=2)  # Thursday
    chief = staff_session(demo_counter, "S1191")
    assert record_step(demo_counter.local(), chief, case_no, EventKind.ACCEPTED, {}, later).saved
    detail = case_detail(demo_counter.local(), case_no, dt.date(2026, 12, 3))
    assert detail.intake_days == 2 and detail.clock_starts == dt.date(2026, 12, 3)
    assert detail.state.holder_id == chief.staff_id
