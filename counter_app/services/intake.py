"""Taking in a case at the counter (收件 / 受理): one form, one decision, one transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from counter_app.domain import applicant as applicants
from counter_app.domain.applicant import FieldError
from counter_app.domain.case import fold
from counter_app.domain.case_numbers import case_number, sequence_name
from counter_app.domain.case_timing import timing
from counter_app.domain.catalogue import Requirement
from counter_app.domain.clock import hall_today
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.ids import new_id
from counter_app.domain.intake import (
    NOTES_MAX,
    IntakeDecision,
    MaterialCheck,
    MaterialState,
    check_materials,
    decision_errors,
    to_correct,
)
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import intake_refusal
from counter_app.services.calendar import cached, hall_calendar, reference_version
from counter_app.store import cases
from counter_app.store.intake_reads import IntakeItem, hall_and_device_codes, intake_item, window_serves
from counter_app.store.uow import UnitOfWork

DEVICE_SEQ = "device_seq"


@dataclass
class IntakeForm:
    """What the clerk entered, as typed; nothing here is trusted yet."""

    item_code: str
    applicant_kind: str = "person"
    name: str = ""
    id_number: str = ""
    phone: str = ""
    credit_code: str = ""
    legal_representative: str = ""
    agent_name: str = ""
    agent_id_number: str = ""
    agent_phone: str = ""
    materials: list[MaterialCheck] = field(default_factory=list)
    notes: str = ""
    reasons: str = ""  # not accepted: why, in the applicant's terms
    agency: str = ""  # referred: the competent agency


@dataclass(frozen=True)
class IntakeResult:
    errors: tuple[FieldError, ...] = ()
    case_id: uuid.UUID | None = None
    case_no: str | None = None

    @property
    def saved(self) -> bool:
        return self.case_id is not None


_EVENT_OF = {
    IntakeDecision.ACCEPT: EventKind.ACCEPTED,
    IntakeDecision.NOTICE: EventKind.CORRECTION_REQUESTED,
    IntakeDecision.NOT_ACCEPT: EventKind.NOT_ACCEPTED,
    IntakeDecision.REFER: EventKind.REFERRED,
}


def take_in(uow: UnitOfWork, who: StaffSession, form: IntakeForm, decision: IntakeDecision,
            now: dt.datetime) -> IntakeResult:
    """Validate everything, then write the case's first events and its projection, or nothing."""
    with uow:
        # Plain rows through Core on one connection: no ORM session is needed to take in a case.
        db = uow.connection()
        version = reference_version(db)
        item = cached(db, version, ("item", form.item_code), lambda: intake_item(db, form.item_code))
        applicant, errors = _applicant(form, hall_today(now))
        notes, note_errors = applicants.validate_text(form.notes, "notes", required=False, max_length=NOTES_MAX,
                                                      multiline=True)
        errors += note_errors
        checks: list[MaterialCheck] = []
        if item is None:
            # Every other field is still checked, so the clerk sees all that is wrong at once.
            errors.append(FieldError("item", "required" if not form.item_code else "unknown"))
        else:
            checks, material_errors = check_materials(_complete_checklist(item, form.materials))
            errors += material_errors
            errors += decision_errors(decision, checks, reasons=form.reasons, agency=form.agency)
            refusal = _permission(db, who, item, decision)
            if refusal:
                errors.append(FieldError("decision", refusal))
        if errors:
            return IntakeResult(tuple(errors))
        assert item is not None
        codes = cached(db, version, ("codes", who.device_id), lambda: hall_and_device_codes(db, who.device_id))
        assert codes is not None
        events = _events(db, codes, who, item, applicant, checks, notes, decision, form, now)
        # A new case: its events are exactly the ones just made, no need to read them back.
        state = fold(events)
        cases.insert_case(db, events, state, timing(state, hall_calendar(db, version)), item_id=item.id,
                          department_id=item.department_id, now=now)
        uow.commit()
        return IntakeResult(case_id=state.case_id, case_no=state.case_no)


