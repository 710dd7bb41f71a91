"""The seal register (印章登记) for the hall administrator: the hall's seals, a new seal, a change of
custody or of state. Each change is recorded as an event at the hall and pulled to this counter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.seals import SealState
from counter_app.services import seal_register
from counter_app.services.desk import Desk
from counter_app.ui.form_widgets import error_label, show_errors, with_error

FIELDS = ("seal", "custodian_a", "custodian_b", "reason", "state")


def state_name(state: SealState) -> str:
    names = {
        SealState.IN_USE: QCoreApplication.translate("SealRegister", "in use"),
        SealState.SUSPENDED: QCoreApplication.translate("SealRegister", "suspended"),
        SealState.RETIRED: QCoreApplication.translate("SealRegister", "retired"),
    }
    return names[state]


class SealRegisterDialog(QDialog):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealRegisterDialog")
        self.desk = desk
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("sealTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.custodian_a, self.custodian_b, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.custodian_a, "custodianA"), (self.custodian_b, "custodianB"), (self.reason, "reason")):
            edit.setObjectName(name)
        self.state = QComboBox()
        self.state.setObjectName("sealState")
        for state in SealState:
            self.state.addItem(state_name(state), state.value)
        self.errors = {name: error_label(f"{name}Error") for name in FIELDS}
        self.custody_button, self.state_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.custody_button.clicked.connect(self.change_custody)
        self.state_button.clicked.connect(self.change_state)
        self.close_button.clicked.connect(self.accept)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Seal register"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Seal"), self.tr("Department"),
                                              self.tr("State"), self.tr("Custodian A"), self.tr("Custodian B")])
        box = QGroupBox(self.tr("Change the chosen seal"))
        form = QFormLayout(box)
        form.addRow(self.tr("Custodian A (staff code)"), with_error(self.custodian_a, self.errors["custodian_a"]))
        form.addRow(self.tr("Custodian B (staff code, may be empty)"),
                    with_error(self.custodian_b, self.errors["custodian_b"]))
        form.addRow(self.tr("State"), with_error(self.state, self.errors["state"]))
        form.addRow(self.tr("Reason"), with_error(self.reason, self.errors["reason"]))
        form.addRow(self.errors["seal"])
        self.custody_button.setText(self.tr("Hand over custody"))
        self.state_button.setText(self.tr("Change the state"))
        self.close_button.setText(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.custody_button, self.state_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addLayout(buttons)
        self.resize(900, 560)

    def refresh(self) -> None:
        rows = self.desk.seals()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.code, row.name, row.department, state_name(row.state), row.custodian_a,
                                       row.custodian_b)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def chosen_code(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else ""

    def change_custody(self) -> bool:
        return self._done(seal_register.change_custody(
            self.desk.counter, self.desk.who, self.chosen_code(), self.custodian_a.text(), self.custodian_b.text(),
            self.reason.text(), self.desk.clock()))

    def change_state(self) -> bool:
        return self._done(seal_register.change_state(
            self.desk.counter, self.desk.who, self.chosen_code(), SealState(self.state.currentData()),
            self.reason.text(), self.desk.clock()))

    def _done(self, errors: list[FieldError]) -> bool:
        show_errors(self.errors, errors)
        if errors:
            return False
        for edit in (self.custodian_a, self.custodian_b, self.reason):
            edit.clear()
        current = self.table.currentRow()
        self.refresh()
        self.table.selectRow(current)
        self.changed.emit()
        return True
