"""The hall calendar (工作日历) for the hall administrator: enter a year from the State Council notice."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.calendar_entry import ArrangementLine
from counter_app.services import hall_calendar_admin as admin
from counter_app.services.desk import Desk
from counter_app.ui import tasks
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.retranslate import Retranslating


class CalendarPage(Retranslating, QWidget):
    calendar_changed = Signal()
    save_finished = Signal(bool)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.desk = desk
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.year = QSpinBox()
        self.year.setObjectName("calendarYear")
        today = desk.today()
        self.year.setRange(today.year - 1, today.year + 3)
        self.year.setValue(today.year + 1)
        self.state = QLabel()
        self.state.setObjectName("calendarState")
        self.state.setWordWrap(True)
        self.notice = QLineEdit()
        self.notice.setObjectName("calendarNotice")
        self.notice.setMaxLength(200)
        self.notice_error = error_label("calendarNoticeError")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("calendarLines")
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lines_error = error_label("calendarLinesError")
        self.add, self.remove, self.save = QPushButton(), QPushButton(), QPushButton()
        self.save.setObjectName("calendarSave")
        self.add.clicked.connect(lambda: self.add_line())
        self.remove.clicked.connect(self._remove_line)
        self.save.clicked.connect(self.save_year)
        self.year.valueChanged.connect(lambda _y: self.load_year())
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.state, 1)
        buttons = QHBoxLayout()
        for button in (self.add, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        self.notice_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.notice_label)
        layout.addWidget(with_error(self.notice, self.notice_error))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(buttons)
        self._task: tasks.Task | None = None
        self.retranslate()
        self.load_year()

    def load_year(self) -> None:
        state = admin.year_state(self.desk.counter, self.year.value())
        self.notice.setText(state.notice or "")
        self.table.setRowCount(0)
        # Consecutive days with the same name and kind were one line of the notice.
        for (working, name), group in groupby(state.days, key=lambda d: (d[1], d[2])):
            days = [d[0] for d in group]
            self.add_line(working, days[0], days[-1], name)
        self._show_state(state)
        show_error(self.notice_error, None)
        show_error(self.lines_error, None)

    def _show_state(self, state: admin.YearState) -> None:
        if state.source == "hall":
            text = self.tr("%1: confirmed by the hall from “%2”.").replace("%2", state.notice or "")
        elif state.source == "published":
            text = self.tr("%1: confirmed by the published calendar; entries here override it.")
        else:
            text = self.tr("%1: not confirmed. Until it is entered, working days are counted as plain weekdays.")
        self.state.setText(text.replace("%1", str(state.year)))
        self.state.setProperty("error", not state.confirmed)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def add_line(self, working: bool = False, start: dt.date | None = None, end: dt.date | None = None,
                 name: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItem(self.tr("Holiday"), False)
        kind.addItem(self.tr("Make-up working day"), True)
        kind.setCurrentIndex(1 if working else 0)
        first = start or dt.date(self.year.value(), 1, 1)
        for column, day in ((1, first), (2, end or first)):
            edit = QDateEdit(QDate(day.year, day.month, day.day))
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            self.table.setCellWidget(row, column, edit)
        label = QLineEdit(name)
        label.setMaxLength(30)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 3, label)

    def _remove_line(self) -> None:
        row = self.table.currentRow()
        self.table.removeRow(row if row >= 0 else self.table.rowCount() - 1)

    def lines(self) -> list[ArrangementLine]:
        def day(row: int, column: int) -> dt.date:
            q = self.table.cellWidget(row, column).date()  # type: ignore[attr-defined]
            return dt.date(q.year(), q.month(), q.day())

        return [ArrangementLine(bool(self.table.cellWidget(r, 0).currentData()), day(r, 1), day(r, 2),  # type: ignore[attr-defined]
                                self.table.cellWidget(r, 3).text())  # type: ignore[attr-defined]
                for r in range(self.table.rowCount())]

    def save_year(self) -> None:
        year, lines, notice = self.year.value(), self.lines(), self.notice.text()
        self.save.setEnabled(False)
        self.state.setText(self.tr("Saving at the hall and recomputing the limits of open cases…"))
        # Recomputing every open case can take a while on a big store: keep the window responsive.
        self._task = tasks.Task(lambda: admin.enter_arrangement(self.desk.counter, self.desk.who, year, lines,
                                                                notice, self.desk.clock()))
        self._task.signals.done.connect(self._saved)
        self._task.signals.failed.connect(lambda error: self._saved([FieldError("calendar", str(error))]))
        tasks.start(self._task)

    def _saved(self, errors: list[FieldError]) -> None:
        self.save.setEnabled(True)
        if errors:
            by_field = {e.field: e.code for e in errors}
            show_error(self.notice_error, by_field.get("notice"))
            lines = [self.tr("Line %1: %2").replace("%1", e.field.split("_")[1]).replace("%2", message(e.code))
                     for e in errors if e.field.startswith("line_")]
            lines += [message(e.code) for e in errors if e.field in ("lines", "calendar")]
            show_error(self.lines_error, "\n".join(lines) or None, translated=True)
            self._show_state(admin.year_state(self.desk.counter, self.year.value()))
            self.save_finished.emit(False)
            return
        self.load_year()
        self.calendar_changed.emit()
        self.save_finished.emit(True)


    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hall calendar"))
        self.notice_label.setText(self.tr("State Council notice (title)"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Name")])
        self.add.setText(self.tr("Add line"))
        self.remove.setText(self.tr("Remove line"))
        self.save.setText(self.tr("Save and confirm the year"))
