"""The appointments page (预约): the day's slots this person serves with booked/capacity, the day's
bookings; book, check in (which starts the intake), cancel, mark missed; the administrator opens slots.

Keys: Ctrl+N book, Ctrl+I check in, Ctrl+M missed, Ctrl+Delete cancel, Alt+Left / Alt+Right the day
before / after, Ctrl+O open slots (administrator).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.appointments import Appointment, AppointmentState
from counter_app.services import appointments
from counter_app.services.appointments import AppointmentRow, Outcome, SlotView
from counter_app.services.desk import Desk
from counter_app.services.overview import ItemRow
from counter_app.ui.appointments import labels
from counter_app.ui.appointments.book_dialog import BookDialog
from counter_app.ui.appointments.messages import message
from counter_app.ui.appointments.navigation import show_page
from counter_app.ui.appointments.slots_dialog import SlotsDialog
from counter_app.ui.retranslate import Retranslating

OVERBOOKED = QColor("#f8d7da")


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AppointmentsPage(Retranslating, QWidget):
    intake_requested = Signal(object)  # the checked-in Appointment, to start the intake with
    changed = Signal()

    def __init__(self, desk: Desk, catalogue: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentsPage")
        self.desk, self.catalogue = desk, catalogue
        self.may_book = appointments.may_book(desk.who)
        self.may_open = appointments.may_open_slots(desk.who)
        self.slots: list[SlotView] = []
        self.rows: list[tuple[SlotView, AppointmentRow]] = []
        self.pending: uuid.UUID | None = None  # checked in, its intake not saved yet
        self.dialog: QWidget | None = None
        self.heading, self.status = QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.status.setObjectName("appointmentsStatus")
        self.status.setWordWrap(True)
        today = desk.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("appointmentDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.today_button = QPushButton()
        self.slot_table = _table("slotTable", 5)
        self.booking_table = _table("bookingTable", 8)
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.today_button.clicked.connect(lambda: self.set_day(self.desk.today()))
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addStretch(1)
        actions = [("open", "Ctrl+O", self.open_slots)] if self.may_open else []
        if self.may_book:
            actions += [("book", "Ctrl+N", self.open_booking), ("check_in", "Ctrl+I", self.check_in_selected),
                        ("missed", "Ctrl+M", self.mark_missed_selected), ("cancel", "Ctrl+Delete", self.ask_cancel)]
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for name, key, slot in actions:
            button = QPushButton()
            button.setObjectName(f"appointment_{name}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            QShortcut(QKeySequence(key), self, slot, context=within)
            self.buttons[name] = button
            top.addWidget(button)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.set_day(self._day() - dt.timedelta(days=1)),
                  context=within)
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.set_day(self._day() + dt.timedelta(days=1)),
                  context=within)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.slot_table)
        splitter.addWidget(self.booking_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def wire_intake(self, intake: QWidget) -> None:
        """A check-in starts the intake page with the applicant and the item; its saved case is linked."""
        def start(appointment: Appointment) -> None:
            show_page(intake)
            intake.start_with(name=appointment.name, id_number=appointment.id_number,  # type: ignore[attr-defined]
                              phone=appointment.phone, item_code=appointment.item_code)

        self.intake_requested.connect(start)
        intake.case_saved.connect(self.case_saved)  # type: ignore[attr-defined]

    # -- the day ---------------------------------------------------------------------------------

    def _day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_day(self, day: dt.date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        self.refresh()  # bookings other counters made arrive by sync
        super().showEvent(event)

    def refresh(self) -> None:
        self.slots = appointments.day_slots(self.desk.counter, self.desk.who, self._day())
        self.rows = [(slot, row) for slot in self.slots for row in slot.appointments]
        self._fill_slots()
        self._fill_bookings()

    def _fill_slots(self) -> None:
        table = self.slot_table
        table.setRowCount(len(self.slots))
        for r, slot in enumerate(self.slots):
            cells = [f"{slot.starts}–{slot.ends}", f"{slot.item_code} {slot.item_name}", str(slot.window_number),
                     f"{slot.load.holding} / {slot.load.capacity}", labels.load(slot.load)]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, str(slot.id))
                if slot.load.overbooked:
                    cell.setBackground(QBrush(OVERBOOKED))
                table.setItem(r, c, cell)

    def _fill_bookings(self) -> None:
        table = self.booking_table
        table.setRowCount(len(self.rows))
        for r, (slot, row) in enumerate(self.rows):
            state = labels.state(row.state)
            if row.rival_endings:
                state += " · " + self.tr("another counter recorded: %1").replace(
                    "%1", "、".join(labels.state(s) for s in row.rival_endings))
            cells = [f"{slot.starts}–{slot.ends}", slot.item_code, row.name, row.phone, row.id_masked,
                     labels.channel(row.channel), state, row.case_no]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, str(row.id))
                table.setItem(r, c, cell)

    # -- actions ---------------------------------------------------------------------------------

    def select_booking(self, name: str) -> bool:
        for r, (_slot, row) in enumerate(self.rows):
            if row.name == name and row.state is AppointmentState.BOOKED:
                self.booking_table.selectRow(r)
                return True
        return False

    def selected_booking(self) -> uuid.UUID | None:
        r = self.booking_table.currentRow()
        return self.rows[r][1].id if 0 <= r < len(self.rows) else None

    def selected_slot(self) -> uuid.UUID | None:
        r = self.slot_table.currentRow()
        return self.slots[r].id if 0 <= r < len(self.slots) else None

    def open_booking(self) -> BookDialog:
        dialog = BookDialog(self.desk, self.slots, self.selected_slot(), self)
        dialog.booked.connect(lambda _id: self._done(self.tr("Booked.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_slots(self) -> SlotsDialog:
        dialog = SlotsDialog(self.desk, self.catalogue, max(self._day(), self.desk.today()), self)
        dialog.finished_saving.connect(lambda outcome: outcome.saved and self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def check_in_selected(self) -> bool:
        outcome = self._act(lambda a: appointments.check_in(self.desk.counter, self.desk.who, a, self.desk.clock()),
                            self.tr("Checked in: the intake starts."))
        if outcome is None or outcome.prefill is None:
            return False
        self.pending = outcome.appointment_id
        self.intake_requested.emit(outcome.prefill)
        return True

    def mark_missed_selected(self) -> bool:
        return self._act(lambda a: appointments.mark_missed(self.desk.counter, self.desk.who, a, self.desk.clock()),
                         self.tr("Marked missed.")) is not None

    def ask_cancel(self) -> bool:
        if self.selected_booking() is None:
            return self.cancel_selected("")
        note, ok = QInputDialog.getText(self, self.tr("Cancel the appointment"), self.tr("Why (optional):"))
        return ok and self.cancel_selected(note)

    def cancel_selected(self, note: str) -> bool:
        return self._act(lambda a: appointments.cancel(self.desk.counter, self.desk.who, a, note, self.desk.clock()),
                         self.tr("Cancelled.")) is not None

    def _act(self, action, done: str) -> Outcome | None:  # type: ignore[no-untyped-def]
        appointment = self.selected_booking()
        if appointment is None:
            self._say(self.tr("Choose a booking in the list first."), error=True)
            return None
        outcome: Outcome = action(appointment)
        if not outcome.saved:
            self._say("  ".join(message(e.code) for e in outcome.errors), error=True)
            return None
        self._done(done)
        return outcome

    def case_saved(self, case_no: str) -> None:
        """The intake page saved a case: link it to the appointment checked in for it, if it is that person's."""
        if self.pending is None:
            return
        appointment, self.pending = self.pending, None
        if appointments.link_case(self.desk.counter, self.desk.who, appointment, case_no, self.desk.clock()):
            self.refresh()

    def _done(self, text: str) -> None:
        self._say(text, error=False)
        self.refresh()
        self.changed.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Appointments"))
        self.today_button.setText(self.tr("Today"))
        names = {"open": self.tr("Open slots… (Ctrl+O)"), "book": self.tr("Book… (Ctrl+N)"),
                 "check_in": self.tr("Check in (Ctrl+I)"), "missed": self.tr("Missed (Ctrl+M)"),
                 "cancel": self.tr("Cancel… (Ctrl+Del)")}
        for name, button in self.buttons.items():
            button.setText(names[name])
        self.slot_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Window"), self.tr("Booked / capacity"), self.tr("State")])
        self.booking_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Item"), self.tr("Name"), self.tr("Phone"), self.tr("ID number"),
             self.tr("Booked"), self.tr("State"), self.tr("Case")])
        if self.slots or self.rows:
            self._fill_slots()
            self._fill_bookings()
