"""Applicants' ratings (好差评): five levels, one rating per case or per visit.

A visit without a case is a consultation (首问负责) or an appointment (预约) that was checked in;
its id is the rating's visit_id. The rating is of the person who served the applicant, at their
window. A rating at or below the hall's bad_rating_max_level (OperatingRules) is a bad rating
(差评): it opens a follow-up for the chief representative of that person's department
(see domain/follow_ups.py).
"""

from __future__ import annotations

import enum

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.hall_rules import OperatingRules

COMMENT_MAX = 200


class RatingLevel(enum.IntEnum):
    VERY_DISSATISFIED = 1  # 非常不满意
    DISSATISFIED = 2  # 不满意
    FAIRLY_SATISFIED = 3  # 基本满意
    SATISFIED = 4  # 满意
    VERY_SATISFIED = 5  # 非常满意


class VisitKind(enum.StrEnum):
    """What was rated."""

    CASE = "case"  # 办件
    CONSULTATION = "consultation"  # 咨询 (首问负责)
    APPOINTMENT = "appointment"  # 预约, checked in without a case


def rating_errors(level: object, comment: str) -> tuple[str, list[FieldError]]:
    """The comment as it will be kept, and what is wrong with the rating itself."""
    errors = []
    if level is None:
        errors.append(FieldError("level", "required"))
    elif not isinstance(level, int) or isinstance(level, bool) or level not in set(RatingLevel):
        errors.append(FieldError("level", "out_of_range"))
    text, comment_errors = validate_text(comment, "comment", required=False, max_length=COMMENT_MAX, multiline=True)
    return text, errors + comment_errors


def is_bad(level: int, rules: OperatingRules) -> bool:
    """A bad rating (差评): at or below the hall's threshold."""
    return level <= rules.bad_rating_max_level
