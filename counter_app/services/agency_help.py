"""Agency help on a case (代办帮办): start it, note what was done, end it; see it on the case.

Each step is a fact written at this counter with its outbox mark and synced like case events.
The rules (who may help, who notes and ends) are in domain/agency_help.py.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import agency_help as rules
from counter_app.domain.agency_help import AgencyHelp, CaseFacts, HelpEvent, HelpKind, HelpState, Person
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.case_state import CLOSED, CaseStatus
from counter_app.domain.clock import hall_time
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.facts import append_fact
from counter_app.store.models import AgencyHelpEvent, Case, ServiceWindow, Staff


@dataclass(frozen=True)
class HelpEntry:
    occurred_at: dt.datetime  # hall time
    kind: HelpKind
    actor: str
    helper: str
    note: str


@dataclass(frozen=True)
class HelpView:
    """A case's agency help as the case detail shows it, for the person looking."""

    state: HelpState
    helper_code: str | None
    helper_name: str | None
    entries: tuple[HelpEntry, ...]  # oldest first
    may_start: bool
    may_follow: bool  # note and end


def help_of(counter: Counter, who: StaffSession, case_no: str) -> HelpView | None:
    """The case's agency help (None: no such case here)."""
    with counter.local() as uow:
        s = uow.session
        found = _case(s, case_no)
        if found is None:
            return None
        case_id, case = found
        help_ = _fold(s, case_id)
        people = {sid: (code, name) for sid, code, name in s.execute(select(Staff.id, Staff.code, Staff.name))}
        actor = _person(s, who.staff_id)
        allowed = role_refusal(who.roles, Action.AGENCY_HELP) is None
        helper = people.get(help_.helper_id) if help_.helper_id else None
        return HelpView(
            help_.state, helper[0] if helper else None, helper[1] if helper else None,
            tuple(HelpEntry(hall_time(e.occurred_at), e.kind, people.get(e.actor_id, ("", "?"))[1],
                            people.get(e.helper_id, ("", "?"))[1], e.note) for e in help_.events),
            allowed and actor is not None and rules.start_refusal(help_, actor, actor, case) is None,
            allowed and actor is not None and rules.follow_refusal(help_, actor, case) is None)


def helpers_for(counter: Counter, who: StaffSession, case_no: str) -> list[tuple[str, str]]:
    """(code, name) of whom this person may put in as the case's helper: themselves first, then, for a
    chief representative of the department, the colleagues who may help."""
    with counter.local() as uow:
        s = uow.session
        found, actor = _case(s, case_no), _person(s, who.staff_id)
        if found is None or actor is None:
            return []
        _case_id, case = found
        choices = []
        for staff in s.scalars(select(Staff).where(Staff.active).order_by(Staff.code)):
            helper = _person(s, staff.id, staff)
            if helper and rules.start_refusal(rules.fold(()), actor, helper, case) is None:
                choices.append((staff.code, staff.name))
        return sorted(choices, key=lambda c: c[0] != who.code)


def start(counter: Counter, who: StaffSession, case_no: str, note: str, now: dt.datetime,
          helper_code: str | None = None) -> list[FieldError]:
    """Start agency help on a case, by this person or (a chief representative's choice) a colleague."""
    return _record(counter, who, case_no, HelpKind.STARTED, note, now, helper_code)


def add_note(counter: Counter, who: StaffSession, case_no: str, note: str, now: dt.datetime) -> list[FieldError]:
    """Note what was done for the applicant (跟踪记录)."""
    return _record(counter, who, case_no, HelpKind.NOTED, note, now)


def end(counter: Counter, who: StaffSession, case_no: str, note: str, now: dt.datetime) -> list[FieldError]:
    return _record(counter, who, case_no, HelpKind.ENDED, note, now)


def _record(counter: Counter, who: StaffSession, case_no: str, kind: HelpKind, note: str, now: dt.datetime,
            helper_code: str | None = None) -> list[FieldError]:
    refusal = role_refusal(who.roles, Action.AGENCY_HELP)
    if refusal:
        return [FieldError("case", refusal)]
    text, errors = validate_text(note, "note", required=True, max_length=rules.NOTE_MAX, multiline=True)
    with counter.local() as uow:
        s = uow.session
        found, actor = _case(s, case_no), _person(s, who.staff_id)
        if found is None or actor is None:
            return [FieldError("case", "unknown"), *errors]
        case_id, case = found
        help_ = _fold(s, case_id)
        if kind is HelpKind.STARTED:
            helper, problem = _helper(s, who, helper_code)
            problem = problem or (rules.start_refusal(help_, actor, helper, case) if helper else None)
        else:
            helper, problem = None, rules.follow_refusal(help_, actor, case)
        if problem:
            errors.insert(0, FieldError(*problem))
        if errors:
            return errors
        helper_id = helper.staff_id if helper else help_.helper_id
        assert helper_id is not None
        append_fact(s, AgencyHelpEvent(case_id=case_id, kind=kind.value, staff_id=helper_id, actor_id=who.staff_id,
                                       device_id=who.device_id, occurred_at=now, data={"note": text}), now)
        uow.commit()
    return []


def _helper(s: Session, who: StaffSession, code: str | None) -> tuple[Person | None, tuple[str, str] | None]:
    if not code or code.strip().upper() == who.code:
        return _person(s, who.staff_id), None
    staff = s.scalars(select(Staff).where(Staff.code == code.strip().upper(), Staff.active)).first()
    if staff is None:
        return None, ("helper", "unknown_staff")
    return _person(s, staff.id, staff), None


def _case(s: Session, case_no: str) -> tuple[uuid.UUID, CaseFacts] | None:
    row = s.execute(select(Case.id, Case.department_id, Case.window_number, Case.channel, Case.status)
                    .where(Case.case_no == case_no.strip())).first()
    if row is None:
        return None
    case_id, department_id, window_number, channel, status = row
    return case_id, CaseFacts(department_id, window_number, channel, CaseStatus(status) in CLOSED)


def _person(s: Session, staff_id: uuid.UUID, staff: Staff | None = None) -> Person | None:
    staff = staff or s.get(Staff, staff_id)
    if staff is None:
        return None
    # The window row is in the session's identity map after the first person: no query per person.
    window = s.get(ServiceWindow, staff.window_id) if staff.window_id else None
    return Person(staff.id, staff.roles, staff.department_id, window.number if window else None)


def _fold(s: Session, case_id: uuid.UUID) -> AgencyHelp:
    return rules.fold(
        HelpEvent(e.id, HelpKind(e.kind), e.staff_id, e.actor_id, e.occurred_at, str((e.data or {}).get("note", "")))
        for e in s.scalars(select(AgencyHelpEvent).where(AgencyHelpEvent.case_id == case_id)))
