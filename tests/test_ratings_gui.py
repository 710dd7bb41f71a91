"""Ratings through the window: from the case detail (F4, keys 1–5), on the ratings page, and the chief
representative following a bad rating up on the desk."""

from __future__ import annotations

from pathlib import Path

from chief_cases import accepted
from gui_helpers import open_main_window, page_named, type_chinese
from PySide6.QtCore import Qt
from rating_helpers import consultation
from sqlalchemy import select
from staffing import staff_session

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.clock import utc_now
from counter_app.services import follow_ups, ratings
from counter_app.store.models import Rating
from counter_app.ui.chief_desk.follow_up_dialog import FollowUpDialog
from counter_app.ui.ratings.rating_dialog import RatingDialog


def _prepare(demo_dir: Path, name: str = "钱多多", seq: str = "501") -> str:
    """A case S0101 accepted just now."""
    counter = Counter(config.resolve(str(demo_dir)))
    try:
        return accepted(counter, "S0101", "SCJG-001", utc_now(), name, seq)
    finally:
        counter.close()


def _show_case(qtbot, window, case_no: str):  # type: ignore[no-untyped-def]
    page = page_named(window, "casesPage")
    window.nav.setCurrentRow(window.stack.indexOf(page))
    page.refresh(case_no)
    assert page.current_case_no() == case_no
    return page


def _levels(page) -> list[Rating]:  # type: ignore[no-untyped-def]
    with page.desk.counter.local() as uow:
        return list(uow.session.scalars(select(Rating).order_by(Rating.occurred_at)))


