"""Agency help on the case shown (代办帮办): who helps, what was done, and start / note / end.

It sits under the case detail and follows the case shown there; Ctrl+H starts the help, or adds the
note once it runs, and Enter in the note does the same.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.agency_help import NOTE_MAX, HelpKind, HelpState
from counter_app.domain.applicant import FieldError
from counter_app.services import agency_help
from counter_app.services.agency_help import HelpView
from counter_app.services.case_queries import CaseDetail
from counter_app.services.desk import Desk
from counter_app.ui.field_errors import message
from counter_app.ui.form_widgets import error_label, show_errors
from counter_app.ui.retranslate import Retranslating

FIELDS = ("case", "helper", "note")


def error_text(code: str) -> str:
    messages = {
        "already_helped": QCoreApplication.translate("AgencyHelpPanel", "Someone already helps with this case."),
        "case_closed": QCoreApplication.translate("AgencyHelpPanel", "The case is closed."),
        "not_helped": QCoreApplication.translate("AgencyHelpPanel", "Nobody helps with this case now."),
        "not_the_helper": QCoreApplication.translate(
            "AgencyHelpPanel", "Only the helper or the department's chief representative notes and ends the help."),
        "not_your_staff": QCoreApplication.translate(
            "AgencyHelpPanel", "Only the department's chief representative puts a colleague in as the helper."),
        "not_case_staff": QCoreApplication.translate(
            "AgencyHelpPanel", "Only staff of the case's department, or of the comprehensive window that "
            "received it, help with it."),
        "unknown_staff": QCoreApplication.translate("AgencyHelpPanel", "No member of staff has this code."),
        "unknown": QCoreApplication.translate("AgencyHelpPanel", "This counter has no such case."),
    }
    return messages.get(code) or message(code)


def kind_name(kind: HelpKind) -> str:
    return {
        HelpKind.STARTED: QCoreApplication.translate("AgencyHelpPanel", "started"),
        HelpKind.NOTED: QCoreApplication.translate("AgencyHelpPanel", "noted"),
        HelpKind.ENDED: QCoreApplication.translate("AgencyHelpPanel", "ended"),
    }[kind]


class AgencyHelpPanel(Retranslating, QGroupBox):
    changed = Signal(str)  # the case number whose help changed

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyHelpPanel")
        self.desk = desk
        self.case_no: str | None = None
        self._shown_case: str | None = None
        self.view: HelpView | None = None
        self.state, self.record = QLabel(), QLabel()
        self.state.setObjectName("helpState")
        self.record.setObjectName("helpRecord")
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        self.helper = QComboBox()
        self.helper.setObjectName("helpHelper")
        self.note = QLineEdit()
        self.note.setObjectName("helpNote")
        self.note.setMaxLength(NOTE_MAX + 50)
        self.errors = {name: error_label(f"help_{name}_error") for name in FIELDS}
        self.start_button, self.note_button, self.end_button = QPushButton(), QPushButton(), QPushButton()
        self.start_button.setObjectName("helpStart")
        self.note_button.setObjectName("helpAddNote")
        self.end_button.setObjectName("helpEnd")
        self.start_button.clicked.connect(self.start)
        self.note_button.clicked.connect(self.add_note)
        self.end_button.clicked.connect(self.end)
        self.note.returnPressed.connect(self.primary)
        QShortcut(QKeySequence("Ctrl+H"), self, self.primary, context=Qt.ShortcutContext.WindowShortcut)
        self._build()
        # Its own height, always: the detail's text above it scrolls instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()
        self.hide()

    def _build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.helper)
        row.addWidget(self.note, 1)
        for button in (self.start_button, self.note_button, self.end_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.state)
        layout.addWidget(self.record)
        layout.addLayout(row)
        for name in FIELDS:
            layout.addWidget(self.errors[name])

    def show_case(self, detail: CaseDetail | None) -> None:
        """Follow the case the detail shows (None: none)."""
        self.case_no = detail.state.case_no if detail is not None else None
        if self.case_no != self._shown_case:  # another case: the last one's note and errors go
            self.note.clear()
            show_errors(self.errors, [])
        self._shown_case = self.case_no
        self.view = agency_help.help_of(self.desk.counter, self.desk.who, self.case_no) if self.case_no else None
        self._show_view()

    def _show_view(self) -> None:
        view = self.view
        self.setVisible(view is not None and (view.state is not HelpState.NONE or view.may_start))
        if view is None:
            return
        if view.state is HelpState.ACTIVE:
            started = next((e.occurred_at for e in reversed(view.entries) if e.kind is HelpKind.STARTED), None)
            self.state.setText(self.tr("Helped by %1 (%2) since %3").replace("%1", view.helper_name or "")
                               .replace("%2", view.helper_code or "")
                               .replace("%3", started.strftime("%Y-%m-%d %H:%M") if started else ""))
        elif view.state is HelpState.ENDED:
            self.state.setText(self.tr("Agency help by %1 has ended.").replace("%1", view.helper_name or ""))
        else:
            self.state.setText(self.tr("No agency help. Start it when the applicant needs the case handled "
                                       "for them."))
        e = html.escape
        # The last few entries as rich text: time · what · who · note (the note's own lines kept).
        lines = [f"{e(x.occurred_at.strftime('%m-%d %H:%M'))} · <b>{e(kind_name(x.kind))}</b> · {e(x.actor)} · "
                 f"{e(x.note)}".replace("\n", "<br>") for x in view.entries[-4:]]
        record = "<br>".join(lines)
        self.record.setText(record)
        self.record.setVisible(bool(view.entries))
        choices = agency_help.helpers_for(self.desk.counter, self.desk.who, self.case_no or "") \
            if view.may_start else []
        self.helper.clear()
        for code, name in choices:
            self.helper.addItem(f"{name} ({code})", code)
        self.helper.setVisible(len(choices) > 1)
        self.start_button.setVisible(view.may_start)
        self.note_button.setVisible(view.may_follow)
        self.end_button.setVisible(view.may_follow)
        self.note.setVisible(view.may_start or view.may_follow)

    def primary(self) -> bool:
        """Ctrl+H / Enter: start the help, or note what was done once it runs."""
        if self.view is None or not self.isVisible():
            return False
        if self.view.may_start:
            return self.start()
        return self.add_note() if self.view.may_follow else False

    def start(self) -> bool:
        code = self.helper.currentData() if self.helper.isVisible() else None
        return self._act(lambda no, text: agency_help.start(self.desk.counter, self.desk.who, no, text,
                                                            self.desk.clock(), helper_code=code))

    def add_note(self) -> bool:
        return self._act(lambda no, text: agency_help.add_note(self.desk.counter, self.desk.who, no, text,
                                                               self.desk.clock()))

    def end(self) -> bool:
        return self._act(lambda no, text: agency_help.end(self.desk.counter, self.desk.who, no, text,
                                                          self.desk.clock()))

    def _act(self, action) -> bool:  # type: ignore[no-untyped-def]
        if self.case_no is None:
            return False
        errors: list[FieldError] = action(self.case_no, self.note.text())
        show_errors(self.errors, errors, error_text)
        if errors:
            return False
        self.note.clear()
        case_no = self.case_no
        self.show_case_no(case_no)
        self.changed.emit(case_no)
        return True

    def show_case_no(self, case_no: str) -> None:
        self.view = agency_help.help_of(self.desk.counter, self.desk.who, case_no)
        self._show_view()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Agency help"))
        self.note.setPlaceholderText(self.tr("What the applicant needs, or what was done for them"))
        self.start_button.setText(self.tr("Start agency help (Ctrl+H)"))
        self.note_button.setText(self.tr("Add the note (Ctrl+H)"))
        self.end_button.setText(self.tr("End agency help"))
        self._show_view()
