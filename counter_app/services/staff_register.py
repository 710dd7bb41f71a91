"""The staff register for the hall administrator (进驻人员名册): qualifications, rotation, sending back.

Rotation requests and decisions are facts recorded at the administrator's counter and
synced like every other fact. Sending someone back also takes them off the hall's
register (they can no longer log in anywhere), so it is written at the hall first.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import staff_register as rules
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.clock import hall_today
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.staff import Employment, Role
from counter_app.domain.staff_register import Finding, RotationState, StaffEventKind
from counter_app.services.facts import append_fact
from counter_app.store.models import Department, Staff, StaffEvent
from counter_app.sync.reference import pull_reference


@dataclass(frozen=True)
class StaffRow:
    code: str
    name: str
    department: str
    roles: frozenset[Role]
    employment: Employment
    law_enforcement_cert: str
    posted_on: dt.date
    years_at_hall: int
    age: int
    experience_years: int | None
    findings: tuple[Finding, ...]
    rotation: RotationState | None
    leave_on: dt.date | None
    may_rotate_from: dt.date  # the first day a request made today would allow
    active: bool
    sent_back_reason: str


def register(counter: Counter, who: StaffSession, today: dt.date) -> list[StaffRow]:
    """Every member of staff posted to the hall, with what the register shows against them."""
    _require(who)
    with counter.local() as uow:
        s = uow.session
        standing = _standing(s)
        departments = {d.id: d.name for d in s.scalars(select(Department))}
        rows = []
        for staff in s.scalars(select(Staff).order_by(Staff.code)):
            facts = rules.StaffFacts(staff.id, staff.roles, staff.law_enforcement_cert, staff.posted_on,
                                     staff.birth_date, staff.experience_since)
            now = standing.get(staff.id, rules.Standing())
            rows.append(StaffRow(
                staff.code, staff.name, departments.get(staff.department_id, ""), staff.roles, staff.employment,
                staff.law_enforcement_cert or "", staff.posted_on, rules.full_years(staff.posted_on, today),
                rules.full_years(staff.birth_date, today),
                rules.full_years(staff.experience_since, today) if staff.experience_since else None,
                tuple(rules.findings(facts, today)), now.rotation, now.leave_on,
                rules.earliest_rotation(staff.posted_on, today), staff.active, now.sent_back_reason))
        return rows


def request_rotation(counter: Counter, who: StaffSession, staff_code: str, requested_on: dt.date,
                     leave_on: dt.date | None, reason: str, now: dt.datetime) -> list[FieldError]:
    """Record a written rotation request (轮岗申请) handed to the centre."""
    _require(who)
    with counter.local() as uow:
        s = uow.session
        staff, errors = _staff(s, staff_code)
        if staff is None:
            return errors
        text, errors = rules.rotation_errors(staff.posted_on, requested_on, leave_on, reason, hall_today(now))
        if _standing(s).get(staff.id, rules.Standing()).rotation is RotationState.REQUESTED:
            errors.append(FieldError("staff", "request_pending"))
        if errors:
            return errors
        assert leave_on is not None
        _append(s, who, staff.id, StaffEventKind.ROTATION_REQUESTED, now, {
            "requested_on": requested_on.isoformat(), "leave_on": leave_on.isoformat(), "reason": text})
        uow.commit()
        return []


def decide_rotation(counter: Counter, who: StaffSession, staff_code: str, approve: bool, note: str,
                    now: dt.datetime) -> list[FieldError]:
    """The centre approves or refuses a pending request; a refusal gives its reason."""
    _require(who)
    text, errors = validate_text(note, "note", required=not approve, max_length=rules.REASON_MAX, multiline=True)
    with counter.local() as uow:
        s = uow.session
        staff, missing = _staff(s, staff_code)
        if staff is None:
            return missing
        if _standing(s).get(staff.id, rules.Standing()).rotation is not RotationState.REQUESTED:
            errors.insert(0, FieldError("staff", "no_pending_request"))
        if errors:
            return errors
        kind = StaffEventKind.ROTATION_APPROVED if approve else StaffEventKind.ROTATION_REFUSED
        _append(s, who, staff.id, kind, now, {"note": text or ""})
        uow.commit()
        return []


def send_back(counter: Counter, who: StaffSession, staff_code: str, reason: str,
              now: dt.datetime) -> list[FieldError]:
    """The centre sends an unfit member of staff back to their organisation (退回), with the reason."""
    _require(who)
    text, errors = validate_text(reason, "reason", required=True, max_length=rules.REASON_MAX, multiline=True)
    if staff_code.strip().upper() == who.code:
        errors.append(FieldError("staff", "own_record"))
    try:
        with counter.hall() as hall:
            staff, missing = _staff(hall.session, staff_code)
            if staff is None or errors:
                return missing + errors
            staff.active = False
            staff_id = staff.id
            hall.commit()
    except OperationalError:
        return [FieldError("staff", "hall_unreachable")]
    with counter.hall() as hall, counter.local() as local:
        pull_reference(hall.session, local.session, now)
        _append(local.session, who, staff_id, StaffEventKind.SENT_BACK, now,
                {"on": hall_today(now).isoformat(), "reason": text or ""})
        local.commit()
    return []


def _require(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.MANAGE_STAFF)
    if refusal:
        raise PermissionError(refusal)


def _staff(s: Session, code: str) -> tuple[Staff | None, list[FieldError]]:
    if not code.strip():
        return None, [FieldError("staff", "required")]
    staff = s.scalars(select(Staff).where(Staff.code == code.strip().upper())).first()
    return staff, [] if staff else [FieldError("staff", "unknown")]


def _standing(s: Session) -> dict[uuid.UUID, rules.Standing]:
    events = s.scalars(select(StaffEvent)).all()
    return rules.fold(rules.StaffEventView(e.staff_id, StaffEventKind(e.kind), e.occurred_at, dict(e.data))
                      for e in events)


def _append(s: Session, who: StaffSession, staff_id: uuid.UUID, kind: StaffEventKind, now: dt.datetime,
            data: dict[str, object]) -> None:
    append_fact(s, StaffEvent(id=new_id(), kind=kind.value, staff_id=staff_id, actor_id=who.staff_id,
                              device_id=who.device_id, occurred_at=now, data=data), now)
