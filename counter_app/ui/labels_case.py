"""Display names of case states, steps and warning levels (context "CaseLabels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.events import EventKind


def status(value: str) -> str:
    return {
        "received": QCoreApplication.translate("CaseLabels", "Received, awaiting acceptance"),
        "awaiting_correction": QCoreApplication.translate("CaseLabels", "Awaiting corrections"),
        "undertaking": QCoreApplication.translate("CaseLabels", "Accepted, undertaking"),
        "reviewing": QCoreApplication.translate("CaseLabels", "Reviewing"),
        "awaiting_approval": QCoreApplication.translate("CaseLabels", "Awaiting sign-off"),
        "issuing": QCoreApplication.translate("CaseLabels", "Granted, issuing certificate"),
        "delivering": QCoreApplication.translate("CaseLabels", "Delivering"),
        "completed": QCoreApplication.translate("CaseLabels", "Completed"),
        "not_accepted": QCoreApplication.translate("CaseLabels", "Not accepted"),
        "referred": QCoreApplication.translate("CaseLabels", "Referred to another agency"),
    }.get(value, value)


def step(kind: EventKind) -> str:
    return {
        EventKind.RECEIVED: QCoreApplication.translate("CaseLabels", "Received"),
        EventKind.ACCEPTED: QCoreApplication.translate("CaseLabels", "Accept"),
        EventKind.CORRECTION_REQUESTED: QCoreApplication.translate("CaseLabels", "One-time notice"),
        EventKind.NOT_ACCEPTED: QCoreApplication.translate("CaseLabels", "Not accepted"),
        EventKind.REFERRED: QCoreApplication.translate("CaseLabels", "Refer"),
        EventKind.UNDERTAKEN: QCoreApplication.translate("CaseLabels", "Undertaking done"),
        EventKind.REVIEWED: QCoreApplication.translate("CaseLabels", "Review done, to sign-off"),
        EventKind.DECIDED: QCoreApplication.translate("CaseLabels", "Decide"),
        EventKind.CERTIFICATE_ISSUED: QCoreApplication.translate("CaseLabels", "Certificate issued"),
        EventKind.DELIVERED: QCoreApplication.translate("CaseLabels", "Delivered"),
        EventKind.RETURNED: QCoreApplication.translate("CaseLabels", "Return one step"),
        EventKind.SUSPENDED: QCoreApplication.translate("CaseLabels", "Suspend (art. 45)"),
        EventKind.RESUMED: QCoreApplication.translate("CaseLabels", "Resume"),
        EventKind.EXTENSION_REQUESTED: QCoreApplication.translate("CaseLabels", "Request extension"),
        EventKind.EXTENSION_APPROVED: QCoreApplication.translate("CaseLabels", "Approve extension"),
        EventKind.EXTENSION_REFUSED: QCoreApplication.translate("CaseLabels", "Refuse extension"),
        EventKind.CONFLICT_RESOLVED: QCoreApplication.translate("CaseLabels", "Resolve conflict"),
    }[kind]


def warning(level: WarningLevel) -> str:
    return {
        WarningLevel.NORMAL: QCoreApplication.translate("CaseLabels", "Normal"),
        WarningLevel.YELLOW: QCoreApplication.translate("CaseLabels", "Yellow"),
        WarningLevel.RED: QCoreApplication.translate("CaseLabels", "Red"),
    }[level]


WARNING_COLOURS = {WarningLevel.NORMAL: None, WarningLevel.YELLOW: "#fff3c4", WarningLevel.RED: "#ffd6d6"}
