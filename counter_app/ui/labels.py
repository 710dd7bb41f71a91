"""Display names of domain values, translated (context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.hall import WindowType
from counter_app.domain.staff import Role


def window_type(value: WindowType) -> str:
    return {
        WindowType.CONSTANT: QCoreApplication.translate("Labels", "Constant"),
        WindowType.COMPREHENSIVE: QCoreApplication.translate("Labels", "Comprehensive"),
        WindowType.EMERGENCY: QCoreApplication.translate("Labels", "Emergency"),
        WindowType.SEASONAL: QCoreApplication.translate("Labels", "Seasonal"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.WINDOW_CLERK: QCoreApplication.translate("Labels", "Window clerk"),
        Role.COMPREHENSIVE_CLERK: QCoreApplication.translate("Labels", "Comprehensive-window clerk"),
        Role.CHIEF_REPRESENTATIVE_A: QCoreApplication.translate("Labels", "Chief representative (A)"),
        Role.CHIEF_REPRESENTATIVE_B: QCoreApplication.translate("Labels", "Chief representative (B)"),
        Role.HALL_ADMIN: QCoreApplication.translate("Labels", "Hall administrator"),
    }[value]


def item_kind(value: ItemKind) -> str:
    return {
        ItemKind.LICENCE: QCoreApplication.translate("Labels", "Administrative licence"),
        ItemKind.CONFIRMATION: QCoreApplication.translate("Labels", "Administrative confirmation"),
        ItemKind.FEE: QCoreApplication.translate("Labels", "Administrative fee"),
        ItemKind.PUBLIC_SERVICE: QCoreApplication.translate("Labels", "Public service"),
        ItemKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def material_form(value: MaterialForm) -> str:
    return {
        MaterialForm.ORIGINAL: QCoreApplication.translate("Labels", "Original"),
        MaterialForm.COPY: QCoreApplication.translate("Labels", "Copy"),
        MaterialForm.ORIGINAL_AND_COPY: QCoreApplication.translate("Labels", "Original and copy"),
    }[value]


def requirement(value: Requirement) -> str:
    return {Requirement.REQUIRED: QCoreApplication.translate("Labels", "Required"), Requirement.CONDITIONAL: QCoreApplication.translate("Labels", "If applicable")}[value]


def working_days(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("Labels", "none set")
    return QCoreApplication.translate("Labels", "%n working day(s)", "", days)
