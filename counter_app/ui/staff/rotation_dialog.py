"""Record a written rotation request (轮岗申请) handed to the centre: who, when it was handed in, the
planned leave date (at least 2 years at the hall and a month's notice) and the reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain import staff_register as rules
from counter_app.domain.applicant import FieldError
from counter_app.services.desk import Desk
from counter_app.services.staff_register import StaffRow
from counter_app.ui.form_widgets import error_label, show_errors, with_error
from counter_app.ui.staff import labels as staff_labels

FIELDS = ("staff", "requested_on", "leave_on", "reason")


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class RotationDialog(QDialog):
    saved = Signal(str)

    def __init__(self, desk: Desk, people: dict[str, StaffRow], code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rotationDialog")
        self.desk, self.people = desk, people
        self.staff = QLineEdit(code)
        self.staff.setObjectName("rotationStaff")
        self.staff.setMaxLength(20)
        self.person = QLabel()
        self.person.setObjectName("rotationPerson")
        self.requested_on = date_edit(desk.today(), "rotationRequestedOn")
        person = people.get(code)
        self.leave_on = date_edit(person.may_rotate_from if person else desk.today(), "rotationLeaveOn")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("rotationReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.errors = {name: error_label(f"rotation_{name}_error") for name in FIELDS}
        self._following = False
        self._leave_chosen = False  # once the administrator sets the date, it is left alone
        self.leave_on.dateChanged.connect(self._leave_edited)
        self.staff.textChanged.connect(lambda _t: self._follow())
        self.requested_on.dateChanged.connect(lambda _d: self._follow())
        self._build()
        self._follow()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Record a rotation request"))
        form = QFormLayout()
        form.addRow(self.tr("Staff code"), with_error(self.staff, self.errors["staff"]))
        form.addRow("", self.person)
        form.addRow(self.tr("Handed in on"), with_error(self.requested_on, self.errors["requested_on"]))
        form.addRow(self.tr("Planned leave date"), with_error(self.leave_on, self.errors["leave_on"]))
        form.addRow(self.tr("Reason (as written)"), with_error(self.reason, self.errors["reason"]))
        rule = QLabel(self.tr("Staff rotate after at least 2 years at the hall, on a written request at least "
                              "1 month ahead; the centre approves or refuses it."))
        rule.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("rotationSave")
        self.ok.setText(self.tr("Record the request"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def _person(self) -> StaffRow | None:
        return self.people.get(self.staff.text().strip().upper())

    def _leave_edited(self) -> None:
        if not self._following:
            self._leave_chosen = True

    def _follow(self) -> None:
        """Show whose request it is; until the administrator sets it, the leave date is the earliest allowed."""
        person = self._person()
        self.person.setText(staff_labels.person(person) if person else "")
        if person is None or self._leave_chosen:
            return
        earliest = rules.earliest_rotation(person.posted_on, day_of(self.requested_on))
        self._following = True
        self.leave_on.setDate(QDate(earliest.year, earliest.month, earliest.day))
        self._following = False

    def save(self) -> bool:
        code = self.staff.text().strip().upper()
        errors = self.desk.request_rotation(code, day_of(self.requested_on), day_of(self.leave_on),
                                            self.reason.toPlainText())
        self._show(errors)
        if errors:
            return False
        self.saved.emit(code)
        self.accept()
        return True

    def _show(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors, self._words)

    def _words(self, code: str) -> str:
        text, person = staff_labels.error(code), self._person()
        if code == "under_two_years_at_hall" and person:
            text = text.replace("%1", rules.years_later(person.posted_on, rules.MIN_YEARS_AT_HALL).isoformat())
        elif code == "under_one_month_notice":
            text = text.replace("%1", rules.add_months(day_of(self.requested_on), rules.NOTICE_MONTHS).isoformat())
        return text
