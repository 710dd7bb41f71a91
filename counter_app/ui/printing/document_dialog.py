"""The print dialog of one document (打印文书): the page as it will print, the printer, copies,
and print or save as PDF. Every print and every saved PDF is recorded as a print fact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.documents import DEFAULT_COPIES, MAX_COPIES, Document, DocumentKind
from counter_app.domain.seals import NEEDS_SEAL
from counter_app.services.desk import Desk
from counter_app.ui import tasks
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.printing import jobs, printer
from counter_app.ui.printing.labels import document_title
from counter_app.ui.printing.stamp_box import StampBox


class DocumentDialog(QDialog):
    printed = Signal(str)  # the document number

    def __init__(self, desk: Desk, case_no: str, kind: DocumentKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.desk, self.case_no, self.kind = desk, case_no, kind
        self.document: Document | None = None
        self.pdf_document = None
        self.heading = QLabel()
        self.heading.setObjectName("documentHeading")
        self.heading.setWordWrap(True)
        self.view = QPdfView(self)
        self.view.setObjectName("documentPreview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.printers = QComboBox()
        self.printers.setObjectName("printer")
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        # The spin box stops at the limit; the service refuses beyond it too (the CLI has no spin box).
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(DEFAULT_COPIES[kind])
        self.printer_error, self.copies_error = error_label("printerError"), error_label("copiesError")
        self.status = error_label("printStatus")
        self.print_button, self.save_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.setObjectName("printButton")
        self.save_button.setObjectName("savePdfButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self._ask_and_save)
        self.close_button.clicked.connect(self.reject)
        seal = desk.stamping_seal(case_no) if kind in NEEDS_SEAL else None
        self.stamp_box = StampBox(seal, document_title(kind))
        self._build()
        self._load()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Print a document"))
        self.print_button.setText(self.tr("Print (Enter)"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        side = QFormLayout()
        side.addRow(self.tr("Printer"), with_error(self.printers, self.printer_error))
        side.addRow(self.tr("Copies"), with_error(self.copies, self.copies_error))
        buttons = QVBoxLayout()
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(side)
        column.addWidget(self.stamp_box)
        column.addWidget(self.status)
        column.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.resize(920, 760)

    def _load(self) -> None:
        if not printer.offer_printers(self.printers, self.desk.preferred_printer):
            show_error(self.printer_error, self.tr("No printer is set up on this computer: save as PDF instead."),
                       translated=True)
            self.print_button.setEnabled(False)
            self.save_button.setDefault(True)
        outcome = self.desk.preview_document(self.case_no, self.kind)
        if not outcome.ok or outcome.document is None:
            self._refused(list(outcome.errors))
            return
        self._show(outcome.document)

    def _show(self, document: Document) -> None:
        self.document = document
        title = document_title(document.kind)
        text = self.tr("%1 · No. %2 · case %3").replace("%1", title).replace("%2", document.number) \
            .replace("%3", document.case_no)
        if document.reprint:
            text += " · " + self.tr("reprint (补打) of the document issued on %1").replace(
                "%1", document.issued_on.isoformat())
        self.heading.setText(text)
        try:
            pdf = self.desk.render(document)
        except Exception as error:  # noqa: BLE001 - a font or reportlab failure is shown, not raised
            self._fail(self.tr("The document cannot be made: %1").replace("%1", str(error)))
            return
        self.pdf_document = printer.load_pdf(pdf, self)
        self.view.setDocument(self.pdf_document)

    def print_now(self) -> bool:
        """Record the print (taking the number), then send it to the chosen printer."""
        name = self.printers.currentText()
        if not name:
            show_error(self.printer_error, self.tr("Choose a printer."), translated=True)
            return False
        return self._finish(jobs.print_to(self.desk, self.case_no, self.kind, name, self.copies.value(),
                                          self.stamp_box.request()))

    def save_pdf_to(self, path: Path) -> bool:
        return self._finish(jobs.save_pdf(self.desk, self.case_no, self.kind, path, self.stamp_box.request()))

    def _finish(self, result: jobs.JobResult) -> bool:
        if result.errors:
            self._refused(list(result.errors))
        elif result.failure:
            self._fail(self.tr("Not printed: %1. The print is recorded; printing again makes a reprint (补打).")
                       .replace("%1", result.failure))
        else:
            if self.stamp_box.request() is not None:
                tasks.start(tasks.Task(self.desk.push_seal_heads))  # the hall keeps the new chain head
            self.printed.emit(result.number)
            self.accept()
        return result.ok

    def _ask_and_save(self) -> None:
        suggested = f"{self.case_no}-{self.kind.value}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if chosen:
            self.save_pdf_to(Path(chosen))

    def _refused(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.code for e in self.stamp_box.show_errors(errors)}
        show_error(self.copies_error, by_field.pop("copies", None))
        if by_field:
            show_error(self.status, next(iter(by_field.values())))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)

    def _fail(self, text: str) -> None:
        show_error(self.status, text, translated=True)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter prints from anywhere in the dialog, the spin box included.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.print_button.isEnabled():
            self.print_now()
            return
        super().keyPressEvent(event)
