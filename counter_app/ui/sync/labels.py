"""A refused fact in words: what it was and why the hall refused it (context "SyncLabels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain import sync_rules
from counter_app.domain.events import EventKind
from counter_app.ui import labels_case


def table(name: str) -> str:
    return {
        "case_event": QCoreApplication.translate("SyncLabels", "Case step"),
        "print_record": QCoreApplication.translate("SyncLabels", "Printed document"),
        "seal_stamping": QCoreApplication.translate("SyncLabels", "Seal stamping"),
        "absence_event": QCoreApplication.translate("SyncLabels", "Absence"),
        "staff_event": QCoreApplication.translate("SyncLabels", "Staff register entry"),
        "appointment_event": QCoreApplication.translate("SyncLabels", "Appointment"),
        "consultation": QCoreApplication.translate("SyncLabels", "Consultation (first inquiry)"),
        "extended_service": QCoreApplication.translate("SyncLabels", "Extended service entry"),
        "agency_help_event": QCoreApplication.translate("SyncLabels", "Agency help"),
        "rating": QCoreApplication.translate("SyncLabels", "Rating"),
        "follow_up_event": QCoreApplication.translate("SyncLabels", "Rating follow-up"),
        "evaluation_record": QCoreApplication.translate("SyncLabels", "Annual evaluation"),
        "audit_entry": QCoreApplication.translate("SyncLabels", "Audit log entry"),
    }.get(name, name)


def what(name: str, kind: str | None) -> str:
    """'Case step: Decide' for a case event, the table's name for anything else."""
    if kind is None:
        return table(name)
    try:
        step = labels_case.step(EventKind(kind))
    except ValueError:
        step = kind
    return QCoreApplication.translate("SyncLabels", "%1: %2").replace("%1", table(name)).replace("%2", step)


def reason(code: str) -> str:
    """The hall's reason in words; a database constraint keeps the database's own message."""
    prefix = sync_rules.HALL_CONSTRAINT + ":"
    if code.startswith(prefix):
        return QCoreApplication.translate("SyncLabels", "the hall database refused it: %1").replace(
            "%1", code[len(prefix):].strip())
    return {
        sync_rules.UNKNOWN_DEVICE: QCoreApplication.translate(
            "SyncLabels", "the hall does not know this counter (it is not in the hall's device register)"),
        sync_rules.UNKNOWN_STAFF: QCoreApplication.translate(
            "SyncLabels", "the hall does not know this member of staff"),
        sync_rules.CHIEF_REPRESENTATIVE_ONLY: QCoreApplication.translate(
            "SyncLabels",
            "only a chief representative may do this (the hall's register says this person is not one)"),
        sync_rules.MISSING_PRINT_RECORD: QCoreApplication.translate(
            "SyncLabels", "the printed document this stamping names has not reached the hall"),
        sync_rules.MISSING_AT_COUNTER: QCoreApplication.translate(
            "SyncLabels", "the fact is no longer in this counter's store"),
        sync_rules.ALREADY_RATED: QCoreApplication.translate(
            "SyncLabels", "the hall already holds a rating of this case or visit (one rating each)"),
    }.get(code, code)
