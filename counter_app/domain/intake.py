"""Intake rules (收件 / 受理): the material checklist and what each decision needs."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counter_app.domain.applicant import FieldError, validate_text

PROBLEM_MAX = 200
REASONS_MAX = 1000
AGENCY_MAX = 100
NOTES_MAX = 500


class MaterialState(enum.StrEnum):
    PROVIDED = "provided"  # 已提供
    MISSING = "missing"  # 缺少
    NONCONFORMING = "nonconforming"  # 不符合法定形式
    NOT_APPLICABLE = "not_applicable"  # 不适用 (a conditional material whose condition does not hold)


class IntakeDecision(enum.StrEnum):
    ACCEPT = "accept"  # 当场受理
    NOTICE = "notice"  # 一次性告知 (补正)
    CHECK = "check"  # 收件审查: decide within 5 working days (art. 32)
    NOT_ACCEPT = "not_accept"  # 不予受理
    REFER = "refer"  # not this agency's matter (告知向有关行政机关申请)
    RECEIVE_FOR_DEPARTMENT = "receive_for_department"  # 综合窗口收件, the department accepts formally


@dataclass(frozen=True)
class MaterialCheck:
    position: int
    name: str
    required: bool
    state: MaterialState
    problem: str = ""

    def as_data(self) -> dict[str, Any]:
        return {"position": self.position, "name": self.name, "required": self.required,
                "state": self.state.value, "problem": self.problem}


def check_materials(checks: Sequence[MaterialCheck]) -> tuple[list[MaterialCheck], list[FieldError]]:
    """Normalised checks and the errors of the checklist, keyed material_<position>."""
    errors: list[FieldError] = []
    cleaned: list[MaterialCheck] = []
    for check in checks:
        field = f"material_{check.position}"
        problem, problem_errors = validate_text(check.problem, field, required=False, max_length=PROBLEM_MAX)
        errors += problem_errors
        if check.state is MaterialState.NONCONFORMING and not problem:
            errors.append(FieldError(field, "problem_required"))
        if check.state is MaterialState.NOT_APPLICABLE and check.required:
            errors.append(FieldError(field, "required_material"))
        cleaned.append(MaterialCheck(check.position, check.name, check.required, check.state, problem))
    return cleaned, errors


def to_correct(checks: Sequence[MaterialCheck]) -> list[MaterialCheck]:
    """Everything the one-time notice must list, at once: missing and non-conforming materials."""
    return [c for c in checks if c.state in (MaterialState.MISSING, MaterialState.NONCONFORMING)]


def decision_errors(decision: IntakeDecision, checks: Sequence[MaterialCheck], *, reasons: str,
                    agency: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if decision is IntakeDecision.ACCEPT and to_correct(checks):
        errors.append(FieldError("decision", "materials_incomplete"))
    if decision is IntakeDecision.NOTICE and not to_correct(checks):
        errors.append(FieldError("decision", "nothing_to_correct"))
    if decision is IntakeDecision.NOT_ACCEPT:
        errors += validate_text(reasons, "reasons", required=True, max_length=REASONS_MAX, multiline=True)[1]
    if decision is IntakeDecision.REFER:
        errors += validate_text(agency, "agency", required=True, max_length=AGENCY_MAX)[1]
    return errors
