"""First-inquiry responsibility (首问负责): every consultation recorded with whoever answered first, the
item if any, the question and the outcome; a referral names whom it went to."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.consultations import ConsultationOutcome, consultation_errors
from counter_app.services import consultations
from counter_app.services.consultations import ConsultationForm
from counter_app.store.models import Consultation


def _record(counter: Counter, code: str = "S0101", now: dt.datetime = NOW, **values: str):  # type: ignore[no-untyped-def]
    form = ConsultationForm(**{"question": "办理需要带什么材料", "outcome": "answered", **values})
    return consultations.record(counter, staff_session(counter, code), form, now)


def _count(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(Consultation)) or 0


def test_the_question_is_cleaned_and_the_outcomes_checked() -> None:
    assert consultation_errors("  问题  ", "answered", "", "", "S0101") == ("问题", [])
    assert consultation_errors("问", "referred", "SCJG", "", "S0101")[1] == []


@pytest.mark.parametrize("values, expected", [
    ({"question": ""}, FieldError("question", "required")),
    ({"question": "问" * 201}, FieldError("question", "too_long")),
    ({"question": "问\u200b题"}, FieldError("question", "control_characters")),
    ({"outcome": ""}, FieldError("outcome", "required")),
    ({"outcome": "referred"}, FieldError("referred_to", "required")),
    ({"outcome": "referred", "referred_department": "SCJG", "referred_staff": "S0102"},
     FieldError("referred_to", "one_target")),
    ({"outcome": "referred", "referred_staff": "s0101"}, FieldError("referred_to", "referred_to_self")),
    ({"outcome": "referred", "referred_staff": "S7777"}, FieldError("referred_to", "unknown")),
    ({"outcome": "referred", "referred_department": "NOPE"}, FieldError("referred_to", "unknown")),
    ({"outcome": "answered", "referred_department": "SCJG"}, FieldError("referred_to", "only_when_referred")),
    ({"item_code": "NO-SUCH"}, FieldError("item", "unknown")),
])
def test_each_wrong_field_is_named_and_nothing_is_recorded(demo_counter: Counter, values: dict[str, str],
                                                          expected: FieldError) -> None:
    before = _count(demo_counter)
    assert _record(demo_counter, **values).errors == (expected,)
    assert _count(demo_counter) == before


def test_consultations_are_recorded_with_the_first_person_and_listed_for_the_day(demo_counter: Counter) -> None:
    assert _record(demo_counter, item_code="SCJG-002", question="食品经营许可要多久").saved
    assert _record(demo_counter, outcome="referred", referred_department="WJW", question="公共场所卫生许可").saved
    assert _record(demo_counter, outcome="referred", referred_staff="s0191", question="首席代表签批").saved
    assert _record(demo_counter, outcome="taken_over", item_code="SCJG-001", question="个体户登记").saved
    assert _record(demo_counter, question="没有事项的问题").saved
    assert _record(demo_counter, now=NOW - dt.timedelta(days=1), question="昨天的").saved
    assert _record(demo_counter, code="S0102", question="别人的").saved
    who = staff_session(demo_counter, "S0101")
    rows = consultations.todays(demo_counter, who, dt.date(2026, 12, 1))
    by_question = {r.question: r for r in rows}
    assert set(by_question) == {"食品经营许可要多久", "公共场所卫生许可", "首席代表签批", "个体户登记", "没有事项的问题"}
    assert by_question["食品经营许可要多久"].item_name == "食品经营许可"
    assert by_question["公共场所卫生许可"].referred_to == "郑州市二七区卫生健康委员会"
    assert by_question["首席代表签批"].referred_to == "张建军"
    assert by_question["个体户登记"].outcome is ConsultationOutcome.TAKEN_OVER
    assert by_question["没有事项的问题"].item_code == ""
    with demo_counter.local() as uow:
        # This test's (the demo's own consultations lie in the weeks before the demo was loaded).
        row = uow.session.scalars(select(Consultation).where(Consultation.staff_id == who.staff_id,
                                                             Consultation.outcome == "taken_over",
                                                             Consultation.occurred_at == NOW)).one()
        assert row.staff_id == who.staff_id and row.actor_id == who.staff_id
    targets = consultations.referral_targets(demo_counter, who)
    assert ("department", "SCJG") in [(t.kind, t.code) for t in targets]
    assert "S0101" not in [t.code for t in targets] and "S0191" in [t.code for t in targets]


def test_everyone_may_record_a_consultation(demo_counter: Counter) -> None:
    for code in ("S0101", "S9011", "S0191", "S9001"):
        assert _record(demo_counter, code=code).saved
