"""What the PIN dialogs share: fields with their error messages next to them, and the PIN's own messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.login import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.retranslate import Retranslating


def pin_message(code: str) -> str:
    """A PIN error in words; the codes shared with other forms ("length", "unknown") mean something else here."""
    messages = {
        "wrong_pin": QCoreApplication.translate("PinMessages", "This is not your current PIN."),
        "locked": QCoreApplication.translate(
            "PinMessages", "Too many wrong PINs: the account is locked for 15 minutes. Log out and ask the hall office."),
        "digits_only": QCoreApplication.translate("PinMessages", "A PIN has digits only."),
        "length": QCoreApplication.translate("PinMessages", "A PIN has %1 to %2 digits.")
        .replace("%1", str(PIN_MIN_DIGITS)).replace("%2", str(PIN_MAX_DIGITS)),
        "mismatch": QCoreApplication.translate("PinMessages", "Not the same as the new PIN: type it again."),
        "unchanged": QCoreApplication.translate("PinMessages", "The new PIN is the same as the current one."),
        "unknown": QCoreApplication.translate("PinMessages", "No staff member has this code."),
    }
    return messages.get(code) or message(code)


def pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS + 4)  # a longer one is refused with its reason, not cut short
    return edit


class PinForm(Retranslating, QDialog):
    """A form of named fields; save() hands their texts to the service and shows its errors by field."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.general_error = error_label("pinError")  # the field "pin": the whole change
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_field(self, key: str, edit: QLineEdit) -> None:
        self.inputs[key] = edit
        self.errors[key] = error_label(f"{edit.objectName()}Error")
        label = QLabel()
        label.setBuddy(edit)
        self.labels[key] = label
        self.form.addRow(label, with_error(edit, self.errors[key]))

    def submit(self, call: Callable[[], list[FieldError]]) -> bool:
        for label in (*self.errors.values(), self.general_error):
            show_error(label, None)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the hall is asked
        try:
            errors = call()
        finally:
            QGuiApplication.restoreOverrideCursor()
        for error in errors:
            label = self.errors.get(error.field, self.general_error)
            show_error(label, pin_message(error.code), translated=True)
        if errors:
            first = next((self.inputs[e.field] for e in errors if e.field in self.inputs), None)
            if first is not None:
                first.setFocus()
                first.selectAll()
            return False
        for edit in self.inputs.values():
            edit.clear()
        self.saved.emit()
        self.accept()
        return True

    def save(self) -> None:
        raise NotImplementedError
