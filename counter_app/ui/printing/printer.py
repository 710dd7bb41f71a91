"""Putting a finished PDF on paper through QPrinter: each page rendered by QtPdf at the printer's
resolution and painted onto the printer's page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox

PRINT_DPI = 300


class PrintFailed(RuntimeError):
    pass


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def default_printer(preferred: str = "") -> str:
    names = printer_names()
    if preferred in names:
        return preferred
    default = QPrinterInfo.defaultPrinterName()
    return default if default in names else (names[0] if names else "")


def offer_printers(combo: QComboBox, preferred: str = "") -> bool:
    """Fill a print dialog's printer list, the preferred (or system default) printer chosen; False: none."""
    names = printer_names()
    combo.addItems(names)
    combo.setCurrentText(default_printer(preferred))
    return bool(names)


def load_pdf(pdf: bytes, parent: object | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes; the buffer is parented to the document so it lives as long."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(f"the document could not be read back for printing ({document.error()})")
    return document


def send_to_printer(pdf: bytes, printer_name: str, copies: int, title: str) -> None:
    """Print every page of the PDF on the named printer, A4 portrait, full page."""
    document = load_pdf(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if not printer.isValid():
        raise PrintFailed(f"printer {printer_name!r} is not available")
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName(title)
    printer.setCopyCount(copies)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      printer.pageLayout().margins()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(f"printer {printer_name!r} refused the job")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            image = document.render(page, QSize(target.width(), target.height()))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
