"""Booking an appointment (预约登记) at the counter or by phone: the slot, the person, how they booked."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.appointments import Channel
from counter_app.services import appointments
from counter_app.services.appointments import BookingForm, SlotView
from counter_app.services.desk import Desk
from counter_app.ui.appointments import labels
from counter_app.ui.appointments.messages import message
from counter_app.ui.form_widgets import error_label, show_error, with_error

FIELDS = ("slot", "channel", "name", "id_number", "phone")


class BookDialog(QDialog):
    booked = Signal(object)  # the appointment's id

    def __init__(self, desk: Desk, slots: list[SlotView], chosen: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookDialog")
        self.desk = desk
        self.slot = QComboBox()
        self.slot.setObjectName("bookSlot")
        for view in slots:
            text = f"{view.starts}–{view.ends}  {view.item_code} {view.item_name} · " \
                   f"{view.window_number} · {labels.load(view.load)}"
            self.slot.addItem(text, view.id)
        if chosen is not None and self.slot.findData(chosen) >= 0:
            self.slot.setCurrentIndex(self.slot.findData(chosen))
        self.at_counter, self.by_phone = QRadioButton(), QRadioButton()
        self.at_counter.setObjectName("bookAtCounter")
        self.by_phone.setObjectName("bookByPhone")
        self.channels = QButtonGroup(self)
        for button in (self.at_counter, self.by_phone):
            self.channels.addButton(button)
        self.at_counter.setChecked(True)
        self.name, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("bookName")
        self.id_number.setObjectName("bookIdNumber")
        self.id_number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9Xx０-９ｘＸ ]{0,22}")))
        self.phone.setObjectName("bookPhone")
        self.errors = {name: error_label(f"book_{name}_error") for name in FIELDS}
        self.ok, self.cancel = QPushButton(), QPushButton()
        self.ok.setObjectName("bookOk")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.save)
        self.cancel.clicked.connect(self.reject)
        self._build()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Book an appointment"))
        self.at_counter.setText(self.tr("At the &counter"))
        self.by_phone.setText(self.tr("By &phone"))
        channels = QHBoxLayout()
        channels.addWidget(self.at_counter)
        channels.addWidget(self.by_phone)
        channels.addStretch(1)
        box = QWidget()
        box.setLayout(channels)
        form = QFormLayout()
        form.addRow(self.tr("&Slot"), with_error(self.slot, self.errors["slot"]))
        form.addRow(self.tr("Booked"), with_error(box, self.errors["channel"]))
        form.addRow(self.tr("&Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("&ID number (optional)"), with_error(self.id_number, self.errors["id_number"]))
        form.addRow(self.tr("P&hone"), with_error(self.phone, self.errors["phone"]))
        self.ok.setText(self.tr("Book (Enter)"))
        self.cancel.setText(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(560, 0)
        self.name.setFocus()

    def form(self) -> BookingForm:
        channel = Channel.PHONE if self.by_phone.isChecked() else Channel.COUNTER
        return BookingForm(slot_id=self.slot.currentData(), channel=channel.value, name=self.name.text(),
                           phone=self.phone.text(), id_number=self.id_number.text())

    def save(self) -> bool:
        outcome = appointments.book(self.desk.counter, self.desk.who, self.form(), self.desk.clock())
        self._show(list(outcome.errors))
        if not outcome.saved:
            return False
        self.booked.emit(outcome.appointment_id)
        self.accept()
        return True

    def _show(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.code for e in errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, message(code) if code else None, translated=True)
        first = next((w for n, w in (("name", self.name), ("id_number", self.id_number), ("phone", self.phone))
                      if n in by_field), None)
        if first is not None:
            first.setFocus()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)
