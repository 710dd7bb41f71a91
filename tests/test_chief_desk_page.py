"""The chief representative's desk, driven through the window as 张建军 (S0191) would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from chief_cases import rival_decisions, to_sign_off
from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import func, select
from staffing import staff_session

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.clock import hall_today, utc_now
from counter_app.domain.deadlines import WarningLevel
from counter_app.services import absences, case_queries
from counter_app.services.case_list import CaseFilter, Scope, list_cases
from counter_app.store.models import Case, CaseEvent
from counter_app.ui.cases.step_dialog import StepDialog


@pytest.fixture
def prepared(demo_dir: Path) -> dict[str, str]:
    """Three more cases of 市场监管 awaiting sign-off, one case in conflict, a clerk's absence reported."""
    counter = Counter(config.resolve(str(demo_dir)))
    now = utc_now()
    made = {name: to_sign_off(counter, "S0101", "SCJG-001", now, applicant, seq)
            for name, applicant, seq in (("a", "钱多多", "201"), ("b", "孙小美", "202"), ("c", "阿土仔", "203"),
                                         ("conflict", "金贝贝", "204"))}
    rival_decisions(counter, made["conflict"], now)
    start = hall_today(now) + dt.timedelta(days=3)
    reported = absences.report_absence(counter.local(), staff_session(counter, "S0101"), start, start, "年休假", now)
    assert reported.saved
    counter.close()
    return made


