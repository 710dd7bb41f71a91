"""The staff register (进驻人员名册) for the hall administrator: everyone posted to the hall with what the
register shows against them, rotation requests and the centre's decisions, sending back."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.staff_register import RotationState
from counter_app.services.desk import Desk
from counter_app.services.staff_register import StaffRow
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.staff.decision_dialog import DecisionDialog
from counter_app.ui.staff.register_model import WIDEST, StaffFilter, StaffRegisterModel
from counter_app.ui.staff.rotation_dialog import RotationDialog
from counter_app.ui.staff.send_back_dialog import SendBackDialog


class StaffRegisterPage(Retranslating, QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffRegisterPage")
        self.desk = desk
        self.heading, self.count, self.legend, self.result = QLabel(), QLabel(), QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.count.setObjectName("staffCount")
        self.legend.setObjectName("staffLegend")
        self.legend.setWordWrap(True)
        self.result.setObjectName("staffResult")
        self.search = QLineEdit()
        self.search.setObjectName("staffFilter")
        self.search.setClearButtonEnabled(True)
        self.findings_only = QCheckBox()
        self.findings_only.setObjectName("staffFindingsOnly")
        self.model = StaffRegisterModel()
        self.filter = StaffFilter(self.model)
        self.table = self._table()
        self.request_button, self.decide_button, self.send_back_button = QPushButton(), QPushButton(), QPushButton()
        self.request_button.setObjectName("requestRotation")
        self.decide_button.setObjectName("decideRotation")
        self.send_back_button.setObjectName("sendBack")
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("staffTable")
        table.setModel(self.filter)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fit_columns(self) -> None:
        """Wide enough for the words, not for the longest department name: the tooltip shows all of it."""
        self.table.resizeColumnsToContents()
        for column, widest in WIDEST.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.findings_only)
        bar.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.request_button, self.decide_button, self.send_back_button):
            actions.addWidget(button)
        actions.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter_changed)
        self.findings_only.toggled.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.request_button.clicked.connect(self.open_rotation)
        self.decide_button.clicked.connect(self.open_decision)
        self.send_back_button.clicked.connect(self.open_send_back)
        self.table.doubleClicked.connect(self._double_clicked)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus, context=within)
        QShortcut(QKeySequence("Ctrl+R"), self, self.open_rotation, context=within)
        QShortcut(QKeySequence("Ctrl+D"), self, self.open_decision, context=within)

    # -- the list ----------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        chosen = select or (self.selected().code if self.selected() else None)
        self.model.set_rows(self.desk.staff_rows())
        self._reselect(chosen)
        self._show_count()
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # a sync may have brought changes to the register

    def _filter_changed(self) -> None:
        chosen = self.selected()
        self.filter.set_filter(self.search.text(), self.findings_only.isChecked())
        self._reselect(chosen.code if chosen else None)
        self._show_count()

    def _reselect(self, code: str | None) -> None:
        for r in range(self.filter.rowCount()):
            if code and self.filter.index(r, 0).data(Qt.ItemDataRole.UserRole) == code:
                self.table.selectionModel().setCurrentIndex(
                    self.filter.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.filter.index(r, 0))
                break
        else:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        self._selection_changed()

    def _show_count(self) -> None:
        rows = self.model.rows
        self.count.setText(self.tr("%1 of %2 shown · %3 with findings").replace("%1", str(self.filter.rowCount()))
                           .replace("%2", str(len(rows))).replace("%3", str(sum(1 for r in rows if r.findings))))

    def selected(self) -> StaffRow | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else None
        if index is None or not index.isValid():
            return None
        return self.model.rows[self.filter.mapToSource(index).row()]

    def select_code(self, code: str) -> bool:
        self._reselect(code)
        return self.selected() is not None and self.selected().code == code  # type: ignore[union-attr]

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        pending = row is not None and row.rotation is RotationState.REQUESTED
        self.request_button.setEnabled(row is None or (row.active and not pending))  # none: type the code
        self.decide_button.setEnabled(pending)
        self.send_back_button.setEnabled(row is not None and row.active and row.code != self.desk.who.code)

    def _double_clicked(self) -> None:
        row = self.selected()
        if row is not None and row.rotation is RotationState.REQUESTED:
            self.open_decision()
        elif row is not None and row.active:
            self.open_rotation()

    # -- the actions -------------------------------------------------------------------

    def open_rotation(self) -> RotationDialog | None:
        row = self.selected()
        if not self.request_button.isEnabled():
            return None
        dialog = RotationDialog(self.desk, {r.code: r for r in self.model.rows}, row.code if row else "", self)
        dialog.saved.connect(self._rotation_saved)
        dialog.open()
        return dialog

    def open_decision(self) -> DecisionDialog | None:
        row = self.selected()
        if row is None or row.rotation is not RotationState.REQUESTED:
            return None
        dialog = DecisionDialog(self.desk, row, self)
        dialog.decided.connect(self._decided)
        dialog.open()
        return dialog

    def open_send_back(self) -> SendBackDialog | None:
        row = self.selected()
        if row is None or not self.send_back_button.isEnabled():
            return None
        dialog = SendBackDialog(self.desk, row, self)
        dialog.sent_back.connect(self._sent_back)
        dialog.open()
        return dialog

    def _rotation_saved(self, code: str) -> None:
        self.refresh(code)
        self.result.setText(self.tr("The rotation request of %1 is recorded.").replace("%1", self._name(code)))

    def _decided(self, code: str, approved: bool) -> None:
        self.refresh(code)
        text = self.tr("Rotation of %1 approved.") if approved else self.tr("Rotation of %1 refused.")
        self.result.setText(text.replace("%1", self._name(code)))

    def _sent_back(self, code: str) -> None:
        self.refresh(code)
        self.result.setText(self.tr("%1 is sent back and can no longer log in.").replace("%1", self._name(code)))

    def _name(self, code: str) -> str:
        return next((r.name for r in self.model.rows if r.code == code), code)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff register"))
        self.search.setPlaceholderText(self.tr("Filter by code, name or department (Ctrl+F)"))
        self.findings_only.setText(self.tr("Only with findings"))
        self.legend.setText(self.tr("Red: a requirement of the hall's notice is not met (a law-enforcement "
                                    "certificate, a year of experience). Amber with ⚠: a guideline (age 45, a chief "
                                    "representative's 2 years), shown only. Neither stops anyone from working."))
        self.request_button.setText(self.tr("Record a rotation request… (Ctrl+R)"))
        self.decide_button.setText(self.tr("Approve or refuse the request… (Ctrl+D)"))
        self.send_back_button.setText(self.tr("Send back…"))
        self.model.retranslate()
        self._show_count()
        self._fit_columns()
