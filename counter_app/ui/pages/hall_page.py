"""The hall page (大厅): the hall's address and hours, its windows and departments."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.overview import HallOverview
from counter_app.ui import labels
from counter_app.ui.retranslate import Retranslating


class HallPage(Retranslating, QWidget):
    def __init__(self, overview: HallOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hallPage")
        self.overview = overview
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.details = QLabel()
        self.details.setObjectName("hallDetails")
        self.details.setWordWrap(True)
        self.windows_box = QGroupBox()
        self.windows = _table("windowsTable")
        QVBoxLayout(self.windows_box).addWidget(self.windows)
        self.departments_box = QGroupBox()
        self.departments = _table("departmentsTable")
        QVBoxLayout(self.departments_box).addWidget(self.departments)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.windows_box, 3)
        layout.addWidget(self.departments_box, 2)
        self.retranslate()


    def retranslate(self) -> None:
        o = self.overview
        self.heading.setText(o.name)
        hours = "；".join(str(v) for v in o.opening_hours.values())
        self.details.setText(
            self.tr("Address: %1\nPhone: %2\nOpening hours: %3")
            .replace("%1", o.address)
            .replace("%2", "，".join(o.phones))
            .replace("%3", hours)
        )
        self.windows_box.setTitle(self.tr("Windows"))
        self.departments_box.setTitle(self.tr("Departments in the hall"))
        self._fill_windows()
        self._fill_departments()

    def _fill_windows(self) -> None:
        headers = [self.tr("No."), self.tr("Window"), self.tr("Type"), self.tr("State"),
                   self.tr("Departments served"), self.tr("Season")]
        rows = []
        for w in self.overview.windows:
            season = ""
            if w.season:
                season = f"{w.season[0]} – {w.season[1]}"
                season += " " + (self.tr("(in season)") if w.in_season else self.tr("(out of season)"))
            rows.append([str(w.number), w.name, labels.window_type(w.type),
                         self.tr("Open") if w.is_open else self.tr("Closed"),
                         "、".join(w.departments), season])
        _fill(self.windows, headers, rows, stretch=4)

    def _fill_departments(self) -> None:
        headers = [self.tr("Code"), self.tr("Department"), self.tr("Phone"), self.tr("Items"), self.tr("Staff")]
        rows = [[d.code, d.name, d.phone or "", str(d.items), str(d.staff)] for d in self.overview.departments]
        _fill(self.departments, headers, rows, stretch=1)


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]], *, stretch: int) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
