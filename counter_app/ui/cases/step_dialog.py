"""One step of a case, with the fields that step needs and their errors next to them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.case_actions import SUSPENSION_REASONS, extension_days
from counter_app.domain.events import EventKind
from counter_app.services.case_queries import CaseDetail
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.form_widgets import error_label, show_error, with_error


class StepDialog(QDialog):
    """Builds its fields from the kind of step; saving goes through the desk (one transaction)."""

    def __init__(self, desk: Desk, detail: CaseDetail, kind: EventKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.desk, self.detail, self.kind = desk, detail, kind
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.general_error = error_label("stepError")
        self._fields()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{detail.state.case_no} · {detail.state.item.name}"))
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setWindowTitle(labels_case.step(kind))

    # -- fields ------------------------------------------------------------------------

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"step_{key}")
        self.inputs[key] = widget
        self.errors[key] = error_label(f"step_{key}_error")
        self.form.addRow(label, with_error(widget, self.errors[key]))

    def _text(self, key: str, label: str, multiline: bool = True) -> None:
        if multiline:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
            self._add(key, label, edit)
        else:
            self._add(key, label, QLineEdit())

    def _choice(self, key: str, label: str, options: list[tuple[str, str]]) -> None:
        box = QComboBox()
        for value, text in options:
            box.addItem(text, value)
        self._add(key, label, box)

    def _date(self, key: str, label: str) -> None:
        edit = QDateEdit(QDate.fromString(self.desk.today().isoformat(), "yyyy-MM-dd"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        self._add(key, label, edit)

    def _fields(self) -> None:
        k = self.kind
        if k in (EventKind.RETURNED, EventKind.NOT_ACCEPTED):
            self._text("reason", self.tr("Reason"))
        elif k is EventKind.REFERRED:
            self._text("agency", self.tr("Competent agency"), multiline=False)
        elif k is EventKind.CORRECTION_REQUESTED:
            self._materials()
        elif k is EventKind.DECIDED:
            self._choice("outcome", self.tr("Decision"), [("granted", self.tr("Grant (准予许可)")),
                                                          ("refused", self.tr("Refuse (不予许可)"))])
            self._text("reasons", self.tr("Reasons (required for a refusal)"))
        elif k is EventKind.CERTIFICATE_ISSUED:
            self._text("certificate_no", self.tr("Certificate number"), multiline=False)
        elif k is EventKind.DELIVERED:
            self._choice("method", self.tr("Delivered"), [("in_person", self.tr("in person")),
                                                          ("post", self.tr("by post")),
                                                          ("electronic", self.tr("electronically"))])
            self._text("tracking_no", self.tr("Tracking number (post)"), multiline=False)
        elif k is EventKind.SUSPENDED:
            self._choice("reason", self.tr("Reason (art. 45)"), [(r, self._suspension_text(r)) for r in SUSPENSION_REASONS])
            self._date("start", self.tr("Clock stops from"))
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setValue(10)
            self._add("expected_days", self.tr("Expected working days"), spin)
        elif k is EventKind.RESUMED:
            self._date("end", self.tr("Last day stopped"))
        elif k is EventKind.EXTENSION_REQUESTED:
            self.form.addRow(self.tr("Extension"), QLabel(self.tr("%1 working days").replace(
                "%1", str(extension_days(self.detail.state)))))
            self._text("reason", self.tr("Reason (told to the applicant)"))
        elif k is EventKind.CONFLICT_RESOLVED:
            self._conflict()
        else:
            self._text("opinion", self.tr("Opinion (optional)"))

    def _materials(self) -> None:
        self.material_rows: list[tuple[QCheckBox, QLineEdit, dict[str, Any]]] = []
        for m in self.detail.state.extra.get("materials", []):
            check, problem = QCheckBox(m.get("name", "")), QLineEdit()
            problem.setPlaceholderText(self.tr("what is wrong (leave empty if missing)"))
            check.setChecked(m.get("state") in ("missing", "nonconforming"))
            self.form.addRow(check, problem)
            self.material_rows.append((check, problem, m))
        self.errors["materials"] = error_label("step_materials_error")
        self.form.addRow(self.errors["materials"])

    def _conflict(self) -> None:
        ids = {e.event_id: e for e in self.detail.timeline}
        options = []
        for conflict in self.detail.state.conflicts:
            for event_id in conflict.event_ids:
                entry = ids[event_id]
                options.append((str(event_id), f"{labels_case.step(entry.kind)} · {entry.actor} · {entry.device}"))
        self._choice("chosen", self.tr("Keep this decision"), options)

    def _suspension_text(self, reason: str) -> str:
        return {"hearing": self.tr("hearing"), "tendering": self.tr("tendering"), "auction": self.tr("auction"),
                "inspection": self.tr("inspection"), "testing": self.tr("testing"),
                "quarantine": self.tr("quarantine"), "appraisal": self.tr("appraisal"),
                "expert_review": self.tr("expert review")}[reason]

    # -- saving ------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                data[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                data[key] = widget.text()
            elif isinstance(widget, QComboBox):
                data[key] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                data[key] = widget.date().toString("yyyy-MM-dd")
            elif isinstance(widget, QSpinBox):
                data[key] = widget.value()
        if self.kind is EventKind.EXTENSION_REQUESTED:
            data["days"] = extension_days(self.detail.state)
        if self.kind is EventKind.CORRECTION_REQUESTED:
            data["materials"] = [
                {**m, "state": "nonconforming" if problem.text().strip() else "missing", "problem": problem.text().strip()}
                for check, problem, m in self.material_rows if check.isChecked()
            ]
        return data

    def save(self) -> None:
        data = self.data()
        if self.kind is EventKind.CORRECTION_REQUESTED and not data["materials"]:
            show_error(self.errors["materials"], "nothing_to_correct")
            return
        result = self.desk.record_step(self.detail.state.case_no, self.kind, data)
        if result.saved:
            self.accept()
            return
        known = {e.field: e.code for e in result.errors}
        for key, label in self.errors.items():
            show_error(label, known.pop(key, None))
        show_error(self.general_error, next(iter(known.values()), None))