def _open_desk(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0191")
    page = page_named(window, "chiefDeskPage")
    assert window.stack.indexOf(page) == 0 and window.nav.item(0).text() == "Chief's desk"
    return ctl, window, page


def _select(panel, case_no: str) -> None:  # type: ignore[no-untyped-def]
    panel.table.selectRow(next(i for i, r in enumerate(panel.rows) if r.case_no == case_no))


def _open_dialog(panel) -> StepDialog:  # type: ignore[no-untyped-def]
    [dialog] = [d for d in panel.findChildren(StepDialog) if d.isVisible()]
    return dialog


def _ok(dialog: StepDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _events(page, case_no: str) -> int:  # type: ignore[no-untyped-def]
    with page.desk.counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(CaseEvent).join(Case, Case.id == CaseEvent.case_id)
                                  .where(Case.case_no == case_no))


def test_sign_off_approve_refuse_and_return(qtbot, demo_dir: Path, prepared) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = _open_desk(qtbot, demo_dir)
    panel = page.sign_off
    assert page.tabs.tabText(0) == f"Sign-off ({len(panel.rows)})" and len(panel.rows) >= 4
    assert prepared["conflict"] not in [r.case_no for r in panel.rows]
    assert "F5" in panel.approve_button.toolTip() and "F6" in panel.return_button.toolTip()
    # Enter on the first line opens its sign-off, with the reviewer's opinion; Enter again grants.
    first = panel.rows[0].case_no
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = _open_dialog(panel)
    assert dialog.inputs["outcome"].currentData() == "granted" and "同意" in dialog.findChild(QLabel, "reviewOpinion").text()
    qtbot.keyClick(dialog.inputs["outcome"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: first not in [r.case_no for r in panel.rows], timeout=3000)
    decided = page.desk.case_detail(first)
    assert decided.state.status == "issuing" and decided.state.outcome == "granted"
    assert first in panel.result.text()
    # The Approve button grants the chosen case at once.
    _select(panel, prepared["a"])
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    assert page.desk.case_detail(prepared["a"]).state.outcome == "granted"
    assert prepared["a"] not in [r.case_no for r in panel.rows]
    # Refuse without reasons: the message stands next to the field, nothing is saved.
    _select(panel, prepared["b"])
    before = _events(page, prepared["b"])
    qtbot.mouseClick(panel.refuse_button, Qt.MouseButton.LeftButton)
    dialog = _open_dialog(panel)
    assert dialog.inputs["outcome"].currentData() == "refused"
    _ok(dialog)
    assert dialog.isVisible() and dialog.errors["reasons"].isVisibleTo(dialog)
    assert dialog.errors["reasons"].text() == "Required."
    assert _events(page, prepared["b"]) == before and prepared["b"] in [r.case_no for r in panel.rows]
    dialog.reject()
    # Return with a reason: back to review.
    _select(panel, prepared["c"])
    qtbot.keyClick(panel.table, Qt.Key.Key_F6)
    dialog = _open_dialog(panel)
    type_chinese(dialog.inputs["reason"], "缺少经营场所核查记录")
    _ok(dialog)
    qtbot.waitUntil(lambda: prepared["c"] not in [r.case_no for r in panel.rows], timeout=3000)
    assert page.desk.case_detail(prepared["c"]).state.status == "reviewing"
    assert page.tabs.tabText(0) == f"Sign-off ({len(panel.rows)})"
    window.close()
    ctl.shut_down()


def test_extension_absence_and_conflict(qtbot, demo_dir: Path, prepared) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = _open_desk(qtbot, demo_dir)
    extensions = page.extensions
    [request] = extensions.rows
    page.tabs.setCurrentWidget(extensions)
    extensions.table.selectRow(0)
    qtbot.mouseClick(extensions.approve_button, Qt.MouseButton.LeftButton)
    assert extensions.rows == [] and page.desk.case_detail(request.case_no).state.extension_days == 10
    assert page.tabs.tabText(1) == "Extensions (0)"
    # The clerk's absence: refusing needs a note, approving does not.
    absence = page.absences
    page.tabs.setCurrentWidget(absence)
    [waiting] = absence.rows
    assert waiting.staff_name == "王晓堃"
    absence.table.selectRow(0)
    qtbot.mouseClick(absence.refuse_button, Qt.MouseButton.LeftButton)
    assert absence.note_error.isVisibleTo(absence) and absence.rows == [waiting]
    qtbot.mouseClick(absence.approve_button, Qt.MouseButton.LeftButton)
    assert absence.rows == [] and page.desk.absences_waiting() == []
    # The conflict: the refusal made on the other counter stands.
    conflicts = page.conflicts
    page.tabs.setCurrentWidget(conflicts)
    assert [line[0].case_no for line in conflicts.lines] == [prepared["conflict"]] * 2
    row = next(i for i, (_c, rival) in enumerate(conflicts.lines) if rival.label == "decided:refused")
    assert conflicts.table.item(row, 3).text() == "Refuse (不予许可)" and conflicts.table.item(row, 4).text() == "郭𠇔"
    conflicts.table.selectRow(row)
    qtbot.mouseClick(conflicts.keep_button, Qt.MouseButton.LeftButton)
    assert conflicts.lines == []
    settled = case_queries.case_detail(page.desk.counter.local(), prepared["conflict"], page.desk.today())
    assert not settled.state.has_conflict and settled.state.outcome == "refused"
    window.close()
    ctl.shut_down()


def test_the_board_shows_the_red_and_yellow_cases(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = _open_desk(qtbot, demo_dir)
    board = page.board
    page.tabs.setCurrentWidget(board)
    desk = page.desk
    for level, colour in ((WarningLevel.RED, "#ffd6d6"), (WarningLevel.YELLOW, "#fff3c4")):
        expected = [r.case_no for r in list_cases(desk.counter.local(), desk.who,
                                                  CaseFilter(Scope.DEPARTMENT, warning=level), desk.today())]
        table = board.tables[level]
        shown = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert shown == expected and shown
        assert table.item(0, 1).background().color().name() == colour
        assert board.counts[level].text().endswith(f": {len(expected)}")
    assert page.tabs.tabText(page.tabs.indexOf(page.seals)) == "Seals"
    seals = page.seals
    assert seals.table.rowCount() == 1 and seals.table.item(0, 3).text() == "张建军"
    qtbot.waitUntil(lambda: seals.report is not None, timeout=10_000)
    assert seals.table.item(0, 5).text() == "✔ intact" and seals.badge.property("state") == "intact"
    window.close()
    ctl.shut_down()


@pytest.mark.parametrize("code", ["S0101", "S9001"])
def test_only_chiefs_see_the_desk(qtbot, demo_dir: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, code)
    with pytest.raises(LookupError):
        page_named(window, "chiefDeskPage")
    assert "Chief's desk" not in [window.nav.item(i).text() for i in range(window.nav.count())]
    window.close()
    ctl.shut_down()
