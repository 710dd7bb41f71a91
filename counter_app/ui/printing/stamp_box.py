"""The stamping offer in the print dialog (用印): when the document needs the special approval seal
and the person keeps it, the print and its stamping are logged in one step."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QSpinBox, QWidget

from counter_app.domain.applicant import FieldError
from counter_app.domain.seals import MAX_IMPRESSIONS, PURPOSE_MAX
from counter_app.services.stamping import StampRequest
from counter_app.ui.form_widgets import error_label, show_error, with_error

FIELDS = ("impressions", "purpose", "seal")


class StampBox(QGroupBox):
    def __init__(self, seal_code: str | None, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stampBox")
        self.seal_code = seal_code
        self.setCheckable(True)
        self.setChecked(seal_code is not None)
        self.setVisible(seal_code is not None)
        self.impressions = QSpinBox()
        self.impressions.setObjectName("impressions")
        self.impressions.setRange(1, MAX_IMPRESSIONS)
        self.purpose = QLineEdit(purpose)
        self.purpose.setObjectName("stampPurpose")
        self.purpose.setMaxLength(PURPOSE_MAX)
        self.errors = {name: error_label(f"{name}Error") for name in FIELDS}
        form = QFormLayout(self)
        form.addRow(self.tr("Impressions"), with_error(self.impressions, self.errors["impressions"]))
        form.addRow(self.tr("Purpose"), with_error(self.purpose, self.errors["purpose"]))
        form.addRow(self.errors["seal"])
        self.setTitle(self.tr("Stamp with the seal %1 and log it").replace("%1", seal_code or ""))

    def request(self) -> StampRequest | None:
        if self.seal_code is None or not self.isChecked():
            return None
        return StampRequest(self.seal_code, self.impressions.value(), self.purpose.text())

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the stamping's errors next to its fields; the others are handed back."""
        mine = {e.field: e.code for e in errors if e.field in FIELDS}
        for name, label in self.errors.items():
            show_error(label, mine.get(name))
        return [e for e in errors if e.field not in FIELDS]
