"""The staff register as a Qt table: one row a person, the findings coloured, a filter over it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from counter_app.domain.staff import Role
from counter_app.domain.staff_register import Finding
from counter_app.services.staff_register import StaffRow
from counter_app.ui import labels
from counter_app.ui.staff import labels as staff_labels

_Index = QModelIndex | QPersistentModelIndex
REQUIREMENT_TEXT = "#b00020"  # not met: red words; nobody is stopped from working by them
WARNING_BACKGROUND = "#fff3c4"  # a guideline: amber, with the warning sign
SENT_BACK_TEXT = "#777777"
ROLE_ORDER = list(Role)

# What the administrator looks for first, then the particulars behind it.
(CODE, NAME, DEPARTMENT, ROLES, QUALIFICATIONS, WARNINGS, ROTATION, STANDING, EMPLOYMENT, CERTIFICATE, POSTED_ON,
 YEARS_AT_HALL, AGE, EXPERIENCE) = range(14)
WIDEST = {DEPARTMENT: 180, QUALIFICATIONS: 200, WARNINGS: 200, ROTATION: 220, STANDING: 300, EMPLOYMENT: 160}


class StaffRegisterModel(QAbstractTableModel):
    COLUMNS = 14

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.text(row, column)
            if column == WARNINGS and tip:
                tip += "\n" + self.tr("A guideline: shown, it stops nobody from working.")
            return tip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active:
                return QBrush(QColor(SENT_BACK_TEXT))
            return QBrush(QColor(REQUIREMENT_TEXT)) if column == QUALIFICATIONS else None
        if role == Qt.ItemDataRole.BackgroundRole and column == WARNINGS and _warnings(row):
            return QBrush(QColor(WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.DecorationRole and column == WARNINGS and _warnings(row):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.UserRole:
            return row.code
        return None

    def text(self, row: StaffRow, column: int) -> str:
        return self.texts(row)[column]

    def texts(self, row: StaffRow) -> tuple[str, ...]:
        """The row's cells in words, in column order."""
        standing = self.tr("Active") if row.active else self.tr("Sent back: %1").replace("%1", row.sent_back_reason)
        return (row.code, row.name, row.department,
                self.tr(", ").join(labels.role(r) for r in ROLE_ORDER if r in row.roles),
                staff_labels.findings(tuple(f for f in row.findings if f in staff_labels.REQUIREMENTS)),
                staff_labels.findings(_warnings(row)), self._rotation(row), standing,
                staff_labels.employment(row.employment), row.law_enforcement_cert or "—", row.posted_on.isoformat(),
                str(row.years_at_hall), str(row.age), staff_labels.years(row.experience_years))

    def _rotation(self, row: StaffRow) -> str:
        state = staff_labels.rotation(row.rotation)
        if state and row.leave_on:
            return self.tr("%1, leaves %2").replace("%1", state).replace("%2", row.leave_on.isoformat())
        return state

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Name"), self.tr("Department"), self.tr("Roles"), self.tr("Qualifications"),
                self.tr("Warnings (guidelines)"), self.tr("Rotation"), self.tr("Standing"), self.tr("Employment"),
                self.tr("Certificate"), self.tr("Posted on"), self.tr("Years here"), self.tr("Age"),
                self.tr("Experience"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))


def _warnings(row: StaffRow) -> tuple[Finding, ...]:
    return tuple(f for f in row.findings if f in staff_labels.GUIDELINES)


class StaffFilter(QSortFilterProxyModel):
    """Keeps the people whose code, name or department holds the query; optionally only those with findings."""

    def __init__(self, source: StaffRegisterModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.query = ""
        self.findings_only = False

    def set_filter(self, query: str, findings_only: bool) -> None:
        self.beginFilterChange()
        self.query, self.findings_only = query.strip().casefold(), findings_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, parent: _Index) -> bool:
        row: StaffRow = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if self.findings_only and not row.findings:
            return False
        return not self.query or any(self.query in text.casefold() for text in (row.code, row.name, row.department))
