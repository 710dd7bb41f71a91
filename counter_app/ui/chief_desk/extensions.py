"""延期: requests to extend the statutory limit (art. 42), approved or refused by the chief."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from counter_app.services.chief_desk import ExtensionRow
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.chief_desk.common import Panel, current_key, day, fill, make_table


class ExtensionPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("extensionPanel", parent)
        self.desk = desk
        self.rows: list[ExtensionRow] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = make_table("extensionTable", 9)
        self.note = QLineEdit()
        self.note.setObjectName("extensionNote")
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.approve_button, self.refuse_button = QPushButton(), QPushButton()
        self.approve_button.setObjectName("approveExtension")
        self.refuse_button.setObjectName("refuseExtension")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        row = QHBoxLayout()
        row.addWidget(self.note_label)
        row.addWidget(self.note, 1)
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
        self.rows = self.desk.extension_requests()
        fill(self.table, [[r.case_no, r.applicant_name, r.item_name,
                           self.tr("%1 working days").replace("%1", str(r.days)), r.reason, r.requested_by,
                           day(r.requested_on), day(r.step_due), labels_case.warning(r.warning)] for r in self.rows],
             [r.case_no for r in self.rows], [r.warning for r in self.rows])

    def current(self) -> ExtensionRow | None:
        key = current_key(self.table)
        return next((r for r in self.rows if r.case_no == key), None)

    def decide(self, approve: bool) -> bool:
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return False
        result = self.desk.decide_extension(row.case_no, approve, self.note.text())
        if not result.saved:
            self.say_errors(result.errors)
            return False
        self.note.clear()
        self.say((self.tr("Extension approved: %1") if approve else self.tr("Extension refused: %1"))
                 .replace("%1", row.case_no))
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Art. 42: the limit may be extended once; the applicant is told why."))
        self.note_label.setText(self.tr("Note (optional)"))
        self.approve_button.setText(self.tr("Approve extension"))
        self.refuse_button.setText(self.tr("Refuse extension"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Applicant"), self.tr("Item"), self.tr("Extension"), self.tr("Reason"),
            self.tr("Requested by"), self.tr("Requested on"), self.tr("Step due"), self.tr("Warning")])
        if self.rows:
            self.refresh()
