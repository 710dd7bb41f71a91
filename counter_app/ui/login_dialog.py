"""Log-in dialog: staff code and PIN (工号 / 密码).

It paints before the stores are open (that happens in the background), so the
clerk sees it at once; the log-in button waits until the counter is ready.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import hall_time
from counter_app.domain.login import (
    Inactive,
    Locked,
    LoggedIn,
    LoginOutcome,
    StaffSession,
    UnknownStaff,
    WrongPin,
)
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.retranslate import Retranslating

Authenticator = Callable[[str, str], LoginOutcome]
LANGUAGE_CHOICES = (("zh_CN", "中文"), ("en", "English"))


class LoginDialog(Retranslating, QDialog):
    logged_in = Signal(object)  # StaffSession
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authenticate: Authenticator | None = None
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)

        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.hall_name = QLabel()
        self.hall_name.setObjectName("loginHall")

        self.code = QLineEdit()
        self.code.setObjectName("staffCode")
        self.code.setMaxLength(12)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{0,12}")))
        self.code_error = error_label("codeError")

        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
        self.pin_error = error_label("pinError")

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )

        self.state = QLabel()
        self.state.setObjectName("loginState")
        self.state.setWordWrap(True)
        self.submit = QPushButton()
        self.submit.setObjectName("logIn")
        self.submit.setDefault(True)
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self._try_log_in)
        self.code.returnPressed.connect(self.pin.setFocus)

        self._lay_out()
        self.code.setFocus()
        self._state_text = "opening"
        self.retranslate()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.code_label, self.pin_label, self.language_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.code_label, self.code), (self.pin_label, self.pin)):
            label.setBuddy(field)
        self.form.addRow(self.code_label, with_error(self.code, self.code_error))
        self.form.addRow(self.pin_label, with_error(self.pin, self.pin_error))
        self.form.addRow(self.language_label, self.language)

        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hall_name)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.setTabOrder(self.code, self.pin)
        self.setTabOrder(self.pin, self.submit)

    # -- state from the controller ---------------------------------------------------

    def set_ready(self, hall_name: str, authenticate: Authenticator) -> None:
        self._authenticate = authenticate
        self.hall_name.setText(hall_name)
        self._state_text = "ready"
        self.submit.setEnabled(True)
        self.retranslate()

    def show_notice(self, text: str) -> None:
        """Why the last session ended (already translated); it stays until the next log-in attempt."""
        self._say(self.code_error, text)

    def set_failed(self, message: str) -> None:
        self._state_text = "failed"
        self.state.setProperty("error", True)
        self.state.setText(self.tr("The counter could not start: %1").replace("%1", message))
        self.submit.setEnabled(False)

    # -- log-in ----------------------------------------------------------------------

    def _try_log_in(self) -> None:
        show_error(self.code_error, None)
        show_error(self.pin_error, None)
        code, pin = self.code.text().strip(), self.pin.text()
        if not code:
            self._say(self.code_error, self.tr("Enter your staff code."))
            self.code.setFocus()
            return
        if not pin:
            self._say(self.pin_error, self.tr("Enter your PIN."))
            self.pin.setFocus()
            return
        assert self._authenticate is not None
        outcome = self._authenticate(code, pin)
        if isinstance(outcome, LoggedIn):
            self.pin.clear()
            self.logged_in.emit(outcome.session)
            return
        self.pin.clear()
        self._show_refusal(outcome, code)

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        show_error(label, text, translated=True)

    def _show_refusal(self, outcome: LoginOutcome, code: str) -> None:
        if isinstance(outcome, UnknownStaff):
            self._say(
                self.code_error, self.tr("No staff member has the code %1.").replace("%1", code.upper())
            )
            self.code.setFocus()
            self.code.selectAll()
        elif isinstance(outcome, WrongPin):
            self._say(
                self.pin_error,
                self.tr("Wrong PIN: %1 more wrong PIN(s) lock this account.").replace(
                    "%1", str(outcome.tries_left)
                ),
            )
            self.pin.setFocus()
        elif isinstance(outcome, Locked):
            until = hall_time(outcome.until).strftime("%H:%M")
            self._say(
                self.pin_error,
                self.tr("Too many wrong PINs: this account is locked until %1.").replace("%1", until),
            )
        elif isinstance(outcome, Inactive):
            self._say(
                self.code_error, self.tr("This account is no longer active; ask the hall administrator.")
            )

    # -- language --------------------------------------------------------------------


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counter: log in"))
        self.title.setText(self.tr("Log in at the counter"))
        self.code_label.setText(self.tr("Staff &code"))
        self.pin_label.setText(self.tr("&PIN"))
        self.language_label.setText(self.tr("Language"))
        self.code.setPlaceholderText(self.tr("e.g. S0101"))
        self.submit.setText(self.tr("Log in"))
        if self._state_text == "opening":
            self.state.setText(self.tr("Opening the counter's store…"))
        elif self._state_text == "ready":
            self.state.setText("")


__all__ = ["LoginDialog", "StaffSession"]
