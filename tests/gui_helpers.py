"""Driving the real windows as a clerk would (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import config
from counter_app.ui import gui


def type_chinese(widget: QWidget, text: str) -> None:
    """Commit text the way an input method does (keyClicks with non-ASCII aborts Qt's test library)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def ready_controller(qtbot, data_dir: Path, language: str | None = "en", *,  # type: ignore[no-untyped-def]
                     hall_url: str | None = None, sync_interval: int = 0, idle_lock_ms: int = 0):
    """The app as started, with its stores open and the log-in dialog waiting (language None: the saved one).

    No sync runs by itself unless sync_interval (seconds) is given: a test asks for one (F12) when it wants it.
    idle_lock_ms: the idle lock's timeout in milliseconds; 0 (the default): none, so that a window a test
    leaves open does not lock (application-modal) in the middle of a later test.
    """
    cfg = config.resolve(str(data_dir), hall_url)
    if language:
        cfg.settings.language = language
    cfg.settings.sync_interval_seconds = sync_interval
    ctl = gui.build(cfg)
    ctl.idle_lock_ms = idle_lock_ms
    qtbot.addWidget(ctl.login)
    with qtbot.waitSignal(ctl.ready, timeout=60_000):
        ctl.start()
    return ctl


def open_main_window(qtbot, data_dir: Path, code: str, language: str = "en", **options):  # type: ignore[no-untyped-def]
    ctl = ready_controller(qtbot, data_dir, language, **options)
    with qtbot.waitSignal(ctl.main_window_shown, timeout=10_000) as shown:
        qtbot.keyClicks(ctl.login.code, code)
        qtbot.keyClicks(ctl.login.pin, "1234")
        qtbot.mouseClick(ctl.login.submit, Qt.MouseButton.LeftButton)
    window = shown.args[0]
    with qtbot.waitActive(window):
        window.activateWindow()
    return ctl, window


def when_dialog_opens(handler) -> None:  # type: ignore[no-untyped-def]
    """Run handler(dialog) once a modal dialog is up (exec() blocks the test until it closes)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        handler(dialog)

    QTimer.singleShot(0, poll)


def page_named(window, object_name: str):  # type: ignore[no-untyped-def]
    """A page of the main window by its object name: the nav's order depends on the person's roles."""
    for i in range(window.stack.count()):
        if window.stack.widget(i).objectName() == object_name:
            return window.stack.widget(i)
    raise LookupError(object_name)
