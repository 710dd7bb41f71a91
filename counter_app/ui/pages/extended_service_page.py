"""Extended service (延时服务): my days of a month outside the hall's opening hours, counted from my steps
and my entries, and a form to enter a span by hand (a chief representative also for the department's
staff, the hall administrator for anyone)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import HALL_ZONE
from counter_app.domain.extended_service import ENTRY_MAX_AGE_DAYS, MAX_ENTRY_HOURS, NOTE_MAX
from counter_app.services import extended_service
from counter_app.services.desk import Desk
from counter_app.services.extended_service_people import entry_choices
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.retranslate import Retranslating

FIELDS = ("staff", "starts_at", "ends_at", "note")


def error_text(code: str, field: str = "") -> str:
    """The entry's own codes in words (context "ExtendedServicePage"); the others as everywhere."""
    if code == "too_long" and field == "ends_at":
        return QCoreApplication.translate("ExtendedServicePage", "At most %1 hours at a time.").replace(
            "%1", str(MAX_ENTRY_HOURS))
    messages = {
        "ends_before_start": QCoreApplication.translate("ExtendedServicePage", "Ends before it starts."),
        "in_future": QCoreApplication.translate("ExtendedServicePage", "Not over yet: enter it once it has ended."),
        "too_old": QCoreApplication.translate(
            "ExtendedServicePage", "More than %1 days ago: the month's record is closed.").replace(
            "%1", str(ENTRY_MAX_AGE_DAYS)),
        "inside_opening_hours": QCoreApplication.translate(
            "ExtendedServicePage", "Entirely within opening hours: that is no extended service."),
        "overlaps": QCoreApplication.translate("ExtendedServicePage", "Overlaps a span already entered."),
        "unknown_staff": QCoreApplication.translate("ExtendedServicePage", "No member of staff has this code."),
        "not_your_staff": QCoreApplication.translate(
            "ExtendedServicePage", "Only for yourself, or as chief representative for your department's staff."),
    }
    return messages.get(code) or message(code)


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("ExtendedServicePage", "%1 min").replace("%1", str(rest))
    return QCoreApplication.translate("ExtendedServicePage", "%1 h %2 min").replace("%1", str(hours)).replace(
        "%2", f"{rest:02d}")


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class ExtendedServicePage(Retranslating, QWidget):
    entered = Signal(str)  # the staff code entered for

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extendedServicePage")
        self.desk = desk
        today = desk.today()
        self.heading, self.total, self.result = QLabel(), QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.total.setObjectName("esTotal")
        self.result.setObjectName("esResult")
        self.month = QDateEdit(_qdate(today.replace(day=1)))
        self.month.setObjectName("esMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.days, self.entries = _table("esDays"), _table("esEntries")
        self.staff = QComboBox()
        self.staff.setObjectName("esStaff")
        self.choices = entry_choices(desk.counter, desk.who)
        for code, name in self.choices:
            self.staff.addItem(f"{name} ({code})", code)
        self.day = QDateEdit(_qdate(today))
        self.day.setObjectName("esDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.starts, self.ends = QTimeEdit(QTime(17, 0)), QTimeEdit(QTime(18, 0))
        self.starts.setObjectName("esFrom")
        self.ends.setObjectName("esTo")
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.note = QLineEdit()
        self.note.setObjectName("esNote")
        self.note.setMaxLength(NOTE_MAX + 50)  # longer than allowed shows the error instead of cutting silently
        self.errors = {name: error_label(f"es_{name}_error") for name in FIELDS}
        self.enter_button = QPushButton()
        self.enter_button.setObjectName("esEnter")
        self._build()
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.enter_button.clicked.connect(self.enter)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+Return"), self, self.enter, context=within)
        QShortcut(QKeySequence("Ctrl+N"), self, self.day.setFocus, context=within)
        self.retranslate()

    def _build(self) -> None:
        self.days_box, self.entries_box, self.form_box = QGroupBox(), QGroupBox(), QGroupBox()
        QVBoxLayout(self.days_box).addWidget(self.days)
        QVBoxLayout(self.entries_box).addWidget(self.entries)
        form = QFormLayout(self.form_box)
        # The fields keep their own width: a date and two times do not need the page's.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.labels = {name: QLabel() for name in ("staff", "day", "from", "to", "note")}
        if len(self.choices) > 1:
            form.addRow(self.labels["staff"], with_error(self.staff, self.errors["staff"]))
        else:
            self.staff.hide()
            form.addRow(self.errors["staff"])
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.labels["from"])
        when.addWidget(self.starts)
        when.addWidget(self.labels["to"])
        when.addWidget(self.ends)
        when.addStretch(1)
        form.addRow(self.labels["day"], when)
        form.addRow(self.errors["starts_at"])
        form.addRow(self.errors["ends_at"])
        self.note.setMinimumWidth(520)
        form.addRow(self.labels["note"], with_error(self.note, self.errors["note"]))
        form.addRow(self.enter_button, self.result)
        top = QHBoxLayout()
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.total, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.days_box, 1)
        tables.addWidget(self.entries_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        layout.addWidget(self.form_box)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        first = _day(self.month).replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        days = extended_service.my_days(self.desk.counter, self.desk.who, first, last)
        entries = extended_service.my_entries(self.desk.counter, self.desk.who, first, last)
        minutes = sum(d.minutes for d in days)
        self.total.setText(self.tr("%1 in %2: %3 on %4 day(s)").replace("%1", self.desk.who.name)
                           .replace("%2", first.strftime("%Y-%m")).replace("%3", duration(minutes))
                           .replace("%4", str(len(days))))
        self._fill(self.days, [[d.day.isoformat(), duration(d.minutes), str(d.steps), str(d.entries)]
                               for d in days])
        self._fill(self.entries, [[e.starts_at.strftime("%Y-%m-%d %H:%M"), e.ends_at.strftime("%H:%M"), e.note,
                                   e.entered_by] for e in entries])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))

    def enter(self) -> bool:
        day = _day(self.day)
        start = dt.datetime.combine(day, self.starts.time().toPython(), HALL_ZONE)
        end = dt.datetime.combine(day, self.ends.time().toPython(), HALL_ZONE)
        code = self.staff.currentData() or self.desk.who.code
        errors = extended_service.record_entry(self.desk.counter, self.desk.who, code, start, end, self.note.text(),
                                               self.desk.clock())
        self._show(errors)
        if errors:
            self.result.clear()
            return False
        name = self.staff.currentText() if code != self.desk.who.code else ""
        text = self.tr("Entered: %1, %2 to %3.") if not name else self.tr("Entered for %4: %1, %2 to %3.")
        self.result.setText(text.replace("%1", day.isoformat()).replace("%2", start.strftime("%H:%M"))
                            .replace("%3", end.strftime("%H:%M")).replace("%4", name))
        self.note.clear()
        self.refresh()
        self.entered.emit(code)
        return True

    def _show(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.code for e in errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, error_text(code, name) if code else None, translated=True)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Extended service"))
        self.month_label.setText(self.tr("&Month:"))
        self.days_box.setTitle(self.tr("My days: steps outside opening hours and spans entered by hand, "
                                       "counted once"))
        self.entries_box.setTitle(self.tr("Entered by hand"))
        self.form_box.setTitle(self.tr("Enter extended service (at most %1 hours, within %2 days)")
                               .replace("%1", str(MAX_ENTRY_HOURS)).replace("%2", str(ENTRY_MAX_AGE_DAYS)))
        for name, text in (("staff", self.tr("For")), ("day", self.tr("Day")), ("from", self.tr("From")),
                           ("to", self.tr("to")), ("note", self.tr("Note"))):
            self.labels[name].setText(text)
        self.enter_button.setText(self.tr("Enter (Ctrl+Enter)"))
        self.days.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Extended service"),
                                             self.tr("Steps outside hours"), self.tr("Entered by hand")])
        self.entries.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Note"),
                                                self.tr("Entered by")])
        self.refresh()
