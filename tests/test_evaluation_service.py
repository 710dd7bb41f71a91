"""The evaluation's figures on a hand-made month (tests/evaluation_cases.py, October 2025 around the
National Day holiday), who may see what, and the annual evaluation saved, replaced and refused."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_cases import at, make_october
from sqlalchemy import func, select
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.evaluation import AnnualEvaluation, EvaluationReport, Grade, Period, PeriodKind
from counter_app.domain.evaluation_figures import Figures, Step
from counter_app.services import evaluation
from counter_app.store.models import EvaluationRecord, OutboxEntry

OCTOBER = Period(PeriodKind.MONTH, 2025, 10)
NOW = at("2026-01-15", 10)  # the centre evaluates 2025 in January


@pytest.fixture
def october(demo_counter: Counter) -> Counter:
    make_october(demo_counter)
    return demo_counter


def _report(counter: Counter, code: str, period: Period = OCTOBER) -> EvaluationReport:
    return evaluation.report(counter, staff_session(counter, code), period, NOW)


def _staff(report: EvaluationReport) -> dict[str, Figures]:
    return {line.code: line.figures for line in report.staff}


def _windows(report: EvaluationReport) -> dict[int, Figures]:
    return {line.number: line.figures for line in report.windows}


def _steps(figures: Figures) -> dict[Step, int]:
    return {step: n for step, n in figures.steps.items() if n}


def test_steps_by_who_acted_in_the_month(october: Counter) -> None:
    staff = _staff(_report(october, "S9001"))
    assert _steps(staff["S0101"]) == {Step.RECEIVED: 3, Step.ACCEPTED: 1, Step.NOT_ACCEPTED: 2, Step.REVIEWED: 2,
                                      Step.ISSUED: 1, Step.DELIVERED: 1}
    assert _steps(staff["S0103"]) == {Step.RECEIVED: 1, Step.NOTICE: 1, Step.REVIEWED: 1}
    assert _steps(staff["S0191"]) == {Step.DECIDED: 3}
    assert _steps(staff["S9011"]) == {Step.RECEIVED: 1}
    assert staff["S0102"].total_steps == 0  # the B role's step was in September


def test_b_for_a_counts_for_b_who_acted(october: Counter) -> None:
    staff = _staff(_report(october, "S9001", Period(PeriodKind.QUARTER, 2025, 3)))
    assert _steps(staff["S0102"]) == {Step.UNDERTAKEN: 1}
    assert staff["S0101"].step(Step.UNDERTAKEN) == 1  # case A only; C's was S0102's work
    assert staff["S0103"].step(Step.UNDERTAKEN) == 2


def test_on_time_and_handling_days_of_the_cases_decided_in_the_month(october: Counter) -> None:
    staff = _staff(_report(october, "S9001"))
    s0101, s0103 = staff["S0101"], staff["S0103"]
    # A (on time, 5 days) and C (decided the working day after its promised limit, 7 days).
    assert (s0101.finished, s0101.on_time_promised, s0101.on_time_statutory, s0101.handling_days) == (2, 1, 2, 12)
    assert (s0101.on_time_rate, s0101.statutory_rate, s0101.average_days) == (0.5, 1.0, 6.0)
    # B: suspended for two working days, 3 days counted.
    assert (s0103.finished, s0103.on_time_rate, s0103.statutory_rate, s0103.average_days) == (1, 1.0, 1.0, 3.0)
    assert staff["S0191"].finished == 0  # the chief decides; the case is the clerk's


def test_the_quarter_takes_the_september_case_too(october: Counter) -> None:
    s0103 = _staff(_report(october, "S9001", Period(PeriodKind.QUARTER, 2025, 3)))["S0103"]
    assert (s0103.finished, s0103.on_time_rate, s0103.average_days) == (1, 1.0, 3.0)  # E, decided 09-25
    s0103 = _staff(_report(october, "S9001", Period(PeriodKind.YEAR, 2025)))["S0103"]
    assert (s0103.finished, s0103.handling_days) == (2, 6)


def test_ratings_inquiries_and_extended_service(october: Counter) -> None:
    staff = _staff(_report(october, "S9001"))
    s0101, s0103 = staff["S0101"], staff["S0103"]
    assert s0101.ratings == (0, 1, 0, 1, 2)  # 5, 4, 2, 5: the November one is not October's
    assert (s0101.rating_count, s0101.rating_average, s0101.satisfied_share, s0101.bad_ratings) == (4, 4.0, 0.75, 1)
    assert (s0103.rating_count, s0103.rating_average, s0103.satisfied_share, s0103.bad_ratings) == (2, 2.0, 0.0, 1)
    assert (s0101.consultations, staff["S9011"].consultations, s0103.consultations) == (2, 1, 0)
    assert s0101.extended_minutes == 150 and s0101.extended_hours == 2.5


def test_windows_add_up_their_staff_with_receipts_and_ratings_where_they_happened(october: Counter) -> None:
    windows = _windows(_report(october, "S9001"))
    one, two = windows[1], windows[2]
    assert one.step(Step.RECEIVED) == 3 and one.step(Step.REVIEWED) == 2 and one.finished == 2
    assert (one.rating_count, round(one.rating_average or 0, 3), one.bad_ratings) == (3, 3.667, 1)
    assert two.step(Step.RECEIVED) == 1 and two.ratings == (1, 0, 1, 0, 0)
    assert windows[10].step(Step.RECEIVED) == 1  # the comprehensive window's receipt for 残联
    assert windows[11].ratings == (0, 0, 0, 0, 1)  # S0101 served at the emergency window
    assert windows[3].total_steps == 0 and windows[3].on_time_rate is None


def test_a_chief_sees_the_department_only(october: Counter) -> None:
    report = _report(october, "S0191")
    assert report.scope == "郑州市二七区市场监督管理局"
    assert {line.code for line in report.staff} == {"S0101", "S0102", "S0103", "S0104", "S0191", "S0192"}
    assert [line.number for line in report.windows] == [1, 2, 11]
    assert [w.code for w in report.weights] == ["SCJG"]
    assert _staff(report)["S0101"].ratings == (0, 1, 0, 1, 2)
    assert report.total.step(Step.DECIDED) == 3 and report.total.finished == 3


def test_the_disabled_persons_federation_sees_the_comprehensive_window_s_receipt(october: Counter) -> None:
    report = _report(october, "S1191")
    assert [line.number for line in report.windows] == [10]
    assert _windows(report)[10].step(Step.RECEIVED) == 1
    assert {line.code for line in report.staff} == {"S1191", "S1192"}


@pytest.mark.parametrize("code", ["S0101", "S9011"])
def test_a_clerk_may_not_see_the_evaluation(demo_counter: Counter, code: str) -> None:
    with pytest.raises(PermissionError):
        _report(demo_counter, code)


def _all_competent(counter: Counter, year: int = 2025, **grades: Grade) -> AnnualEvaluation:
    sheet = evaluation.grading_sheet(counter, staff_session(counter, "S9001"), year)
    return AnnualEvaluation(year, {r.code: grades.get(r.code, Grade.COMPETENT) for r in sheet.staff},
                            {w.code: 5 for w in sheet.weights})


def test_the_administrator_grades_the_year_and_a_later_decision_replaces_it(october: Counter) -> None:
    admin = staff_session(october, "S9001")
    before = _stored(october)
    sheet = evaluation.grading_sheet(october, admin, 2025)
    assert len(sheet.staff) == 49 and sheet.quota == 9  # 51 on the register, less the 2 administrators
    assert "S9001" not in {r.code for r in sheet.staff} and len(sheet.weights) == 13
    assert evaluation.decide(october, admin, _all_competent(october, S0101=Grade.EXCELLENT), NOW) == []
    assert _grades(_report(october, "S0191"))["S0101"] is Grade.EXCELLENT
    later = NOW + dt.timedelta(days=2)
    form = _all_competent(october, S0101=Grade.COMPETENT, S0103=Grade.INCOMPETENT)
    form = AnnualEvaluation(2025, form.grades, {**form.weights, "SCJG": 8}, {"S0103": "全年超期办件较多"})
    assert evaluation.decide(october, admin, form, later) == []
    report = _report(october, "S0191")
    assert _grades(report)["S0101"] is Grade.COMPETENT and _grades(report)["S0103"] is Grade.INCOMPETENT
    assert [(w.code, w.weight) for w in report.weights] == [("SCJG", 8)]
    assert report.decided_at == later and report.decided_by == "杜明远" and report.graded == 49
    sheet = evaluation.grading_sheet(october, admin, 2025)
    assert {r.code: r.reason for r in sheet.staff if r.reason} == {"S0103": "全年超期办件较多"}
    assert _stored(october) == (before[0] + 2, before[1] + 2)  # both decisions stay, each queued for the hall


def _stored(counter: Counter) -> tuple[int, int]:
    """Evaluation records, and those queued for the hall (the demo may have decided a year already)."""
    with counter.local() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(EvaluationRecord)) or 0,
                s.scalar(select(func.count()).select_from(OutboxEntry)
                         .where(OutboxEntry.fact_table == "evaluation_record")) or 0)


def _grades(report: EvaluationReport) -> dict[str, Grade | None]:
    return {line.code: line.grade for line in report.staff}


def test_a_refused_evaluation_saves_nothing(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    before = _stored(demo_counter)
    sheet = evaluation.grading_sheet(demo_counter, admin, 2025)
    ten = {r.code: Grade.EXCELLENT for r in sheet.staff[:10]}
    errors = evaluation.decide(demo_counter, admin, _all_competent(demo_counter, **ten), NOW)
    assert [(e.field, e.code) for e in errors] == [("grades", "excellent_over_quota")]
    weights = {**_all_competent(demo_counter).weights, "SCJG": 4}
    errors = evaluation.decide(demo_counter, admin, AnnualEvaluation(2025, {}, weights), NOW)
    assert ("grades", "not_all_graded") in {(e.field, e.code) for e in errors}
    assert ("weight:SCJG", "below_minimum") in {(e.field, e.code) for e in errors}
    errors = evaluation.decide(demo_counter, admin, _all_competent(demo_counter, 2027), NOW)
    assert [(e.field, e.code) for e in errors] == [("year", "year_not_begun")]
    assert _stored(demo_counter) == before


@pytest.mark.parametrize("code", ["S0101", "S9011", "S0191"])
def test_only_the_administrator_decides(demo_counter: Counter, code: str) -> None:
    who = staff_session(demo_counter, code)
    with pytest.raises(PermissionError):
        evaluation.decide(demo_counter, who, AnnualEvaluation(2025, {}, {}), NOW)
    with pytest.raises(PermissionError):
        evaluation.grading_sheet(demo_counter, who, 2025)
