"""The evaluation's words on screen, translated (context "Evaluation"): grades, columns, periods, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.evaluation import Grade, Period, PeriodKind
from counter_app.domain.evaluation_figures import Step
from counter_app.ui.field_errors import message as common_message


def grade(value: Grade | None) -> str:
    names = {
        Grade.EXCELLENT: QCoreApplication.translate("Evaluation", "Excellent"),
        Grade.COMPETENT: QCoreApplication.translate("Evaluation", "Competent"),
        Grade.BASICALLY_COMPETENT: QCoreApplication.translate("Evaluation", "Basically competent"),
        Grade.INCOMPETENT: QCoreApplication.translate("Evaluation", "Incompetent"),
    }
    return names[value] if value else QCoreApplication.translate("Evaluation", "Not graded")


def step(value: Step) -> str:
    return {
        Step.RECEIVED: QCoreApplication.translate("Evaluation", "Received"),
        Step.ACCEPTED: QCoreApplication.translate("Evaluation", "Accepted"),
        Step.NOTICE: QCoreApplication.translate("Evaluation", "One-time notice"),
        Step.NOT_ACCEPTED: QCoreApplication.translate("Evaluation", "Not accepted"),
        Step.UNDERTAKEN: QCoreApplication.translate("Evaluation", "Undertaken"),
        Step.REVIEWED: QCoreApplication.translate("Evaluation", "Reviewed"),
        Step.DECIDED: QCoreApplication.translate("Evaluation", "Approved"),
        Step.ISSUED: QCoreApplication.translate("Evaluation", "Issued"),
        Step.DELIVERED: QCoreApplication.translate("Evaluation", "Delivered"),
    }[value]


def figure_heads() -> list[str]:
    """The figures after the steps in all, in the order of ui/evaluation/figures_model.py: short, as headers."""
    return [
        QCoreApplication.translate("Evaluation", "Finished"),
        QCoreApplication.translate("Evaluation", "On time"),
        QCoreApplication.translate("Evaluation", "Statutory"),
        QCoreApplication.translate("Evaluation", "Avg. days"),
        QCoreApplication.translate("Evaluation", "Ratings"),
        QCoreApplication.translate("Evaluation", "Avg. rating"),
        QCoreApplication.translate("Evaluation", "Satisfied"),
        QCoreApplication.translate("Evaluation", "Bad"),
        QCoreApplication.translate("Evaluation", "Inquiries"),
        QCoreApplication.translate("Evaluation", "Ext. hours"),
    ]


def figure_tips() -> list[str]:
    """What each figure counts, for the headers' tooltips."""
    return [
        QCoreApplication.translate("Evaluation", "Cases decided (approved or refused) in the period, counted for "
                                                 "the person who accepted them."),
        QCoreApplication.translate("Evaluation", "On-time rate: share of the finished cases decided within the "
                                                 "promised limit."),
        QCoreApplication.translate("Evaluation", "Share of the finished cases decided within the statutory limit, "
                                                 "an approved extension included."),
        QCoreApplication.translate("Evaluation", "Average handling days: working days from acceptance to "
                                                 "decision, suspensions left out."),
        QCoreApplication.translate("Evaluation", "Applicants' ratings received in the period."),
        QCoreApplication.translate("Evaluation", "Average level of the ratings, 1 to 5."),
        QCoreApplication.translate("Evaluation", "Share of ratings at level 4 or 5."),
        QCoreApplication.translate("Evaluation", "Bad ratings: at or below the hall's bad-rating level."),
        QCoreApplication.translate("Evaluation", "Consultations recorded with the person as first-inquiry person."),
        QCoreApplication.translate("Evaluation", "Hours of extended service: steps outside opening hours and "
                                                 "spans entered by hand."),
    ]


def period_kind(kind: PeriodKind) -> str:
    return {
        PeriodKind.MONTH: QCoreApplication.translate("Evaluation", "Month"),
        PeriodKind.QUARTER: QCoreApplication.translate("Evaluation", "Quarter"),
        PeriodKind.YEAR: QCoreApplication.translate("Evaluation", "Year"),
    }[kind]


def period(value: Period) -> str:
    """2025-10, Q4 2025, 2025 (2025年10月, 2025年第4季度, 2025年)."""
    if value.kind is PeriodKind.MONTH:
        text = QCoreApplication.translate("Evaluation", "%1-%2")
        return text.replace("%1", str(value.year)).replace("%2", f"{value.number:02d}")
    if value.kind is PeriodKind.QUARTER:
        text = QCoreApplication.translate("Evaluation", "Q%2 %1")
        return text.replace("%1", str(value.year)).replace("%2", str(value.number))
    return QCoreApplication.translate("Evaluation", "Year %1").replace("%1", str(value.year))


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def decimal(value: float | None, places: int = 1) -> str:
    return "—" if value is None else f"{value:.{places}f}"


def error(code: str, *, excellent: int = 0, graded: int = 0, quota: int = 0, missing: int = 0) -> str:
    """What a rule of the annual evaluation says when broken; the quota's with its numbers."""
    if code == "excellent_over_quota":
        text = QCoreApplication.translate("Evaluation", "%1 excellent of %2; at most %3 (20% of the staff graded).")
        return text.replace("%1", str(excellent)).replace("%2", str(graded)).replace("%3", str(quota))
    if code == "not_all_graded":
        text = QCoreApplication.translate("Evaluation", "Grade every member of staff: %1 not graded yet.")
        return text.replace("%1", str(missing))
    messages = {
        "unknown_staff": QCoreApplication.translate("Evaluation", "A grade is for someone not on the register."),
        "unknown_department": QCoreApplication.translate(
            "Evaluation", "A weight is for a department without a window."),
        "below_minimum": QCoreApplication.translate(
            "Evaluation", "At least 5%: the window's result counts for at least 5% of the department's score."),
        "above_maximum": QCoreApplication.translate("Evaluation", "At most 100%."),
        "year_not_begun": QCoreApplication.translate("Evaluation", "This year has not begun."),
    }
    return messages.get(code) or common_message(code)


def reason_error(code: str) -> str:
    """A reason's error: required means the grade of incompetent needs one."""
    if code == "required":
        return QCoreApplication.translate("Evaluation", "Incompetent needs a reason.")
    return common_message(code)


def weight_error(code: str) -> str:
    return QCoreApplication.translate("Evaluation", "Enter the weight.") if code == "required" else error(code)
