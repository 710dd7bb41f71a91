"""The staff register in words: employment, findings, rotation, the errors of its forms (context "StaffLabels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.staff import Employment
from counter_app.domain.staff_register import Finding, RotationState
from counter_app.services.staff_register import StaffRow
from counter_app.ui.field_errors import message

# What the hall's notice asks of everyone posted (certificate, a year's experience) ...
REQUIREMENTS = (Finding.NO_CERTIFICATE, Finding.SHORT_EXPERIENCE, Finding.EXPERIENCE_UNKNOWN)
# ... and what is only a guideline: shown as a warning, it stops nobody from working.
GUIDELINES = (Finding.OVER_AGE_GUIDELINE, Finding.CHIEF_TENURE_SHORT)


def person(row: StaffRow) -> str:
    """Whom a form is about: code, name, department and the day they were posted to the hall."""
    return (QCoreApplication.translate("StaffLabels", "%1 %2 · %3 · posted on %4").replace("%1", row.code)
            .replace("%2", row.name).replace("%3", row.department).replace("%4", row.posted_on.isoformat()))


def employment(value: Employment) -> str:
    return {
        Employment.CIVIL_SERVANT: QCoreApplication.translate("StaffLabels", "Civil servant"),
        Employment.AUTHORISED_ORG: QCoreApplication.translate("StaffLabels", "Established staff, authorised organisation"),
    }[value]


def finding(value: Finding) -> str:
    return {
        Finding.NO_CERTIFICATE: QCoreApplication.translate("StaffLabels", "No law-enforcement certificate"),
        Finding.SHORT_EXPERIENCE: QCoreApplication.translate("StaffLabels", "Under a year of experience"),
        Finding.EXPERIENCE_UNKNOWN: QCoreApplication.translate("StaffLabels", "Experience not recorded"),
        Finding.OVER_AGE_GUIDELINE: QCoreApplication.translate("StaffLabels", "Over the age guideline of 45"),
        Finding.CHIEF_TENURE_SHORT: QCoreApplication.translate(
            "StaffLabels", "Chief representative for under 2 years"),
    }[value]


def findings(values: tuple[Finding, ...]) -> str:
    return QCoreApplication.translate("StaffLabels", "; ").join(finding(f) for f in values)


def rotation(value: RotationState | None) -> str:
    if value is None:
        return ""
    return {
        RotationState.REQUESTED: QCoreApplication.translate("StaffLabels", "Rotation requested"),
        RotationState.APPROVED: QCoreApplication.translate("StaffLabels", "Rotation approved"),
        RotationState.REFUSED: QCoreApplication.translate("StaffLabels", "Rotation refused"),
    }[value]


def years(value: int | None) -> str:
    if value is None:
        return QCoreApplication.translate("StaffLabels", "unknown")
    return QCoreApplication.translate("StaffLabels", "%n year(s)", "", value)


def error(code: str) -> str:
    """The register's own error codes in words (%1 stands for a date where one helps); others as everywhere."""
    messages = {
        "unknown": QCoreApplication.translate("StaffLabels", "No member of staff has this code."),
        "request_pending": QCoreApplication.translate(
            "StaffLabels", "A rotation request of this person is already waiting for a decision."),
        "no_pending_request": QCoreApplication.translate(
            "StaffLabels", "No rotation request of this person is waiting for a decision."),
        "own_record": QCoreApplication.translate("StaffLabels", "Nobody sends themselves back."),
        "in_the_future": QCoreApplication.translate(
            "StaffLabels", "A request is dated the day it was handed in, not later than today."),
        "under_two_years_at_hall": QCoreApplication.translate(
            "StaffLabels", "Staff rotate after at least 2 years at the hall: not before %1."),
        "under_one_month_notice": QCoreApplication.translate(
            "StaffLabels", "A rotation is applied for in writing at least 1 month ahead: not before %1."),
    }
    return messages.get(code) or message(code)
