"""The evaluation (绩效考核): the period figures are counted over, and the annual evaluation's rules.

The hall's notice (入驻要求 二.2): the centre evaluates the windows and their staff every year;
excellent (优秀) is "确定为20%" of the staff, and a window's result counts for at least 5% of its
department's annual target score (目标考核).

How the rules read here:

- Every member of staff the centre evaluates gets one of four grades. Those are the staff on the
  register (not sent back) other than the hall administrators, who set the grades and are
  evaluated by their own organisation.
- At most floor(20% × graded) are excellent: 19 staff → 3, 20 → 4, 21 → 4. "确定为20%" is read
  as a ceiling: the centre may grade fewer excellent, never more. A hall of fewer than 5 graded
  staff therefore has no excellent grade at all: 20% of 4 is less than one person, and rounding
  up would pass the 20%.
- 不称职 (incompetent) costs the department every annual honour, so it needs a written reason.
- Each department's weight of its window's result in its annual target score is a whole
  percentage from 5 to 100.
- A year is evaluated when it has begun (this year, or an earlier one); the decision is a fact
  (EvaluationRecord), and a later one for the same year replaces the earlier (both stay).
"""

from __future__ import annotations

import calendar as _months
import datetime as dt
import enum
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.evaluation_figures import Figures

EXCELLENT_PERCENT = 20
WEIGHT_MIN, WEIGHT_MAX = 5, 100
REASON_MAX = 200
FIRST_YEAR = 2000


class Grade(enum.StrEnum):
    EXCELLENT = "excellent"  # 优秀
    COMPETENT = "competent"  # 称职
    BASICALLY_COMPETENT = "basically_competent"  # 基本称职
    INCOMPETENT = "incompetent"  # 不称职


GRADE_NAMES = {Grade.EXCELLENT: "优秀", Grade.COMPETENT: "称职", Grade.BASICALLY_COMPETENT: "基本称职",
               Grade.INCOMPETENT: "不称职"}


def excellent_quota(graded: int) -> int:
    """The most staff that may be graded excellent: 20% of those graded, rounded down."""
    return max(graded, 0) * EXCELLENT_PERCENT // 100


# -- the period the figures are counted over ----------------------------------------------------

