"""The print row under a decision: Ctrl+P prints the decision's document at once on the counter's
printer; Ctrl+Shift+P opens the preview to choose printer and copies or save a PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.domain.documents import DEFAULT_COPIES, DocumentKind
from counter_app.services.desk import Desk
from counter_app.ui.field_errors import message
from counter_app.ui.printing import jobs, printer
from counter_app.ui.printing.document_dialog import DocumentDialog
from counter_app.ui.printing.labels import document_title


class PrintBar(QWidget):
    printed = Signal(str)  # the document number

    def __init__(self, desk: Desk, shortcut_owner: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printBar")
        self.desk = desk
        self.case_no = ""
        self.kind: DocumentKind | None = None
        self.dialog: DocumentDialog | None = None
        self.print_button, self.preview_button = QPushButton(), QPushButton()
        self.print_button.setObjectName("printDocument")
        self.preview_button.setObjectName("previewDocument")
        self.print_button.clicked.connect(self.print_at_once)
        self.preview_button.clicked.connect(self.open_preview)
        self.status = QLabel()
        self.status.setObjectName("printBarStatus")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.print_button)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.status, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        owner = shortcut_owner or self
        QShortcut(QKeySequence("Ctrl+P"), owner, self.print_at_once, context=context)
        QShortcut(QKeySequence("Ctrl+Shift+P"), owner, self.open_preview, context=context)
        self.hide()

    def offer(self, case_no: str, kind: DocumentKind | None) -> None:
        """Offer the document of the decision just made (None: nothing to print)."""
        self.case_no, self.kind = case_no, kind
        self.status.clear()
        self.setVisible(kind is not None)
        if kind is not None:
            title = document_title(kind)
            self.print_button.setText(self.tr("Print %1 (Ctrl+P)").replace("%1", title))
            self.preview_button.setText(self.tr("Preview… (Ctrl+Shift+P)"))

    def print_at_once(self) -> None:
        if self.kind is None:
            return
        name = printer.default_printer(self.desk.preferred_printer)
        if not name:
            self.open_preview()  # no printer here: the dialog offers a PDF instead
            return
        result = jobs.print_to(self.desk, self.case_no, self.kind, name, DEFAULT_COPIES[self.kind])
        if result.errors:
            self._say(message(result.errors[0].code), error=True)
        elif result.failure:
            self._say(self.tr("Not printed: %1. The print is recorded; printing again makes a reprint (补打).")
                      .replace("%1", result.failure), error=True)
        else:
            self._say(self.tr("Printed %1 No. %2 on %3.").replace("%1", document_title(self.kind))
                      .replace("%2", result.number).replace("%3", name), error=False)
            self.printed.emit(result.number)

    def open_preview(self) -> DocumentDialog | None:
        if self.kind is None:
            return None
        self.dialog = DocumentDialog(self.desk, self.case_no, self.kind, self.window())
        self.dialog.printed.connect(self._printed_from_dialog)
        self.dialog.open()
        return self.dialog

    def _printed_from_dialog(self, number: str) -> None:
        assert self.kind is not None
        self._say(self.tr("Printed %1 No. %2.").replace("%1", document_title(self.kind)).replace("%2", number),
                  error=False)
        self.printed.emit(number)

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
