"""What a case's document says (文书内容), read from the store: the case as it stood at the event
the document records, the issuing department, the hall, the clerk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import documents as docs
from counter_app.domain.case import fold
from counter_app.domain.case_state import CaseState
from counter_app.domain.case_timing import timing
from counter_app.domain.documents import ApplicantLines, Document, DocumentKind, Issuer, MaterialLine
from counter_app.domain.events import CaseEvent
from counter_app.domain.intake import MaterialState
from counter_app.services.calendar import hall_calendar
from counter_app.store.models import Case, Department, Hall, Item, ItemMaterial, ServiceWindow, Staff


@dataclass(frozen=True)
class CaseAtHand:
    """A case's row, events and fold, read once for a print."""

    row: Case
    events: list[CaseEvent]
    state: CaseState


def state_at(events: Sequence[CaseEvent], source: CaseEvent) -> CaseState:
    """The case as it stood right after the documented event: a reprint shows what the original did."""
    return fold([e for e in events if e.order_key <= source.order_key])


def build(s: Session, case: CaseAtHand, kind: DocumentKind, source: CaseEvent, *, number: str,
          issued_on: dt.date, reprinted_on: dt.date | None) -> Document:
    then = state_at(case.events, source)
    when = timing(then, hall_calendar(s))
    return Document(
        kind=kind, number=number, case_id=case.row.id, case_no=then.case_no, source_event_id=source.id,
        issued_on=issued_on, issuer=_issuer(s, case.row, then, source), applicant=_applicant(then.applicant),
        item_name=then.item.name, item_code=then.item.code, received_on=then.received_on,
        accepted_on=then.accepted_on,
        promised_due=when.promised_due.day if when.promised_due else None,
        statutory_due=when.statutory_due.day if when.statutory_due else None,
        calendar_confirmed=when.confirmed,
        materials=_materials(s, kind, then, source),
        reasons=_reasons(kind, then, source), agency=str(source.data.get("agency", "")),
        extension_days=then.extension_days,
        suspension_start=then.suspensions[-1].start if kind is DocumentKind.SUSPENSION else None,
        suspension_days=then.suspensions[-1].expected_days if kind is DocumentKind.SUSPENSION else None,
        reprint=reprinted_on is not None, reprinted_on=reprinted_on,
    )


def _issuer(s: Session, row: Case, state: CaseState, source: CaseEvent) -> Issuer:
    hall = s.scalars(select(Hall)).one()
    department = s.get(Department, row.department_id)
    assert department is not None
    # The clerk who made the decision answers for the document; B for A prints A's name with B's.
    clerk = s.get(Staff, source.actor_id)
    window = (s.scalars(select(ServiceWindow).where(ServiceWindow.number == state.window_number)).first()
              if state.window_number is not None else None)
    return Issuer(
        department_name=department.name, department_phone=department.phone or "",
        hall_name=hall.name, hall_address=hall.address, hall_phones=tuple(hall.phones),
        clerk_name=clerk.name if clerk else "", window_number=state.window_number,
        window_name=window.name if window else "", review_body=hall.review_body, court=hall.court,
    )


def _applicant(data: Mapping[str, Any]) -> ApplicantLines:
    agent = data.get("agent") or {}
    return ApplicantLines(
        name=str(data.get("name", "")), kind=str(data.get("kind", "person")), phone=str(data.get("phone", "")),
        legal_representative=str(data.get("legal_representative", "")),
        agent_name=str(agent.get("name", "")), agent_phone=str(agent.get("phone", "")),
    )


def _materials(s: Session, kind: DocumentKind, state: CaseState, source: CaseEvent) -> tuple[MaterialLine, ...]:
    if kind is DocumentKind.ONE_TIME_NOTICE:
        listed = source.data.get("materials", ())
    elif kind is DocumentKind.RECEIPT:
        received = (MaterialState.PROVIDED.value, MaterialState.NONCONFORMING.value)
        listed = [m for m in state.extra.get("materials", ()) if m.get("state") in received]
    else:
        return ()
    forms = _catalogue_forms(s, state.item.code)
    return tuple(
        MaterialLine(position=int(m["position"]), name=str(m["name"]), state=str(m["state"]),
                     problem=str(m.get("problem", "")), form=forms.get(int(m["position"]), ("", 1))[0],
                     copies=forms.get(int(m["position"]), ("", 1))[1])
        for m in listed
    )


def _catalogue_forms(s: Session, item_code: str) -> dict[int, tuple[str, int]]:
    """Original or copy, and how many, by material position, from the item's checklist."""
    rows = s.execute(
        select(ItemMaterial.position, ItemMaterial.form, ItemMaterial.copies)
        .join(Item, Item.id == ItemMaterial.item_id).where(Item.code == item_code)
    ).all()
    return {position: (form.value, copies) for position, form, copies in rows}


def _reasons(kind: DocumentKind, state: CaseState, source: CaseEvent) -> str:
    if kind is DocumentKind.NON_ACCEPTANCE:
        return state.closing_reason or str(source.data.get("reason", ""))
    if kind is DocumentKind.EXTENSION:
        return str(state.extra.get("extension_request", {}).get("reason", ""))
    if kind is DocumentKind.SUSPENSION:
        code = state.suspensions[-1].reason if state.suspensions else ""
        return docs.SUSPENSION_REASON_TEXT.get(code, code)
    return ""


def source_of(kind: DocumentKind, case: CaseAtHand) -> CaseEvent | None:
    return docs.source_event(kind, case.state, case.events)
