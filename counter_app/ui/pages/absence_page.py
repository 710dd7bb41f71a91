"""Absences (请假与顶岗): report one's own absence, decide the ones waiting for me, and see whom I
stand in for as the B role (B角)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.absences import AbsenceState
from counter_app.domain.applicant import FieldError
from counter_app.services.absences import AbsenceRow
from counter_app.services.desk import Desk
from counter_app.ui.form_widgets import error_label, show_error, show_errors, with_error
from counter_app.ui.retranslate import Retranslating


def state_name(state: AbsenceState) -> str:
    names = {
        AbsenceState.REPORTED: QCoreApplication.translate("AbsencePage", "waiting for a decision"),
        AbsenceState.APPROVED: QCoreApplication.translate("AbsencePage", "approved"),
        AbsenceState.REFUSED: QCoreApplication.translate("AbsencePage", "refused"),
        AbsenceState.WITHDRAWN: QCoreApplication.translate("AbsencePage", "withdrawn"),
    }
    return names[state]


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 6)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AbsencePage(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("absencePage")
        self.desk = desk
        self.heading, self.covering = QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.covering.setObjectName("coveringBanner")
        self.covering.setWordWrap(True)
        tomorrow = desk.today() + dt.timedelta(days=1)
        self.start, self.end = _date_edit(tomorrow, "absenceStart"), _date_edit(tomorrow, "absenceEnd")
        self.reason, self.note = QLineEdit(), QLineEdit()
        self.reason.setObjectName("absenceReason")
        self.note.setObjectName("decisionNote")
        self.errors = {n: error_label(f"{n}Error") for n in ("start", "end", "reason", "note", "absence")}
        self.mine, self.waiting = _table("myAbsences"), _table("waitingAbsences")
        self.report_button, self.approve_button, self.refuse_button = QPushButton(), QPushButton(), QPushButton()
        self.report_button.setObjectName("reportAbsence")
        self.report_button.clicked.connect(self.report)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.result = QLabel()
        self.result.setObjectName("absenceResult")
        self.waiting_rows: list[AbsenceRow] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.report_box, self.mine_box, self.waiting_box = QGroupBox(), QGroupBox(), QGroupBox()
        form = QFormLayout(self.report_box)
        self.labels = [QLabel() for _ in range(3)]
        for label, field, error in zip(self.labels, (self.start, self.end, self.reason),
                                       (self.errors["start"], self.errors["end"], self.errors["reason"]), strict=True):
            form.addRow(label, with_error(field, error))
        form.addRow(self.report_button, self.result)
        QVBoxLayout(self.mine_box).addWidget(self.mine)
        decide = QVBoxLayout(self.waiting_box)
        decide.addWidget(self.waiting)
        row = QHBoxLayout()
        self.note_label = QLabel()
        row.addWidget(self.note_label)
        row.addWidget(with_error(self.note, self.errors["note"]), 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        decide.addLayout(row)
        decide.addWidget(self.errors["absence"])
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.covering, self.report_box, self.mine_box, self.waiting_box):
            layout.addWidget(widget)

    def refresh(self) -> None:
        mine, waiting, covering = self.desk.absence_overview()
        self._fill(self.mine, mine)
        self._fill(self.waiting, waiting)
        self.waiting_rows = waiting
        self.waiting_box.setVisible(bool(waiting))
        self.covering.setVisible(bool(covering))
        self.covering.setText("；".join(
            self.tr("You stand in for %1 from %2 to %3 (B role)").replace("%1", r.staff_name)
            .replace("%2", r.start.isoformat()).replace("%3", r.end.isoformat()) for r in covering))

    def _fill(self, table: QTableWidget, rows: list[AbsenceRow]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            late = self.tr("late") if row.late else ""
            for c, value in enumerate((row.staff_name, row.start.isoformat(), row.end.isoformat(), row.reason,
                                       f"{state_name(row.state)} {late}".strip(), row.note)):
                table.setItem(r, c, QTableWidgetItem(value))

    def report(self) -> bool:
        outcome = self.desk.report_absence(_day(self.start), _day(self.end), self.reason.text())
        self._show(list(outcome.errors))
        if not outcome.saved:
            return False
        self.result.setText(self.tr("Reported late: less than 1 working day ahead.") if outcome.late
                            else self.tr("Reported; the decision will show here."))
        self.reason.clear()
        self.refresh()
        self.changed.emit()
        return True

    def decide(self, approve: bool) -> bool:
        row = self.waiting.currentRow()
        if row < 0 or row >= len(self.waiting_rows):
            show_error(self.errors["absence"], self.tr("Choose an absence first."), translated=True)
            return False
        outcome = self.desk.decide_absence(self.waiting_rows[row].id, approve, self.note.text())
        self._show(list(outcome.errors))
        if not outcome.saved:
            return False
        self.note.clear()
        self.refresh()
        self.changed.emit()
        return True

    def _show(self, errors: list[FieldError]) -> None:
        show_errors(self.errors, errors)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Absences and cover"))
        self.report_box.setTitle(self.tr("Report my absence (at least 1 working day ahead)"))
        self.mine_box.setTitle(self.tr("My absences"))
        self.waiting_box.setTitle(self.tr("Waiting for my decision"))
        for label, text in zip(self.labels, (self.tr("From"), self.tr("To"), self.tr("Reason")), strict=True):
            label.setText(text)
        self.note_label.setText(self.tr("Note (required to refuse)"))
        self.report_button.setText(self.tr("Report"))
        self.approve_button.setText(self.tr("Approve"))
        self.refuse_button.setText(self.tr("Refuse"))
        headers = [self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("State"),
                   self.tr("Note")]
        for table in (self.mine, self.waiting):
            table.setHorizontalHeaderLabels(headers)
        self.refresh()
