"""Ratings and follow-ups in words (context "RatingLabels"): the five levels, what was rated, the errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.follow_ups import FollowUpState
from counter_app.domain.ratings import RatingLevel, VisitKind
from counter_app.ui.field_errors import message

# A colour per level for the lists: the bad ones stand out as a yellow or a red case does.
LEVEL_COLOURS = {1: "#ffd6d6", 2: "#ffe4cc", 3: None, 4: None, 5: None}


def level(value: int) -> str:
    return {
        RatingLevel.VERY_SATISFIED: QCoreApplication.translate("RatingLabels", "Very satisfied"),
        RatingLevel.SATISFIED: QCoreApplication.translate("RatingLabels", "Satisfied"),
        RatingLevel.FAIRLY_SATISFIED: QCoreApplication.translate("RatingLabels", "Fairly satisfied"),
        RatingLevel.DISSATISFIED: QCoreApplication.translate("RatingLabels", "Dissatisfied"),
        RatingLevel.VERY_DISSATISFIED: QCoreApplication.translate("RatingLabels", "Very dissatisfied"),
    }.get(value, str(value))  # type: ignore[call-overload]


def numbered(value: int) -> str:
    """"5 Very satisfied": the key to press, then the level."""
    return QCoreApplication.translate("RatingLabels", "%1 %2").replace("%1", str(value)).replace("%2", level(value))


def stacked(value: int) -> str:
    """The key on the first line, the level on the second: a big button's face."""
    return f"{value}\n{level(value)}"


def visit(kind: VisitKind) -> str:
    return {
        VisitKind.CASE: QCoreApplication.translate("RatingLabels", "Case"),
        VisitKind.CONSULTATION: QCoreApplication.translate("RatingLabels", "Consultation"),
        VisitKind.APPOINTMENT: QCoreApplication.translate("RatingLabels", "Appointment"),
    }[kind]


def follow_up_state(state: FollowUpState) -> str:
    return {
        FollowUpState.OPEN: QCoreApplication.translate("RatingLabels", "To rectify"),
        FollowUpState.CLOSED: QCoreApplication.translate("RatingLabels", "Rectified"),
    }[state]


def error(code: str) -> str:
    """The ratings' and follow-ups' own error codes in words; the others as everywhere."""
    messages = {
        "already_rated": QCoreApplication.translate(
            "RatingLabels", "Already rated: one rating per case or visit."),
        "not_your_visit": QCoreApplication.translate(
            "RatingLabels", "Only the person who served this visit records its rating."),
        "unknown": QCoreApplication.translate("RatingLabels", "Not found on this counter."),
        "required": QCoreApplication.translate("RatingLabels", "Required."),
        "out_of_range": QCoreApplication.translate("RatingLabels", "Choose a level from 1 to 5."),
        "other_department": QCoreApplication.translate(
            "RatingLabels", "Another department's: only its own chief representatives follow it up."),
        "already_closed": QCoreApplication.translate("RatingLabels", "This follow-up is already closed."),
    }
    return messages.get(code) or message(code)


def rating_error(code: str) -> str:
    """An error of what is rated: a case of another department reads differently from a follow-up's."""
    if code == "other_department":
        return QCoreApplication.translate("RatingLabels", "This case belongs to another department.")
    return error(code)
