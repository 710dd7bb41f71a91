"""The idle lock: the screen locks without input, asks the person's PIN again, and wrong PINs count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gui_helpers import open_main_window, page_named
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid
from sqlalchemy import select
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.login import MAX_WRONG_IN_A_ROW, Locked, LoggedIn, WrongPin
from counter_app.services import auth, startup
from counter_app.store.models import AuditEntry


def _log_in(counter: Counter, pin: str, code: str = "S0101"):  # type: ignore[no-untyped-def]
    return auth.log_in(counter.local(), device_id=startup.device_id(counter), code=code, pin=pin,
                       now=dt.datetime.now(dt.UTC))


def test_confirm_pin_counts_like_a_log_in(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    assert isinstance(auth.confirm_pin(demo_counter.local(), clerk, "1234", NOW), LoggedIn)
    outcomes = [auth.confirm_pin(demo_counter.local(), clerk, "0000", NOW + dt.timedelta(seconds=i))
                for i in range(MAX_WRONG_IN_A_ROW)]
    assert [o.tries_left for o in outcomes[:-1]] == [4, 3, 2, 1]  # type: ignore[union-attr]
    assert isinstance(outcomes[-1], Locked)
    # The right PIN does not open a locked account, here or at the log-in dialog.
    assert isinstance(auth.confirm_pin(demo_counter.local(), clerk, "1234", NOW + dt.timedelta(minutes=1)), Locked)
    later = NOW + dt.timedelta(minutes=16)
    assert isinstance(auth.confirm_pin(demo_counter.local(), clerk, "1234", later), LoggedIn)
    with demo_counter.local() as uow:
        unlocks = uow.session.scalars(select(AuditEntry).where(AuditEntry.actor_id == clerk.staff_id)).all()
        assert sum(1 for e in unlocks if e.detail.get("at") == "unlock") == MAX_WRONG_IN_A_ROW + 3


def _type_pin(qtbot, lock, pin: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(lock.pin, pin)
    qtbot.keyClick(lock.pin, Qt.Key.Key_Return)


def test_the_lock_comes_after_idle_time_and_not_while_typing(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", idle_lock_ms=2000)
    lock = window.idle_lock
    search = page_named(window, "casesPage").search
    for _ in range(30):  # three seconds of typing, a key every 100 ms: longer than the idle time
        qtbot.keyClicks(search, "1")
        qtbot.wait(100)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=10_000)
    assert lock.isVisible() and QApplication.activeModalWidget() is lock
    assert lock.curtain.isVisible() and lock.curtain.geometry() == window.rect()
    assert "王晓堃" in lock.person.text() and "S0101" in lock.person.text()
    _type_pin(qtbot, lock, "1234")
    assert not lock.locked and not lock.isVisible()
    qtbot.waitUntil(lambda: lock.locked, timeout=10_000)  # and again after the next idle spell
    _type_pin(qtbot, lock, "1234")
    window.close()
    ctl.shut_down()


def test_wrong_pins_keep_the_lock_and_five_lock_the_account(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    refused = window.open_rejected()  # a dialog of the window's, open beside it
    window.lock_action.trigger()
    lock = window.idle_lock
    assert lock.locked and refused.isVisible()
    assert lock.windowModality() == Qt.WindowModality.ApplicationModal  # it too takes no input now
    assert QApplication.activeModalWidget() is lock
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Escape does not lift it
    assert lock.locked and lock.isVisible()
    for left in range(MAX_WRONG_IN_A_ROW - 1, 0, -1):
        _type_pin(qtbot, lock, "9999")
        assert lock.locked and lock.error.isVisible()
        assert lock.error.text() == f"Wrong PIN: {left} more wrong PIN(s) lock this account."
    _type_pin(qtbot, lock, "9999")
    assert lock.error.text().startswith("Too many wrong PINs: this account is locked until ")
    _type_pin(qtbot, lock, "1234")  # the right PIN, too late
    assert lock.locked and lock.error.text().startswith("Too many wrong PINs")
    assert isinstance(_log_in(ctl.counter, "1234"), Locked)
    window.close()
    ctl.shut_down()


def test_a_wrong_pin_then_the_right_one(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    lock = window.idle_lock
    assert lock.locked
    _type_pin(qtbot, lock, "4321")
    assert lock.locked
    _type_pin(qtbot, lock, "1234")
    assert not lock.locked and not lock.curtain.isVisible()
    assert isinstance(_log_in(ctl.counter, "1234"), LoggedIn)  # the count started over
    window.close()
    ctl.shut_down()


def test_log_out_from_the_lock(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", idle_lock_ms=200)
    lock = window.idle_lock
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    with qtbot.waitSignal(window.logged_out, timeout=5000):
        qtbot.mouseClick(lock.log_out_button, Qt.MouseButton.LeftButton)
    assert ctl.main_window is None and ctl.login.isVisible()
    assert isinstance(_log_in(ctl.counter, "1234", "S0102"), LoggedIn) and not isinstance(
        _log_in(ctl.counter, "1234"), WrongPin)
    ctl.shut_down()


def test_no_idle_lock_when_the_settings_say_0(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", idle_lock_ms=0)
    assert window.idle_watch is None and window.idle_lock is not None  # locking by hand still works
    window.close()
    ctl.shut_down()


def test_a_window_no_longer_shown_does_not_lock(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    window.hide()
    window.idle_lock.lock()  # what the idle timer of a window left behind would do
    assert not window.idle_lock.locked and not window.idle_lock.isVisible()
    ctl.shut_down()


def test_the_lock_covers_the_other_open_windows_and_leaves_them_as_they_were(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

    ctl, window = open_main_window(qtbot, demo_dir, "S0101", idle_lock_ms=0)
    step = QDialog(window)  # as a step's dialog: window-modal, half filled in
    layout = QVBoxLayout(step)
    layout.addWidget(QLabel("110105194912310021"))
    typed = QLineEdit()
    layout.addWidget(typed)
    step.resize(400, 200)
    step.open()
    qtbot.keyClicks(typed, "half a reason")
    window.idle_lock.lock()
    lock = window.idle_lock
    curtain = lock.other_curtains[step]
    assert curtain.isVisible() and curtain.geometry() == step.rect()
    assert step.childAt(200, 100) is curtain  # what is under the curtain is not on the screen
    step.resize(500, 300)
    assert curtain.geometry() == step.rect()
    assert QApplication.activeModalWidget() is lock
    _type_pin(qtbot, lock, "1234")
    qtbot.waitUntil(lambda: step.childAt(200, 100) is not curtain)
    assert not lock.locked and not lock.other_curtains
    assert step.isVisible() and typed.text() == "half a reason"
    step.done(QDialog.DialogCode.Rejected)
    window.close()
    ctl.shut_down()


def test_a_window_closed_under_the_lock_is_no_trouble_at_unlock(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    ctl, window = open_main_window(qtbot, demo_dir, "S0101", idle_lock_ms=0)
    preview = QDialog(window)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    window.idle_lock.lock()
    assert preview in window.idle_lock.other_curtains
    preview.close()  # a print preview finishing under the lock closes and is deleted
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(preview)
    _type_pin(qtbot, window.idle_lock, "1234")
    assert not window.idle_lock.locked
    window.close()
    ctl.shut_down()
