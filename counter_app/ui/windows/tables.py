"""The windows page's two tables: the windows with their state, and their history (窗口开闭记录)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from counter_app.services.windows import WindowEventRow, WindowRow
from counter_app.ui import labels
from counter_app.ui.windows import labels as window_labels

OPEN_TEXT, CLOSED_TEXT, OVER_TEXT = "#1e6b34", "#5f6368", "#8a5a00"
OVER_BACKGROUND = "#fff3c4"
STATE = 3  # the state's column


def table(name: str, stretch: int) -> QTableWidget:
    widget = QTableWidget()
    widget.setObjectName(name)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().setVisible(False)
    widget.setAlternatingRowColors(True)
    widget.setWordWrap(False)
    widget.setProperty("stretch", stretch)
    return widget


def fill_windows(widget: QTableWidget, rows: list[WindowRow]) -> None:
    headers = [QCoreApplication.translate("WindowTables", "No."), QCoreApplication.translate("WindowTables", "Window"),
               QCoreApplication.translate("WindowTables", "Type"), QCoreApplication.translate("WindowTables", "State"),
               QCoreApplication.translate("WindowTables", "Season"),
               QCoreApplication.translate("WindowTables", "Staff posted"),
               QCoreApplication.translate("WindowTables", "Since"),
               QCoreApplication.translate("WindowTables", "Departments served")]
    cells = [[str(r.number), r.name, labels.window_type(r.type), window_labels.state(r), window_labels.season(r),
              "、".join(r.posted), r.since.strftime("%Y-%m-%d %H:%M") if r.since else "", "、".join(r.departments)]
             for r in rows]
    _fill(widget, headers, cells)
    for n, r in enumerate(rows):
        widget.item(n, 0).setData(Qt.ItemDataRole.UserRole, r.number)
        state = widget.item(n, STATE)
        state.setForeground(QBrush(QColor(OVER_TEXT if r.open_out_of_season else OPEN_TEXT if r.is_open
                                          else CLOSED_TEXT)))
        if r.open_out_of_season:
            state.setBackground(QBrush(QColor(OVER_BACKGROUND)))
            state.setToolTip(QCoreApplication.translate(
                "WindowTables", "Its season is over: close it until the next season (闲时关闭)."))


def fill_history(widget: QTableWidget, rows: list[WindowEventRow]) -> None:
    headers = [QCoreApplication.translate("WindowTables", "When"),
               QCoreApplication.translate("WindowTables", "Window"),
               QCoreApplication.translate("WindowTables", "Change"),
               QCoreApplication.translate("WindowTables", "By"),
               QCoreApplication.translate("WindowTables", "Counter"),
               QCoreApplication.translate("WindowTables", "Reason")]
    _fill(widget, headers, [[e.occurred_at.strftime("%Y-%m-%d %H:%M"), f"{e.number} {e.window_name}",
                             window_labels.event_kind(e.kind), e.actor, e.device, window_labels.event_details(e)]
                            for e in rows])


def _fill(widget: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    widget.setColumnCount(len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setSectionResizeMode(int(widget.property("stretch")), QHeaderView.ResizeMode.Stretch)
