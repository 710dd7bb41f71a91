"""The facts the hall refused (大厅拒收的记录): when, what, which case, why; and Retry all once the
hall administrator has put the hall's register right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import hall_time
from counter_app.services.sync import RejectedFact, SyncReport
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.sync import labels
from counter_app.ui.sync.controller import SyncController

COLUMNS = 4
REASON_COLUMN = 3


class RejectedDialog(Retranslating, QDialog):
    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedDialog")
        self.sync = sync
        self.facts: list[RejectedFact] = []
        self.intro = QLabel()
        self.intro.setObjectName("rejectedIntro")
        self.intro.setWordWrap(True)
        self.table = _table()
        self.empty = QLabel()
        self.empty.setObjectName("noneRejected")
        self.retry_button, self.close_button = QPushButton(), QPushButton()
        self.retry_button.setObjectName("retryRejected")
        self.close_button.setObjectName("closeRejected")
        self.retry_button.clicked.connect(self.retry_all)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        sync.finished.connect(self._synced)
        self.resize(980, 440)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the list again from the local store (fast; the hall is not asked)."""
        self.facts = self.sync.desk.rejected_facts()
        self.table.setRowCount(len(self.facts))
        for row, fact in enumerate(self.facts):
            values = [hall_time(fact.queued_at).strftime("%Y-%m-%d %H:%M"), labels.what(fact.table, fact.kind),
                      fact.case_no or "—", labels.reason(fact.reason)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(fact.reason if column == REASON_COLUMN else value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.retry_button.setEnabled(bool(self.facts))
        self.empty.setVisible(not self.facts)

    def retry_all(self) -> int:
        """Queue every refused fact again and sync; what the hall still refuses comes back here."""
        count = self.sync.retry_rejected()
        self.refresh()
        return count

    def _synced(self, _report: SyncReport) -> None:
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facts the hall refused"))
        self.intro.setText(self.tr(
            "The hall refused these facts, so the other counters do not see them. They hold nothing up: "
            "what was recorded after them was sent. Once the hall administrator has put the hall's register "
            "right, press Retry all to send them again."))
        self.table.setHorizontalHeaderLabels([self.tr("Recorded"), self.tr("What"), self.tr("Case"),
                                              self.tr("Why the hall refused it")])
        self.empty.setText(self.tr("The hall has refused nothing."))
        self.retry_button.setText(self.tr("Retry all"))
        self.close_button.setText(self.tr("Close"))
        if self.facts:
            self.refresh()  # the words follow the language


def _table() -> QTableWidget:
    table = QTableWidget(0, COLUMNS)
    table.setObjectName("rejectedTable")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(REASON_COLUMN):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
    return table
