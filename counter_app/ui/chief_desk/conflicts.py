"""冲突: rival decisions made on two counters that did not see each other; the chief keeps one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.clock import hall_time
from counter_app.domain.events import EventKind
from counter_app.services.chief_desk import ConflictRow, Rival
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.chief_desk.common import Panel, current_key, fill, make_table


def rival_label(label: str) -> str:
    """The fold's name of a decision ("decided:granted", "accepted", ...) in words."""
    if label == "decided:granted":
        return QCoreApplication.translate("ChiefDesk", "Grant (准予许可)")
    if label == "decided:refused":
        return QCoreApplication.translate("ChiefDesk", "Refuse (不予许可)")
    try:
        return labels_case.step(EventKind(label))
    except ValueError:
        return label


class ConflictPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("conflictPanel", parent)
        self.desk = desk
        self.rows: list[ConflictRow] = []
        self.lines: list[tuple[ConflictRow, Rival]] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = make_table("conflictTable", 8)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepDecision")
        self.keep_button.clicked.connect(self.keep)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.retranslate()

    def count(self) -> int:
        return len(self.rows)

    def refresh(self) -> None:
        self.rows = self.desk.conflicts()
        self.lines = [(case, rival) for case in self.rows for rival in case.rivals]
        fill(self.table, [[case.case_no, case.applicant_name, case.item_name, rival_label(rival.label), rival.actor,
                           rival.device, hall_time(rival.occurred_at).strftime("%Y-%m-%d %H:%M"), rival.reasons]
                          for case, rival in self.lines], [rival.event_id for _case, rival in self.lines])

    def current(self) -> tuple[ConflictRow, Rival] | None:
        key = current_key(self.table)
        return next((line for line in self.lines if isinstance(key, uuid.UUID) and line[1].event_id == key), None)

    def keep(self) -> bool:
        """The chosen line's decision stands; its rivals are set aside (they stay in the timeline)."""
        line = self.current()
        if line is None:
            self.nothing_chosen()
            return False
        case, rival = line
        result = self.desk.resolve_conflict(case.case_no, rival.event_id)
        if not result.saved:
            self.say_errors(result.errors)
            return False
        self.say(self.tr("%1: the decision “%2” by %3 stands.").replace("%1", case.case_no)
                 .replace("%2", rival_label(rival.label)).replace("%3", rival.actor))
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Two counters decided the same case without seeing each other. "
                                  "Choose the decision that stands; the other stays in the case's timeline."))
        self.keep_button.setText(self.tr("Keep this decision"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Applicant"), self.tr("Item"), self.tr("Decision"), self.tr("By"),
            self.tr("Counter"), self.tr("When"), self.tr("Reasons")])
        if self.rows:
            self.refresh()
