"""The idle lock (锁屏): after some minutes without input the window is covered and asks for the PIN again.

IdleWatch is an application-wide event filter: keyboard, mouse, wheel and touch input
restart its timer; timers, paints and the like do not. IdleLock covers the main window
and every other window then open (a step's dialog, a print preview, the applicant's
screen) with an opaque curtain, so nothing of a case on the screen stays readable, and
opens an application-modal dialog over it (nothing behind it takes input) that asks the
person logged in for their PIN. The other windows are covered, not closed: a dialog
half filled in is there as it was once the PIN is given. The PIN goes through the
log-in service, so wrong PINs count toward the account's lock exactly as at the log-in
dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from counter_app.domain.clock import hall_time
from counter_app.domain.login import Inactive, Locked, LoggedIn, LoginOutcome, StaffSession, WrongPin
from counter_app.ui.form_widgets import error_label, show_error
from counter_app.ui.retranslate import Retranslating

ConfirmPin = Callable[[str], LoginOutcome]

# What counts as the clerk being there: their hands on the keyboard, mouse or screen.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease,
})


class IdleWatch(QObject):
    """Emits idle once timeout_ms pass without input anywhere in the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, timeout_ms))
        self.timer.timeout.connect(self._expired)
        self._watching = False
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # Qt forgets a filter that is deleted (with the window)
        self.resume()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._watching and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False

    def pause(self) -> None:
        """While the lock is up: input there does not count, and the timer waits."""
        self._watching = False
        self.timer.stop()

    def resume(self) -> None:
        self._watching = True
        self.timer.start()

    def stop(self) -> None:
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _expired(self) -> None:
        self.pause()
        self.idle.emit()


class IdleLock(Retranslating, QDialog):
    """The curtain over the main window and the dialog that lifts it with the right PIN."""

    unlocked = Signal()
    log_out_requested = Signal()

    def __init__(self, window: QWidget, who: StaffSession, confirm: ConfirmPin) -> None:
        super().__init__(window)
        self.setObjectName("idleLock")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # No close button: the lock goes with the right PIN or with logging out.
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint)
        self.setMinimumWidth(420)
        self.window_covered, self.who, self._confirm = window, who, confirm
        self.curtain = _curtain(window)
        self.curtain.hide()
        window.installEventFilter(self)
        self.other_curtains: dict[QWidget, QWidget] = {}  # the other windows open at the lock, each covered
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.person = QLabel()
        self.person.setObjectName("lockWho")
        self.pin_label = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
        self.pin_label.setBuddy(self.pin)
        self.error = error_label("lockError")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.log_out_button = QPushButton()
        self.log_out_button.setObjectName("lockLogOut")
        self.log_out_button.setAutoDefault(False)
        self.log_out_button.clicked.connect(self._log_out)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        for widget in (self.title, self.person, self.pin_label, self.pin, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    @property
    def locked(self) -> bool:
        return self.curtain.isVisible()

    def lock(self) -> None:
        """Cover the window and ask for the PIN; a second call while locked changes nothing.

        A window no longer shown (closed, logged out) has nothing to cover: it is not locked.
        """
        if self.locked or not self.window_covered.isVisible():
            return
        self.pin.clear()
        show_error(self.error, None)
        self.curtain.setGeometry(self.window_covered.rect())
        self.curtain.show()
        self.curtain.raise_()
        self._cover_other_windows()
        # show(), not open(): open() would make it window-modal, and the dialogs the window has open
        # (a step, the refused facts) would stay usable beside the lock.
        self.show()
        self.raise_()
        self.activateWindow()
        self.pin.setFocus()

    def try_unlock(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            self._say(self.tr("Enter your PIN."))
            return
        outcome = self._confirm(pin)
        if isinstance(outcome, LoggedIn):
            self.lift()
            self.unlocked.emit()
        elif isinstance(outcome, WrongPin):
            self._say(self.tr("Wrong PIN: %1 more wrong PIN(s) lock this account.")
                      .replace("%1", str(outcome.tries_left)))
        elif isinstance(outcome, Locked):
            until = hall_time(outcome.until).strftime("%H:%M")
            self._say(self.tr("Too many wrong PINs: this account is locked until %1. Log out to let a colleague "
                              "use the counter.").replace("%1", until))
        elif isinstance(outcome, Inactive):
            self._say(self.tr("This account is no longer active; log out."))
        self.pin.setFocus()

    def _say(self, text: str) -> None:
        show_error(self.error, text, translated=True)

    def lift(self) -> None:
        """Take the curtains and the dialog away: the right PIN, logging out, or the window closing."""
        self.curtain.hide()
        for window, curtain in self.other_curtains.items():
            if isValid(window):  # a window closed meanwhile took its curtain with it
                window.removeEventFilter(self)
                curtain.deleteLater()
        self.other_curtains.clear()
        self.done(QDialog.DialogCode.Accepted)

    def _cover_other_windows(self) -> None:
        for window in QApplication.topLevelWidgets():
            if window in (self, self.window_covered) or not window.isVisible():
                continue
            curtain = _curtain(window)
            curtain.setGeometry(window.rect())
            curtain.show()
            curtain.raise_()
            window.installEventFilter(self)
            self.other_curtains[window] = curtain

    def _log_out(self) -> None:
        self.lift()
        self.log_out_requested.emit()

    def reject(self) -> None:
        """Escape and the window manager's close do not lift the lock."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.locked:
            if watched is self.window_covered:
                self.curtain.setGeometry(self.window_covered.rect())
            elif watched in self.other_curtains and isinstance(watched, QWidget):
                self.other_curtains[watched].setGeometry(watched.rect())
        return False

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Counter locked"))
        self.title.setText(self.tr("The counter is locked"))
        self.person.setText(self.tr("Logged in: %1 (%2). Enter your PIN to go on.")
                            .replace("%1", self.who.name).replace("%2", self.who.code))
        self.pin_label.setText(self.tr("&PIN"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.log_out_button.setText(self.tr("&Log out (switch user)"))


def _curtain(window: QWidget) -> QWidget:
    """An opaque cover over the whole of the window (the style sheet gives it its colour)."""
    curtain = QWidget(window)
    curtain.setObjectName("lockCurtain")
    curtain.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    return curtain
