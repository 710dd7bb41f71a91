"""What the front desk's error codes say (appointments, slots, consultations), translated
(context "FrontDeskErrors"); the codes every form shares are field_errors' own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.ui.field_errors import message as shared_message


def message(code: str) -> str:
    messages = {
        "time_format": QCoreApplication.translate("FrontDeskErrors", "Write the time as HH:MM, e.g. 09:30."),
        "not_after_start": QCoreApplication.translate("FrontDeskErrors", "The end must come after the start."),
        "step_out_of_range": QCoreApplication.translate("FrontDeskErrors", "Slots last 5 to 240 minutes."),
        "longer_than_span": QCoreApplication.translate("FrontDeskErrors", "One slot is longer than the time from start to end."),
        "capacity_out_of_range": QCoreApplication.translate("FrontDeskErrors", "From 0 (closes the slots) to 99 applicants."),
        "range_too_long": QCoreApplication.translate("FrontDeskErrors", "At most 92 days at a time."),
        "no_working_day": QCoreApplication.translate("FrontDeskErrors", "No working day of the hall calendar in this range."),
        "window_does_not_serve_item": QCoreApplication.translate("FrontDeskErrors", "This window does not serve the item's department."),
        "slot_closed": QCoreApplication.translate("FrontDeskErrors", "This slot is closed (capacity 0)."),
        "slot_over": QCoreApplication.translate("FrontDeskErrors", "This slot is over: book a later one."),
        "slot_full": QCoreApplication.translate("FrontDeskErrors", "This slot is full: choose another."),
        "other_department": QCoreApplication.translate("FrontDeskErrors", "This slot is another window's or department's."),
        "appointment_cancelled": QCoreApplication.translate("FrontDeskErrors", "The appointment was cancelled."),
        "appointment_checked_in": QCoreApplication.translate("FrontDeskErrors", "The applicant has already checked in."),
        "appointment_missed": QCoreApplication.translate("FrontDeskErrors", "The appointment was marked missed."),
        "check_in_other_day": QCoreApplication.translate("FrontDeskErrors", "Check-in is only on the appointment's day."),
        "slot_not_over": QCoreApplication.translate("FrontDeskErrors", "Only once the slot is over can it be marked missed."),
        "one_target": QCoreApplication.translate("FrontDeskErrors", "Refer to a department or to a colleague, not both."),
        "referred_to_self": QCoreApplication.translate("FrontDeskErrors", "Refer to someone else: you answer for it already."),
        "only_when_referred": QCoreApplication.translate("FrontDeskErrors", "Only a referral names whom it went to."),
    }
    return messages.get(code) or shared_message(code)
