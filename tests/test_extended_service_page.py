"""The extended service page driven as staff would: a span entered by hand, its errors next to the fields,
my days of the month; a chief representative enters for a clerk of the department."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.clock import HALL_ZONE
from counter_app.services import extended_service
from counter_app.services.desk import Desk
from counter_app.ui.pages.extended_service_page import ExtendedServicePage

NOW = dt.datetime(2026, 10, 12, 10, 0, tzinfo=HALL_ZONE).astimezone(dt.UTC)  # the Monday after the 调休 Saturday


def _page(qtbot, counter: Counter, code: str) -> ExtendedServicePage:  # type: ignore[no-untyped-def]
    page = ExtendedServicePage(Desk(counter, staff_session(counter, code), clock=lambda: NOW))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()  # the page's keys work in the active window
    return page


def _fill(page: ExtendedServicePage, day: str, start: str, end: str) -> None:
    page.day.setDate(QDate.fromString(day, "yyyy-MM-dd"))
    page.starts.setTime(QTime.fromString(start, "HH:mm"))
    page.ends.setTime(QTime.fromString(end, "HH:mm"))


def _enter(page: ExtendedServicePage) -> None:
    key = QKeySequence("Ctrl+Return")[0]
    QTest.keyClick(page.note, key.key(), key.keyboardModifiers())


def _shown_errors(page: ExtendedServicePage) -> dict[str, str]:
    return {name: label.text() for name, label in page.errors.items() if not label.isHidden()}


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_an_entry_with_errors_next_to_the_fields_then_saved(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter, "S0101")
    assert page.staff.isHidden()  # a clerk enters only for themselves
    assert page.month.date() == QDate(2026, 10, 1) and page.day.date() == QDate(2026, 10, 12)
    _fill(page, "2026-10-09", "19:00", "18:00")
    _enter(page)
    assert _shown_errors(page) == {"ends_at": "Ends before it starts."}
    _fill(page, "2026-10-09", "14:00", "16:00")
    _enter(page)
    assert _shown_errors(page) == {"starts_at": "Entirely within opening hours: that is no extended service."}
    assert _rows(page.entries) == [] and _rows(page.days) == []

    _fill(page, "2026-10-09", "17:00", "19:00")
    type_chinese(page.note, "企业年报集中申报，延时服务")
    _enter(page)
    assert _shown_errors(page) == {}
    assert page.result.text() == "Entered: 2026-10-09, 17:00 to 19:00."
    assert page.note.text() == ""
    assert _rows(page.days) == [["2026-10-09", "2 h 00 min", "0", "1"]]
    assert _rows(page.entries) == [["2026-10-09 17:00", "19:00", "企业年报集中申报，延时服务", "王晓堃"]]
    assert page.total.text() == "王晓堃 in 2026-10: 2 h 00 min on 1 day(s)"

    _fill(page, "2026-10-09", "18:30", "20:00")
    _enter(page)
    assert _shown_errors(page) == {"starts_at": "Overlaps a span already entered."}
    _fill(page, "2026-10-12", "08:00", "10:30")
    _enter(page)
    assert _shown_errors(page) == {"ends_at": "Not over yet: enter it once it has ended."}
    page.month.setDate(QDate(2026, 9, 1))
    assert _rows(page.days) == [] and page.total.text().endswith("0 min on 0 day(s)")


def test_a_chief_enters_for_a_clerk_of_the_department(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter, "S0191")
    codes = [page.staff.itemData(i) for i in range(page.staff.count())]
    assert codes[0] == "S0191" and {"S0101", "S0102", "S0192"} <= set(codes) and "S0201" not in codes
    page.staff.setCurrentIndex(codes.index("S0101"))
    _fill(page, "2026-10-10", "17:00", "18:30")  # the make-up working Saturday closes at 17:00 too
    _enter(page)
    assert page.result.text() == "Entered for 王晓堃 (S0101): 2026-10-10, 17:00 to 18:30."
    assert _rows(page.days) == []  # the chief's own month has none
    clerk = staff_session(demo_counter, "S0101")
    [day] = extended_service.my_days(demo_counter, clerk, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (day.day, day.minutes, day.entries) == (dt.date(2026, 10, 10), 90, 1)


def test_everyone_has_the_page(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9011")
    try:
        assert "Extended service" in [window.nav.item(i).text() for i in range(window.nav.count())]
        page = page_named(window, "extendedServicePage")
        assert page.heading.text() == "Extended service"
    finally:
        window.close()
        ctl.shut_down()
