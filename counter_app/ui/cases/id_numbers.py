"""Identity numbers in the case detail: masked, and in full only through the audited service call.

The case already carries the numbers, but this widget shows only their masked form; the
full number it shows is the one the service returned after recording who asked for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from counter_app.domain.applicant import FieldError, mask_id
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_error
from counter_app.ui.retranslate import Retranslating

Reveal = Callable[[str, str], tuple[str | None, list[FieldError]]]  # (case_no, whose) -> (number, errors)
WHOSE = ("applicant", "agent")


def reveal_message(code: str) -> str:
    messages = {
        "other_department": QCoreApplication.translate(
            "IdNumbers", "This case belongs to another department: its identity numbers stay masked for you."),
        "unknown": QCoreApplication.translate("IdNumbers", "This case is not on this counter."),
        "no_id_number": QCoreApplication.translate("IdNumbers", "No number on file."),
    }
    return messages.get(code) or message(code)


def _number(person: Mapping[str, Any] | None) -> str:
    if not person:
        return ""
    return str(person.get("id_number") or person.get("credit_code") or "")


class IdNumbers(Retranslating, QWidget):
    """One row per person with a number on the case: caption, masked number, "Show in full", refusal."""

    def __init__(self, reveal: Reveal | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        self.case_no = ""
        self.organisation = False
        self.captions: dict[str, QLabel] = {}
        self.numbers: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, whose in enumerate(WHOSE):
            self.captions[whose] = QLabel()
            self.numbers[whose] = QLabel()
            self.numbers[whose].setObjectName(f"{whose}IdNumber")
            self.numbers[whose].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.buttons[whose] = QPushButton()
            self.buttons[whose].setObjectName(f"{whose}ShowInFull")
            self.buttons[whose].clicked.connect(lambda _c=False, w=whose: self.show_in_full(w))
            self.errors[whose] = error_label(f"{whose}IdError")
            for column, widget in enumerate((self.captions[whose], self.numbers[whose], self.buttons[whose],
                                             self.errors[whose])):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def show_case(self, case_no: str, applicant: Mapping[str, Any] | None) -> None:
        """Masked numbers of the case's applicant and agent (a row without a number is hidden)."""
        self.case_no = case_no
        applicant = applicant or {}
        self.organisation = applicant.get("kind") == "organisation"
        for whose in WHOSE:
            number = _number(applicant if whose == "applicant" else applicant.get("agent"))
            self.numbers[whose].setText(mask_id(number))
            self.buttons[whose].setEnabled(self.reveal is not None)
            show_error(self.errors[whose], None)
            for widget in (self.captions[whose], self.numbers[whose], self.buttons[whose]):
                widget.setVisible(bool(number))
        self.retranslate()

    def show_in_full(self, whose: str) -> bool:
        if self.reveal is None or not self.case_no:
            return False
        number, errors = self.reveal(self.case_no, whose)
        if errors or number is None:
            show_error(self.errors[whose], reveal_message(errors[0].code if errors else "no_id_number"),
                       translated=True)
            return False
        self.numbers[whose].setText(number)
        self.buttons[whose].setEnabled(False)
        return True

    def retranslate(self) -> None:
        self.captions["applicant"].setText(self.tr("Credit code") if self.organisation else self.tr("Identity number"))
        self.captions["agent"].setText(self.tr("Agent's identity number"))
        self.buttons["applicant"].setText(self.tr("Show in &full"))
        self.buttons["agent"].setText(self.tr("Show in full"))
        for whose in WHOSE:
            self.buttons[whose].setToolTip(self.tr("Shows the whole number; who asked, when and for which case is "
                                                   "recorded."))
