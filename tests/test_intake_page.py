"""The intake page driven from the keyboard: errors next to fields, F-keys decide, the queue updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import open_main_window, type_chinese
from PySide6.QtCore import Qt
from sqlalchemy import func, select
from stdnum.cn import ric

from counter_app.domain.intake import MaterialState
from counter_app.store.models import Case


def _valid_id() -> str:
    base = "41010319880502002"
    return base + ric.calc_check_digit(base + "?")


@pytest.fixture
def desk(qtbot, demo_dir: Path):  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    yield ctl, window, window.stack.widget(0)
    window.close()
    ctl.shut_down()


def _case_count(ctl) -> int:  # type: ignore[no-untyped-def]
    with ctl.counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(Case))


def _fill_applicant(qtbot, page, phone: str = "13812345678") -> None:  # type: ignore[no-untyped-def]
    type_chinese(page.applicant.fields["name"].edit, "郭𠇔")
    qtbot.keyClicks(page.applicant.fields["id_number"].edit, _valid_id())
    qtbot.keyClicks(page.applicant.fields["phone"].edit, phone)


def _pick_item(qtbot, page, query: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.picker.search, query)
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)


def test_accept_with_f5_after_marking_the_materials(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = desk
    before = _case_count(ctl)
    _fill_applicant(qtbot, page)
    assert "Born 1988-05-02" in page.applicant.id_facts.text() and "female" in page.applicant.id_facts.text()
    _pick_item(qtbot, page, "spjy")  # 食品经营许可 by its pinyin initials
    assert page.picker.current.code == "SCJG-002"
    qtbot.keyClick(page, Qt.Key.Key_F5)
    assert not page.decision_error.isHidden()
    assert "one-time notice" in page.decision_error.text()
    assert _case_count(ctl) == before
    page.checklist.mark_all_provided()
    with qtbot.waitSignal(page.case_saved, timeout=5000) as saved:
        qtbot.keyClick(page, Qt.Key.Key_F5)
    case_no = saved.args[0]
    assert case_no in page.result.text()
    assert _case_count(ctl) == before + 1
    assert page.applicant.fields["name"].edit.text() == ""  # ready for the next applicant
    cases = window.stack.widget(1)
    assert case_no in [r.case_no for r in cases.model.rows]


def test_one_time_notice_with_f6(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ctl, window, page = desk
    _fill_applicant(qtbot, page)
    _pick_item(qtbot, page, "gtgsh")  # 个体工商户
    page.checklist.set_state(0, MaterialState.PROVIDED)
    page.checklist.set_state(1, MaterialState.NONCONFORMING)
    qtbot.keyClick(page, Qt.Key.Key_F6)
    assert "Say what is wrong" in page.checklist.error.text()
    qtbot.keyClicks(page.checklist.problem_box(1), "copy unreadable")
    with qtbot.waitSignal(page.case_saved, timeout=5000) as saved:
        qtbot.keyClick(page, Qt.Key.Key_F6)
    detail = window.stack.widget(1).desk.case_detail(saved.args[0])
    assert [m["position"] for m in detail.state.correction] == [2, 3]
    # The notice is the next keystroke away: Ctrl+Shift+P previews it, with the materials to correct.
    assert not page.print_bar.isHidden() and "Ctrl+P" in page.print_bar.print_button.text()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.print_bar.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.document.case_no == saved.args[0]
    assert [m.problem for m in dialog.document.materials] == ["copy unreadable", ""]
    dialog.close()


def test_bad_input_is_shown_next_to_each_field_and_saves_nothing(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ctl, _window, page = desk
    before = _case_count(ctl)
    type_chinese(page.applicant.fields["name"].edit, "张三")
    qtbot.keyClicks(page.applicant.fields["id_number"].edit, "110101199003077777")
    qtbot.keyClicks(page.applicant.fields["phone"].edit, "1381234567a")
    qtbot.keyClick(page, Qt.Key.Key_F5)
    assert "check digit" in page.applicant.fields["id_number"].error.text()
    assert "phone" in page.applicant.fields["phone"].error.text().lower()
    assert not page.picker.error.isHidden()  # no item chosen
    assert "Not saved" in page.result.text()
    assert _case_count(ctl) == before


def test_not_accepted_needs_reasons(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    ctl, _window, page = desk
    _fill_applicant(qtbot, page)
    _pick_item(qtbot, page, "SCJG-001")
    qtbot.keyClick(page, Qt.Key.Key_F7)
    assert page.reasons_error.text() == "Required."
    type_chinese(page.reasons, "申请事项不属于本机关职权范围")
    with qtbot.waitSignal(page.case_saved, timeout=5000):
        qtbot.keyClick(page, Qt.Key.Key_F7)


def test_comprehensive_window_sees_only_its_departments_items(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9011")
    page = window.stack.widget(0)
    codes = {i.code.split("-")[0] for i in page.picker.items}
    assert codes == {"CL", "MZJ", "JYJ", "SLJ", "ZWFW"}
    assert list(page.buttons) == ["receive_for_department"]
    window.close()
    ctl.shut_down()
