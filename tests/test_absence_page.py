"""The absence page driven as A, the chief representative and B would."""

from __future__ import annotations

from PySide6.QtCore import QDate
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.services.desk import Desk
from counter_app.ui.pages.absence_page import AbsencePage


def _page(qtbot, counter: Counter, code: str) -> AbsencePage:  # type: ignore[no-untyped-def]
    page = AbsencePage(Desk(counter, staff_session(counter, code), clock=lambda: NOW))
    qtbot.addWidget(page)
    return page


def test_a_reports_the_chief_approves_b_is_told(qtbot, demo_counter: Counter) -> None:
    a = _page(qtbot, demo_counter, "S0101")
    a.start.setDate(QDate(2026, 12, 3))
    a.end.setDate(QDate(2026, 12, 4))
    a.reason.setText("年休假")
    assert a.report()
    assert a.mine.rowCount() == 1 and "waiting" in a.mine.item(0, 4).text()
    chief = _page(qtbot, demo_counter, "S0191")
    assert chief.waiting_box.isVisibleTo(chief) and chief.waiting.rowCount() == 1
    chief.waiting.selectRow(0)
    assert chief.decide(True)
    b = _page(qtbot, demo_counter, "S0102")
    assert b.covering.isVisibleTo(b) and "王晓堃" in b.covering.text() and "2026-12-03" in b.covering.text()


def test_bad_input_is_shown_next_to_the_fields(qtbot, demo_counter: Counter) -> None:
    a = _page(qtbot, demo_counter, "S0101")
    a.start.setDate(QDate(2026, 11, 30))
    a.end.setDate(QDate(2026, 11, 29))
    assert not a.report()
    for name in ("start", "end", "reason"):
        assert not a.errors[name].isHidden()
    assert a.mine.rowCount() == 0


def test_a_same_day_report_is_marked_late_and_a_refusal_needs_a_note(qtbot, demo_counter: Counter) -> None:
    a = _page(qtbot, demo_counter, "S0101")
    a.start.setDate(QDate(2026, 12, 1))
    a.end.setDate(QDate(2026, 12, 1))
    a.reason.setText("病假")
    assert a.report() and "late" in a.result.text()
    chief = _page(qtbot, demo_counter, "S0191")
    assert not chief.decide(False)  # nothing chosen
    chief.waiting.selectRow(0)
    assert not chief.decide(False) and not chief.errors["note"].isHidden()
    chief.note.setText("窗口人手不足")
    assert chief.decide(False)
    assert chief.waiting_box.isHidden() or chief.waiting.rowCount() == 0
