"""Printing an item's service guide (办事指南) for the applicant: one key prints it at once on the
counter's printer (Ctrl+P), the preview (Ctrl+Shift+P) picks printer and copies or saves a PDF.

The guide is no case document: it takes no number and records no print fact.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
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

from counter_app.domain.documents import MAX_COPIES
from counter_app.services.desk import Desk
from counter_app.services.service_guide import service_guide
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.printing import printer


def guide_pdf(desk: Desk, item_code: str) -> bytes | None:
    """The guide's PDF, set in the font the settings name; None for an item not in the catalogue."""
    from counter_app.printing.service_guide import render_guide

    guide = service_guide(desk.counter, item_code, desk.today())
    if guide is None:
        return None
    return render_guide(guide, font_path=desk.counter.config.settings.print_font or None)


class GuidePrinter(QObject):
    """Prints the guide of whatever item its owner has chosen; reports in words (said)."""

    said = Signal(str, bool)  # the message, whether it is an error
    printed = Signal(str)  # the printer's name, or the PDF's path

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog: GuideDialog | None = None

    def print_at_once(self, item_code: str | None) -> bool:
        if not item_code:
            self.said.emit(self.tr("Choose an item first."), True)
            return False
        name = printer.default_printer(self.desk.preferred_printer)
        if not name:
            self.open_preview(item_code)  # no printer here: the dialog offers a PDF instead
            return False
        try:
            pdf = guide_pdf(self.desk, item_code)
            if pdf is None:
                self.said.emit(self.tr("The item is not in the catalogue."), True)
                return False
            printer.send_to_printer(pdf, name, 1, self.tr("Service guide %1").replace("%1", item_code))
        except Exception as error:  # noqa: BLE001 - a font, reportlab or printer failure is shown, not raised
            self.said.emit(self.tr("The service guide was not printed: %1").replace("%1", str(error)), True)
            return False
        self.said.emit(self.tr("Service guide of %1 printed on %2.").replace("%1", item_code).replace("%2", name), False)
        self.printed.emit(name)
        return True

    def open_preview(self, item_code: str | None) -> GuideDialog | None:
        if not item_code:
            self.said.emit(self.tr("Choose an item first."), True)
            return None
        parent = self.parent()
        self.dialog = GuideDialog(self.desk, item_code, parent.window() if isinstance(parent, QWidget) else None)
        self.dialog.printed.connect(self.printed)
        self.dialog.open()
        return self.dialog


class GuideDialog(QDialog):
    """The guide as it will print; the printer and copies; print (Enter) or save as PDF."""

    printed = Signal(str)

    def __init__(self, desk: Desk, item_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.desk, self.item_code = desk, item_code
        self.pdf: bytes | None = None
        self.pdf_document = None
        self.view = QPdfView(self)
        self.view.setObjectName("guidePreview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.printers = QComboBox()
        self.printers.setObjectName("guidePrinter")
        self.copies = QSpinBox()
        self.copies.setObjectName("guideCopies")
        self.copies.setRange(1, MAX_COPIES)
        self.printer_error = error_label("guidePrinterError")
        self.status = error_label("guideStatus")
        self.print_button, self.save_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.setObjectName("guidePrintButton")
        self.save_button.setObjectName("guideSaveButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self._ask_and_save)
        self.close_button.clicked.connect(self.reject)
        self._build()
        self._load()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Service guide %1").replace("%1", self.item_code))
        self.print_button.setText(self.tr("Print (Enter)"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        side = QFormLayout()
        side.addRow(self.tr("Printer"), with_error(self.printers, self.printer_error))
        side.addRow(self.tr("Copies"), self.copies)
        column = QVBoxLayout()
        column.addLayout(side)
        column.addWidget(self.status)
        for button in (self.print_button, self.save_button, self.close_button):
            column.addWidget(button)
        column.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Service guide (办事指南) for the applicant")))
        layout.addLayout(body, 1)
        self.resize(920, 760)

    def _load(self) -> None:
        if not printer.offer_printers(self.printers, self.desk.preferred_printer):
            show_error(self.printer_error, self.tr("No printer is set up on this computer: save as PDF instead."),
                       translated=True)
            self.print_button.setEnabled(False)
            self.save_button.setDefault(True)
        try:
            self.pdf = guide_pdf(self.desk, self.item_code)
        except Exception as error:  # noqa: BLE001 - a font or reportlab failure is shown, not raised
            self._fail(self.tr("The service guide cannot be made: %1").replace("%1", str(error)))
            return
        if self.pdf is None:
            self._fail(self.tr("The item is not in the catalogue."))
            return
        self.pdf_document = printer.load_pdf(self.pdf, self)
        self.view.setDocument(self.pdf_document)

    def print_now(self) -> bool:
        name = self.printers.currentText()
        if self.pdf is None or not name:
            return False
        try:
            printer.send_to_printer(self.pdf, name, self.copies.value(),
                                    self.tr("Service guide %1").replace("%1", self.item_code))
        except printer.PrintFailed as error:
            show_error(self.status, self.tr("Not printed: %1").replace("%1", str(error)), translated=True)
            return False
        self.printed.emit(name)
        self.accept()
        return True

    def save_pdf_to(self, path: Path) -> bool:
        if self.pdf is None:
            return False
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            show_error(self.status, self.tr("Not saved: %1").replace("%1", error.strerror or str(error)),
                       translated=True)
            return False
        self.printed.emit(str(path))
        self.accept()
        return True

    def _ask_and_save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{self.item_code}-guide.pdf",
                                                self.tr("PDF (*.pdf)"))
        if chosen:
            self.save_pdf_to(Path(chosen))

    def _fail(self, text: str) -> None:
        show_error(self.status, text, translated=True)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(self.pdf is not None)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.print_button.isEnabled():
            self.print_now()
            return
        super().keyPressEvent(event)
