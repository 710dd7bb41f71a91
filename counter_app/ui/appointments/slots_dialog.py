"""Opening appointment slots (开放预约时段), the hall administrator's: an item at a window, a range of
days, from a start to an end time in steps, with a capacity (0 closes the slots).

Written at the hall first, so it may wait on the network: it runs off the UI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain import appointments as rules
from counter_app.domain.applicant import FieldError
from counter_app.services import appointment_slots
from counter_app.services.appointment_slots import SlotsOutcome
from counter_app.services.desk import Desk
from counter_app.services.overview import ItemRow
from counter_app.ui import tasks
from counter_app.ui.appointments.messages import message
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.intake.item_picker import ItemPicker

FIELDS = ("item", "window", "first_day", "last_day", "starts", "ends", "step", "capacity")


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class SlotsDialog(QDialog):
    finished_saving = Signal(object)  # SlotsOutcome

    def __init__(self, desk: Desk, catalogue: list[ItemRow], day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slotsDialog")
        self.desk = desk
        self.picker = ItemPicker(catalogue)
        self.window_box = QComboBox()
        self.window_box.setObjectName("slotWindow")
        self.first_day, self.last_day = _date_edit(day, "slotFirstDay"), _date_edit(day + dt.timedelta(days=13),
                                                                                  "slotLastDay")
        self.starts, self.ends = QLineEdit("09:00"), QLineEdit("12:00")
        self.starts.setObjectName("slotStarts")
        self.ends.setObjectName("slotEnds")
        for edit in (self.starts, self.ends):
            edit.setInputMask("99:99")
        self.step, self.capacity = QSpinBox(), QSpinBox()
        self.step.setObjectName("slotStep")
        self.step.setRange(0, 600)  # the service says what is allowed, next to the field
        self.step.setValue(30)
        self.capacity.setObjectName("slotCapacity")
        self.capacity.setRange(-1, 999)
        self.capacity.setValue(3)
        self.errors = {name: error_label(f"slots_{name}_error") for name in FIELDS}
        self.state = QLabel()
        self.state.setObjectName("slotsState")
        self.state.setWordWrap(True)
        self.ok, self.close_button = QPushButton(), QPushButton()
        self.ok.setObjectName("slotsOk")
        self.ok.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.picker.chosen.connect(self._item_chosen)
        self._task: tasks.Task | None = None
        self._build()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Open appointment slots"))
        form = QFormLayout()
        form.addRow(self.tr("Item"), with_error(self.picker, self.errors["item"]))
        form.addRow(self.tr("Window"), with_error(self.window_box, self.errors["window"]))
        form.addRow(self.tr("From day"), with_error(self.first_day, self.errors["first_day"]))
        form.addRow(self.tr("To day"), with_error(self.last_day, self.errors["last_day"]))
        form.addRow(self.tr("From (HH:MM)"), with_error(self.starts, self.errors["starts"]))
        form.addRow(self.tr("To (HH:MM)"), with_error(self.ends, self.errors["ends"]))
        form.addRow(self.tr("Minutes a slot"), with_error(self.step, self.errors["step"]))
        form.addRow(self.tr("Applicants a slot (0 closes)"), with_error(self.capacity, self.errors["capacity"]))
        note = QLabel(self.tr("Only working days of the hall calendar get slots. A slot that exists keeps its "
                              "bookings and takes the new capacity."))
        note.setWordWrap(True)
        self.ok.setText(self.tr("Open the slots"))
        self.close_button.setText(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(620, 0)

    def _item_chosen(self, item: ItemRow) -> None:
        self.window_box.clear()
        for choice in appointment_slots.windows_serving(self.desk.counter, item.code):
            self.window_box.addItem(f"{choice.number} {choice.name}", choice.number)

    def plan(self) -> rules.SlotPlan:
        return rules.SlotPlan(_day(self.first_day), _day(self.last_day), self.starts.text(), self.ends.text(),
                              self.step.value(), self.capacity.value())

    def save(self) -> tasks.Task:
        desk, plan = self.desk, self.plan()
        code = self.picker.current.code if self.picker.current else ""
        window = self.window_box.currentData()
        self._busy(True)
        self.state.setText(self.tr("Writing at the hall…"))
        self._task = tasks.Task(lambda: appointment_slots.open_slots(desk.counter, desk.who, code, window, plan,
                                                                     desk.clock()))
        self._task.signals.done.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        return tasks.start(self._task)

    def _done(self, outcome: SlotsOutcome) -> None:
        self._busy(False)
        by_field = {e.field: e.code for e in outcome.errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, message(code) if code else None, translated=True)
        if outcome.saved:
            self.state.setText(self.tr("%1 slots opened, %2 changed (%3 closed) on %4 working days.")
                               .replace("%1", str(outcome.opened)).replace("%2", str(outcome.changed))
                               .replace("%3", str(outcome.closed)).replace("%4", str(outcome.days)))
        else:
            self.state.clear()
        self.finished_saving.emit(outcome)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.clear()
        show_error(self.errors["window"], self.tr("Not saved: %1").replace("%1", str(error)), translated=True)
        self.finished_saving.emit(SlotsOutcome(errors=(FieldError("window", "not_saved"),)))

    def _busy(self, busy: bool) -> None:
        for widget in (self.ok, self.close_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._task is not None and not self.ok.isEnabled():
            return  # the hall is being written: wait for its answer
        super().reject()
