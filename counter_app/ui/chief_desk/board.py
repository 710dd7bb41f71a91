"""看板: the department's open cases by warning level, the red and the yellow ones listed."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.deadlines import WarningLevel
from counter_app.services.case_list import CaseRow
from counter_app.services.chief_desk import Board
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.chief_desk.common import Panel, day, fill, make_table

LEVELS = (WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.NORMAL)


class BoardPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("boardPanel", parent)
        self.desk = desk
        self.shown: Board | None = None
        self.counts = {level: QLabel() for level in LEVELS}
        counts = QHBoxLayout()
        for level, label in self.counts.items():
            label.setObjectName(f"board_{level.value}")
            counts.addWidget(label, 1)
        self.boxes = {level: QGroupBox() for level in LEVELS[:2]}
        self.tables = {level: make_table(f"board_{level.value}_table", 6) for level in LEVELS[:2]}
        for table in self.tables.values():
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)  # a board to read: colours stay
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        for level in LEVELS[:2]:
            QVBoxLayout(self.boxes[level]).addWidget(self.tables[level])
            layout.addWidget(self.boxes[level], 1)
        self.retranslate()

    def refresh(self) -> None:
        self.shown = board = self.desk.board()
        for level, label in self.counts.items():
            label.setText(self.tr("%1: %2").replace("%1", labels_case.warning(level))
                          .replace("%2", str(board.counts[level])))
        for level, rows in ((WarningLevel.RED, board.red), (WarningLevel.YELLOW, board.yellow)):
            fill(self.tables[level], [self._values(r) for r in rows], [r.case_no for r in rows],
                 [r.warning for r in rows])

    def _values(self, r: CaseRow) -> list[str]:
        status = labels_case.status(r.status)
        if r.deemed_accepted:
            status += self.tr(" (deemed accepted)")
        return [r.case_no, r.applicant_name, r.item_name, status, r.holder_name or "—", day(r.step_due)]

    def retranslate(self) -> None:
        self.boxes[WarningLevel.RED].setTitle(self.tr("Red: overdue"))
        self.boxes[WarningLevel.YELLOW].setTitle(self.tr("Yellow: the deadline is near"))
        for table in self.tables.values():
            table.setHorizontalHeaderLabels([self.tr("Case no."), self.tr("Applicant"), self.tr("Item"),
                                             self.tr("State"), self.tr("Holder"), self.tr("Step due")])
        if self.shown is not None:
            self.refresh()