def _applicant(form: IntakeForm, today: dt.date) -> tuple[dict[str, Any], list[FieldError]]:
    if form.applicant_kind == "organisation":
        org, errors = applicants.validate_organisation(form.name, form.credit_code, form.legal_representative,
                                                       form.phone)
        data: dict[str, Any] = {"kind": "organisation", **(vars(org) if org else {})}
    else:
        person, errors = applicants.validate_person(form.name, form.id_number, form.phone, today=today)
        data = {"kind": "person", **(vars(person) if person else {})}
    agent, agent_errors = applicants.validate_agent(form.agent_name, form.agent_id_number, form.agent_phone,
                                                    today=today)
    if agent:
        data["agent"] = vars(agent)
    return data, list(errors) + list(agent_errors)


def _complete_checklist(item: IntakeItem, given: list[MaterialCheck]) -> list[MaterialCheck]:
    """One check per material of the item, in its order; a material not marked counts as missing."""
    by_position = {c.position: c for c in given}
    checks = []
    for material in item.materials:
        mark = by_position.get(material.position)
        checks.append(MaterialCheck(
            position=material.position, name=material.name,
            required=material.requirement is Requirement.REQUIRED,
            state=mark.state if mark else MaterialState.MISSING, problem=mark.problem if mark else "",
        ))
    return checks


def _permission(db: Connection, who: StaffSession, item: IntakeItem, decision: IntakeDecision) -> str | None:
    serves = False
    if decision is IntakeDecision.RECEIVE_FOR_DEPARTMENT:
        serves = window_serves(db, who.window_number, item.department_id)
    return intake_refusal(who.roles, decision, own_department=who.department_id == item.department_id,
                          window_type=who.window_type, window_serves_item=serves)


def _events(db: Connection, codes: tuple[str, str], who: StaffSession, item: IntakeItem,
            applicant: dict[str, Any], checks: list[MaterialCheck], notes: str, decision: IntakeDecision,
            form: IntakeForm, now: dt.datetime) -> list[CaseEvent]:
    """The case's first events: received, and the decision unless the case was only received."""
    case_id = new_id()
    hall_code, device_code = codes
    day = hall_today(now)
    kind = _EVENT_OF.get(decision)
    reserved = cases.reserve(db, {sequence_name(day): 1, DEVICE_SEQ: 1 if kind is None else 2})
    number = case_number(hall_code, day, device_code, reserved[sequence_name(day)][0])
    sequence = iter(reserved[DEVICE_SEQ])
    received = _event(who, case_id, EventKind.RECEIVED, None, now, next(sequence), {
        "case_no": number,
        "item": {"code": item.code, "name": item.name, "department_code": item.department_code,
                 "statutory_days": item.statutory_limit_days, "promised_days": item.promised_limit_days,
                 "joint_handling": item.joint_handling},
        "channel": "comprehensive" if decision is IntakeDecision.RECEIVE_FOR_DEPARTMENT else "window",
        "window_number": who.window_number,
        "applicant": applicant,
        "materials": [c.as_data() for c in checks],
        "notes": notes,
    })
    events = [received]
    if kind is not None:
        data: dict[str, Any] = {}
        if kind is EventKind.CORRECTION_REQUESTED:
            data["materials"] = [c.as_data() for c in to_correct(checks)]
        elif kind is EventKind.NOT_ACCEPTED:
            data["reason"] = form.reasons.strip()
        elif kind is EventKind.REFERRED:
            data["agency"] = form.agency.strip()
            data["reason"] = form.agency.strip()
        events.append(_event(who, case_id, kind, received.id, now, next(sequence), data))
    return events


def _event(who: StaffSession, case_id: uuid.UUID, kind: EventKind, parent: uuid.UUID | None, now: dt.datetime,
           device_seq: int, data: dict[str, Any]) -> CaseEvent:
    return CaseEvent(id=new_id(), case_id=case_id, kind=kind, occurred_at=now, device_id=who.device_id,
                     device_seq=device_seq, actor_id=who.staff_id, acting_for_id=None, parent_id=parent, data=data)
