"""Account ▸ Change PIN… (修改密码): the current PIN, the new one twice; written at the hall."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from counter_app.domain.login import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from counter_app.services.desk import Desk
from counter_app.ui.account.pin_form import PinForm, pin_edit


class PinChangeDialog(PinForm):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinChangeDialog")
        self.desk = desk
        self.add_field("current", pin_edit("currentPin"))
        self.add_field("new", pin_edit("newPin"))
        self.add_field("repeat", pin_edit("repeatPin"))
        self.inputs["current"].setFocus()
        self.retranslate()

    def save(self) -> None:
        current, new, repeat = (self.inputs[k].text() for k in ("current", "new", "repeat"))
        self.submit(lambda: self.desk.change_pin(current, new, repeat))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change your PIN"))
        self.labels["current"].setText(self.tr("&Current PIN"))
        self.labels["new"].setText(self.tr("&New PIN (%1 to %2 digits)").replace("%1", str(PIN_MIN_DIGITS))
                                  .replace("%2", str(PIN_MAX_DIGITS)))
        self.labels["repeat"].setText(self.tr("&Repeat the new PIN"))
