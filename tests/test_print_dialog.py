"""Printing from the interface: the preview, save as PDF, a real print queue, the one-key print."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.documents import DocumentKind
from counter_app.domain.intake import IntakeDecision
from counter_app.services.desk import Desk
from counter_app.services.intake import take_in
from counter_app.ui.pages.cases_page import CasesPage
from counter_app.ui.printing import printer
from counter_app.ui.printing.document_dialog import DocumentDialog
from counter_app.ui.printing.print_bar import PrintBar

QUEUE = "CounterPDF"


def _desk(counter: Counter, code: str = "S0101") -> Desk:
    return Desk(counter, staff_session(counter, code), clock=lambda: NOW)


def _accepted(counter: Counter) -> str:
    result = take_in(counter.local(), staff_session(counter, "S0101"), _form(), IntakeDecision.ACCEPT, NOW)
    assert result.case_no is not None
    return result.case_no


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_preview_shows_the_document_and_saving_records_a_print(qtbot, demo_counter: Counter,
                                                                   tmp_path: Path) -> None:
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    dialog = DocumentDialog(desk, case_no, DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert dialog.pdf_document is not None and dialog.pdf_document.status() == QPdfDocument.Status.Ready
    assert dialog.pdf_document.pageCount() >= 1
    assert dialog.document is not None and dialog.document.number in dialog.heading.text()
    assert dialog.copies.value() == 2
    with qtbot.waitSignal(dialog.printed) as printed:
        assert dialog.save_pdf_to(tmp_path / "notice.pdf")
    text = _text(tmp_path / "notice.pdf")
    assert printed.args[0] in text and case_no in text
    history = desk.print_history(case_no)
    assert [(h.destination, h.document_no) for h in history] == [("pdf", printed.args[0])]


def test_a_reprint_is_announced_in_the_dialog(qtbot, demo_counter: Counter, tmp_path: Path) -> None:
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    first = DocumentDialog(desk, case_no, DocumentKind.RECEIPT)
    qtbot.addWidget(first)
    assert first.save_pdf_to(tmp_path / "first.pdf")
    again = DocumentDialog(desk, case_no, DocumentKind.RECEIPT)
    qtbot.addWidget(again)
    assert again.document is not None and again.document.reprint
    assert "补打" in again.heading.text()
    assert again.save_pdf_to(tmp_path / "again.pdf")
    assert "补打" in _text(tmp_path / "again.pdf")


def test_a_document_the_case_lacks_is_refused_with_a_message(qtbot, demo_counter: Counter) -> None:
    dialog = DocumentDialog(_desk(demo_counter), _accepted(demo_counter), DocumentKind.NON_ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert not dialog.status.isHidden() and dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.pdf_document is None


def test_an_unwritable_file_is_reported_next_to_the_buttons(qtbot, demo_counter: Counter, tmp_path: Path) -> None:
    dialog = DocumentDialog(_desk(demo_counter), _accepted(demo_counter), DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert not dialog.save_pdf_to(tmp_path / "no-such-folder" / "x.pdf")
    assert not dialog.status.isHidden() and "reprint" in dialog.status.text()


def test_the_case_page_offers_the_case_documents(qtbot, demo_counter: Counter) -> None:
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    page = CasesPage(desk)
    qtbot.addWidget(page)
    page.refresh(case_no)
    names = [a.objectName() for a in page.detail.print_menu.actions()]
    assert names == ["print_acceptance", "print_receipt"]
    dialog = page.open_document(DocumentKind.RECEIPT)
    qtbot.addWidget(dialog)
    assert dialog.document is not None and dialog.document.case_no == case_no


def _queue_ready() -> bool:
    return QUEUE in printer.printer_names()


def _cups_pdf_dir() -> Path:
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text().splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", os.path.expanduser("~")))


@pytest.fixture
def pdf_queue():  # type: ignore[no-untyped-def]
    if not _queue_ready():
        if os.environ.get("COUNTER_REQUIRE_PRINTER") == "1":
            pytest.fail(f"print queue {QUEUE} is missing: run scripts/print-queue.sh")
        pytest.skip(f"no print queue {QUEUE} (scripts/print-queue.sh adds one)")
    folder = _cups_pdf_dir()
    # cups-pdf names a file after the job's title: a second run prints the same title over the old file.
    return folder, {p: p.stat().st_mtime_ns for p in folder.glob("*.pdf")} if folder.exists() else {}


def _arrived(folder: Path, before: dict[Path, int]) -> Path:
    """The file a job made: a new one, or one written again since (cups-pdf reuses a title's name)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = [p for p in folder.glob("*.pdf") if p.stat().st_mtime_ns != before.get(p)] if folder.exists() else []
        if new and new[0].stat().st_size > 0 and not subprocess.run(["lpstat", "-o", QUEUE], capture_output=True,
                                                                    text=True).stdout.strip():
            return new[0]
        time.sleep(0.25)
    raise AssertionError(f"no job arrived in {folder}")


def _decoded_qr(pdf: Path, tmp_path: Path) -> str:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    png = next(tmp_path.glob("page*.png"))
    return subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True).stdout.strip()


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
def test_a_notice_printed_through_qprinter_arrives_at_the_queue(qtbot, demo_counter: Counter, pdf_queue,
                                                                tmp_path: Path) -> None:
    folder, before = pdf_queue
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    dialog = DocumentDialog(desk, case_no, DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    dialog.printers.setCurrentText(QUEUE)
    dialog.copies.setValue(1)
    with qtbot.waitSignal(dialog.printed):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter prints
    arrived = _arrived(folder, before)
    assert len(PdfReader(arrived).pages) == dialog.pdf_document.pageCount()
    assert _decoded_qr(arrived, tmp_path) == case_no
    assert [(h.destination, h.target, h.copies) for h in desk.print_history(case_no)] == [("printer", QUEUE, 1)]


def test_one_key_prints_the_decision_document_at_once(qtbot, demo_counter: Counter, pdf_queue) -> None:
    folder, before = pdf_queue
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    bar = PrintBar(desk)
    qtbot.addWidget(bar)
    bar.offer(case_no, DocumentKind.ACCEPTANCE)
    with qtbot.waitSignal(bar.printed) as printed:
        bar.print_at_once()
    assert re.search(r"审受字〔2026〕", printed.args[0])
    _arrived(folder, before)
    assert printed.args[0] in bar.status.text()


def test_a_bad_font_in_the_settings_is_reported_and_takes_no_number(qtbot, demo_counter: Counter,
                                                                    tmp_path: Path) -> None:
    demo_counter.config.settings.print_font = str(tmp_path / "no-such-font.ttf")
    desk = _desk(demo_counter)
    case_no = _accepted(demo_counter)
    dialog = DocumentDialog(desk, case_no, DocumentKind.ACCEPTANCE)
    qtbot.addWidget(dialog)
    assert "no-such-font.ttf" in dialog.status.text() and not dialog.status.isHidden()
    assert dialog.pdf_document is None
    assert desk.print_history(case_no) == []


def test_fonts_are_prepared_ahead_of_the_first_print(demo_counter: Counter, tmp_path: Path) -> None:
    assert _desk(demo_counter).prepare_printing()
    demo_counter.config.settings.print_font = str(tmp_path / "gone.ttf")
    assert not _desk(demo_counter).prepare_printing()  # the dialog says why, later
