"""The log-in dialog and the shell, driven as a clerk would (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import page_named, ready_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from counter_app import config
from counter_app.ui import gui
from counter_app.ui.controller import AppController


@pytest.fixture
def controller(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    ctl = ready_controller(qtbot, demo_dir)
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shut_down()


def _log_in(qtbot, ctl: AppController, code: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    ctl.login.code.clear()
    qtbot.keyClicks(ctl.login.code, code)
    qtbot.keyClicks(ctl.login.pin, pin)
    qtbot.mouseClick(ctl.login.submit, Qt.MouseButton.LeftButton)


def test_dialog_shows_before_the_store_is_open(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    cfg = config.resolve(str(demo_dir))
    cfg.settings.language = "en"
    ctl = gui.build(cfg)
    qtbot.addWidget(ctl.login)
    with qtbot.waitSignal(ctl.ready, timeout=60_000):
        ctl.start()
        assert ctl.login.isVisible()
        assert not ctl.login.submit.isEnabled()
        assert "Opening" in ctl.login.state.text()
    assert ctl.login.submit.isEnabled()
    assert ctl.login.hall_name.text() == "二七区行政服务中心"
    ctl.shut_down()


def test_right_pin_opens_the_main_window(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        _log_in(qtbot, controller, "S0101", "1234")
    window = shown.args[0]
    who = window.findChild(QLabel, "whoIsHere").text()
    assert "S0101" in who and "Window" in who
    nav = window.findChild(QListWidget, "navigation")
    assert [nav.item(i).text() for i in range(nav.count())] == ["Intake", "Cases", "Appointments", "Consultations", "Ratings", "Absences", "Extended service", "Catalogue", "Hall"]
    assert window.statusBar().findChild(QLabel, "hallState").text() == "Hall: connected"
    assert window.statusBar().findChild(QLabel, "lastSync").text() == "not synced yet"
    assert not controller.login.isVisible()


def test_wrong_pin_says_so_next_to_the_field(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    _log_in(qtbot, controller, "S0101", "9999")
    assert "Wrong PIN" in controller.login.pin_error.text()
    assert "4" in controller.login.pin_error.text()
    assert controller.main_window is None
    assert controller.login.pin.text() == ""


def test_five_wrong_pins_lock_the_account(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        _log_in(qtbot, controller, "S0101", "9999")
    assert "locked until" in controller.login.pin_error.text()
    _log_in(qtbot, controller, "S0101", "1234")
    assert "locked until" in controller.login.pin_error.text()
    assert controller.main_window is None


def test_unknown_code_and_empty_fields(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(controller.login.submit, Qt.MouseButton.LeftButton)
    assert controller.login.code_error.text() == "Enter your staff code."
    qtbot.keyClicks(controller.login.code, "S0101")
    qtbot.mouseClick(controller.login.submit, Qt.MouseButton.LeftButton)
    assert controller.login.pin_error.text() == "Enter your PIN."
    _log_in(qtbot, controller, "X1", "1234")
    assert "No staff member has the code X1" in controller.login.code_error.text()


def test_pin_field_takes_digits_only(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(controller.login.pin, "12ab34")
    assert controller.login.pin.text() == "1234"


def test_log_out_returns_to_the_dialog(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        _log_in(qtbot, controller, "S0101", "1234")
    shown.args[0].log_out_action.trigger()
    assert controller.main_window is None
    assert controller.login.isVisible()


def test_catalogue_finds_items_by_pinyin_initials(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        _log_in(qtbot, controller, "S0101", "1234")
    page = page_named(shown.args[0], "cataloguePage")
    total = page.filter.rowCount()
    assert total >= 30
    qtbot.keyClicks(page.search, "ggcswsxk")
    assert 1 <= page.filter.rowCount() < total
    assert "公共场所卫生许可" in page.current_item().name
    assert "公共场所卫生许可" in page.detail.toPlainText()
    page.search.clear()
    qtbot.keyClicks(page.search, "gonggongchangsuo")
    assert page.filter.rowCount() >= 1


def test_hall_page_lists_windows_of_every_type(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(controller.main_window_shown, timeout=10_000) as shown:
        _log_in(qtbot, controller, "S0101", "1234")
    window = shown.args[0]
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 3
    table = page_named(window, "hallPage").windows
    types = {table.item(r, 2).text() for r in range(table.rowCount())}
    assert types == {"Constant", "Comprehensive", "Emergency", "Seasonal"}
