"""The intake page (受理): applicant, item and checklist, notes, and the decision keys F5–F9."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.documents import DOCUMENT_OF_DECISION
from counter_app.domain.hall import WindowType
from counter_app.domain.intake import AGENCY_MAX, IntakeDecision
from counter_app.services.desk import Desk
from counter_app.services.intake import IntakeForm
from counter_app.services.overview import ItemRow
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.intake.applicant_panel import ApplicantPanel
from counter_app.ui.intake.checklist import Checklist
from counter_app.ui.intake.item_picker import ItemPicker
from counter_app.ui.printing.print_bar import PrintBar
from counter_app.ui.retranslate import Retranslating

KEYS = {
    IntakeDecision.ACCEPT: "F5",
    IntakeDecision.RECEIVE_FOR_DEPARTMENT: "F5",
    IntakeDecision.NOTICE: "F6",
    IntakeDecision.NOT_ACCEPT: "F7",
    IntakeDecision.CHECK: "F8",
    IntakeDecision.REFER: "F9",
}


class IntakePage(Retranslating, QWidget):
    case_saved = Signal(str)  # case number

    def __init__(self, desk: Desk, catalogue: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.desk = desk
        comprehensive = desk.who.window_type is WindowType.COMPREHENSIVE
        self.decisions = ([IntakeDecision.RECEIVE_FOR_DEPARTMENT] if comprehensive else
                          [IntakeDecision.ACCEPT, IntakeDecision.NOTICE, IntakeDecision.NOT_ACCEPT,
                           IntakeDecision.CHECK, IntakeDecision.REFER])
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.result = QLabel()
        self.result.setObjectName("intakeResult")
        self.result.setWordWrap(True)
        self.applicant = ApplicantPanel()
        self.picker = ItemPicker(desk.intake_items(catalogue))
        self.checklist = Checklist()
        self.picker.chosen.connect(self.checklist.set_item)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(54)
        self.notes_error = error_label("notesError")
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("reasons")
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMaximumHeight(54)
        self.reasons_error = error_label("reasonsError")
        self.agency = QLineEdit()
        self.agency.setObjectName("agency")
        self.agency.setMaxLength(AGENCY_MAX)
        self.agency_error = error_label("agencyError")
        self.decision_error = error_label("decisionError")
        self.buttons: dict[IntakeDecision, QPushButton] = {}
        self.print_bar = PrintBar(desk, self)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.applicant_box, self.item_box, self.decision_box = QGroupBox(), QGroupBox(), QGroupBox()
        QVBoxLayout(self.applicant_box).addWidget(self.applicant)
        item_layout = QVBoxLayout(self.item_box)
        item_layout.addWidget(self.picker)
        item_layout.addWidget(self.checklist, 1)
        self.notes_label, self.reasons_label, self.agency_label = QLabel(), QLabel(), QLabel()
        form = QHBoxLayout()
        texts = [(self.notes_label, self.notes, self.notes_error)]
        if IntakeDecision.NOT_ACCEPT in self.decisions:
            texts += [(self.reasons_label, self.reasons, self.reasons_error),
                      (self.agency_label, self.agency, self.agency_error)]
        for label, field, error in texts:
            label.setBuddy(field)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(with_error(field, error))
            column.addStretch(1)
            form.addLayout(column, 1)
        keys = QHBoxLayout()
        for decision in self.decisions:
            button = QPushButton()
            button.setObjectName(f"decide_{decision.value}")
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
            QShortcut(QKeySequence(KEYS[decision]), self, lambda d=decision: self.decide(d),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.buttons[decision] = button
            keys.addWidget(button)
        keys.addStretch(1)
        decision_layout = QVBoxLayout(self.decision_box)
        decision_layout.addLayout(form)
        decision_layout.addLayout(keys)
        decision_layout.addWidget(self.decision_error)
        columns = QHBoxLayout()
        columns.addWidget(self.applicant_box, 1)
        columns.addWidget(self.item_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.result)
        layout.addWidget(self.print_bar)
        layout.addLayout(columns, 1)
        layout.addWidget(self.decision_box)
        # Tab order follows the paper form: applicant, item, materials, notes, decision.
        self.setTabOrder(self.applicant.fields["agent_phone"].edit, self.picker.search)

    def form(self) -> IntakeForm:
        values = self.applicant.values()
        return IntakeForm(
            item_code=self.picker.current.code if self.picker.current else "",
            materials=self.checklist.checks(),
            notes=self.notes.toPlainText(),
            reasons=self.reasons.toPlainText(),
            agency=self.agency.text(),
            **values,
        )

    def decide(self, decision: IntakeDecision) -> bool:
        result = self.desk.take_in(self.form(), decision)
        if not result.saved:
            self._show_errors(list(result.errors))
            return False
        self._show_errors([])
        self.result.setProperty("error", False)
        self.result.setText(self.tr("Saved: case %1 (%2).").replace("%1", result.case_no or "")
                            .replace("%2", self.buttons[decision].text()))
        self.clear()
        self.print_bar.offer(result.case_no or "", DOCUMENT_OF_DECISION.get(decision.value))
        self.case_saved.emit(result.case_no)
        return True

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.applicant.show_errors(errors)
        self.checklist.show_errors(errors)
        by_field = {e.field: e.code for e in errors}
        show_error(self.picker.error, by_field.get("item"))
        show_error(self.notes_error, by_field.get("notes"))
        show_error(self.reasons_error, by_field.get("reasons"))
        show_error(self.agency_error, by_field.get("agency"))
        show_error(self.decision_error, by_field.get("decision"))
        if errors:
            self.result.setText(self.tr("Not saved: correct the fields marked in red."))
            first = self.applicant.first_error_field(errors)
            if first is not None:
                first.setFocus()

    def clear(self) -> None:
        self.applicant.clear()
        self.picker.search.clear()
        self.picker.choose(None)
        self.checklist.set_item(None)
        for edit in (self.notes, self.reasons):
            edit.clear()
        self.agency.clear()
        self.applicant.fields["name"].edit.setFocus()


    def start_with(self, *, name: str = "", id_number: str = "", phone: str = "", item_code: str = "") -> bool:
        """Start a new intake filled in from an appointment's check-in or a consultation taken over.

        False when the item is not one this person takes in here (the applicant is filled in all the same).
        """
        self.clear()
        self.result.clear()
        for key, value in (("name", name), ("id_number", id_number), ("phone", phone)):
            self.applicant.fields[key].edit.setText(value)
        item = next((i for i in self.picker.items if i.code == item_code), None) if item_code else None
        if item is not None:
            self.picker.search.setText(item.code)
            self.picker.choose(item)
        empty = next((f.edit for k, f in self.applicant.fields.items()
                      if k in ("name", "id_number", "phone") and not f.edit.text()), None)
        (empty or (self.checklist if item is not None else self.picker.search)).setFocus()
        return item is not None or not item_code

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Intake"))
        self.applicant_box.setTitle(self.tr("Applicant"))
        self.item_box.setTitle(self.tr("Item and materials"))
        self.decision_box.setTitle(self.tr("Decision"))
        self.notes_label.setText(self.tr("Notes"))
        self.reasons_label.setText(self.tr("Reasons (not accepted)"))
        self.agency_label.setText(self.tr("Competent agency (referral)"))
        names = {
            IntakeDecision.ACCEPT: self.tr("Accept"),
            IntakeDecision.NOTICE: self.tr("One-time notice"),
            IntakeDecision.NOT_ACCEPT: self.tr("Not accepted"),
            IntakeDecision.CHECK: self.tr("Receive for checking"),
            IntakeDecision.REFER: self.tr("Refer"),
            IntakeDecision.RECEIVE_FOR_DEPARTMENT: self.tr("Receive for the department"),
        }
        for decision, button in self.buttons.items():
            button.setText(f"{names[decision]} ({KEYS[decision]})")
