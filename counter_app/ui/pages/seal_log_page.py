"""The seal log (用印): a day's stampings of a seal, the chain check's badge, logging a stamping of a
printed document, and the daily register (用印登记簿) as PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
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

from counter_app.domain.clock import hall_time
from counter_app.domain.documents import DocumentKind
from counter_app.domain.staff import Role
from counter_app.services.desk import Desk
from counter_app.services.stamping import StampRequest
from counter_app.ui import tasks
from counter_app.ui.field_errors import message
from counter_app.ui.printing.labels import document_title
from counter_app.ui.printing.stamp_box import StampBox
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.seals.chain_badge import ChainBadge
from counter_app.ui.seals.register_dialog import RegisterDialog
from counter_app.ui.seals.seal_register_dialog import SealRegisterDialog

COLUMNS = 9


class SealLogPage(Retranslating, QWidget):
    stamped = Signal(str)  # the document number

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealLogPage")
        self.desk = desk
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.seal = QComboBox()
        self.seal.setObjectName("sealChoice")
        for row in desk.seals():
            self.seal.addItem(f"{row.code} · {row.name}", row.code)
        self.day = QDateEdit(QDate(desk.today().year, desk.today().month, desk.today().day))
        self.day.setObjectName("sealDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.badge = ChainBadge()
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("stampingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.document_no = QLineEdit()
        self.document_no.setObjectName("stampDocumentNo")
        self.stamp_box = StampBox(self.seal.currentData(), "")
        self.stamp_box.setCheckable(False)
        self.log_button, self.register_button = QPushButton(), QPushButton()
        self.log_button.setObjectName("logStamping")
        self.register_button.setObjectName("dailyRegister")
        self.log_button.clicked.connect(self.log_stamping)
        self.register_button.clicked.connect(self.open_register)
        self.admin_button = QPushButton()
        self.admin_button.setObjectName("sealRegister")
        self.admin_button.clicked.connect(self.open_seal_register)
        self.admin_button.setVisible(Role.HALL_ADMIN in desk.who.roles)
        self.result = QLabel()
        self.result.setObjectName("stampResult")
        self._build()
        self.seal.currentIndexChanged.connect(lambda _i: self._seal_changed())
        self.day.dateChanged.connect(lambda _d: self.refresh())
        QShortcut(QKeySequence("Ctrl+Return"), self, self.log_stamping,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.seal, 2)
        bar.addWidget(self.day)
        bar.addWidget(self.register_button)
        bar.addStretch(1)
        bar.addWidget(self.admin_button)
        self.form_box = QGroupBox()
        form = QVBoxLayout(self.form_box)
        self.document_label = QLabel()
        self.document_label.setBuddy(self.document_no)
        row = QHBoxLayout()
        row.addWidget(self.document_label)
        row.addWidget(self.document_no, 1)
        form.addLayout(row)
        form.addWidget(self.stamp_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.result, 1)
        form.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.badge)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)

    def chosen_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def _seal_changed(self) -> None:
        self.stamp_box.seal_code = self.seal.currentData()
        self.refresh()

    def refresh(self) -> None:
        code = self.seal.currentData()
        lines = self.desk.seal_entries(code, self.chosen_day()) if code else []
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            who = line.stamped_by + (self.tr(" for %1").replace("%1", line.acting_for) if line.acting_for else "")
            values = [str(line.seq), hall_time(line.stamped_at).strftime("%H:%M"), line.document_no,
                      document_title(DocumentKind(line.document_kind)), line.case_no, str(line.impressions),
                      line.purpose, who, line.device_code]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.check_chains()

    def check_chains(self) -> tasks.Task:
        """Verify the chains off the UI thread: it reads every entry and asks the hall for its heads."""
        task = tasks.Task(self.desk.verify_seals)
        task.signals.done.connect(self.badge.show_report)
        return tasks.start(task)

    def log_stamping(self) -> bool:
        request = StampRequest(self.seal.currentData() or "", self.stamp_box.impressions.value(),
                               self.stamp_box.purpose.text())
        outcome = self.desk.record_stamping(self.document_no.text(), request)
        left = self.stamp_box.show_errors(list(outcome.errors))
        document_error = next((e.code for e in left if e.field == "document_no"), None)
        self._say_document_error(document_error)
        if not outcome.saved:
            return False
        number = self.document_no.text().strip()
        self.result.setText(self.tr("Logged: entry %1 of this counter's chain.").replace("%1", str(outcome.chain_seq)))
        self.document_no.clear()
        tasks.start(tasks.Task(self.desk.push_seal_heads))  # the hall keeps the new chain head
        self.refresh()
        self.stamped.emit(number)
        return True

    def _say_document_error(self, code: str | None) -> None:
        self.result.setProperty("error", bool(code))
        self.result.setText(message(code) if code else "")

    def open_register(self) -> RegisterDialog | None:
        code = self.seal.currentData()
        register = self.desk.daily_register(code, self.chosen_day(), self.badge.report) if code else None
        if register is None:
            return None
        dialog = RegisterDialog(self.desk, register, self)
        dialog.open()
        return dialog

    def open_seal_register(self) -> SealRegisterDialog:
        dialog = SealRegisterDialog(self.desk, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Seal log"))
        self.form_box.setTitle(self.tr("Log a stamping of a printed document"))
        self.document_label.setText(self.tr("Document number"))
        self.document_no.setPlaceholderText(self.tr("as printed on the document, e.g. 二七市监审受字〔2026〕第C01-0001号"))
        self.log_button.setText(self.tr("Log the stamping (Ctrl+Enter)"))
        self.register_button.setText(self.tr("Daily register (PDF)…"))
        self.admin_button.setText(self.tr("Seal register…"))
        self.stamp_box.setTitle(self.tr("Stamping"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("Document number"), self.tr("Document"), self.tr("Case"),
            self.tr("Impressions"), self.tr("Purpose"), self.tr("Stamped by"), self.tr("Counter")])
        if self.table.rowCount():
            self.refresh()  # the document names in the table follow the language
