"""A note on a bad rating's follow-up, or its closing with the rectification done (差评整改).

The rating is shown above the text: who was rated, how, what the applicant said, and the notes so
far. Nothing is saved unless the service takes it; its errors stand next to the text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.follow_ups import FollowUpKind
from counter_app.services import follow_ups
from counter_app.services.desk import Desk
from counter_app.services.follow_ups import FollowUpRow
from counter_app.ui import labels_case
from counter_app.ui.form_widgets import error_label, show_error, with_error
from counter_app.ui.ratings import labels


class FollowUpDialog(QDialog):
    saved = Signal(object)  # the FollowUpKind recorded

    def __init__(self, desk: Desk, row: FollowUpRow, kind: FollowUpKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.desk, self.row, self.kind = desk, row, kind
        self.text = QPlainTextEdit()
        self.text.setObjectName("followUpText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(120)
        self.errors = {name: error_label(f"followUp_{name}_error") for name in ("follow_up", "text")}
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("saveFollowUp")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._build()

    def _build(self) -> None:
        row, closing = self.row, self.kind is FollowUpKind.CLOSED
        self.setWindowTitle(self.tr("Close the follow-up: rectification done") if closing
                            else self.tr("A note on the follow-up"))
        form = QFormLayout()
        form.addRow(self.tr("Rated"), QLabel(self.tr("%1 on %2: %3").replace("%1", row.staff_name)
                                             .replace("%2", row.rated_at.strftime("%Y-%m-%d %H:%M"))
                                             .replace("%3", labels.numbered(row.level))))
        form.addRow(self.tr("For"), QLabel(f"{labels.visit(row.kind)} · {row.what}"))
        said = QLabel(row.comment or "—")
        said.setWordWrap(True)
        form.addRow(self.tr("The applicant said"), said)
        form.addRow(self.tr("Due"), QLabel(f"{row.due.isoformat()} · {labels_case.warning(row.warning)}"))
        if row.notes:
            notes = QLabel("\n".join(f"· {n}" for n in row.notes))
            notes.setWordWrap(True)
            form.addRow(self.tr("Notes so far"), notes)
        form.addRow(self.errors["follow_up"])
        form.addRow(self.tr("What was rectified") if closing else self.tr("Note"),
                    with_error(self.text, self.errors["text"]))
        self.save_button.setText(self.tr("Close the follow-up") if closing else self.tr("Save note"))
        self.cancel_button.setText(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(560, 0)
        self.text.setFocus()

    def save(self) -> bool:
        record = follow_ups.close if self.kind is FollowUpKind.CLOSED else follow_ups.note
        errors = record(self.desk.counter.local(), self.desk.who, self.row.rating_id, self.text.toPlainText(),
                        self.desk.clock())
        by_field = {e.field: e.code for e in errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, labels.error(code) if code else None, translated=True)
        if errors:
            return False
        self.saved.emit(self.kind)
        self.accept()
        return True
