"""The windows and the operating rules in words (context "WindowLabels")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from counter_app.domain.applicant import FieldError
from counter_app.domain.rules_entry import BOUNDS
from counter_app.domain.windows import Suggestion, WindowEventKind
from counter_app.services.windows import WindowEventRow, WindowRow
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import show_error


def state(row: WindowRow) -> str:
    if row.open_out_of_season:
        return QCoreApplication.translate("WindowLabels", "Open · season over")
    return QCoreApplication.translate("WindowLabels", "Open") if row.is_open else QCoreApplication.translate("WindowLabels", "Closed")


def season(row: WindowRow) -> str:
    if row.season is None:
        return ""
    text = "{} – {}".format(*row.season)
    return text + " " + (QCoreApplication.translate("WindowLabels", "(in season)") if row.in_season else QCoreApplication.translate("WindowLabels", "(out of season)"))


def event_kind(kind: WindowEventKind) -> str:
    return QCoreApplication.translate("WindowLabels", "Opened") if kind is WindowEventKind.OPENED else QCoreApplication.translate("WindowLabels", "Closed")


def event_details(event: WindowEventRow) -> str:
    """The reason, or the figures of the suggestion it answered, and the staff it was closed over."""
    parts = [event.reason] if event.reason else []
    if event.suggestion:
        s = event.suggestion
        parts.append(QCoreApplication.translate("WindowLabels", "Answered the suggestion: %1 waiting, %2 taken in today, %3 windows open "
                        "(thresholds %4 and %5 per window)").replace("%1", str(s.get("waiting", "")))
                     .replace("%2", str(s.get("intake", ""))).replace("%3", str(s.get("open_windows", "")))
                     .replace("%4", str(s.get("waiting_per_window", "")))
                     .replace("%5", str(s.get("intake_per_window", ""))))
    if event.staff_posted:
        parts.append(QCoreApplication.translate("WindowLabels", "Closed although %1 posted there").replace("%1", "、".join(event.staff_posted)))
    return " · ".join(parts)


def suggestion(found: Suggestion, waiting_per_window: int, intake_per_window: int) -> str:
    """The banner's sentence: which figure passed its threshold, and what to do."""
    load = found.load
    reasons = []
    if found.waiting_passed:
        reasons.append(QCoreApplication.translate("WindowLabels", "%1 people waiting for %2 open windows (more than %3 per window)")
                       .replace("%1", str(load.waiting)).replace("%2", str(load.open_windows))
                       .replace("%3", str(waiting_per_window)))
    if found.intake_passed:
        reasons.append(QCoreApplication.translate("WindowLabels", "%1 cases taken in today at %2 open windows (more than %3 per window)")
                       .replace("%1", str(load.intake)).replace("%2", str(load.open_windows))
                       .replace("%3", str(intake_per_window)))
    text = QCoreApplication.translate("WindowLabels", "Applicants are crowding in: %1.").replace("%1", QCoreApplication.translate("WindowLabels", "; ").join(reasons))
    if found.window_number is None:
        text += " " + QCoreApplication.translate("WindowLabels", "Every emergency window is already open.")
    return text


def rule_name(name: str) -> str:
    return {
        "emergency_waiting_per_window": QCoreApplication.translate("WindowLabels", "Suggest an emergency window above this many people waiting per "
                                           "open window"),
        "emergency_intake_per_window": QCoreApplication.translate("WindowLabels", "... or above this many cases taken in today per open window"),
        "bad_rating_max_level": QCoreApplication.translate("WindowLabels", "A rating at or below this level is a bad rating (1 to 5 stars)"),
        "follow_up_days": QCoreApplication.translate("WindowLabels", "Working days the chief representative has to follow up a bad rating"),
        "yellow_days": QCoreApplication.translate("WindowLabels", "Yellow warning at this many working days left"),
    }[name]


def error(code: str, field: str = "") -> str:
    """The windows' and rules' own codes in words; the others as everywhere."""
    if code == "out_of_range" and field in BOUNDS:
        low, high = BOUNDS[field]
        return QCoreApplication.translate("WindowLabels", "From %1 to %2.").replace("%1", str(low)).replace("%2", str(high))
    messages = {
        "already_open": QCoreApplication.translate("WindowLabels", "This window is already open."),
        "already_closed": QCoreApplication.translate("WindowLabels", "This window is already closed."),
        "out_of_season": QCoreApplication.translate("WindowLabels", "A seasonal window opens only in its season."),
        "unknown_window": QCoreApplication.translate("WindowLabels", "The hall has no window with this number."),
        "staff_posted": QCoreApplication.translate("WindowLabels", "Staff are posted to this window: tick the box to close it all the same."),
        "not_a_number": QCoreApplication.translate("WindowLabels", "A whole number."),
        "required": QCoreApplication.translate("WindowLabels", "Say why: an emergency window is opened for a reason."),
    }
    if code == "required" and field != "reason":
        return message(code)
    return messages.get(code) or message(code)


def show_field_errors(labels: Mapping[str, QLabel], errors: Iterable[FieldError]) -> None:
    """Each error under its field, in the words of its field (a range names the field's bounds)."""
    by_field = {e.field: e.code for e in errors}
    for name, label in labels.items():
        code = by_field.get(name)
        show_error(label, error(code, name) if code else None, translated=True)
