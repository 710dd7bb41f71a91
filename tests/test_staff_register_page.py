"""The staff register page driven as the hall administrator would: findings in words, the filter,
a rotation request and the centre's decision, sending back; nobody else sees the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.login import Inactive
from counter_app.services import auth, startup
from counter_app.services.desk import Desk
from counter_app.ui.pages.staff_register_page import StaffRegisterPage
from counter_app.ui.staff import register_model as columns

TODAY = dt.date(2026, 12, 1)  # NOW in the hall


def _page(qtbot, counter: Counter) -> StaffRegisterPage:  # type: ignore[no-untyped-def]
    page = StaffRegisterPage(Desk(counter, staff_session(counter, "S9001"), clock=lambda: NOW))
    qtbot.addWidget(page)
    return page


def _shown(page: StaffRegisterPage) -> dict[str, list[str]]:
    """The rows the filter lets through, by code, with every cell's text."""
    f = page.filter
    return {f.index(r, 0).data(): [f.index(r, c).data() or "" for c in range(f.columnCount())]
            for r in range(f.rowCount())}


def _cell(page: StaffRegisterPage, code: str, column: int) -> str:
    return _shown(page)[code][column]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_the_register_shows_the_findings_in_words_and_filters(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9001", language="zh_CN")
    try:
        _check_the_chinese_register(qtbot, window)
    finally:
        window.close()
        ctl.languages.switch("en")  # the other tests read English
        ctl.shut_down()


def _check_the_chinese_register(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert "人员名册" in [window.nav.item(i).text() for i in range(window.nav.count())]
    page = page_named(window, "staffRegisterPage")
    rows = _shown(page)
    assert len(rows) >= 50
    assert rows["S0391"][columns.WARNINGS] == "首席代表任职不满 2 年"
    assert rows["S0201"][columns.WARNINGS] == "年龄超过 45 岁"
    assert "无行政执法证" in rows["S1192"][columns.QUALIFICATIONS]
    assert "工作经历不满 1 年" in rows["S0702"][columns.QUALIFICATIONS]
    assert rows["S0101"][columns.QUALIFICATIONS] == rows["S0101"][columns.WARNINGS] == ""
    assert rows["S0101"][columns.ROLES] == "窗口工作人员" and rows["S0101"][columns.EMPLOYMENT] == "国家公务员"
    assert rows["S0191"][columns.ROLES] == "首席代表（A角）" and rows["S0101"][columns.STANDING] == "在岗"
    # The guidelines are warnings (amber, the warning sign), the unmet requirements red words: neither blocks.
    s0391 = page.filter.index(list(rows).index("S0391"), columns.WARNINGS)
    assert isinstance(s0391.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert not s0391.data(Qt.ItemDataRole.DecorationRole).isNull()
    s1192 = page.filter.index(list(rows).index("S1192"), columns.QUALIFICATIONS)
    assert s1192.data(Qt.ItemDataRole.ForegroundRole).color().name() == columns.REQUIREMENT_TEXT
    # Nothing chosen yet: a request may be typed in by staff code, nobody is sent back by mistake.
    assert page.request_button.isEnabled() and not page.send_back_button.isEnabled()

    type_chinese(page.search, "城市管理局")
    assert _shown(page) and all("城市管理局" in r[columns.DEPARTMENT] for r in _shown(page).values())
    page.search.clear()
    qtbot.keyClicks(page.search, "s039")
    assert set(_shown(page)) == {"S0391", "S0392"}
    page.search.clear()
    page.findings_only.setChecked(True)
    only = _shown(page)
    assert {"S0391", "S1192", "S0702", "S0201"} <= set(only) and "S0101" not in only
    assert all(r[columns.QUALIFICATIONS] or r[columns.WARNINGS] for r in only.values())
    assert page.count.text().startswith(f"显示 {len(only)} / 共 {len(rows)} 人")


def test_a_rotation_request_then_the_centre_approves_it(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select_code("S0101")
    dialog = page.open_rotation()
    assert dialog is not None and dialog.staff.text() == "S0101"
    assert dialog.requested_on.date() == _qdate(TODAY)
    assert dialog.leave_on.date() == _qdate(dt.date(2027, 1, 1))  # a month's notice after 6 years at the hall
    type_chinese(dialog.reason, "调回原单位工作")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _cell(page, "S0101", columns.ROTATION) == "Rotation requested, leaves 2027-01-01"
    assert not page.request_button.isEnabled() and page.decide_button.isEnabled()

    decision = page.open_decision()
    assert decision is not None
    qtbot.mouseClick(decision.refuse_button, Qt.MouseButton.LeftButton)  # a refusal says why
    assert decision.isVisible() and decision.errors["note"].text() == "Required."
    assert decision.errors["staff"].isHidden()
    assert _cell(page, "S0101", columns.ROTATION) == "Rotation requested, leaves 2027-01-01"
    qtbot.mouseClick(decision.approve_button, Qt.MouseButton.LeftButton)
    assert not decision.isVisible()
    assert _cell(page, "S0101", columns.ROTATION) == "Rotation approved, leaves 2027-01-01"
    assert "approved" in page.result.text()


def test_a_chief_under_two_years_cannot_rotate_yet_and_nothing_is_saved(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select_code("S0391")
    dialog = page.open_rotation()
    assert dialog is not None
    assert dialog.leave_on.date() == _qdate(dt.date(2027, 6, 16))  # two years after 2025-06-16
    dialog.leave_on.setDate(_qdate(dt.date(2027, 1, 4)))
    type_chinese(dialog.reason, "调回原单位")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["leave_on"].text() == "Staff rotate after at least 2 years at the hall: not before 2027-06-16."
    assert all(dialog.errors[f].isHidden() for f in ("staff", "requested_on", "reason"))
    assert _cell(page, "S0391", columns.ROTATION) == ""
    assert all(r.rotation is None for r in page.desk.staff_rows())
    dialog.staff.setText("S7777")  # a mistyped code
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.errors["staff"].text() == "No member of staff has this code."
    dialog.reject()


def test_sending_back_with_a_reason_ends_the_person_s_log_in(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select_code("S0104")
    dialog = page.open_send_back()
    assert dialog is not None and "no longer be able to log in" in dialog.warning.text()
    with qtbot.waitSignal(dialog.finished_sending, timeout=10_000) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert done.args == [False] and dialog.isVisible()
    assert dialog.errors["reason"].text() == "Required." and dialog.errors["staff"].isHidden()
    assert _cell(page, "S0104", columns.STANDING) == "Active"
    assert next(r for r in page.desk.staff_rows() if r.code == "S0104").active

    type_chinese(dialog.reason, "多次群众投诉，经核实不适合窗口工作")
    with qtbot.waitSignal(dialog.finished_sending, timeout=10_000) as done:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert done.args == [True] and not dialog.isVisible()
    assert _cell(page, "S0104", columns.STANDING) == "Sent back: 多次群众投诉，经核实不适合窗口工作"
    assert not page.send_back_button.isEnabled() and not page.request_button.isEnabled()
    outcome = auth.log_in(demo_counter.local(), device_id=startup.device_id(demo_counter), code="S0104",
                          pin="1234", now=NOW)
    assert isinstance(outcome, Inactive)


def test_the_administrator_cannot_send_themselves_back(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_counter)
    assert page.select_code("S9001")
    assert not page.send_back_button.isEnabled() and page.open_send_back() is None


@pytest.mark.parametrize("code", ["S0101", "S0191"])
def test_only_the_hall_administrator_sees_the_register(qtbot, demo_dir: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, code)
    assert "Staff register" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    with pytest.raises(LookupError):
        page_named(window, "staffRegisterPage")
    window.close()
    ctl.shut_down()
