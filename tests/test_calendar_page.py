"""The hall administrator enters 2027 on the calendar page; the status bar stops warning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gui_helpers import open_main_window, type_chinese
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel


def _line(page, row: int, working: bool, start: str, end: str, name: str) -> None:  # type: ignore[no-untyped-def]
    page.add_line()
    page.table.cellWidget(row, 0).setCurrentIndex(1 if working else 0)
    for column, day in ((1, start), (2, end)):
        d = dt.date.fromisoformat(day)
        page.table.cellWidget(row, column).setDate(QDate(d.year, d.month, d.day))
    type_chinese(page.table.cellWidget(row, 3), name)


def test_admin_enters_2027(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9001")
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Cases", "Appointments", "Consultations", "Seal log", "Absences", "Extended service", "Windows",
                      "Calendar", "Staff register", "Evaluation", "Catalogue", "Hall"]  # no intake for the hall administrator
    warning = window.statusBar().findChild(QLabel, "calendarWarning")
    today = dt.date.today()
    if today.year == 2026:  # the embedded calendar data ends with 2026
        assert "2027" in warning.text()
    page = window.stack.widget(titles.index("Calendar"))
    page.year.setValue(2027)
    assert "not confirmed" in page.state.text()
    _line(page, 0, False, "2027-01-01", "2027-01-01", "元旦")
    _line(page, 1, True, "2027-02-15", "2027-02-15", "春节调休")  # a Monday: refused
    with qtbot.waitSignal(page.save_finished, timeout=10_000) as done:
        page.save.click()
    assert done.args == [False]
    assert "Line 2" in page.lines_error.text() and "Saturday or Sunday" in page.lines_error.text()
    assert page.notice_error.text() == "Required."
    page.table.cellWidget(1, 1).setDate(QDate(2027, 2, 14))
    page.table.cellWidget(1, 2).setDate(QDate(2027, 2, 14))
    type_chinese(page.notice, "国务院办公厅关于2027年部分节假日安排的通知")
    with qtbot.waitSignal(page.save_finished, timeout=30_000) as done:
        page.save.click()
    assert done.args == [True]
    assert "confirmed by the hall" in page.state.text()
    assert "2027" not in warning.text()
    window.close()
    ctl.shut_down()
