"""The centre's decision on a pending rotation request: approve, or refuse with a note saying why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.services.desk import Desk
from counter_app.services.staff_register import StaffRow
from counter_app.ui.form_widgets import error_label, note_edit, show_errors, with_error
from counter_app.ui.staff import labels as staff_labels


class DecisionDialog(QDialog):
    decided = Signal(str, bool)

    def __init__(self, desk: Desk, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationDecisionDialog")
        self.desk, self.row = desk, row
        self.note = note_edit("decisionNote")
        self.errors = {name: error_label(f"decision_{name}_error") for name in ("staff", "note")}
        self.approve_button, self.refuse_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self.approve_button.setObjectName("approveRotation")
        self.refuse_button.setObjectName("refuseRotation")
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.cancel_button.clicked.connect(self.reject)
        self._build()

    def _build(self) -> None:
        row = self.row
        self.setWindowTitle(self.tr("Decide the rotation request of %1").replace("%1", row.name))
        form = QFormLayout()
        form.addRow(self.tr("Staff"), QLabel(staff_labels.person(row)))
        leave = row.leave_on.isoformat() if row.leave_on else "—"
        form.addRow(self.tr("Request"), QLabel(self.tr("%1, leaves %2").replace("%1", staff_labels.rotation(
            row.rotation)).replace("%2", leave)))
        form.addRow(self.errors["staff"])
        form.addRow(self.tr("Note (required to refuse)"), with_error(self.note, self.errors["note"]))
        self.approve_button.setText(self.tr("Approve"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.cancel_button.setText(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.approve_button, self.refuse_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(480, 0)

    def decide(self, approve: bool) -> bool:
        errors = self.desk.decide_rotation(self.row.code, approve, self.note.toPlainText())
        self._show(errors)
        if errors:
            return False
        self.decided.emit(self.row.code, approve)
        self.accept()
        return True

    def _show(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors, staff_labels.error)
