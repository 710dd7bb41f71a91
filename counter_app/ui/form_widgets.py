"""Small building blocks of forms: a field with its error message right under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
