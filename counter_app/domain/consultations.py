"""First-inquiry responsibility (首问负责): whoever is asked first answers for the question.

Every consultation is recorded with the responsible person, the item when there is one, the
question, and how it ended: answered on the spot, referred to a department or a named colleague
(who, required), or taken over (the person takes the matter on, usually as an intake).
"""

from __future__ import annotations

import enum

from counter_app.domain.applicant import FieldError, validate_text

QUESTION_MAX = 200


class ConsultationOutcome(enum.StrEnum):
    ANSWERED = "answered"  # 当场解答
    REFERRED = "referred"  # 转交（部门或同事）
    TAKEN_OVER = "taken_over"  # 承接办理


def consultation_errors(question: str, outcome: str, referred_department: str, referred_staff: str,
                        own_code: str) -> tuple[str, list[FieldError]]:
    """The question as it will be kept, and what is wrong with the entry (referral target included)."""
    text, errors = validate_text(question, "question", required=True, max_length=QUESTION_MAX)
    if outcome not in set(ConsultationOutcome):
        errors.append(FieldError("outcome", "required"))
        return text, errors
    department, staff = referred_department.strip(), referred_staff.strip().upper()
    if outcome == ConsultationOutcome.REFERRED:
        if not department and not staff:
            errors.append(FieldError("referred_to", "required"))
        elif department and staff:
            errors.append(FieldError("referred_to", "one_target"))
        elif staff and staff == own_code.upper():
            errors.append(FieldError("referred_to", "referred_to_self"))
    elif department or staff:
        errors.append(FieldError("referred_to", "only_when_referred"))
    return text, errors
