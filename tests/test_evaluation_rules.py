"""The annual evaluation's rules (年度考核): the 20% excellent quota at its edges, every member of staff
graded, a reason for 不称职, the departments' weights from 5 to 100; the periods; the record in force."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from counter_app.domain.evaluation import (
    AnnualEvaluation,
    Grade,
    Period,
    PeriodKind,
    evaluation_errors,
    excellent_quota,
    latest,
)

E, C, B, X = Grade.EXCELLENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT
DEPARTMENTS = ["SCJG", "CGJ"]


def staff(n: int) -> list[str]:
    return [f"S{i:04d}" for i in range(1, n + 1)]


def entered(codes: list[str], excellent: int, **changes: object) -> AnnualEvaluation:
    grades: dict[str, Grade | None] = {code: E if i < excellent else C for i, code in enumerate(codes)}
    base = {"year": 2025, "grades": grades, "weights": {"SCJG": 5, "CGJ": 10}, "reasons": {}}
    return AnnualEvaluation(**{**base, **changes})  # type: ignore[arg-type]


def codes_of(errors: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(e.field, e.code) for e in errors}


@pytest.mark.parametrize(("graded", "quota"), [(0, 0), (1, 0), (4, 0), (5, 1), (9, 1), (10, 2), (19, 3), (20, 4),
                                               (21, 4), (24, 4), (25, 5), (49, 9)])
def test_the_quota_is_a_fifth_rounded_down(graded: int, quota: int) -> None:
    assert excellent_quota(graded) == quota


@pytest.mark.parametrize(("graded", "allowed"), [(19, 3), (20, 4), (21, 4)])
def test_the_quota_at_19_20_21_staff(graded: int, allowed: int) -> None:
    codes = staff(graded)
    _cleaned, errors = evaluation_errors(entered(codes, allowed), codes, DEPARTMENTS, 2025)
    assert errors == []
    _cleaned, errors = evaluation_errors(entered(codes, allowed + 1), codes, DEPARTMENTS, 2025)
    assert codes_of(errors) == {("grades", "excellent_over_quota")}


def test_a_hall_of_four_has_no_excellent_grade_but_may_grade_all_competent() -> None:
    codes = staff(4)
    assert evaluation_errors(entered(codes, 0), codes, DEPARTMENTS, 2025)[1] == []
    assert codes_of(evaluation_errors(entered(codes, 1), codes, DEPARTMENTS, 2025)[1]) == {
        ("grades", "excellent_over_quota")}


def test_fewer_excellent_than_the_quota_is_fine() -> None:
    codes = staff(21)
    assert evaluation_errors(entered(codes, 0), codes, DEPARTMENTS, 2025)[1] == []


def test_every_member_of_staff_is_graded() -> None:
    codes = staff(6)
    form = entered(codes, 1)
    grades = dict(form.grades)
    grades["S0003"] = None
    del grades["S0005"]
    _cleaned, errors = evaluation_errors(AnnualEvaluation(2025, grades, form.weights), codes, DEPARTMENTS, 2025)
    assert codes_of(errors) == {("grades", "not_all_graded"), ("grade:S0003", "required"),
                                ("grade:S0005", "required")}


def test_a_grade_for_someone_not_on_the_list_is_refused() -> None:
    codes = staff(5)
    form = entered([*codes, "S9999"], 0)
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2025)[1]) == {("grades", "unknown_staff")}


def test_incompetent_needs_a_reason_and_the_reason_is_kept_trimmed() -> None:
    codes = staff(5)
    grades = {**entered(codes, 1).grades, "S0002": X}
    form = AnnualEvaluation(2025, grades, {"SCJG": 5, "CGJ": 5}, {"S0002": "   "})
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2025)[1]) == {("reason:S0002", "required")}
    form = AnnualEvaluation(2025, grades, {"SCJG": 5, "CGJ": 5}, {"S0002": "  全年超期办件12件，群众投诉3次  "})
    cleaned, errors = evaluation_errors(form, codes, DEPARTMENTS, 2025)
    assert errors == [] and cleaned.reasons == {"S0002": "全年超期办件12件，群众投诉3次"}


def test_a_reason_too_long_or_with_control_characters_is_refused() -> None:
    codes = staff(5)
    grades = {**entered(codes, 0).grades, "S0001": X, "S0002": B}
    form = AnnualEvaluation(2025, grades, {"SCJG": 5, "CGJ": 5}, {"S0001": "超" * 201, "S0002": "迟到\x07"})
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2025)[1]) == {
        ("reason:S0001", "too_long"), ("reason:S0002", "control_characters")}


@pytest.mark.parametrize(("weight", "code"), [(None, "required"), (0, "below_minimum"), (4, "below_minimum"),
                                              (101, "above_maximum")])
def test_a_weight_outside_5_to_100_is_refused(weight: int | None, code: str) -> None:
    codes = staff(5)
    form = entered(codes, 1, weights={"SCJG": weight, "CGJ": 100})
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2025)[1]) == {("weight:SCJG", code)}


@pytest.mark.parametrize("weight", [5, 37, 100])
def test_weights_from_5_to_100_are_taken(weight: int) -> None:
    codes = staff(5)
    cleaned, errors = evaluation_errors(entered(codes, 1, weights={"SCJG": weight, "CGJ": 5}), codes,
                                        DEPARTMENTS, 2025)
    assert errors == [] and cleaned.weights == {"SCJG": weight, "CGJ": 5}


def test_a_weight_for_an_unknown_department_is_refused() -> None:
    codes = staff(5)
    form = entered(codes, 1, weights={"SCJG": 5, "CGJ": 5, "XXX": 5})
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2025)[1]) == {("weights", "unknown_department")}


@pytest.mark.parametrize(("year", "code"), [(2027, "year_not_begun"), (1999, "out_of_range")])
def test_a_year_not_begun_is_not_evaluated(year: int, code: str) -> None:
    codes = staff(5)
    form = entered(codes, 1, year=year)
    assert codes_of(evaluation_errors(form, codes, DEPARTMENTS, 2026)[1]) == {("year", code)}


def test_the_record_keeps_grades_weights_reasons_and_the_quota() -> None:
    codes = staff(10)
    grades = {**entered(codes, 2).grades, "S0010": X}
    form = AnnualEvaluation(2025, grades, {"SCJG": 8, "CGJ": 5}, {"S0010": "擅自离岗"})
    cleaned, errors = evaluation_errors(form, codes, DEPARTMENTS, 2025)
    assert errors == []
    data = cleaned.to_data()
    assert data["grades"]["S0001"] == "excellent" and data["grades"]["S0010"] == "incompetent"  # type: ignore[index]
    assert data["weights"] == {"CGJ": 5, "SCJG": 8} and data["reasons"] == {"S0010": "擅自离岗"}
    assert data["graded"] == 10 and data["excellent_quota"] == 2
    assert AnnualEvaluation.from_data(2025, data) == cleaned


def test_a_later_record_of_the_year_replaces_the_earlier() -> None:
    admin, early, late = uuid.uuid4(), uuid.UUID(int=1), uuid.UUID(int=2)
    first = (dt.datetime(2026, 1, 10, 2, tzinfo=dt.UTC), early, admin, 2025, {"grades": {"S0001": "competent"}})
    second = (dt.datetime(2026, 1, 12, 2, tzinfo=dt.UTC), early, admin, 2025, {"grades": {"S0001": "excellent"}})
    other_year = (dt.datetime(2026, 2, 1, 2, tzinfo=dt.UTC), late, admin, 2024, {"grades": {"S0001": "incompetent"}})
    found = latest([second, other_year, first], 2025)
    assert found is not None and found[0].grades == {"S0001": E} and found[1] == second[0] and found[2] == admin
    assert latest([first], 2023) is None
    # Two at the same moment (two counters): the later id stands, whatever order they are read in.
    same = (second[0], late, admin, 2025, {"grades": {"S0001": "basically_competent"}})
    assert latest([same, second], 2025)[0].grades == {"S0001": B}  # type: ignore[index]
    assert latest([second, same], 2025)[0].grades == {"S0001": B}  # type: ignore[index]


@pytest.mark.parametrize(("period", "first", "last", "label"), [
    (Period(PeriodKind.MONTH, 2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29), "2024年2月"),
    (Period(PeriodKind.QUARTER, 2025, 4), dt.date(2025, 10, 1), dt.date(2025, 12, 31), "2025年第四季度"),
    (Period(PeriodKind.YEAR, 2025), dt.date(2025, 1, 1), dt.date(2025, 12, 31), "2025年度"),
])
def test_periods(period: Period, first: dt.date, last: dt.date, label: str) -> None:
    assert (period.first_day, period.last_day, period.label) == (first, last, label)


def test_periods_step_over_the_year_end() -> None:
    assert Period(PeriodKind.MONTH, 2025, 12).shifted(1) == Period(PeriodKind.MONTH, 2026, 1)
    assert Period(PeriodKind.QUARTER, 2026, 1).shifted(-1) == Period(PeriodKind.QUARTER, 2025, 4)
    assert Period(PeriodKind.YEAR, 2026).shifted(-2) == Period(PeriodKind.YEAR, 2024)
    assert Period.containing(PeriodKind.QUARTER, dt.date(2026, 9, 30)) == Period(PeriodKind.QUARTER, 2026, 3)
    with pytest.raises(ValueError):
        Period(PeriodKind.QUARTER, 2026, 5)
