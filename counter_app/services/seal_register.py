"""The seal register at the hall (印章登记): custody and state change only as recorded events."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import CHIEFS, Action, role_refusal
from counter_app.domain.seals import SealEventKind, SealState, custody_errors
from counter_app.store.models import Department, Seal, SealEvent, Staff
from counter_app.sync.reference import pull_reference

REASON_MAX = 200


CODE_MAX, NAME_MAX = 20, 120


def register_seal(counter: Counter, who: StaffSession, department_code: str, code: str, name: str, a_code: str,
                  b_code: str, now: dt.datetime) -> list[FieldError]:
    """Enter a department's new seal in the register, in use, with its custodians."""
    refusal = role_refusal(who.roles, Action.MANAGE_SEALS)
    if refusal:
        return [FieldError("seal", refusal)]
    code_text, errors = validate_text(code, "code", required=True, max_length=CODE_MAX)
    name_text, name_errors = validate_text(name, "name", required=True, max_length=NAME_MAX)
    errors += name_errors
    try:
        with counter.hall() as hall:
            s = hall.session
            department = s.scalars(select(Department).where(Department.code == department_code.strip())).first()
            if department is None:
                errors.append(FieldError("department", "unknown" if department_code.strip() else "required"))
            if code_text and s.scalar(select(Seal.id).where(Seal.code == code_text)) is not None:
                errors.append(FieldError("code", "taken"))
            a, b, people_errors = _custodians(s, a_code, b_code, department.id if department else None)
            errors += people_errors
            if errors:
                return errors
            assert department is not None and a is not None
            seal = Seal(code=code_text, name=name_text, department_id=department.id, state=SealState.IN_USE,
                        custodian_a_id=a.id, custodian_b_id=b.id if b else None)
            s.add(seal)
            s.flush()
            s.add(SealEvent(seal_id=seal.id, kind=SealEventKind.REGISTERED.value, occurred_at=now,
                            actor_id=who.staff_id,
                            data={"custodian_a": str(a.id), "custodian_b": _str(b.id if b else None)}))
            hall.commit()
    except OperationalError:
        return [FieldError("seal", "hall_unreachable")]
    _pull(counter, now)
    return []


def _custodians(s: Session, a_code: str, b_code: str,
                department_id: uuid.UUID | None) -> tuple[Staff | None, Staff | None, list[FieldError]]:
    a, a_errors = _staff(s, a_code, "custodian_a", required=True)
    b, b_errors = _staff(s, b_code, "custodian_b", required=False)
    if a_errors or b_errors:
        return a, b, a_errors + b_errors
    return a, b, custody_errors(
        a.id if a else None, b.id if b else None, a_is_chief=_is_chief(a), b_is_chief=_is_chief(b),
        same_department=department_id is None or all(p.department_id == department_id for p in (a, b) if p))


def change_custody(counter: Counter, who: StaffSession, seal_code: str, a_code: str, b_code: str, reason: str,
                   now: dt.datetime) -> list[FieldError]:
    """Hand the seal to new custodians (A, and B or nobody) at the hall, then bring the counter up to date."""

    def hand_over(s: Session, seal: Seal, reason_text: str, errors: list[FieldError]) -> list[FieldError]:
        a, b, people_errors = _custodians(s, a_code, b_code, seal.department_id)
        errors = errors + people_errors
        if errors:
            return errors
        assert a is not None
        data = {"custodian_a": str(a.id), "custodian_b": str(b.id) if b else None, "reason": reason_text,
                "before": {"custodian_a": _str(seal.custodian_a_id), "custodian_b": _str(seal.custodian_b_id)}}
        seal.custodian_a_id, seal.custodian_b_id = a.id, (b.id if b else None)
        s.add(SealEvent(seal_id=seal.id, kind=SealEventKind.CUSTODY_CHANGED.value, occurred_at=now,
                        actor_id=who.staff_id, data=data))
        return []

    return _change_at_the_hall(counter, who, seal_code, reason, now, hand_over)


def change_state(counter: Counter, who: StaffSession, seal_code: str, state: SealState, reason: str,
                 now: dt.datetime) -> list[FieldError]:
    """Suspend, resume or retire a seal at the hall; a retired seal stays retired."""

    def set_state(s: Session, seal: Seal, reason_text: str, errors: list[FieldError]) -> list[FieldError]:
        if SealState(seal.state) is SealState.RETIRED:
            errors = errors + [FieldError("state", "seal_retired")]
        if errors:
            return errors
        s.add(SealEvent(seal_id=seal.id, kind=SealEventKind.STATE_CHANGED.value, occurred_at=now,
                        actor_id=who.staff_id,
                        data={"state": state.value, "before": SealState(seal.state).value, "reason": reason_text}))
        seal.state = state
        return []

    return _change_at_the_hall(counter, who, seal_code, reason, now, set_state)


Change = Callable[[Session, Seal, str, list[FieldError]], list[FieldError]]


def _change_at_the_hall(counter: Counter, who: StaffSession, seal_code: str, reason: str, now: dt.datetime,
                        change: Change) -> list[FieldError]:
    """One change of a registered seal: checked and made at the hall, recorded, then pulled to this counter.

    change() gets the errors found so far, adds its own, and changes the seal only when there are none.
    """
    refusal = role_refusal(who.roles, Action.MANAGE_SEALS)
    if refusal:
        return [FieldError("seal", refusal)]
    reason_text, errors = validate_text(reason, "reason", required=True, max_length=REASON_MAX)
    try:
        with counter.hall() as hall:
            s = hall.session
            seal = s.scalars(select(Seal).where(Seal.code == seal_code.strip())).first()
            if seal is None:
                return [FieldError("seal", "unknown")]
            errors = change(s, seal, reason_text or "", errors)
            if errors:
                return errors
            hall.commit()
    except OperationalError:
        return [FieldError("seal", "hall_unreachable")]
    _pull(counter, now)
    return []


def _staff(s: Session, code: str, field: str, *, required: bool) -> tuple[Staff | None, list[FieldError]]:
    if not code.strip():
        return None, [FieldError(field, "required")] if required else []
    staff = s.scalars(select(Staff).where(Staff.code == code.strip().upper(), Staff.active)).first()
    return staff, [] if staff else [FieldError(field, "unknown")]


def _is_chief(staff: Staff | None) -> bool:
    return staff is not None and bool(staff.roles & CHIEFS)


def _str(value: uuid.UUID | None) -> str | None:
    return str(value) if value else None


def _pull(counter: Counter, now: dt.datetime) -> None:
    with counter.hall() as hall, counter.local() as local:
        pull_reference(hall.session, local.session, now)
        local.commit()
