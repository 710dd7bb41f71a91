"""Open or close a window (开启 / 关闭窗口) with the reason; closing one that staff are posted to asks
for a tick after naming them (and whether they logged in today, as far as the hall knows).

The change is written at the hall, so it runs off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.hall import WindowType
from counter_app.services import windows
from counter_app.services.desk import Desk
from counter_app.services.windows import PostedStaff, WindowRow
from counter_app.ui import labels, tasks
from counter_app.ui.form_widgets import error_label, note_edit, show_error, with_error
from counter_app.ui.windows import labels as window_labels


class WindowChangeDialog(QDialog):
    changed = Signal(int, bool)  # window number, opened
    finished_change = Signal(bool)  # True: written at the hall; False: refused, nothing changed

    def __init__(self, desk: Desk, row: WindowRow, opening: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowChangeDialog")
        self.desk, self.row, self.opening = desk, row, opening
        self.reason = note_edit("windowReason")
        self.staff = QLabel()
        self.staff.setObjectName("windowStaff")
        self.staff.setWordWrap(True)
        self.despite_staff = QCheckBox()
        self.despite_staff.setObjectName("despiteStaff")
        self.errors = {name: error_label(f"windowChange_{name}_error") for name in ("window", "reason")}
        self.state = QLabel()
        self.confirm_button, self.cancel_button = QPushButton(), QPushButton()
        self.confirm_button.setObjectName("confirmWindowChange")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self._task: tasks.Task | None = None
        self._build()
        if not opening and row.posted:
            self._load_staff()

    def _build(self) -> None:
        row = self.row
        title = self.tr("Open window %1") if self.opening else self.tr("Close window %1")
        self.setWindowTitle(title.replace("%1", str(row.number)))
        form = QFormLayout()
        form.addRow(self.tr("Window"), QLabel(f"{row.number} · {row.name} · {labels.window_type(row.type)}"))
        form.addRow(self.errors["window"])
        required = self.opening and row.type is WindowType.EMERGENCY
        form.addRow(self.tr("Reason (required)") if required else self.tr("Reason"),
                    with_error(self.reason, self.errors["reason"]))
        posted = not self.opening and bool(row.posted)
        self.staff.setVisible(posted)
        self.despite_staff.setVisible(posted)
        if posted:
            self._show_staff([PostedStaff("", name, None) for name in row.posted])
            self.despite_staff.setText(self.tr("Close it all the same: they stay posted and can still log in"))
            form.addRow(self.staff)
            form.addRow(self.despite_staff)
        self.confirm_button.setText(self.tr("Open the window") if self.opening else self.tr("Close the window"))
        self.cancel_button.setText(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(520, 0)

    def _load_staff(self) -> None:
        desk, number = self.desk, self.row.number
        self._staff_task = tasks.Task(lambda: windows.posted_staff(desk.counter, desk.who, number, desk.today()))
        self._staff_task.signals.done.connect(self._show_staff)
        tasks.start(self._staff_task)

    def _show_staff(self, people: list[PostedStaff]) -> None:
        names = []
        for p in people:
            if p.logged_in_today:
                names.append(self.tr("%1 (logged in today)").replace("%1", p.name))
            else:
                names.append(p.name)
        self.staff.setText(self.tr("Posted to this window: %1.").replace("%1", "、".join(names)))

    def confirm(self) -> tasks.Task:
        desk, number, reason = self.desk, self.row.number, self.reason.toPlainText()
        if self.opening:
            def work() -> list[FieldError]:
                return windows.open_window(desk.counter, desk.who, number, reason, desk.clock())
        else:
            despite = self.despite_staff.isChecked()

            def work() -> list[FieldError]:
                return windows.close_window(desk.counter, desk.who, number, reason, desk.clock(),
                                            despite_staff=despite)
        self._busy(True)
        self.state.setText(self.tr("Writing at the hall…"))
        self._task = tasks.Task(work)
        self._task.signals.done.connect(self._done)
        self._task.signals.failed.connect(self._failed)
        return tasks.start(self._task)

    def _done(self, errors: list[FieldError]) -> None:
        self._busy(False)
        self.state.clear()
        window_labels.show_field_errors(self.errors, errors)
        self.finished_change.emit(not errors)
        if not errors:
            self.changed.emit(self.row.number, self.opening)
            self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.clear()
        show_error(self.errors["window"], self.tr("Not changed: %1").replace("%1", str(error)), translated=True)
        self.finished_change.emit(False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.confirm_button, self.cancel_button, self.reason, self.despite_staff):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._task is not None and not self.confirm_button.isEnabled():
            return  # the hall is being written: wait for its answer
        super().reject()
