"""The case queue and the chain, driven through the window: filters, search, steps in dialogs."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import open_main_window, page_named, type_chinese, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from counter_app.domain.events import EventKind


def _select(page, case_no: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, r in enumerate(page.model.rows) if r.case_no == case_no)
    page.table.selectRow(row)


def _press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_queue_is_sorted_by_deadline_with_warnings(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = window.stack.widget(1)
    dues = [r.step_due for r in page.model.rows if r.step_due]
    assert dues == sorted(dues) and dues
    index = page.model.index(0, 6)
    assert page.model.data(index) in {"Red", "Yellow", "Normal"}
    assert all("*" in page.model.data(page.model.index(i, 2)) for i in range(page.model.rowCount()))
    page.warning.setCurrentIndex(page.warning.findData("yellow"))
    assert page.model.rows and {r.warning.value for r in page.model.rows} == {"yellow"}
    window.close()
    ctl.shut_down()


def test_search_by_pinyin_from_the_keyboard(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = window.stack.widget(1)
    page.scope.setCurrentIndex(page.scope.findData("department"))
    qtbot.keyClicks(page.search, "yangfan")
    assert [r.applicant_name for r in page.model.rows] == ["杨帆"]
    page.search.clear()
    type_chinese(page.search, "杨")
    assert [r.applicant_name for r in page.model.rows] == ["杨帆"]
    window.close()
    ctl.shut_down()


def test_review_done_then_the_chief_decides(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = window.stack.widget(1)
    reviewing = next(r for r in page.model.rows if r.status == "reviewing")
    _select(page, reviewing.case_no)
    assert EventKind.DECIDED not in page.detail.buttons  # a clerk is not offered the decision
    button = page.detail.buttons[EventKind.REVIEWED]

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        type_chinese(dialog.findChild(QPlainTextEdit, "step_opinion"), "同意")
        _press_ok(dialog)

    when_dialog_opens(fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    detail = page.desk.case_detail(reviewing.case_no)
    assert detail.state.status == "awaiting_approval"
    window.log_out_action.trigger()
    ctl.shut_down()

    ctl2, chief_window = open_main_window(qtbot, demo_dir, "S0191")
    chief_page = page_named(chief_window, "casesPage")
    chief_page.scope.setCurrentIndex(chief_page.scope.findData("department"))
    _select(chief_page, reviewing.case_no)
    decide = chief_page.detail.buttons[EventKind.DECIDED]

    def refuse_without_reasons(dialog) -> None:  # type: ignore[no-untyped-def]
        outcome = dialog.inputs["outcome"]
        outcome.setCurrentIndex(outcome.findData("refused"))
        _press_ok(dialog)
        assert dialog.isVisible() and dialog.errors["reasons"].text() == "Required."
        type_chinese(dialog.inputs["reasons"], "经现场核查，经营场所不符合食品安全要求")
        _press_ok(dialog)

    when_dialog_opens(refuse_without_reasons)
    qtbot.mouseClick(decide, Qt.MouseButton.LeftButton)
    detail = chief_page.desk.case_detail(reviewing.case_no)
    assert detail.state.status == "delivering" and detail.state.outcome.value == "refused"
    assert "经现场核查" in chief_page.detail.text.toPlainText()
    chief_window.close()
    ctl2.shut_down()
