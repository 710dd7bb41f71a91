"""The front desk driven as a clerk would: book, check in and the intake starts with the applicant and
the item; a consultation recorded from the keyboard; the service guide printed with one key; the
administrator opens slots. The window is built from the registry with a desk whose clock stands at
NOW (Tuesday 2026-12-01, 09:30 in the hall), so the slots' times do not depend on the test's hour."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import page_named, type_chinese
from PySide6.QtCore import Qt
from staffing import NOW, staff_session
from test_intake_service import valid_id
from test_print_dialog import _arrived, pdf_queue  # noqa: F401 - the real print queue, where there is one
from test_print_documents import all_text

from counter_app.app import Counter
from counter_app.domain.appointments import AppointmentState, SlotPlan
from counter_app.services.appointment_slots import open_slots
from counter_app.services.desk import Desk
from counter_app.services.startup import CounterStatus
from counter_app.ui.main_window import MainWindow
from counter_app.ui.pages.catalogue_page import CataloguePage
from counter_app.ui.pages.registry import pages_for
from counter_app.ui.printing import guide_print, printer
from counter_app.ui.status_bar import CounterStatusBar

ID = valid_id("19900101", "123")
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, counter: Counter, code: str) -> MainWindow:  # type: ignore[no-untyped-def]
    desk = Desk(counter, staff_session(counter, code), clock=lambda: NOW)
    status = CounterStatusBar(CounterStatus("二七区行政服务中心", "C01", True, False, False, NOW))
    window = MainWindow(desk.who, status, pages_for(desk), "en")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.findChild(object, "recordConsultation") is not None, timeout=2000)
    return window


def _open_slot(counter: Counter) -> None:
    plan = SlotPlan(dt.date(2026, 12, 1), dt.date(2026, 12, 1), "14:00", "15:00", 30, 2)
    assert open_slots(counter, staff_session(counter, "S9001"), "SCJG-003", 1, plan, NOW).saved


def test_book_then_check_in_and_the_intake_starts_with_the_applicant_and_item(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    _open_slot(demo_counter)
    window = _window(qtbot, demo_counter, "S0101")
    page = page_named(window, "appointmentsPage")
    window.nav.setCurrentRow(window.stack.indexOf(page))
    row = next(r for r, s in enumerate(page.slots) if s.item_code == "SCJG-003")
    page.slot_table.selectRow(row)
    # A booking without a name is refused next to the field; nothing is booked.
    dialog = page.open_booking()
    qtbot.keyClicks(dialog.phone, "13812345678")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors["name"].text() == "Required."
    assert not page.rows or all(r.name != "郭𠇔" for _s, r in page.rows)
    type_chinese(dialog.name, "郭𠇔")
    qtbot.keyClicks(dialog.id_number, ID)
    dialog.by_phone.setChecked(True)
    with qtbot.waitSignal(dialog.booked):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert page.select_booking("郭𠇔")
    booked_row = page.booking_table.currentRow()
    assert page.booking_table.item(booked_row, 4).text() == ID[:6] + "********" + ID[-4:]  # masked in the list
    assert page.booking_table.item(booked_row, 5).text() == "By phone"
    slot_row = next(r for r, s in enumerate(page.slots) if s.item_code == "SCJG-003")
    assert page.slot_table.item(slot_row, 3).text() == "1 / 2"
    # Ctrl+I checks in: the intake page comes forward with the applicant and the item filled in.
    qtbot.keyClick(page.booking_table, Qt.Key.Key_I, CTRL)
    intake = page_named(window, "intakePage")
    assert window.stack.currentWidget() is intake
    fields = intake.applicant.fields
    assert (fields["name"].edit.text(), fields["id_number"].edit.text(), fields["phone"].edit.text()) == (
        "郭𠇔", ID, "13812345678")
    assert intake.picker.current is not None and intake.picker.current.code == "SCJG-003"
    assert intake.checklist.table.rowCount() == 7
    intake.checklist.mark_all_provided()
    with qtbot.waitSignal(intake.case_saved) as saved:
        qtbot.keyClick(intake, Qt.Key.Key_F5)
    page.refresh()
    (slot, booked), = [(s, r) for s, r in page.rows if r.name == "郭𠇔"]
    assert booked.state is AppointmentState.CHECKED_IN and booked.case_no == saved.args[0]
    window.close()


def test_a_consultation_is_recorded_from_the_keyboard(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_counter, "S0101")
    page = page_named(window, "consultationsPage")
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F2)  # from any page
    assert window.stack.currentWidget() is page and page.question.hasFocus()
    qtbot.keyClick(page.question, Qt.Key.Key_Return, CTRL)  # nothing typed: the question is required
    assert page.errors["question"].text() == "Required." and page.table.rowCount() == 0
    type_chinese(page.question, "食品经营许可要带哪些材料")
    qtbot.keyClick(page.question, Qt.Key.Key_Tab)
    assert page.picker.search.hasFocus()
    qtbot.keyClicks(page.picker.search, "spjy")
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert page.picker.current is not None and page.picker.current.code == "SCJG-002"
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return, CTRL)
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "Answered"
    assert page.question.hasFocus() and page.question.text() == ""
    # A referral to a colleague, by staff code.
    type_chinese(page.question, "签批进度")
    page.outcomes[page.outcome().REFERRED].setChecked(True)
    qtbot.keyClicks(page.referred_to.lineEdit(), "s0191")
    qtbot.keyClick(page.question, Qt.Key.Key_Return, CTRL)
    assert page.table.rowCount() == 2 and page.table.item(0, 4).text() == "张建军"
    # Taken over: the intake starts with the item (Ctrl+T).
    type_chinese(page.question, "个体户登记")
    qtbot.keyClicks(page.picker.search, "SCJG-001")
    qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    page.outcomes[page.outcome().TAKEN_OVER].setChecked(True)
    qtbot.keyClick(page.question, Qt.Key.Key_Return, CTRL)
    assert page.table.rowCount() == 3 and not page.intake_button.isHidden()
    qtbot.keyClick(page.question, Qt.Key.Key_T, CTRL)
    intake = page_named(window, "intakePage")
    assert window.stack.currentWidget() is intake and intake.picker.current.code == "SCJG-001"
    window.close()


def test_the_guide_prints_from_the_catalogue_with_one_key(qtbot, demo_counter: Counter, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    sent: list[tuple[bytes, str, int]] = []
    monkeypatch.setattr(printer, "default_printer", lambda preferred="": "HallPrinter")
    monkeypatch.setattr(printer, "send_to_printer", lambda pdf, name, copies, title: sent.append((pdf, name, copies)))
    window = _window(qtbot, demo_counter, "S0101")
    page = page_named(window, "cataloguePage")
    window.nav.setCurrentRow(window.stack.indexOf(page))
    qtbot.keyClicks(page.search, "ggcswsxk")  # 公共场所卫生许可 by its initials
    assert page.current_item().code == "WJW-001"
    qtbot.keyClick(page.search, Qt.Key.Key_P, CTRL)
    assert len(sent) == 1 and sent[0][1:] == ("HallPrinter", 1)
    text = all_text(sent[0][0])
    assert "办事指南" in text and "公共场所卫生许可" in text and "WJW-001" in text
    assert "HallPrinter" in page.guide_status.text()
    # The preview shows it and saves a PDF.
    qtbot.keyClick(page.search, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.guide.dialog
    assert dialog is not None and dialog.pdf_document is not None and dialog.pdf_document.pageCount() >= 2
    assert dialog.save_pdf_to(tmp_path / "guide.pdf") and "公共场所卫生许可" in all_text((tmp_path / "guide.pdf").read_bytes())
    window.close()


def test_the_guide_arrives_at_a_real_print_queue(qtbot, demo_counter: Counter, pdf_queue) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    folder, before = pdf_queue
    demo_counter.config.settings.printer = "CounterPDF"
    desk = Desk(demo_counter, staff_session(demo_counter, "S0101"), clock=lambda: NOW)
    page = CataloguePage(desk.catalogue(), desk=desk)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.search, "SCJG-002")
    with qtbot.waitSignal(page.guide.printed):
        assert page.print_guide()
    _arrived(folder, before)


def test_the_administrator_opens_slots_from_the_page(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_counter, "S9001")
    page = page_named(window, "appointmentsPage")
    assert "open" in page.buttons and "book" not in page.buttons
    window.nav.setCurrentRow(window.stack.indexOf(page))
    page.set_day(dt.date(2026, 12, 2))
    dialog = page.open_slots()
    item = next(i for i in dialog.picker.items if i.code == "SCJG-003")
    dialog.picker.choose(item)
    assert [dialog.window_box.itemData(i) for i in range(dialog.window_box.count())] == [1, 2, 11]
    dialog.capacity.setValue(100)
    with qtbot.waitSignal(dialog.finished_saving, timeout=10_000) as done:
        dialog.save()
    assert not done.args[0].saved and dialog.errors["capacity"].text() == "From 0 (closes the slots) to 99 applicants."
    dialog.capacity.setValue(4)
    dialog.last_day.setDate(dialog.first_day.date())
    with qtbot.waitSignal(dialog.finished_saving, timeout=10_000) as done:
        dialog.save()
    assert done.args[0].saved and done.args[0].opened == 6  # 09:00 to 12:00 in half hours
    ours = [s for s in page.slots if s.item_code == "SCJG-003"]
    assert len(ours) == 6 and page.slot_table.rowCount() >= 6
    window.close()


@pytest.mark.parametrize("code, pages", [("S0101", {"appointmentsPage", "consultationsPage"}),
                                          ("S9001", {"appointmentsPage", "consultationsPage"})])
def test_the_pages_are_there_for_whom_they_serve(qtbot, demo_counter: Counter, code: str,  # type: ignore[no-untyped-def]
                                                 pages: set[str]) -> None:
    desk = Desk(demo_counter, staff_session(demo_counter, code), clock=lambda: NOW)
    names = {page.objectName() for _title, page in pages_for(desk)}
    assert pages <= names
    for _title, page in pages_for(desk):
        qtbot.addWidget(page)
    assert guide_print.guide_pdf(desk, "NO-SUCH") is None
