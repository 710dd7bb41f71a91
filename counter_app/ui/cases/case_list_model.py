"""A Qt model over the case queue that fetches page by page (keyset), never the whole table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from counter_app.services.case_queries import CaseRow
from counter_app.ui import labels_case

Fetch = Callable[[tuple[dt.date, str] | None, int], list[CaseRow]]
_Index = QModelIndex | QPersistentModelIndex
PAGE = 100


class CaseListModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self, fetch: Fetch) -> None:
        super().__init__()
        self._fetch = fetch
        self.rows: list[CaseRow] = []
        self._exhausted = False

    def reset(self, fetch: Fetch) -> None:
        self.beginResetModel()
        self._fetch = fetch
        self.rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        after = self.rows[-1].key if self.rows else None
        page = self._fetch(after, PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = labels_case.WARNING_COLOURS[row.warning]
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row.case_no
        return None

    def _text(self, row: CaseRow, column: int) -> str:
        status = labels_case.status(row.status)
        if row.suspended:
            status += self.tr(" (suspended)")
        if row.deemed_accepted:
            status += self.tr(" (deemed accepted)")
        if row.has_conflict:
            status += self.tr(" (conflict)")
        return (row.case_no, row.applicant_name, row.masked_id, row.item_name, status,
                row.step_due.isoformat() if row.step_due else "—", labels_case.warning(row.warning))[column]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Case no."), self.tr("Applicant"), self.tr("ID number"), self.tr("Item"),
                self.tr("State"), self.tr("Step due"), self.tr("Warning"))[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))
