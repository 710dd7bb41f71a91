"""The hall's operating rules (运行参数) for its administrator: one spin box per rule, its error under it.

Written at the hall, so the save runs off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.rules_entry import BOUNDS
from counter_app.services import operating_rules
from counter_app.services.desk import Desk
from counter_app.ui import tasks
from counter_app.ui.form_widgets import error_label, with_error
from counter_app.ui.windows import labels as window_labels


class RulesDialog(QDialog):
    saved = Signal()
    finished_saving = Signal(bool)

    def __init__(self, desk: Desk, current: OperatingRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.desk = desk
        values = current.to_json()
        self.spins: dict[str, QSpinBox] = {}
        for name, (low, high) in BOUNDS.items():
            spin = QSpinBox()
            spin.setObjectName(f"rule_{name}")
            spin.setRange(low, high)
            spin.setValue(values[name])
            self.spins[name] = spin
        self.errors = {name: error_label(f"rule_{name}_error") for name in (*BOUNDS, "rules")}
        self.state = QLabel()
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("saveRules")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self._task: tasks.Task | None = None
        self._build()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Operating rules of the hall"))
        form = QFormLayout()
        # Each rule's words on a line of their own, its spin box under them.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, spin in self.spins.items():
            label = QLabel(window_labels.rule_name(name))
            label.setBuddy(spin)
            spin.setMinimumWidth(120)
            form.addRow(label, with_error(spin, self.errors[name]))
        form.addRow(self.errors["rules"])
        note = QLabel(self.tr("Written at the hall: every counter works by them from its next sync."))
        note.setWordWrap(True)
        self.save_button.setText(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(560, 0)

    def values(self) -> dict[str, object]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def save(self) -> tasks.Task | None:
        if self._task is not None and not self.save_button.isEnabled():
            return None
        desk, values = self.desk, self.values()
        self._busy(True)
        self.state.setText(self.tr("Writing at the hall…"))
        self._task = tasks.Task(lambda: operating_rules.save_rules(desk.counter, desk.who, values, desk.clock()))
        self._task.signals.done.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        return tasks.start(self._task)

    def _done(self, errors: list[FieldError]) -> None:
        self._busy(False)
        self.state.clear()
        window_labels.show_field_errors(self.errors, errors)
        self.finished_saving.emit(not errors)
        if not errors:
            self.saved.emit()
            self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.setText(self.tr("Not saved: %1").replace("%1", str(error)))
        self.finished_saving.emit(False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.cancel_button, *self.spins.values()):
            widget.setEnabled(not busy)
