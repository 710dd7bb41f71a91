"""Taking in a case: every rule, and a rejected form saves nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from staffing import NOW, staff_session
from stdnum.cn import ric, uscc

from counter_app.app import Counter
from counter_app.domain.case_numbers import is_case_number
from counter_app.domain.intake import IntakeDecision, MaterialCheck, MaterialState
from counter_app.services.case_queries import case_detail
from counter_app.services.intake import IntakeForm, take_in
from counter_app.store.models import Case, CaseEvent, LocalCounter, OutboxEntry

P, M, N, NA = MaterialState.PROVIDED, MaterialState.MISSING, MaterialState.NONCONFORMING, MaterialState.NOT_APPLICABLE


def valid_id(birth: str = "19880502", seq: str = "002") -> str:
    base = f"410103{birth}{seq}"
    return base + ric.calc_check_digit(base + "?")  # stdnum ignores the last character


def _form(**changes) -> IntakeForm:  # type: ignore[no-untyped-def]
    # SCJG-001 个体工商户登记: three required materials, then three conditional ones.
    marks = [P, P, P, NA, NA, NA]
    form = IntakeForm(item_code="SCJG-001", name="张三", id_number=valid_id(), phone="13812345678",
                      materials=[MaterialCheck(i + 1, "", i < 3, s) for i, s in enumerate(marks)])
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def _counts(counter: Counter) -> tuple[int, int, int, int]:
    with counter.local() as uow:
        s = uow.session
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Case, CaseEvent, LocalCounter, OutboxEntry))


def test_accept_on_the_spot(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    result = take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT, NOW)
    assert result.saved and is_case_number(result.case_no)
    assert result.case_no.startswith("410103-20261201-C01-")
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    assert detail.state.status == "undertaking"
    assert detail.state.accepted_on == dt.date(2026, 12, 1)
    assert detail.timing.promised_due.day == dt.date(2026, 12, 2)  # 1 working day promised
    assert [e.kind for e in detail.timeline] == ["received", "accepted"]


def test_one_time_notice_lists_exactly_what_is_missing_or_wrong(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    form = _form(materials=[MaterialCheck(1, "", True, P), MaterialCheck(2, "", True, M),
                            MaterialCheck(3, "", True, N, "复印件不清晰，无法辨认"),
                            MaterialCheck(4, "", False, NA), MaterialCheck(5, "", False, M)])
    result = take_in(demo_counter.local(), clerk, form, IntakeDecision.NOTICE, NOW)
    assert result.saved
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    listed = detail.state.correction
    assert [(m["position"], m["state"]) for m in listed] == [(2, "missing"), (3, "nonconforming"),
                                                              (5, "missing"), (6, "missing")]
    assert listed[1]["problem"] == "复印件不清晰，无法辨认"
    assert detail.state.status == "awaiting_correction"


def test_received_for_checking_then_deemed_accepted(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    result = take_in(demo_counter.local(), clerk, _form(), IntakeDecision.CHECK, NOW)
    early = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 8))
    late = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 9))
    assert not early.deemed_accepted and late.deemed_accepted


def test_organisation_applicant_with_agent(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    base = "91410103MA45XK7L2"
    code = base + uscc.calc_check_digit(base)
    form = _form(applicant_kind="organisation", name="郑州市二七区某某餐饮有限公司", credit_code=code,
                 legal_representative="李四", id_number="", agent_name="王五", agent_id_number=valid_id("19900101", "013"),
                 agent_phone="0371-68963110")
    result = take_in(demo_counter.local(), clerk, form, IntakeDecision.ACCEPT, NOW)
    assert result.saved, result.errors
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    assert detail.state.applicant["credit_code"] == code
    assert detail.state.applicant["agent"]["name"] == "王五"


def test_rare_characters_in_names_are_kept(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    result = take_in(demo_counter.local(), clerk, _form(name="郭𠇔"), IntakeDecision.ACCEPT, NOW)
    assert result.saved
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    assert detail.state.applicant["name"] == "郭𠇔"


BAD_FORMS = [
    ({"name": ""}, IntakeDecision.ACCEPT, ("name", "required")),
    ({"name": "张三3"}, IntakeDecision.ACCEPT, ("name", "not_a_name")),
    ({"name": "张" * 51}, IntakeDecision.ACCEPT, ("name", "too_long")),
    ({"name": "张\x07三"}, IntakeDecision.ACCEPT, ("name", "control_characters")),
    ({"id_number": "110101199003077777"}, IntakeDecision.ACCEPT, ("id_number", "check_digit")),
    ({"id_number": "410103199902300011"}, IntakeDecision.ACCEPT, ("id_number", "birth_date")),
    ({"id_number": "41010319880502"}, IntakeDecision.ACCEPT, ("id_number", "length")),
    ({"phone": "1381234567a"}, IntakeDecision.ACCEPT, ("phone", "phone_format")),
    ({"phone": ""}, IntakeDecision.ACCEPT, ("phone", "required")),
    ({"notes": "x" * 501}, IntakeDecision.ACCEPT, ("notes", "too_long")),
    ({"notes": "ok\x00"}, IntakeDecision.ACCEPT, ("notes", "control_characters")),
    ({"item_code": ""}, IntakeDecision.ACCEPT, ("item", "required")),
    ({"item_code": "NOPE-999"}, IntakeDecision.ACCEPT, ("item", "unknown")),
    ({"agent_name": "王五"}, IntakeDecision.ACCEPT, ("agent_id_number", "required")),
    ({"materials": [MaterialCheck(1, "", True, M)]}, IntakeDecision.ACCEPT, ("decision", "materials_incomplete")),
    ({"materials": [MaterialCheck(1, "", True, N)]}, IntakeDecision.NOTICE, ("material_1", "problem_required")),
    ({"materials": [MaterialCheck(1, "", True, NA)]}, IntakeDecision.NOTICE, ("material_1", "required_material")),
    ({}, IntakeDecision.NOTICE, ("decision", "nothing_to_correct")),
    ({"reasons": ""}, IntakeDecision.NOT_ACCEPT, ("reasons", "required")),
    ({"agency": " "}, IntakeDecision.REFER, ("agency", "required")),
    ({"item_code": "CGJ-002"}, IntakeDecision.ACCEPT, ("decision", "other_department")),
    ({}, IntakeDecision.RECEIVE_FOR_DEPARTMENT, ("decision", "comprehensive_window_only")),
]


@pytest.mark.parametrize(("changes", "decision", "error"), BAD_FORMS, ids=[e[2][0] + ":" + e[2][1] for e in BAD_FORMS])
def test_a_rejected_form_saves_nothing(demo_counter: Counter, changes, decision, error) -> None:  # type: ignore[no-untyped-def]
    clerk = staff_session(demo_counter, "S0101")
    before = _counts(demo_counter)
    result = take_in(demo_counter.local(), clerk, _form(**changes), decision, NOW)
    assert not result.saved
    assert error in {(e.field, e.code) for e in result.errors}
    assert _counts(demo_counter) == before


def test_comprehensive_window_receives_for_a_served_department_only(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S9011")
    form = _form(item_code="CL-001", materials=[MaterialCheck(i, "", i < 4, P) for i in range(1, 5)])
    result = take_in(demo_counter.local(), clerk, form, IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert result.saved
    detail = case_detail(demo_counter.local(), result.case_no, dt.date(2026, 12, 1))
    assert detail.state.channel == "comprehensive" and detail.state.holder_id is None
    refused = take_in(demo_counter.local(), clerk, _form(), IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert ("decision", "window_does_not_serve_item") in {(e.field, e.code) for e in refused.errors}
    assert ("decision", "department_staff_only") in {
        (e.field, e.code) for e in take_in(demo_counter.local(), clerk, form, IntakeDecision.ACCEPT, NOW).errors}


def test_case_numbers_never_repeat_on_a_device(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    numbers = {take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT, NOW).case_no for _ in range(5)}
    numbers.add(take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT,
                        NOW + dt.timedelta(days=1)).case_no)
    assert len(numbers) == 6
