"""The case detail: where it stands, its limits, and its timeline (who, when, for whom, on which counter)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from counter_app.domain.clock import hall_time
from counter_app.domain.documents import DocumentKind
from counter_app.domain.events import EventKind
from counter_app.services.case_queries import CaseDetail
from counter_app.services.printing import PrintFact
from counter_app.ui import labels_case
from counter_app.ui.cases.id_numbers import IdNumbers, Reveal
from counter_app.ui.field_errors import message
from counter_app.ui.printing.labels import document_title


class CaseDetailView(QWidget):
    step_chosen = Signal(object)  # EventKind
    document_chosen = Signal(object)  # DocumentKind
    case_shown = Signal(object)  # CaseDetail or None: the panels added below follow the case shown

    def __init__(self, parent: QWidget | None = None, reveal: Reveal | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.id_numbers = IdNumbers(reveal)
        self.id_numbers.hide()
        self.text = QTextBrowser()
        self.text.setObjectName("caseDetail")
        self.actions_row = QHBoxLayout()
        self.buttons: dict[EventKind, QPushButton] = {}
        self.printable: list[DocumentKind] = []
        self.prints: list[PrintFact] = []
        self.print_menu = QMenu(self)
        self.print_button = QToolButton()
        self.print_button.setObjectName("printMenu")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setMenu(self.print_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.id_numbers)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.actions_row)
        self.panels = QVBoxLayout()
        layout.addLayout(self.panels)

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the detail (agency help, ...); it follows case_shown."""
        self.panels.addWidget(panel)

    def show_case(self, detail: CaseDetail | None, printable: list[DocumentKind] | None = None,
                  prints: list[PrintFact] | None = None) -> None:
        self.detail = detail
        self.printable, self.prints = list(printable or []), list(prints or [])
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        self._fill_print_menu()
        self.id_numbers.setVisible(detail is not None)
        self.case_shown.emit(detail)
        if detail is None:
            self.text.clear()
            return
        self.id_numbers.show_case(detail.state.case_no, detail.state.applicant)
        for kind in detail.next_steps:
            button = QPushButton(labels_case.step(kind))
            button.setObjectName(f"step_{kind.value}")
            button.clicked.connect(lambda _c=False, k=kind: self.step_chosen.emit(k))
            self.actions_row.addWidget(button)
            self.buttons[kind] = button
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.print_button)
        self.text.setHtml(self._html(detail))

    def _fill_print_menu(self) -> None:
        self.print_menu.clear()
        self.print_button.setText(self.tr("Print a document"))
        self.print_button.setVisible(bool(self.printable))
        for kind in self.printable:
            action = self.print_menu.addAction(document_title(kind))
            action.setObjectName(f"print_{kind.value}")
            action.triggered.connect(lambda _c=False, k=kind: self.document_chosen.emit(k))

    def _html(self, d: CaseDetail) -> str:
        e = html.escape
        s, t = d.state, d.timing
        facts = [
            (self.tr("State"), labels_case.status(s.status.value)),
            (self.tr("Applicant"), f"{s.applicant.get('name', '')}"),
            (self.tr("Received"), s.received_on.isoformat()),
            (self.tr("Accepted"), s.accepted_on.isoformat() if s.accepted_on else "—"),
            (self.tr("Step due"), t.step_due.isoformat() if t.step_due else "—"),
            (self.tr("Promised by"), t.promised_due.day.isoformat() if t.promised_due and t.promised_due.day else "—"),
            (self.tr("Statutory limit"), t.statutory_due.day.isoformat() if t.statutory_due and t.statutory_due.day else "—"),
            (self.tr("Warning"), labels_case.warning(d.case_warning)),
        ]
        notes = []
        if s.channel == "comprehensive":
            notes.append(self.tr("Received at the comprehensive window; the department has been notified."))
            if d.intake_days is not None:
                notes.append(self.tr("The department accepted it %1 working day(s) after receipt.")
                             .replace("%1", str(d.intake_days)))
        if s.accepted_on and d.clock_starts and d.clock_starts < s.accepted_on:
            notes.append(self.tr("Accepted after the 5 working days of art. 32: the limits run from the day of receipt."))
        if d.deemed_accepted:
            notes.append(self.tr("No notice within 5 working days: the case counts as accepted from the day of receipt (art. 32)."))
        if s.suspended:
            notes.append(self.tr("Suspended (art. 45): the clock is stopped."))
        if s.extension_pending:
            notes.append(self.tr("An extension waits for the chief representative's approval."))
        if not t.confirmed:
            notes.append(self.tr("Calendar not confirmed: dates after the published holiday arrangements count plain weekdays."))
        if s.has_conflict:
            notes.append(self.tr("Conflict: two decisions were made on different counters; the chief representative chooses one."))
        if s.correction:
            listed = "；".join(f"{m.get('name', '')}{'（' + m['problem'] + '）' if m.get('problem') else ''}"
                              for m in s.correction)
            notes.append(self.tr("Asked for: %1").replace("%1", listed))
        rows = "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
        notes_html = "".join(f"<p><b>{e(n)}</b></p>" for n in notes)
        # lupdate cannot see tr() inside an f-string: every string is taken out first.
        timeline = self.tr("Timeline")
        return (f"<h3>{e(s.case_no)} {e(s.item.name)}</h3><table>{rows}</table>{notes_html}"
                f"<h4>{e(timeline)}</h4>{self._timeline(d)}{self._prints()}")

    def _prints(self) -> str:
        if not self.prints:
            return ""
        e = html.escape
        items = []
        for p in self.prints:
            when = hall_time(p.printed_at).strftime("%Y-%m-%d %H:%M")
            what = document_title(p.kind) + (" · " + self.tr("reprint") if p.reprint else "")
            where = self.tr("%1 copies on %2").replace("%1", str(p.copies)).replace("%2", p.target) \
                if p.destination == "printer" else self.tr("saved as PDF")
            items.append(f"<li>{e(when)} · <b>{e(what)}</b> · {e(p.document_no)} · {e(p.actor_name)} · {e(where)}</li>")
        heading = self.tr("Printed documents")
        return f"<h4>{e(heading)}</h4><ul>{''.join(items)}</ul>"

    def _timeline(self, d: CaseDetail) -> str:
        e = html.escape
        items = []
        for entry in d.timeline:
            when = hall_time(entry.occurred_at).strftime("%Y-%m-%d %H:%M")
            who = entry.actor + (self.tr(" acting for %1").replace("%1", entry.acting_for) if entry.acting_for else "")
            extra = ""
            for key in ("reason", "reasons", "opinion", "agency", "certificate_no", "tracking_no", "outcome"):
                if entry.data.get(key):
                    extra += f" · {e(str(entry.data[key]))}"
            flag = ""
            if entry.in_conflict:
                in_conflict = self.tr("in conflict")
                flag = f" <b style='color:#b00020'>[{e(in_conflict)}]</b>"
            elif entry.ignored_reason:
                not_applied = self.tr("not applied")
                flag = f" <i>[{e(not_applied)}: {e(message(entry.ignored_reason))}]</i>"
            items.append(f"<li>{e(when)} · <b>{e(labels_case.step(entry.kind))}</b> · {e(who)} · "
                         f"{e(entry.device)}{extra}{flag}</li>")
        return f"<ul>{''.join(items)}</ul>"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.detail is not None:
            self.show_case(self.detail, self.printable, self.prints)
        super().changeEvent(event)
