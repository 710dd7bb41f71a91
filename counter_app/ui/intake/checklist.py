"""The item's material checklist (材料清单): each material provided, missing, wrong, or not applicable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.catalogue import Requirement
from counter_app.domain.intake import PROBLEM_MAX, MaterialCheck, MaterialState
from counter_app.services.overview import ItemRow
from counter_app.ui import labels
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_error
from counter_app.ui.retranslate import Retranslating

STATES = (MaterialState.PROVIDED, MaterialState.MISSING, MaterialState.NONCONFORMING, MaterialState.NOT_APPLICABLE)
STATE_COLUMN, PROBLEM_COLUMN = 3, 4


class Checklist(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ItemRow | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("checklist")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((0, 28), (2, 140), (STATE_COLUMN, 130), (PROBLEM_COLUMN, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.error = error_label("checklistError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self.retranslate()

    def set_item(self, item: ItemRow | None) -> None:
        self.item = item
        materials = item.materials if item else ()
        self.table.setRowCount(len(materials))
        for row, m in enumerate(materials):
            how = f"{labels.material_form(m.form)} ×{m.copies} · {labels.requirement(m.requirement)}"
            cells = (str(row + 1), m.name, how)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1 and m.note:
                    cell.setToolTip(m.note)
                self.table.setItem(row, column, cell)
            state = QComboBox()
            state.setObjectName(f"materialState{row + 1}")
            for s in STATES:
                if s is MaterialState.NOT_APPLICABLE and m.requirement is Requirement.REQUIRED:
                    continue
                state.addItem(self._state_text(s), s.value)
            # A conditional material usually does not apply; the clerk says when it does.
            default = MaterialState.NOT_APPLICABLE if m.requirement is Requirement.CONDITIONAL else MaterialState.MISSING
            state.setCurrentIndex(max(0, state.findData(default.value)))
            self.table.setCellWidget(row, STATE_COLUMN, state)
            problem = QLineEdit()
            problem.setObjectName(f"materialProblem{row + 1}")
            problem.setMaxLength(PROBLEM_MAX)
            self.table.setCellWidget(row, PROBLEM_COLUMN, problem)
        self.table.resizeRowsToContents()
        show_error(self.error, None)

    def state_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, STATE_COLUMN)  # type: ignore[return-value]

    def problem_box(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, PROBLEM_COLUMN)  # type: ignore[return-value]

    def set_state(self, row: int, state: MaterialState, problem: str = "") -> None:
        box = self.state_box(row)
        box.setCurrentIndex(box.findData(state.value))
        self.problem_box(row).setText(problem)

    def mark_all_provided(self) -> None:
        for row, m in enumerate(self.item.materials if self.item else ()):
            if m.requirement is Requirement.REQUIRED:
                self.set_state(row, MaterialState.PROVIDED)

    def checks(self) -> list[MaterialCheck]:
        if self.item is None:
            return []
        return [
            MaterialCheck(row + 1, m.name, m.requirement is Requirement.REQUIRED,
                          MaterialState(self.state_box(row).currentData()), self.problem_box(row).text())
            for row, m in enumerate(self.item.materials)
        ]

    def show_errors(self, errors: list[FieldError]) -> bool:
        mine = [e for e in errors if e.field.startswith("material_")]
        for row in range(self.table.rowCount()):
            self.problem_box(row).setStyleSheet("")
            self.problem_box(row).setToolTip("")
        lines = []
        for e in mine:
            row = int(e.field.split("_")[1]) - 1
            if 0 <= row < self.table.rowCount():
                self.problem_box(row).setStyleSheet("background: #ffd6d6;")
                self.problem_box(row).setToolTip(message(e.code))
                lines.append(self.tr("Material %1: %2").replace("%1", str(row + 1)).replace("%2", message(e.code)))
        show_error(self.error, "\n".join(lines) or None, translated=True)
        return bool(mine)

    def _state_text(self, state: MaterialState) -> str:
        return {
            MaterialState.PROVIDED: self.tr("Provided"),
            MaterialState.MISSING: self.tr("Missing"),
            MaterialState.NONCONFORMING: self.tr("Not in legal form"),
            MaterialState.NOT_APPLICABLE: self.tr("Not applicable"),
        }[state]


    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("Material"), self.tr("Form, copies"), self.tr("State"), self.tr("What is wrong")])
        for row in range(self.table.rowCount()):
            box = self.state_box(row)
            for i in range(box.count()):
                box.setItemText(i, self._state_text(MaterialState(box.itemData(i))))
