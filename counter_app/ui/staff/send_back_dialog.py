"""Send a member of staff back to their organisation (退回派驻单位), with the reason.

It is written at the hall first (the person can no longer log in at any counter), so it may
wait on the network: it runs off the UI thread.
"""

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
from counter_app.ui import tasks
from counter_app.ui.form_widgets import error_label, note_edit, show_error, show_errors, with_error
from counter_app.ui.staff import labels as staff_labels


class SendBackDialog(QDialog):
    finished_sending = Signal(bool)  # True: sent back; False: refused, nothing changed
    sent_back = Signal(str)

    def __init__(self, desk: Desk, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendBackDialog")
        self.desk, self.row = desk, row
        self.reason = note_edit("sendBackReason")
        self.errors = {name: error_label(f"sendBack_{name}_error") for name in ("staff", "reason")}
        self.warning = QLabel()
        self.warning.setObjectName("sendBackWarning")
        self.warning.setProperty("error", True)
        self.warning.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("sendBackState")
        self.confirm_button, self.cancel_button = QPushButton(), QPushButton()
        self.confirm_button.setObjectName("confirmSendBack")
        self.confirm_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        self._task: tasks.Task | None = None
        self._build()

    def _build(self) -> None:
        row = self.row
        self.setWindowTitle(self.tr("Send %1 back to their organisation").replace("%1", row.name))
        self.warning.setText(self.tr("%1 (%2) will no longer be able to log in at any counter of the hall, and "
                                     "leaves the hall's register. This is written at the hall at once.")
                             .replace("%1", row.name).replace("%2", row.code))
        form = QFormLayout()
        form.addRow(self.tr("Staff"), QLabel(staff_labels.person(row)))
        form.addRow(self.errors["staff"])
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        self.confirm_button.setText(self.tr("Send back: %1 can no longer log in").replace("%1", row.name))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(520, 0)

    def send(self) -> tasks.Task:
        desk, code, reason = self.desk, self.row.code, self.reason.toPlainText()
        self._busy(True)
        self.state.setText(self.tr("Writing at the hall…"))
        self._task = tasks.Task(lambda: desk.send_back(code, reason))
        self._task.signals.done.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        return tasks.start(self._task)

    def _done(self, errors: list[FieldError]) -> None:
        self._busy(False)
        self.state.clear()
        show_errors(self.errors, errors, staff_labels.error)
        self.finished_sending.emit(not errors)
        if not errors:
            self.sent_back.emit(self.row.code)
            self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.clear()
        show_error(self.errors["staff"], self.tr("Not sent back: %1").replace("%1", str(error)), translated=True)
        self.finished_sending.emit(False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.confirm_button, self.cancel_button, self.reason):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._task is not None and not self.confirm_button.isEnabled():
            return  # the hall is being written: wait for its answer
        super().reject()
