"""差评整改: the department's bad ratings to follow up, by due day, yellow and red like cases.

F3 adds a note, F4 closes the follow-up with the rectification done (Enter on a line: a note).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.follow_ups import FollowUpKind
from counter_app.services import follow_ups
from counter_app.services.desk import Desk
from counter_app.services.follow_ups import FollowUpRow
from counter_app.ui import labels_case
from counter_app.ui.chief_desk.common import Panel, current_key, fill, make_table
from counter_app.ui.chief_desk.follow_up_dialog import FollowUpDialog
from counter_app.ui.ratings import labels

NOTE_KEY, CLOSE_KEY = "F3", "F4"  # F2 is the tables' own edit key


class FollowUpPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("followUpPanel", parent)
        self.desk = desk
        self.rows: list[FollowUpRow] = []
        self.dialog: FollowUpDialog | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = make_table("followUpTable", 8)
        self.table.activated.connect(lambda _index: self.open_note())
        self.note_button, self.close_button = QPushButton(), QPushButton()
        self.note_button.setObjectName("noteFollowUp")
        self.close_button.setObjectName("closeFollowUp")
        for button, slot, key in ((self.note_button, self.open_note, NOTE_KEY),
                                  (self.close_button, self.open_close, CLOSE_KEY)):
            button.clicked.connect(lambda _c=False, s=slot: s())
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def count(self) -> int:
        return len(self.rows)

    def refresh(self) -> None:
        self.rows = follow_ups.follow_ups(self.desk.counter.local(), self.desk.who, self.desk.today())
        fill(self.table, [self._values(r) for r in self.rows], [r.rating_id for r in self.rows],
             [r.warning for r in self.rows])

    def _values(self, r: FollowUpRow) -> list[str]:
        window = self.tr("window %1").replace("%1", str(r.window_number)) if r.window_number else "—"
        return [r.due.isoformat(), labels_case.warning(r.warning), labels.numbered(r.level), r.staff_name, window,
                f"{labels.visit(r.kind)} · {r.what}", r.comment, "；".join(r.notes)]

    def current(self) -> FollowUpRow | None:
        key = current_key(self.table)
        return next((r for r in self.rows if isinstance(key, uuid.UUID) and r.rating_id == key), None)

    def open_note(self) -> FollowUpDialog | None:
        return self._open(FollowUpKind.NOTED)

    def open_close(self) -> FollowUpDialog | None:
        return self._open(FollowUpKind.CLOSED)

    def _open(self, kind: FollowUpKind) -> FollowUpDialog | None:
        """The note or closing dialog of the chosen line; opened, not run, so the desk stays live."""
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return None
        self.dialog = FollowUpDialog(self.desk, row, kind, self)
        self.dialog.saved.connect(lambda k, r=row: self._saved(k, r))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _saved(self, kind: FollowUpKind, row: FollowUpRow) -> None:
        text = self.tr("Follow-up closed: %1") if kind is FollowUpKind.CLOSED else self.tr("Note saved: %1")
        self.say(text.replace("%1", f"{row.staff_name} · {row.what}"))
        self.changed.emit()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Bad ratings of the department's staff (差评): look into each, note what you find (%1) and close it with the rectification done (%2) by the due day.")
                          .replace("%1", NOTE_KEY).replace("%2", CLOSE_KEY))
        self.note_button.setText(self.tr("Add a note… (%1)").replace("%1", NOTE_KEY))
        self.close_button.setText(self.tr("Close: rectified… (%1)").replace("%1", CLOSE_KEY))
        self.table.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("Warning"), self.tr("Rating"), self.tr("Staff"), self.tr("Window"),
            self.tr("For"), self.tr("The applicant said"), self.tr("Notes")])
        if self.rows:
            self.refresh()
