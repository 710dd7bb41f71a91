"""Agency help from the case detail (代办帮办), driven as a clerk would: start it with Ctrl+H, the note's
error next to it, the record, the cases I help with; a chief representative puts a clerk in."""

from __future__ import annotations

from gui_helpers import type_chinese
from hall_counters import accept_cases
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.services.desk import Desk
from counter_app.ui.pages.cases_page import CasesPage


def _page(qtbot, counter: Counter, code: str) -> CasesPage:  # type: ignore[no-untyped-def]
    page = CasesPage(Desk(counter, staff_session(counter, code), clock=lambda: NOW))
    qtbot.addWidget(page)
    page.resize(1200, 760)  # as in the main window
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def _ctrl_h(widget) -> None:  # type: ignore[no-untyped-def]
    key = QKeySequence("Ctrl+H")[0]
    QTest.keyClick(widget, key.key(), key.keyboardModifiers())


def _listed(page: CasesPage) -> list[str]:
    return [r.case_no for r in page.model.rows]


def test_a_clerk_starts_agency_help_from_the_case_detail(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    [case_no] = accept_cases(demo_counter, staff_session(demo_counter, "S0101"), 1)
    page = _page(qtbot, demo_counter, "S0101")
    page.refresh(case_no)
    panel = page.help_panel
    assert page.current_case_no() == case_no and panel.isVisible() and panel.case_no == case_no
    assert panel.state.text().startswith("No agency help.")
    assert panel.start_button.isVisible() and not panel.end_button.isVisible()
    assert not panel.helper.isVisible()  # a clerk helps only as themselves
    _ctrl_h(page.table)
    assert panel.errors["note"].text() == "Required." and panel.errors["case"].isHidden()
    type_chinese(panel.note, "申请人年逾七旬，行动不便，代为办理")
    _ctrl_h(panel.note)
    assert panel.errors["note"].isHidden()
    assert panel.state.text() == "Helped by 王晓堃 (S0101) since 2026-12-01 09:30"
    assert "申请人年逾七旬，行动不便，代为办理" in panel.record.text() and "started" in panel.record.text()
    assert not panel.start_button.isVisible() and panel.note_button.isVisible() and panel.end_button.isVisible()
    assert page.current_case_no() == case_no
    # The cases I help with: this one among them, with its state and deadline.
    page.scope.setCurrentIndex(page.scope.findData("helping"))
    assert page.scope.currentText() == "Cases I help with (agency help)"
    assert case_no in _listed(page)
    row = next(r for r in page.model.rows if r.case_no == case_no)
    assert row.status == "undertaking" and row.step_due is not None
    # A note, then the end: the case leaves the list.
    page.refresh(case_no)
    type_chinese(panel.note, "电话告知申请人领证时间")
    _ctrl_h(panel.note)
    type_chinese(panel.note, "已代为领取并送达")
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert case_no not in _listed(page)


def test_a_colleague_sees_the_help_and_a_chief_puts_a_clerk_in(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    first, second = accept_cases(demo_counter, staff_session(demo_counter, "S0101"), 2)
    chief = _page(qtbot, demo_counter, "S0191")
    chief.scope.setCurrentIndex(chief.scope.findData("department"))
    chief.refresh(first)
    panel = chief.help_panel
    assert panel.helper.isVisible() and panel.helper.itemData(0) == "S0191"
    panel.helper.setCurrentIndex(panel.helper.findData("S0102"))
    type_chinese(panel.note, "申请人为视障人士")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert all(label.isHidden() for label in panel.errors.values())
    assert panel.state.text().startswith("Helped by 周䶮 (S0102)")
    assert panel.note_button.isVisible()  # the chief representative notes and ends it too
    chief.close()

    clerk = _page(qtbot, demo_counter, "S0101")
    clerk.refresh(first)
    panel = clerk.help_panel
    assert panel.isVisible() and panel.state.text().startswith("Helped by 周䶮 (S0102)")
    assert not (panel.start_button.isVisible() or panel.note_button.isVisible() or panel.note.isVisible())
    clerk.refresh(second)
    assert panel.case_no == second and panel.start_button.isVisible()
