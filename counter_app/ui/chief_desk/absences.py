"""请假: the absences of the department's clerks waiting for the chief's decision."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.services.absences import AbsenceRow
from counter_app.services.desk import Desk
from counter_app.ui.chief_desk.common import Panel, current_key, fill, make_table
from counter_app.ui.form_widgets import error_label, show_error, with_error


class AbsencePanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("absencePanel", parent)
        self.desk = desk
        self.rows: list[AbsenceRow] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = make_table("absenceTable", 5)
        self.note = QLineEdit()
        self.note.setObjectName("absenceNote")
        self.note_error = error_label("absenceNoteError")
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.approve_button, self.refuse_button = QPushButton(), QPushButton()
        self.approve_button.setObjectName("approveAbsence")
        self.refuse_button.setObjectName("refuseAbsence")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        row = QHBoxLayout()
        row.addWidget(self.note_label)
        row.addWidget(with_error(self.note, self.note_error), 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.retranslate()

    def count(self) -> int:
        return len(self.rows)

    def refresh(self) -> None:
        self.rows = self.desk.absences_waiting()
        fill(self.table, [[r.staff_name, r.start.isoformat(), r.end.isoformat(), r.reason,
                           self.tr("late") if r.late else self.tr("in time")] for r in self.rows], [r.id for r in self.rows])

    def current(self) -> AbsenceRow | None:
        key = current_key(self.table)
        return next((r for r in self.rows if isinstance(key, uuid.UUID) and r.id == key), None)

    def decide(self, approve: bool) -> bool:
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return False
        outcome = self.desk.decide_absence(row.id, approve, self.note.text())
        show_error(self.note_error, next((e.code for e in outcome.errors if e.field == "note"), None))
        others = [e for e in outcome.errors if e.field != "note"]
        if not outcome.saved:
            if others:
                self.say_errors(others)
            else:
                self.say("")
            return False
        self.note.clear()
        self.say((self.tr("Absence approved: %1") if approve else self.tr("Absence refused: %1"))
                 .replace("%1", row.staff_name))
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.hint.setText(self.tr("An absent A is covered by B only once you approve; refusing needs a note."))
        self.note_label.setText(self.tr("Note (required to refuse)"))
        self.approve_button.setText(self.tr("Approve absence"))
        self.refuse_button.setText(self.tr("Refuse absence"))
        self.table.setHorizontalHeaderLabels([self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason"),
                                              self.tr("Reported")])
        if self.rows:
            self.refresh()
