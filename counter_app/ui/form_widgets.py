"""Small building blocks of forms: a field with its error message right under it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from counter_app.domain.applicant import FieldError
from counter_app.ui.field_errors import message


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("error", True)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(field: QWidget, error: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def show_error(label: QLabel, code_or_text: str | None, *, translated: bool = False) -> None:
    """Show a service error code (or a ready message) under its field; None clears it."""
    if not code_or_text:
        label.clear()
        label.hide()
        return
    label.setText(code_or_text if translated else message(code_or_text))
    label.show()


def show_errors(labels: Mapping[str, QLabel], errors: Iterable[FieldError],
                words: Callable[[str], str] | None = None) -> None:
    """Show each error under its field's label and clear the others; words: a page's own wording of
    its codes (the general messages of field_errors otherwise)."""
    by_field = {e.field: e.code for e in errors}
    for name, label in labels.items():
        code = by_field.get(name)
        if words is None:
            show_error(label, code)
        else:
            show_error(label, words(code) if code else None, translated=True)


def note_edit(name: str, height: int = 90) -> QPlainTextEdit:
    """A short multi-line note whose Tab moves on, as on a paper form."""
    note = QPlainTextEdit()
    note.setObjectName(name)
    note.setTabChangesFocus(True)
    note.setMaximumHeight(height)
    return note