class PeriodKind(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_SPAN = {PeriodKind.MONTH: (1, 12), PeriodKind.QUARTER: (3, 4), PeriodKind.YEAR: (12, 1)}  # months, per year
_QUARTER_CN = ("一", "二", "三", "四")


@dataclass(frozen=True)
class Period:
    """A month (number 1–12), a quarter (1–4) or a year (number 1) of the hall's calendar."""

    kind: PeriodKind
    year: int
    number: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.number <= _SPAN[self.kind][1]:
            raise ValueError(f"no {self.kind} {self.number}")

    @classmethod
    def containing(cls, kind: PeriodKind, day: dt.date) -> Period:
        months = _SPAN[kind][0]
        return cls(kind, day.year, (day.month - 1) // months + 1)

    @property
    def first_day(self) -> dt.date:
        months = _SPAN[self.kind][0]
        return dt.date(self.year, (self.number - 1) * months + 1, 1)

    @property
    def last_day(self) -> dt.date:
        months = _SPAN[self.kind][0]
        month = self.number * months
        return dt.date(self.year, month, _months.monthrange(self.year, month)[1])

    def shifted(self, by: int) -> Period:
        """The period `by` periods later (earlier when negative)."""
        per_year = _SPAN[self.kind][1]
        index = self.year * per_year + self.number - 1 + by
        return Period(self.kind, index // per_year, index % per_year + 1)

    @property
    def label(self) -> str:
        """2025年10月, 2025年第四季度, 2025年度: as printed."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}年第{_QUARTER_CN[self.number - 1]}季度"
        return f"{self.year}年度"


# -- the annual evaluation ---------------------------------------------------------------------

@dataclass(frozen=True)
class AnnualEvaluation:
    """The centre's annual evaluation of a year as entered (grades by staff code, weights by department code)."""

    year: int
    grades: Mapping[str, Grade | None]
    weights: Mapping[str, int | None]
    reasons: Mapping[str, str] = field(default_factory=dict)

    def to_data(self) -> dict[str, object]:
        graded = len(self.grades)
        return {
            "grades": {code: grade.value for code, grade in sorted(self.grades.items()) if grade},
            "weights": {code: weight for code, weight in sorted(self.weights.items()) if weight is not None},
            "reasons": {code: text for code, text in sorted(self.reasons.items()) if text},
            "graded": graded, "excellent_quota": excellent_quota(graded),
        }

    @classmethod
    def from_data(cls, year: int, data: Mapping[str, object]) -> AnnualEvaluation:
        grades = data.get("grades") or {}
        weights = data.get("weights") or {}
        reasons = data.get("reasons") or {}
        assert isinstance(grades, Mapping) and isinstance(weights, Mapping) and isinstance(reasons, Mapping)
        return cls(year, {str(k): Grade(v) for k, v in grades.items()},
                   {str(k): int(v) for k, v in weights.items()}, {str(k): str(v) for k, v in reasons.items()})

    def count(self, grade: Grade) -> int:
        return sum(1 for g in self.grades.values() if g is grade)


def evaluation_errors(entered: AnnualEvaluation, staff_codes: Collection[str], department_codes: Collection[str],
                      this_year: int) -> tuple[AnnualEvaluation, list[FieldError]]:
    """The evaluation cleaned (reasons trimmed), and every broken rule, each on its field.

    Fields: "year"; "grades" (not_all_graded, unknown_staff, excellent_over_quota: the numbers
    are excellent_quota(len(staff_codes)) and entered.count(Grade.EXCELLENT)); "grade:CODE"
    (required); "reason:CODE" (required for 不称职, and the text rules); "weights"
    (unknown_department); "weight:CODE" (required, below_minimum, above_maximum).
    """
    errors: list[FieldError] = []
    if entered.year < FIRST_YEAR:
        errors.append(FieldError("year", "out_of_range"))
    elif entered.year > this_year:
        errors.append(FieldError("year", "year_not_begun"))
    errors += _grade_errors(entered, staff_codes)
    reasons, reason_errors = _reasons(entered)
    errors += reason_errors
    errors += _weight_errors(entered.weights, department_codes)
    grades = {code: entered.grades.get(code) for code in staff_codes}
    weights = {code: entered.weights.get(code) for code in department_codes}
    return AnnualEvaluation(entered.year, grades, weights, reasons), errors


def _grade_errors(entered: AnnualEvaluation, staff_codes: Collection[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    missing = [code for code in staff_codes if entered.grades.get(code) is None]
    if missing:
        errors.append(FieldError("grades", "not_all_graded"))
        errors += [FieldError(f"grade:{code}", "required") for code in missing]
    if set(entered.grades) - set(staff_codes):
        errors.append(FieldError("grades", "unknown_staff"))
    if entered.count(Grade.EXCELLENT) > excellent_quota(len(staff_codes)):
        errors.append(FieldError("grades", "excellent_over_quota"))
    return errors


def _reasons(entered: AnnualEvaluation) -> tuple[dict[str, str], list[FieldError]]:
    reasons: dict[str, str] = {}
    errors: list[FieldError] = []
    for code in sorted(set(entered.grades) | set(entered.reasons)):
        required = entered.grades.get(code) is Grade.INCOMPETENT
        text, problems = validate_text(entered.reasons.get(code, ""), f"reason:{code}", required=required,
                                       max_length=REASON_MAX, multiline=True)
        errors += problems
        if text:
            reasons[code] = text
    return reasons, errors


def _weight_errors(weights: Mapping[str, int | None], department_codes: Collection[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for code in department_codes:
        weight = weights.get(code)
        if weight is None:
            errors.append(FieldError(f"weight:{code}", "required"))
        elif weight < WEIGHT_MIN:
            errors.append(FieldError(f"weight:{code}", "below_minimum"))
        elif weight > WEIGHT_MAX:
            errors.append(FieldError(f"weight:{code}", "above_maximum"))
    if set(weights) - set(department_codes):
        errors.append(FieldError("weights", "unknown_department"))
    return errors


def latest(records: Sequence[tuple[dt.datetime, uuid.UUID, uuid.UUID, int, Mapping[str, object]]],
           year: int) -> tuple[AnnualEvaluation, dt.datetime, uuid.UUID] | None:
    """The evaluation in force for the year: its last record, with the record's time and who decided it.

    records: (occurred_at, record id, actor id, year, data) of the stored records. The last is the
    latest in time; two made at the same moment are told apart by their ids (UUIDv7: time ordered).
    """
    of_year = [r for r in records if r[3] == year]
    if not of_year:
        return None
    at, _id, actor, _year, data = max(of_year, key=lambda r: (r[0], r[1].int))
    return AnnualEvaluation.from_data(year, data), at, actor


# -- the report the page, the PDF and the CSV show ----------------------------------------------

@dataclass(frozen=True)
class StaffLine:
    code: str
    name: str
    department: str  # the department's name
    department_short: str  # 二七市监: for narrow tables
    window_number: int | None
    figures: Figures
    grade: Grade | None  # the annual grade of the period's year, once decided
    graded: bool  # evaluated by the centre (not a hall administrator)


@dataclass(frozen=True)
class WindowLine:
    number: int
    name: str
    kind: str  # a domain.hall.WindowType value
    departments: tuple[str, ...]  # the short names of the departments it serves
    figures: Figures


@dataclass(frozen=True)
class DepartmentWeight:
    code: str
    name: str
    weight: int | None  # percent; None until decided


@dataclass(frozen=True)
class EvaluationReport:
    """What the evaluation page shows, and the PDF and the CSV carry."""

    hall_name: str
    scope: str  # the department's name; "" for the whole hall (全大厅)
    period: Period
    staff: tuple[StaffLine, ...]
    windows: tuple[WindowLine, ...]
    total: Figures
    weights: tuple[DepartmentWeight, ...]
    decided_at: dt.datetime | None  # when the annual evaluation of the period's year was decided
    decided_by: str
    graded: int  # staff the centre evaluates in the whole hall (the quota counts on these)
    printed_at: dt.datetime

    @property
    def excellent(self) -> int:
        return sum(1 for line in self.staff if line.grade is Grade.EXCELLENT)
