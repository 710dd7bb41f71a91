"""The windows page driven as the hall administrator would: the emergency suggestion and its one key,
a seasonal window out of season, the reason and the staff warning in the dialog, the operating rules."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.services import operating_rules
from counter_app.services.desk import Desk
from counter_app.ui.pages.windows_page import WindowsPage


def _page(qtbot, counter: Counter) -> WindowsPage:  # type: ignore[no-untyped-def]
    page = WindowsPage(Desk(counter, staff_session(counter, "S9001"), clock=lambda: NOW))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.load_ready, timeout=10_000):
        page.refresh()
    return page


def _cell(table, number: int, column: int) -> str:  # type: ignore[no-untyped-def]
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == str(number):
            return table.item(r, column).text()
    raise LookupError(number)


def _key(qtbot, widget, sequence: str) -> None:  # type: ignore[no-untyped-def]
    key = QKeySequence(sequence)[0]
    QTest.keyClick(widget, key.key(), key.keyboardModifiers())


def test_the_suggestion_opens_the_emergency_window_with_one_key(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9001")
    try:
        window.desk.clock = lambda: NOW
        assert "Windows" in [window.nav.item(i).text() for i in range(window.nav.count())]
        page = page_named(window, "windowsPage")
        with qtbot.waitSignal(page.load_ready, timeout=10_000):
            window.nav.setCurrentRow(window.stack.indexOf(page))
        assert not page.banner.isVisible()
        assert "11 windows open" in page.summary.text()
        page.waiting.setFocus()
        page.waiting.selectAll()
        qtbot.keyClicks(page.waiting, "165")  # 15 per open window: not above the threshold
        assert not page.banner.isVisible()
        qtbot.keyClicks(page.waiting, "\b6")
        assert page.waiting.value() == 166 and page.banner.isVisible()
        assert page.banner_text.text().startswith("Applicants are crowding in: 166 people waiting for 11 open")
        assert page.open_suggested_button.text() == "Open emergency window 11 (Ctrl+E)"
        with qtbot.waitSignal(page.suggested_open_finished, timeout=10_000) as done:
            _key(qtbot, page.waiting, "Ctrl+E")
        assert done.args == [True]
        assert page.result.text() == "Emergency window 11 is open."
        assert _cell(page.table, 11, 3) == "Open"
        assert page.history.item(0, 2).text() == "Opened" and page.history.item(0, 3).text() == "杜明远"
        assert page.history.item(0, 5).text().startswith("Answered the suggestion: 166 waiting")
        # 12 windows are open now, every emergency window among them: no button, the words remain.
        with qtbot.waitSignal(page.load_ready, timeout=10_000):
            page.refresh()
        assert not page.banner.isVisible()
        page.waiting.setValue(200)
        assert page.banner.isVisible() and not page.open_suggested_button.isVisible()
        assert "Every emergency window is already open." in page.banner_text.text()
        # The read-only hall page shows it as well.
        hall = page_named(window, "hallPage")
        assert _cell(hall.windows, 11, 3) == "Open"
    finally:
        window.close()
        ctl.shut_down()


def test_a_seasonal_window_is_not_offered_out_of_season(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select(12)
    assert _cell(page.table, 12, 4) == "08-01 – 09-30 (out of season)"
    assert not page.open_button.isEnabled() and not page.close_button.isEnabled()
    assert page.hint.text() == "Window 12 opens only in its season, 08-01 to 09-30."
    _key(qtbot, page.table, "Ctrl+O")
    assert page.open_selected() is None  # nothing to open: no dialog
    assert page.select(13)  # in its season (11-20 to 02-10): open, and may be closed
    assert page.close_button.isEnabled() and _cell(page.table, 13, 4) == "11-20 – 02-10 (in season)"


def test_the_dialog_asks_a_reason_and_warns_of_the_staff(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select(11)
    dialog = page.open_selected()
    assert dialog is not None and dialog.windowTitle() == "Open window 11"
    with qtbot.waitSignal(dialog.finished_change, timeout=10_000) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert done.args == [False] and dialog.isVisible()
    assert dialog.errors["reason"].text() == "Say why: an emergency window is opened for a reason."
    assert dialog.errors["window"].isHidden()
    type_chinese(dialog.reason, "市场主体登记排队人数激增")
    with qtbot.waitSignal(dialog.finished_change, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and page.result.text() == "Window 11 is open."
    assert page.history.item(0, 5).text() == "市场主体登记排队人数激增"

    assert page.select(13)
    dialog = page.close_selected()
    assert dialog is not None and dialog.despite_staff.isVisible()
    qtbot.waitUntil(lambda: "logged in" in dialog.staff.text() or dialog.staff.text().endswith("马骁."))
    assert dialog.staff.text() == "Posted to this window: 马骁."
    with qtbot.waitSignal(dialog.finished_change, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["window"].text() == "Staff are posted to this window: tick the box to close it all the same."
    assert _cell(page.table, 13, 3) == "Open"
    dialog.despite_staff.setChecked(True)
    with qtbot.waitSignal(dialog.finished_change, timeout=10_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert _cell(page.table, 13, 3) == "Closed"
    assert page.history.item(0, 5).text() == "Closed although 马骁 posted there"


def test_the_operating_rules_are_set_from_the_page(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    dialog = page.open_rules()
    assert dialog.spins["emergency_waiting_per_window"].value() == 15
    assert dialog.spins["bad_rating_max_level"].maximum() == 4
    dialog.spins["emergency_waiting_per_window"].setValue(10)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(page.load_ready, timeout=10_000):
        with qtbot.waitSignal(dialog.finished_saving, timeout=10_000) as done:
            _key(qtbot, dialog.spins["follow_up_days"], "Ctrl+Return")
    assert done.args == [True] and page.result.text() == "The operating rules are saved at the hall."
    assert operating_rules.current_rules(demo_counter).emergency_waiting_per_window == 10
    assert "above 10 waiting" in page.summary.text()
    assert page.banner.isHidden()
    page.waiting.setValue(111)  # 10 × 11 open windows, plus one
    assert not page.banner.isHidden()
