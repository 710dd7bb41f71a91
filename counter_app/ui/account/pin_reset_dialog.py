"""Account ▸ Reset a PIN… (重置密码), for the hall administrator: a forgotten PIN replaced at the hall."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from counter_app.domain.login import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from counter_app.services.desk import Desk
from counter_app.ui.account.pin_form import PinForm, pin_edit


class PinResetDialog(PinForm):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinResetDialog")
        self.desk = desk
        self.reset_code = ""
        code = QLineEdit()
        code.setObjectName("resetStaffCode")
        code.setMaxLength(12)
        code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{0,12}")))
        self.add_field("staff", code)
        self.add_field("new", pin_edit("resetNewPin"))
        self.add_field("repeat", pin_edit("resetRepeatPin"))
        code.setFocus()
        self.retranslate()

    def save(self) -> None:
        code, new, repeat = (self.inputs[k].text() for k in ("staff", "new", "repeat"))
        self.reset_code = code.strip().upper()
        self.submit(lambda: self.desk.reset_pin(code, new, repeat))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a PIN"))
        self.labels["staff"].setText(self.tr("&Staff code"))
        self.labels["new"].setText(self.tr("&New PIN (%1 to %2 digits)").replace("%1", str(PIN_MIN_DIGITS))
                                  .replace("%2", str(PIN_MAX_DIGITS)))
        self.labels["repeat"].setText(self.tr("&Repeat the new PIN"))
        self.inputs["staff"].setPlaceholderText(self.tr("e.g. S0102"))
