"""Printing a case's documents (打印文书): what the page will say, and the print fact with its number.

A preview takes no number: it shows the number the next print will take (this device's own
sequence, which only this device advances). Recording a print takes the number, or for a
reprint (补打) the original's, and appends the print fact, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import documents as docs
from counter_app.domain.applicant import FieldError
from counter_app.domain.case import fold
from counter_app.domain.clock import hall_time, hall_today
from counter_app.domain.documents import Document, DocumentKind
from counter_app.domain.events import CaseEvent
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import print_refusal
from counter_app.services import stamping
from counter_app.services.absences import standing_in_for
from counter_app.services.documents import CaseAtHand, build
from counter_app.store import cases
from counter_app.store.bookkeeping import LocalCounter, OutboxEntry
from counter_app.store.models import Case, Department, Device, PrintRecord, Staff
from counter_app.store.uow import UnitOfWork

DESTINATIONS = ("printer", "pdf")


@dataclass(frozen=True)
class PrintOutcome:
    """A document ready to render, or why it cannot be printed (errors keyed by field)."""

    errors: tuple[FieldError, ...] = ()
    document: Document | None = None
    record_id: uuid.UUID | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class PrintFact:
    """One line of a case's print history."""

    document_no: str
    kind: DocumentKind
    reprint: bool
    copies: int
    destination: str
    target: str
    printed_at: dt.datetime
    actor_name: str


def printable(uow: UnitOfWork, case_no: str) -> list[DocumentKind]:
    """The documents the case's events allow, for the print menu."""
    with uow:
        case = _case(uow.session, case_no)
        return docs.printable_kinds(case.state, case.events) if case else []


def preview(uow: UnitOfWork, who: StaffSession, case_no: str, kind: DocumentKind,
            now: dt.datetime) -> PrintOutcome:
    """The document as the next print will make it; records nothing."""
    with uow:
        s = uow.session
        found = _checked(s, who, case_no, kind)
        if isinstance(found, list):
            return PrintOutcome(tuple(found))
        case, source = found
        document, _first = _document(s, who, case, kind, source, now, take=False)
        return PrintOutcome(document=document)


def record_print(uow: UnitOfWork, who: StaffSession, case_no: str, kind: DocumentKind, *, copies: int,
                 destination: str, target: str, now: dt.datetime,
                 stamp: stamping.StampRequest | None = None) -> PrintOutcome:
    """Take the number (or the original's, for a reprint) and append the print fact; nothing on error.

    With a stamp, the stamping of the printed document is logged in the same transaction.
    """
    errors = _request_errors(copies, destination, target)
    with uow:
        s = uow.session
        found = _checked(s, who, case_no, kind)
        if isinstance(found, list):
            return PrintOutcome(tuple(found + errors))
        case, source = found
        seal = None
        if stamp is not None:
            seal, purpose, stamp_errors = stamping.check(s, who, stamp, case.row.department_id, now)
            errors += stamp_errors
        if errors:
            return PrintOutcome(tuple(errors))
        document, first = _document(s, who, case, kind, source, now, take=True)
        record = PrintRecord(
            id=new_id(), document_no=document.number, kind=kind.value, case_id=case.row.id, source_event_id=source.id,
            reprint=first is not None, copies=copies, destination=destination, target=target.strip()[:300],
            printed_at=now, device_id=who.device_id, actor_id=who.staff_id,
            acting_for_id=_standing_in_for_holder(s, who, case.row.holder_id, now),
        )
        s.add(record)
        s.add(OutboxEntry(fact_table=PrintRecord.__tablename__, fact_id=record.id, queued_at=now))
        if stamp is not None and seal is not None:
            s.flush()  # the stamping refers to the print record
            stamping.append(s, who, seal, record, stamp.impressions, purpose, now)
        uow.commit()
        return PrintOutcome(document=document, record_id=record.id)


