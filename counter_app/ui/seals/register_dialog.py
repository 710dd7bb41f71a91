"""The daily stamping register (用印登记簿) of one seal: preview, print, save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.seals import DailyRegister
from counter_app.services.desk import Desk
from counter_app.ui.form_widgets import error_label, show_error
from counter_app.ui.printing import printer


class RegisterDialog(QDialog):
    def __init__(self, desk: Desk, register: DailyRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDialog")
        self.register = register
        self.pdf = desk.render_register(register)
        self.pdf_document = printer.load_pdf(self.pdf, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf_document)
        self.printers = QComboBox()
        self.printers.addItems(printer.printer_names())
        self.printers.setCurrentText(printer.default_printer(desk.preferred_printer))
        self.status = error_label("registerStatus")
        self.print_button, self.save_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button.setEnabled(bool(self.printers.count()))
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self._ask_and_save)
        self.close_button.clicked.connect(self.reject)
        self.setWindowTitle(self.tr("Daily stamping register %1 · %2").replace("%1", register.seal_code)
                            .replace("%2", register.day.isoformat()))
        self.print_button.setText(self.tr("Print"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.printers, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(1000, 760)

    def print_now(self) -> bool:
        try:
            printer.send_to_printer(self.pdf, self.printers.currentText(), 1,
                                    f"{self.register.seal_code} {self.register.day.isoformat()}")
        except printer.PrintFailed as error:
            show_error(self.status, self.tr("Not printed: %1").replace("%1", str(error)), translated=True)
            return False
        self.accept()
        return True

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            show_error(self.status, self.tr("The file cannot be written: %1").replace(
                "%1", error.strerror or str(error)), translated=True)
            return False
        self.accept()
        return True

    def _ask_and_save(self) -> None:
        suggested = f"{self.register.seal_code}-{self.register.day.isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if chosen:
            self.save_to(Path(chosen))
