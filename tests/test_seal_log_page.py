"""The seal log page and the print dialog's stamping offer, driven as the chief representative would."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.documents import DocumentKind
from counter_app.domain.intake import IntakeDecision
from counter_app.services.desk import Desk
from counter_app.services.intake import take_in
from counter_app.ui.pages.seal_log_page import SealLogPage
from counter_app.ui.printing.document_dialog import DocumentDialog

SEAL = "SCJG-SP01"


def _desk(counter: Counter, code: str) -> Desk:
    return Desk(counter, staff_session(counter, code), clock=lambda: NOW)


def _accepted(counter: Counter) -> str:
    return take_in(counter.local(), staff_session(counter, "S0191"), _form(), IntakeDecision.ACCEPT, NOW).case_no


def test_the_chief_prints_and_stamps_in_one_step(qtbot, demo_counter: Counter, tmp_path: Path) -> None:
    desk = _desk(demo_counter, "S0191")
    dialog = DocumentDialog(desk, _accepted(demo_counter), DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert dialog.stamp_box.isVisibleTo(dialog) and dialog.stamp_box.isChecked()
    dialog.stamp_box.impressions.setValue(2)
    with qtbot.waitSignal(dialog.printed) as printed:
        assert dialog.save_pdf_to(tmp_path / "a.pdf")
    lines = desk.seal_entries(SEAL, dt.date(2026, 12, 1))
    assert [(x.document_no, x.impressions) for x in lines] == [(printed.args[0], 2)]


def test_a_clerk_is_not_offered_the_seal(qtbot, demo_counter: Counter) -> None:
    case_no = take_in(demo_counter.local(), staff_session(demo_counter, "S0101"), _form(), IntakeDecision.ACCEPT,
                      NOW).case_no
    dialog = DocumentDialog(_desk(demo_counter, "S0101"), case_no, DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert not dialog.stamp_box.isVisibleTo(dialog) and dialog.stamp_box.request() is None


def test_a_bad_stamping_in_the_dialog_saves_neither(qtbot, demo_counter: Counter, tmp_path: Path) -> None:
    desk = _desk(demo_counter, "S0191")
    case_no = _accepted(demo_counter)
    dialog = DocumentDialog(desk, case_no, DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    dialog.stamp_box.purpose.setText("")
    assert not dialog.save_pdf_to(tmp_path / "a.pdf")
    assert not dialog.stamp_box.errors["purpose"].isHidden()
    assert desk.print_history(case_no) == [] and not (tmp_path / "a.pdf").exists()


def _printed_by_clerk(counter: Counter) -> str:
    from counter_app.services import printing

    case_no = take_in(counter.local(), staff_session(counter, "S0101"), _form(), IntakeDecision.ACCEPT, NOW).case_no
    return printing.record_print(counter.local(), staff_session(counter, "S0101"), case_no, DocumentKind.ACCEPTANCE,
                                 copies=2, destination="printer", target="HP", now=NOW).document.number


def test_the_page_logs_a_stamping_and_shows_an_intact_chain(qtbot, demo_counter: Counter) -> None:
    page = SealLogPage(_desk(demo_counter, "S0191"))
    qtbot.addWidget(page)
    assert page.seal.currentData() == SEAL
    qtbot.waitUntil(lambda: page.badge.report is not None)  # checked off the UI thread
    assert page.badge.property("state") == "intact"
    number = _printed_by_clerk(demo_counter)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    page.document_no.setFocus()
    page.document_no.setText(number)  # scanned or typed: the number as printed
    page.stamp_box.purpose.setText("受理通知书")
    with qtbot.waitSignal(page.stamped):
        qtbot.keyClick(page.document_no, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == number
    assert "entry 1" in page.result.text()


def test_the_page_refuses_blank_paper_and_bad_fields_next_to_them(qtbot, demo_counter: Counter) -> None:
    page = SealLogPage(_desk(demo_counter, "S0191"))
    qtbot.addWidget(page)
    page.document_no.setText("二七市监审受字〔2026〕第C01-9999号")
    page.stamp_box.impressions.setValue(1)
    page.stamp_box.purpose.setText("")
    assert not page.log_stamping()
    assert "printed" in page.result.text().lower()
    assert not page.stamp_box.errors["purpose"].isHidden()
    assert page.table.rowCount() == 0


def test_the_badge_names_tampering(qtbot, demo_counter: Counter) -> None:
    desk = _desk(demo_counter, "S0191")
    for _ in range(3):
        number = _printed_by_clerk(demo_counter)
        from counter_app.services.stamping import StampRequest

        assert desk.record_stamping(number, StampRequest(SEAL, 1, "受理通知书")).saved
    demo_counter.close()
    db = sqlite3.connect(demo_counter.config.local_store_path)
    db.execute("DROP TRIGGER seal_stamping_no_update")
    db.execute("UPDATE seal_stamping SET impressions = 5 WHERE chain_seq = 2")
    db.commit()
    db.close()
    page = SealLogPage(desk)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.badge.report is not None)
    assert page.badge.property("state") == "broken"
    assert "entry 2" in page.badge.text() and "edited" in page.badge.text()


def test_the_daily_register_prints_the_day_with_its_chain_head(qtbot, demo_counter: Counter, tmp_path: Path) -> None:
    desk = _desk(demo_counter, "S0191")
    from counter_app.services.stamping import StampRequest

    number = _printed_by_clerk(demo_counter)
    assert desk.record_stamping(number, StampRequest(SEAL, 2, "受理通知书")).saved
    page = SealLogPage(desk)
    qtbot.addWidget(page)
    dialog = page.open_register()
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "register.pdf")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "register.pdf").pages).replace("\n", "")
    head = desk.daily_register(SEAL, dt.date(2026, 12, 1)).heads[0].hash
    assert number in text and head in text  # a long number wraps in its cell


def test_the_hall_administrator_hands_over_custody_in_the_register(qtbot, demo_counter: Counter) -> None:
    page = SealLogPage(_desk(demo_counter, "S9001"))
    qtbot.addWidget(page)
    assert page.admin_button.isVisibleTo(page)
    dialog = page.open_seal_register()
    qtbot.addWidget(dialog)
    codes = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    dialog.table.selectRow(codes.index(SEAL))
    dialog.custodian_a.setText("S0192")
    assert not dialog.change_custody()  # no reason given
    assert not dialog.errors["reason"].isHidden()
    dialog.reason.setText("A角轮岗")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.change_custody()
    row = codes.index(SEAL)
    assert dialog.table.item(row, 4).text() == "郭𠇔" and dialog.table.item(row, 5).text() == ""


def test_the_register_is_not_offered_to_a_chief(qtbot, demo_counter: Counter) -> None:
    page = SealLogPage(_desk(demo_counter, "S0191"))
    qtbot.addWidget(page)
    assert not page.admin_button.isVisibleTo(page)
