"""The applicant (申请人): a person or an organisation, and an optional agent (代办人)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError, Sex, id_facts, validate_person
from counter_app.domain.clock import hall_today
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.retranslate import Retranslating

_ID_CHARS = QRegularExpression(r"[0-9Xx０-９ｘＸ ]{0,22}")


class _Field:
    def __init__(self, name: str, max_length: int, validator: QRegularExpression | None = None) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setMaxLength(max_length)
        if validator is not None:
            self.edit.setValidator(QRegularExpressionValidator(validator))
        self.error = error_label(f"{name}Error")
        self.label = QLabel()
        self.label.setBuddy(self.edit)
        self.box = with_error(self.edit, self.error)


class ApplicantPanel(Retranslating, QWidget):
    """Fields named as the service's IntakeForm names them, so errors land on the right field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QRadioButton()
        self.person.setObjectName("applicantPerson")
        self.organisation = QRadioButton()
        self.organisation.setObjectName("applicantOrganisation")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.person)
        self.kind.addButton(self.organisation)
        self.person.setChecked(True)
        self.fields = {
            "name": _Field("name", 100),
            "id_number": _Field("idNumber", 22, _ID_CHARS),
            "credit_code": _Field("creditCode", 22),
            "legal_representative": _Field("legalRepresentative", 50),
            "phone": _Field("phone", 20),
            "agent_name": _Field("agentName", 50),
            "agent_id_number": _Field("agentIdNumber", 22, _ID_CHARS),
            "agent_phone": _Field("agentPhone", 20),
        }
        self.id_facts = QLabel()
        self.id_facts.setObjectName("idFacts")
        kinds = QHBoxLayout()
        kinds.addWidget(self.person)
        kinds.addWidget(self.organisation)
        kinds.addStretch(1)
        self.form = QFormLayout()
        for key in ("name", "id_number", "credit_code", "legal_representative", "phone"):
            self.form.addRow(self.fields[key].label, self.fields[key].box)
        self.form.addRow("", self.id_facts)
        self.agent_box = QGroupBox()
        self.agent_box.setObjectName("agentBox")
        self.agent_box.setCheckable(True)
        self.agent_box.setChecked(False)
        agent_form = QFormLayout(self.agent_box)
        for key in ("agent_name", "agent_id_number", "agent_phone"):
            agent_form.addRow(self.fields[key].label, self.fields[key].box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(self.form)
        layout.addWidget(self.agent_box)
        self.person.toggled.connect(self._kind_changed)
        self.fields["id_number"].edit.textChanged.connect(self._show_id_facts)
        self._kind_changed()
        self.retranslate()

    def is_organisation(self) -> bool:
        return self.organisation.isChecked()

    def _kind_changed(self) -> None:
        org = self.is_organisation()
        for key, visible in (("id_number", not org), ("credit_code", org), ("legal_representative", org)):
            field = self.fields[key]
            self.form.setRowVisible(field.box, visible)
        self.form.setRowVisible(self.id_facts, not org)
        self.retranslate()

    def _show_id_facts(self, text: str) -> None:
        person, errors = validate_person("张", text, "13800000000", today=hall_today())
        if person is None or any(e.field == "id_number" for e in errors):
            self.id_facts.clear()
            return
        born, sex = id_facts(person.id_number)
        sex_text = self.tr("male") if sex is Sex.MALE else self.tr("female")
        self.id_facts.setText(self.tr("Born %1 · %2").replace("%1", born.isoformat()).replace("%2", sex_text))

    def values(self) -> dict[str, str]:
        values = {key: f.edit.text() for key, f in self.fields.items()}
        values["applicant_kind"] = "organisation" if self.is_organisation() else "person"
        if self.is_organisation():
            values["id_number"] = ""
        else:
            values["credit_code"] = values["legal_representative"] = ""
        if not self.agent_box.isChecked():
            values["agent_name"] = values["agent_id_number"] = values["agent_phone"] = ""
        return values

    def show_errors(self, errors: list[FieldError]) -> bool:
        """Put each error under its field; True when any landed here."""
        by_field = {e.field: e.code for e in errors}
        for key, field in self.fields.items():
            show_error(field.error, by_field.get(key))
        return any(k in self.fields for k in by_field)

    def first_error_field(self, errors: list[FieldError]) -> QLineEdit | None:
        names = {e.field for e in errors}
        return next((f.edit for k, f in self.fields.items() if k in names), None)

    def clear(self) -> None:
        for field in self.fields.values():
            field.edit.clear()
            show_error(field.error, None)
        self.agent_box.setChecked(False)
        self.person.setChecked(True)


    def retranslate(self) -> None:
        org = self.is_organisation()
        self.person.setText(self.tr("&Person"))
        self.organisation.setText(self.tr("&Organisation"))
        texts = {
            "name": self.tr("Organisation name") if org else self.tr("&Name"),
            "id_number": self.tr("&ID number"),
            "credit_code": self.tr("Credit code"),
            "legal_representative": self.tr("Legal representative"),
            "phone": self.tr("P&hone"),
            "agent_name": self.tr("Agent's name"),
            "agent_id_number": self.tr("Agent's ID number"),
            "agent_phone": self.tr("Agent's phone"),
        }
        for key, text in texts.items():
            self.fields[key].label.setText(text)
        self.agent_box.setTitle(self.tr("An agent acts for the applicant (代办人)"))
        self._show_id_facts(self.fields["id_number"].edit.text())
