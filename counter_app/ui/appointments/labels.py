"""Display names of the appointments' and consultations' values, translated (context "FrontDesk")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.appointments import AppointmentState, Channel, SlotLoad
from counter_app.domain.consultations import ConsultationOutcome


def state(value: AppointmentState) -> str:
    return {
        AppointmentState.BOOKED: QCoreApplication.translate("FrontDesk", "Booked"),
        AppointmentState.CANCELLED: QCoreApplication.translate("FrontDesk", "Cancelled"),
        AppointmentState.CHECKED_IN: QCoreApplication.translate("FrontDesk", "Checked in"),
        AppointmentState.MISSED: QCoreApplication.translate("FrontDesk", "Missed"),
    }[value]


def channel(value: Channel | None) -> str:
    if value is None:
        return ""
    return {
        Channel.COUNTER: QCoreApplication.translate("FrontDesk", "At the counter"),
        Channel.PHONE: QCoreApplication.translate("FrontDesk", "By phone"),
    }[value]


def load(value: SlotLoad) -> str:
    """How full a slot is, in words: overbooked says so, never hides."""
    if value.overbooked:
        over = str(value.holding - value.capacity)
        return QCoreApplication.translate("FrontDesk", "Overbooked by %1").replace("%1", over)
    if value.closed:
        return QCoreApplication.translate("FrontDesk", "Closed")
    if value.free == 0:
        return QCoreApplication.translate("FrontDesk", "Full")
    return QCoreApplication.translate("FrontDesk", "%1 free").replace("%1", str(value.free))


def outcome(value: ConsultationOutcome) -> str:
    return {
        ConsultationOutcome.ANSWERED: QCoreApplication.translate("FrontDesk", "Answered"),
        ConsultationOutcome.REFERRED: QCoreApplication.translate("FrontDesk", "Referred"),
        ConsultationOutcome.TAKEN_OVER: QCoreApplication.translate("FrontDesk", "Taken over"),
    }[value]
