"""B for A in the window (B角代A角): the banner on top and A's queue for the whole absence, and only then."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import open_main_window, page_named, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from staffing import NOW, staff_session

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.clock import hall_today, utc_now
from counter_app.domain.events import EventKind
from counter_app.services import absences
from counter_app.services.case_list import CaseFilter, Scope, list_cases

D = dt.date


def _approved(counter: Counter, start: D, end: D, now: dt.datetime) -> None:
    a = staff_session(counter, "S0101")
    away = absences.report_absence(counter.local(), a, start, end, "年休假", now)
    assert away.saved, away.errors
    chief = staff_session(counter, "S0191")
    assert absences.decide_absence(counter.local(), chief, away.absence_id, True, "", now).saved


def test_whom_one_covers_and_until_when(demo_counter: Counter) -> None:
    _approved(demo_counter, D(2026, 12, 3), D(2026, 12, 4), NOW)
    _approved(demo_counter, D(2026, 12, 5), D(2026, 12, 7), NOW)  # back to back: one spell
    b = staff_session(demo_counter, "S0102")
    a_id = staff_session(demo_counter, "S0101").staff_id
    assert absences.covering(demo_counter.local(), b, D(2026, 12, 2)) == []
    assert absences.covering(demo_counter.local(), b, D(2026, 12, 3)) == [absences.Cover(a_id, "王晓堃", D(2026, 12, 7))]
    assert absences.covering(demo_counter.local(), b, D(2026, 12, 6))[0].until == D(2026, 12, 7)
    assert absences.covering(demo_counter.local(), b, D(2026, 12, 8)) == []
    assert absences.covering(demo_counter.local(), staff_session(demo_counter, "S0103"), D(2026, 12, 3)) == []


def _absence_from(demo_dir: Path, first_day_from_today: int) -> D:
    """S0101 away from today + n for two days, approved; the last day."""
    counter = Counter(config.resolve(str(demo_dir)))
    today = hall_today()
    start, end = today + dt.timedelta(days=first_day_from_today), today + dt.timedelta(days=first_day_from_today + 1)
    _approved(counter, start, end, utc_now())
    counter.close()
    return end


def _a_queue(demo_dir: Path) -> list[str]:
    counter = Counter(config.resolve(str(demo_dir)))
    a = staff_session(counter, "S0101")
    rows = list_cases(counter.local(), a, CaseFilter(scope=Scope.MINE), hall_today())
    counter.close()
    return sorted(r.case_no for r in rows)


def test_b_works_a_s_queue_under_the_banner(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    until = _absence_from(demo_dir, 0)
    expected = _a_queue(demo_dir)
    ctl, window = open_main_window(qtbot, demo_dir, "S0102")
    assert window.banner.isVisible()
    assert window.banner.text() == "B for 王晓堃 until " + until.strftime("%m-%d")
    page = page_named(window, "casesPage")
    names = [page.scope.itemText(i) for i in range(page.scope.count())]
    assert names[-1] == "王晓堃's queue (B for A)"
    page.scope.setCurrentIndex(page.scope.count() - 1)
    assert page.case_filter().for_staff == staff_session(ctl.counter, "S0101").staff_id
    assert sorted(r.case_no for r in page.model.rows) == expected and expected
    movable = next(r for r in page.model.rows if r.status == "undertaking")
    page.refresh(movable.case_no)
    assert EventKind.UNDERTAKEN in page.detail.buttons, "B moves A's case during the absence"

    def confirm(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(confirm)
    qtbot.mouseClick(page.detail.buttons[EventKind.UNDERTAKEN], Qt.MouseButton.LeftButton)
    assert "周䶮 acting for 王晓堃" in page.detail.text.toPlainText()
    window.close()
    ctl.shut_down()


@pytest.mark.parametrize("starts_in", [1, None], ids=["absence-to-come", "no-absence"])
def test_outside_the_absence_neither_banner_nor_queue(qtbot, demo_dir: Path, starts_in) -> None:  # type: ignore[no-untyped-def]
    if starts_in is not None:
        _absence_from(demo_dir, starts_in)
    ctl, window = open_main_window(qtbot, demo_dir, "S0102")
    assert window.banner.isHidden()
    page = page_named(window, "casesPage")
    assert [page.scope.itemData(i) for i in range(page.scope.count())] == ["mine", "department", "helping"]
    window.close()
    ctl.shut_down()


def test_the_banner_follows_an_approval_that_arrives_while_logged_in(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0102")
    page = page_named(window, "casesPage")
    assert window.banner.isHidden() and page.scope.count() == 3  # mine, department, the cases one helps with
    today = hall_today()
    _approved(ctl.counter, today, today, utc_now())
    window.covers.check()  # each minute, and after a sync that brought facts
    assert window.banner.isVisible() and page.scope.count() == 4  # and A's queue
    window.close()
    ctl.shut_down()