def test_rating_a_case_from_its_detail(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_no = _prepare(demo_dir)
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = _show_case(qtbot, window, case_no)
    panel = page.rating_panel
    assert panel.isVisibleTo(page) and panel.state.text() == "Rating: not rated yet"
    assert panel.rate_button.isVisibleTo(page) and "F4" in panel.rate_button.text()
    before = len(_levels(page))
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    dialog = panel.dialog
    assert isinstance(dialog, RatingDialog) and dialog.isVisible() and case_no in dialog.windowTitle()
    with qtbot.waitActive(dialog):
        pass
    # Saving with no level chosen: the message stands by the levels, nothing is saved.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["level"].isVisibleTo(dialog)
    assert dialog.errors["level"].text() == "Required." and len(_levels(page)) == before
    # A comment with a control character is refused next to the comment.
    qtbot.keyClick(dialog.levels[4], Qt.Key.Key_4)
    assert dialog.level() == 4 and dialog.hint.text() == ""
    type_chinese(dialog.comment, "办得快\x07")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.errors["level"].isVisibleTo(dialog)
    assert dialog.errors["comment"].text() == "Contains invisible control characters; retype it."
    dialog.comment.clear()
    type_chinese(dialog.comment, "排队太久")
    qtbot.keyClick(dialog.levels[4], Qt.Key.Key_2)  # the applicant changes their mind: 2
    assert dialog.level() == 2 and "follows it up" in dialog.hint.text()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [rating] = [r for r in _levels(page)[before:]]
    assert (rating.level, rating.data["comment"], rating.data["bad"]) == (2, "排队太久", True)
    assert panel.state.text() == "Rating: 2 Dissatisfied" and not panel.rate_button.isVisibleTo(page)
    assert panel.result.text().startswith("Rating saved: Dissatisfied. The chief representative follows it up by ")
    # F4 on a rated case opens nothing.
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    assert panel.dialog is dialog
    window.close()
    ctl.shut_down()


def test_a_rating_made_elsewhere_meanwhile_is_refused(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_no = _prepare(demo_dir)
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = _show_case(qtbot, window, case_no)
    dialog = page.rating_panel.rate()
    assert dialog is not None
    with qtbot.waitActive(dialog):
        pass
    colleague = staff_session(page.desk.counter, "S0102")
    assert ratings.record_rating(page.desk.counter.local(), colleague, level=5, comment="", now=utc_now(),
                                 case_no=case_no).saved
    qtbot.keyClick(dialog.levels[1], Qt.Key.Key_5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["visit"].text() == "Already rated: one rating per case or visit."
    dialog.reject()
    window.close()
    ctl.shut_down()


def test_the_ratings_page_lists_today_s_visits_and_what_was_received(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_no = _prepare(demo_dir)
    counter = Counter(config.resolve(str(demo_dir)))
    asked = consultation(counter, staff_session(counter, "S0101"), utc_now(), "食品经营许可要什么材料？", "SCJG-002")
    counter.close()
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = page_named(window, "ratingsPage")
    window.nav.setCurrentRow(window.stack.indexOf(page))
    assert {v.key for v in page.visits} == {case_no, str(asked)}
    received_before = page.received_table.rowCount()
    assert received_before >= 1 and "fairly satisfied or better" in page.summary.text()  # the demo's ratings
    row = next(i for i, v in enumerate(page.visits) if v.key == str(asked))
    page.visit_table.selectRow(row)
    qtbot.keyClick(page.visit_table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, RatingDialog) and "Consultation" in dialog.windowTitle()
    with qtbot.waitActive(dialog):
        pass
    qtbot.keyClick(dialog.levels[1], Qt.Key.Key_5)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.levels[5], Qt.Key.Key_Return)  # Enter saves
    assert [v.key for v in page.visits] == [case_no]
    assert page.received_table.rowCount() == received_before + 1
    assert page.received_table.item(0, 1).text() == "5 Very satisfied" and page.result.text() == \
        "Rating saved: Very satisfied."
    window.close()
    ctl.shut_down()


def test_the_chief_closes_a_follow_up(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    case_no = _prepare(demo_dir)
    counter = Counter(config.resolve(str(demo_dir)))
    bad = ratings.record_rating(counter.local(), staff_session(counter, "S0101"), level=1, comment="态度生硬",
                                now=utc_now(), case_no=case_no)
    counter.close()
    assert bad.saved
    ctl, window = open_main_window(qtbot, demo_dir, "S0191")
    page = page_named(window, "chiefDeskPage")
    panel = page.follow_ups
    page.tabs.setCurrentWidget(panel)
    count = len(panel.rows)
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == f"Follow-ups ({count})"
    row = next(i for i, r in enumerate(panel.rows) if r.rating_id == bad.rating_id)
    assert panel.table.item(row, 6).text() == "态度生硬" and panel.table.item(row, 2).text() == "1 Very dissatisfied"
    panel.table.selectRow(row)
    # F3: a note.
    qtbot.keyClick(panel.table, Qt.Key.Key_F3)
    note = panel.dialog
    assert isinstance(note, FollowUpDialog) and note.windowTitle() == "A note on the follow-up"
    type_chinese(note.text, "已电话回访申请人")
    with qtbot.waitSignal(note.finished, timeout=5000):
        qtbot.mouseClick(note.save_button, Qt.MouseButton.LeftButton)
    row = next(i for i, r in enumerate(panel.rows) if r.rating_id == bad.rating_id)
    assert panel.table.item(row, 7).text() == "已电话回访申请人"
    # F4: closing needs the rectification in words.
    panel.table.selectRow(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_F4)
    closing = panel.dialog
    assert closing is not note and closing.windowTitle() == "Close the follow-up: rectification done"
    qtbot.mouseClick(closing.save_button, Qt.MouseButton.LeftButton)
    assert closing.isVisible() and closing.errors["text"].text() == "Required."
    type_chinese(closing.text, "已约谈窗口人员，规范服务用语")
    with qtbot.waitSignal(closing.finished, timeout=5000):
        qtbot.mouseClick(closing.save_button, Qt.MouseButton.LeftButton)
    assert bad.rating_id not in [r.rating_id for r in panel.rows] and len(panel.rows) == count - 1
    assert page.tabs.tabText(page.tabs.indexOf(panel)) == f"Follow-ups ({count - 1})"
    assert panel.result.text().startswith("Follow-up closed: 王晓堃")
    [closed] = [r for r in follow_ups.follow_ups(page.desk.counter.local(), page.desk.who, page.desk.today(),
                                                 closed=True) if r.rating_id == bad.rating_id]
    assert closed.rectification == "已约谈窗口人员，规范服务用语" and closed.notes == ("已电话回访申请人",)
    window.close()
    ctl.shut_down()


def test_another_department_s_chief_sees_none_of_it(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0291")
    page = page_named(window, "chiefDeskPage")
    assert page.follow_ups.rows == []  # the demo's bad ratings are 市场监管's
    page.tabs.setCurrentWidget(page.follow_ups)
    qtbot.keyClick(page.follow_ups.table, Qt.Key.Key_F4)
    assert page.follow_ups.dialog is None and page.follow_ups.result.text() == "Choose a line first."
    window.close()
    ctl.shut_down()
