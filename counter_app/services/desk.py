"""The logged-in person's desk: the use cases the pages call, bound to this counter and person.

Pages get a Desk instead of engines or sessions, so they hold no database
knowledge and a test can drive them against a real store.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_today, utc_now
from counter_app.domain.documents import Document, DocumentKind
from counter_app.domain.events import EventKind
from counter_app.domain.hall import WindowType
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.login import LoginOutcome, StaffSession
from counter_app.domain.seals import DailyRegister, RegisterLine
from counter_app.services import (
    absences,
    auth,
    case_queries,
    case_steps,
    chief_desk,
    id_reveal,
    intake,
    overview,
    pin_changes,
    printing,
    seal_log,
    staff_register,
    stamping,
    sync,
)


@dataclass
class Desk:
    counter: Counter
    who: StaffSession
    clock: Callable[[], dt.datetime] = field(default=utc_now)

    def today(self) -> dt.date:
        return hall_today(self.clock())

    def catalogue(self) -> list[overview.ItemRow]:
        return overview.catalogue(self.counter.local())

    def intake_items(self, items: list[overview.ItemRow]) -> list[overview.ItemRow]:
        return overview.intake_items(self.counter.local(), items, self.who.department_code, self.who.window_number,
                                     self.who.window_type is WindowType.COMPREHENSIVE)

    def take_in(self, form: intake.IntakeForm, decision: IntakeDecision) -> intake.IntakeResult:
        return intake.take_in(self.counter.local(), self.who, form, decision, self.clock())

    def record_step(self, case_no: str, kind: EventKind, data: dict[str, Any]) -> case_steps.StepResult:
        return case_steps.record_step(self.counter.local(), self.who, case_no, kind, data, self.clock())

    def list_cases(self, case_filter: case_queries.CaseFilter, after: tuple[dt.date, str] | None = None,
                   limit: int = 100) -> list[case_queries.CaseRow]:
        return case_queries.list_cases(self.counter.local(), self.who, case_filter, self.today(), after=after,
                                       limit=limit)

    def case_detail(self, case_no: str) -> case_queries.CaseDetail | None:
        return case_queries.case_detail(self.counter.local(), case_no, self.today(), self.who)

    def printable(self, case_no: str) -> list[DocumentKind]:
        return printing.printable(self.counter.local(), case_no)

    def preview_document(self, case_no: str, kind: DocumentKind) -> printing.PrintOutcome:
        return printing.preview(self.counter.local(), self.who, case_no, kind, self.clock())

    def record_print(self, case_no: str, kind: DocumentKind, *, copies: int, destination: str,
                     target: str, stamp: stamping.StampRequest | None = None) -> printing.PrintOutcome:
        return printing.record_print(self.counter.local(), self.who, case_no, kind, copies=copies,
                                     destination=destination, target=target, now=self.clock(), stamp=stamp)

    def print_history(self, case_no: str) -> list[printing.PrintFact]:
        return printing.print_history(self.counter.local(), case_no)

    def prepare_printing(self) -> bool:
        """Find and register the fonts ahead of the first print (a few hundred ms, run off the UI thread).

        False when no font will do; the print dialog then says why.
        """
        from counter_app.printing.fonts import NoCjkFont, font_set

        try:
            font_set(self.counter.config.settings.print_font or None)
        except NoCjkFont:
            return False
        return True

    def render(self, document: Document) -> bytes:
        """The document's PDF, set in the font the settings name (or the first CJK font found)."""
        from counter_app.printing import render

        return render(document, font_path=self.counter.config.settings.print_font or None)

    @property
    def preferred_printer(self) -> str:
        return self.counter.config.settings.printer

    # --- the special approval seal (用印) ---

    def stamping_seal(self, case_no: str) -> str | None:
        return seal_log.seal_to_stamp(self.counter, self.who, case_no, self.today())

    def seals(self) -> list[seal_log.SealRow]:
        return seal_log.seals_for(self.counter, self.who)

    def seal_entries(self, seal_code: str, day: dt.date) -> list[RegisterLine]:
        return seal_log.entries_on(self.counter, seal_code, day)

    def verify_seals(self) -> seal_log.ChainReport:
        return seal_log.verify(self.counter, self.who.device_id)

    def record_stamping(self, document_no: str, request: stamping.StampRequest) -> stamping.StampingOutcome:
        return stamping.record_stamping(self.counter.local(), self.who, document_no, request, self.clock())

    def push_seal_heads(self) -> int | None:
        """Hand the chain heads to the hall (the pages run this off the UI thread after a stamping)."""
        return seal_log.push_heads(self.counter, self.who.device_id, self.clock())

    def daily_register(self, seal_code: str, day: dt.date,
                       report: seal_log.ChainReport | None = None) -> DailyRegister | None:
        return seal_log.daily_register(self.counter, seal_code, day, self.who.device_id, self.clock(), report)

    def render_register(self, register: DailyRegister) -> bytes:
        from counter_app.printing.seal_register import render_register

        return render_register(register, font_path=self.counter.config.settings.print_font or None)

    # --- absences and the B role (请假与AB角) ---

    def report_absence(self, start: dt.date | None, end: dt.date | None, reason: str) -> absences.AbsenceOutcome:
        return absences.report_absence(self.counter.local(), self.who, start, end, reason, self.clock())

    def decide_absence(self, absence_id: uuid.UUID, approve: bool, note: str) -> absences.AbsenceOutcome:
        return absences.decide_absence(self.counter.local(), self.who, absence_id, approve, note, self.clock())

    def absence_overview(self) -> tuple[list[absences.AbsenceRow], list[absences.AbsenceRow],
                                        list[absences.AbsenceRow]]:
        return absences.overview(self.counter.local(), self.who, self.today())

    def standing_in(self) -> list[absences.Cover]:
        """Whom this person acts for today as their B role (the banner, the extra queue)."""
        return absences.covering(self.counter.local(), self.who, self.today())

    # --- security at the desk ---

    def confirm_pin(self, pin: str) -> LoginOutcome:
        """The idle lock: the PIN of the person logged in, counted like a log-in attempt."""
        return auth.confirm_pin(self.counter.local(), self.who, pin, self.clock())

    def change_pin(self, current: str, new: str, repeat: str) -> list[FieldError]:
        return pin_changes.change_pin(self.counter, self.who, current, new, repeat, self.clock())

    def reset_pin(self, staff_code: str, new: str, repeat: str) -> list[FieldError]:
        return pin_changes.reset_pin(self.counter, self.who, staff_code, new, repeat, self.clock())

    def reveal_id_number(self, case_no: str, whose: str) -> tuple[str | None, list[FieldError]]:
        """The full identity number of the case's applicant or agent; every showing is an audit fact."""
        return id_reveal.reveal_id_number(self.counter.local(), self.who, case_no, whose, self.clock())

    def sync(self, progress: sync.Progress | None = None, stop: sync.Stop | None = None) -> sync.SyncReport:
        """One whole sync with the hall (run off the UI thread); raises sync.HallUnreachable."""
        return sync.synchronise(self.counter, progress=progress, stop=stop)

    def sync_status(self) -> sync.SyncStatus:
        return sync.status(self.counter)

    def rejected_facts(self) -> list[sync.RejectedFact]:
        return sync.rejected_facts(self.counter)

    def retry_rejected(self) -> int:
        return sync.retry_rejected(self.counter)

    # --- the chief representative's desk (首席代表工作台) ---

    def sign_off_queue(self) -> list[chief_desk.SignOffRow]:
        return chief_desk.sign_off_queue(self.counter.local(), self.who, self.today())

    def extension_requests(self) -> list[chief_desk.ExtensionRow]:
        return chief_desk.extension_requests(self.counter.local(), self.who, self.today())

    def conflicts(self) -> list[chief_desk.ConflictRow]:
        return chief_desk.conflicts(self.counter.local(), self.who, self.today())

    def board(self) -> chief_desk.Board:
        return chief_desk.board(self.counter.local(), self.who, self.today())

    def absences_waiting(self) -> list[absences.AbsenceRow]:
        """The absences waiting for this person's decision."""
        return self.absence_overview()[1]

    def sign_off(self, case_no: str, granted: bool, reasons: str = "") -> case_steps.StepResult:
        """审批: grant, or refuse with reasons (art. 38)."""
        data: dict[str, Any] = {"outcome": "granted"} if granted else {"outcome": "refused", "reasons": reasons}
        return self.record_step(case_no, EventKind.DECIDED, data)

    def return_from_sign_off(self, case_no: str, reason: str) -> case_steps.StepResult:
        return self.record_step(case_no, EventKind.RETURNED, {"reason": reason})

    def decide_extension(self, case_no: str, approve: bool, note: str = "") -> case_steps.StepResult:
        kind = EventKind.EXTENSION_APPROVED if approve else EventKind.EXTENSION_REFUSED
        return self.record_step(case_no, kind, {"note": note.strip()} if note.strip() else {})

    def resolve_conflict(self, case_no: str, chosen: uuid.UUID) -> case_steps.StepResult:
        return self.record_step(case_no, EventKind.CONFLICT_RESOLVED, {"chosen": str(chosen)})

    # --- the staff register (进驻人员名册), the hall administrator's ---

    def staff_rows(self) -> list[staff_register.StaffRow]:
        return staff_register.register(self.counter, self.who, self.today())

    def request_rotation(self, staff_code: str, requested_on: dt.date, leave_on: dt.date | None,
                         reason: str) -> list[FieldError]:
        return staff_register.request_rotation(self.counter, self.who, staff_code, requested_on, leave_on, reason,
                                               self.clock())

    def decide_rotation(self, staff_code: str, approve: bool, note: str) -> list[FieldError]:
        return staff_register.decide_rotation(self.counter, self.who, staff_code, approve, note, self.clock())

    def send_back(self, staff_code: str, reason: str) -> list[FieldError]:
        """Written at the hall first (the person can no longer log in): run it off the UI thread."""
        return staff_register.send_back(self.counter, self.who, staff_code, reason, self.clock())

    def register_change(self) -> str | None:
        """Whether the register pulled from the hall took this person's rights away or changed them."""
        from counter_app.services import auth

        return auth.register_change(self.counter.local(), self.who)
