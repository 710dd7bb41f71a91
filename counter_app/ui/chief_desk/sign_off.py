"""签批: the department's cases awaiting the chief's decision, by deadline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.services.chief_desk import SignOffRow
from counter_app.services.desk import Desk
from counter_app.ui import labels_case
from counter_app.ui.cases.step_dialog import StepDialog
from counter_app.ui.chief_desk.common import Panel, current_key, day, fill, make_table
from counter_app.ui.chief_desk.dialogs import return_dialog, sign_off_dialog

APPROVE_KEY, RETURN_KEY, REFUSE_KEY = "F5", "F6", "F7"  # as on the intake page: yes, back, no


class SignOffPanel(Panel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__("signOffPanel", parent)
        self.desk = desk
        self.rows: list[SignOffRow] = []
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = make_table("signOffTable", 7)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the opinion
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.activated.connect(lambda _index: self.open_sign_off())  # Enter, or a double click
        self.approve_button, self.return_button, self.refuse_button = QPushButton(), QPushButton(), QPushButton()
        for button, name, slot, key in ((self.approve_button, "approveButton", self.approve, APPROVE_KEY),
                                        (self.return_button, "returnButton", self.open_return, RETURN_KEY),
                                        (self.refuse_button, "refuseButton", self.open_refusal, REFUSE_KEY)):
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.refuse_button):
            buttons.addWidget(button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def count(self) -> int:
        return len(self.rows)

    def refresh(self) -> None:
        self.rows = self.desk.sign_off_queue()
        fill(self.table, [self._values(r) for r in self.rows], [r.case_no for r in self.rows],
             [r.warning for r in self.rows])

    def _values(self, r: SignOffRow) -> list[str]:
        warning = labels_case.warning(r.warning)
        if r.suspended:
            warning += self.tr(" (suspended)")
        return [r.case_no, r.applicant_name, r.item_name, r.reviewer, r.opinion, day(r.step_due), warning]

    def current(self) -> SignOffRow | None:
        key = current_key(self.table)
        return next((r for r in self.rows if r.case_no == key), None)

    def approve(self) -> bool:
        """Grant at once: the decision is recorded, the case goes on to the certificate."""
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return False
        result = self.desk.sign_off(row.case_no, granted=True)
        if not result.saved:
            self.say_errors(result.errors)
            return False
        self.say(self.tr("Granted: %1").replace("%1", row.case_no))
        self.changed.emit()
        return True

    def open_sign_off(self, refuse: bool = False) -> StepDialog | None:
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return None
        dialog = sign_off_dialog(self.desk, row, self, refuse=refuse)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._decided(row, dialog.data().get("outcome") == "granted"))
        return dialog

    def open_refusal(self) -> StepDialog | None:
        return self.open_sign_off(refuse=True)

    def open_return(self) -> StepDialog | None:
        row = self.current()
        if row is None:
            self.nothing_chosen()
            return None
        dialog = return_dialog(self.desk, row, self)
        if dialog is not None:
            dialog.accepted.connect(lambda: self._done(self.tr("Returned to review: %1").replace("%1", row.case_no)))
        return dialog

    def _decided(self, row: SignOffRow, granted: bool) -> None:
        self._done((self.tr("Granted: %1") if granted else self.tr("Refused: %1")).replace("%1", row.case_no))

    def _done(self, text: str) -> None:
        self.say(text)
        self.changed.emit()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Cases of the department awaiting your decision, nearest deadline first. "
                                  "Enter or a double click opens the sign-off."))
        self.approve_button.setText(self.tr("Approve (%1)").replace("%1", APPROVE_KEY))
        self.approve_button.setToolTip(self.tr("Grant the licence for the chosen case at once (%1); "
                                               "Enter opens the sign-off with the reviewer's opinion.")
                                       .replace("%1", APPROVE_KEY))
        self.return_button.setText(self.tr("Return… (%1)").replace("%1", RETURN_KEY))
        self.return_button.setToolTip(self.tr("Send the chosen case back to review with a reason (%1).")
                                      .replace("%1", RETURN_KEY))
        self.refuse_button.setText(self.tr("Refuse… (%1)").replace("%1", REFUSE_KEY))
        self.refuse_button.setToolTip(self.tr("Refuse the licence, with the reasons the applicant is given (%1).")
                                      .replace("%1", REFUSE_KEY))
        self.table.setHorizontalHeaderLabels([
            self.tr("Case no."), self.tr("Applicant"), self.tr("Item"), self.tr("Reviewer"),
            self.tr("Reviewer's opinion"), self.tr("Step due"), self.tr("Warning")])
        if self.rows:
            self.refresh()