def _standing_in_for_holder(s: Session, who: StaffSession, holder: uuid.UUID | None,
                            now: dt.datetime) -> uuid.UUID | None:
    """The case's holder, when this person prints for them as their B (B角代A角); else None."""
    if holder is None or holder == who.staff_id:
        return None
    return holder if holder in standing_in_for(s, who.staff_id, hall_today(now)) else None


def print_history(uow: UnitOfWork, case_no: str) -> list[PrintFact]:
    with uow:
        s = uow.session
        rows = s.execute(
            select(PrintRecord, Staff.name).join(Staff, Staff.id == PrintRecord.actor_id)
            .join(Case, Case.id == PrintRecord.case_id).where(Case.case_no == case_no.strip())
            .order_by(PrintRecord.printed_at, PrintRecord.id)
        ).all()
        return [PrintFact(r.document_no, DocumentKind(r.kind), r.reprint, r.copies, r.destination, r.target,
                          r.printed_at, name) for r, name in rows]


def _request_errors(copies: int, destination: str, target: str) -> list[FieldError]:
    errors = []
    problem = docs.copies_error(copies)
    if problem:
        errors.append(FieldError("copies", problem))
    if destination not in DESTINATIONS:
        errors.append(FieldError("destination", "unknown"))
    elif destination == "pdf" and not target.strip():
        errors.append(FieldError("target", "required"))
    return errors


def _case(s: Session, case_no: str) -> CaseAtHand | None:
    row = s.scalars(select(Case).where(Case.case_no == case_no.strip())).first()
    if row is None:
        return None
    events = cases.events_of(s, row.id)
    return CaseAtHand(row, events, fold(events))


def _checked(s: Session, who: StaffSession, case_no: str,
             kind: DocumentKind) -> tuple[CaseAtHand, CaseEvent] | list[FieldError]:
    case = _case(s, case_no)
    if case is None:
        return [FieldError("case_no", "unknown")]
    staff = s.get(Staff, who.staff_id)
    refusal = print_refusal(
        who.roles, kind, own_department=staff is not None and staff.department_id == case.row.department_id,
        received_here=case.state.channel == "comprehensive" and case.state.window_number == who.window_number,
    )
    if refusal:
        return [FieldError("print", refusal)]
    source = docs.source_event(kind, case.state, case.events)
    if source is None:
        return [FieldError("kind", "not_for_this_case")]
    return case, source


def _document(s: Session, who: StaffSession, case: CaseAtHand, kind: DocumentKind, source: CaseEvent,
              now: dt.datetime, *, take: bool) -> tuple[Document, PrintRecord | None]:
    """The document with its number: the first print's for a reprint (补打), else the next one (taken or not)."""
    first = _first_print(s, source.id, kind)
    if first is not None:
        document = build(s, case, kind, source, number=first.document_no,
                         issued_on=hall_time(first.printed_at).date(), reprinted_on=hall_today(now))
    else:
        document = build(s, case, kind, source, number=_number(s, who, case, kind, now, take=take),
                         issued_on=hall_today(now), reprinted_on=None)
    return document, first


def _first_print(s: Session, source_event_id: uuid.UUID, kind: DocumentKind) -> PrintRecord | None:
    return s.scalars(
        select(PrintRecord).where(PrintRecord.source_event_id == source_event_id, PrintRecord.kind == kind.value)
        .order_by(PrintRecord.printed_at, PrintRecord.id).limit(1)
    ).first()


def _number(s: Session, who: StaffSession, case: CaseAtHand, kind: DocumentKind, now: dt.datetime, *,
            take: bool) -> str:
    department = s.get(Department, case.row.department_id)
    device = s.get(Device, who.device_id)
    assert department is not None and device is not None
    year = hall_today(now).year
    name = docs.number_sequence_name(department.code, kind, year)
    if take:
        sequence = cases.next_value(s, name)
    else:
        current = s.scalar(select(LocalCounter.value).where(LocalCounter.name == name))
        sequence = (current or 0) + 1
    return docs.document_number(department.short_name, kind, year, device.code, sequence)
