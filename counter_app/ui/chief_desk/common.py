"""What the desk's panels share: a read-only table of plain rows, a line that says what happened."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from counter_app.domain.applicant import FieldError
from counter_app.domain.deadlines import WarningLevel
from counter_app.ui import labels_case
from counter_app.ui.field_errors import message
from counter_app.ui.retranslate import Retranslating


def make_table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[object],
         warnings: Sequence[WarningLevel | None] | None = None) -> None:
    """Put the rows in the table, each keyed (UserRole of its first cell) and coloured by its warning;
    the row whose key was selected stays selected, else the first one is."""
    chosen = current_key(table)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        colour = labels_case.WARNING_COLOURS[warnings[r]] if warnings and warnings[r] else None
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if len(value) > 24:
                item.setToolTip(value)  # a long opinion or reason, whole
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if colour:
                item.setBackground(QColor(colour))
            table.setItem(r, c, item)
    if rows:
        table.selectRow(next((r for r, key in enumerate(keys) if key == chosen), 0))


def current_key(table: QTableWidget) -> object:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def day(value: object) -> str:
    return value.isoformat() if value is not None else "—"  # type: ignore[attr-defined]


class Panel(Retranslating, QWidget):
    """One panel of the desk: it refreshes from the desk and says what its last action did."""

    changed = Signal()  # an action was saved: every panel reads again

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.result = QLabel()
        self.result.setObjectName(f"{name}Result")
        self.result.setWordWrap(True)

    def count(self) -> int:
        """How many things wait in this panel (the tab shows it)."""
        return 0

    def refresh(self) -> None:
        raise NotImplementedError

    def say(self, text: str, *, error: bool = False) -> None:
        self.result.setProperty("error", error)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)

    def say_errors(self, errors: Sequence[FieldError]) -> None:
        self.say("；".join(dict.fromkeys(message(e.code) for e in errors)), error=True)

    def nothing_chosen(self) -> None:
        self.say(QCoreApplication.translate("ChiefDesk", "Choose a line first."), error=True)
