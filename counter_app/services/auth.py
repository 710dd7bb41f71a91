"""Log-in at the counter: staff code and PIN, with a lock after repeated wrong PINs.

Every attempt is an audit fact; the lock is folded from those facts.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import login
from counter_app.domain.login import (
    Inactive,
    Locked,
    LoggedIn,
    LoginOutcome,
    StaffSession,
    UnknownStaff,
    WrongPin,
)
from counter_app.services.facts import append_fact
from counter_app.services.pins import pin_matches
from counter_app.store.models import AuditEntry, Staff
from counter_app.store.uow import UnitOfWork

LOGIN_SUCCEEDED = "login_succeeded"
LOGIN_FAILED = "login_failed"
LOGIN_REFUSED = "login_refused"
UNLOCK = "unlock"  # the detail of an attempt made at the idle lock rather than the log-in dialog


def log_in(
    uow: UnitOfWork, *, device_id: uuid.UUID, code: str, pin: str, now: dt.datetime
) -> LoginOutcome:
    with uow:
        session = uow.session
        staff = session.scalars(select(Staff).where(Staff.code == code.strip().upper())).first()
        if staff is None:
            _audit(session, device_id, None, LOGIN_FAILED, {"code": code[:20], "why": "unknown"}, now)
            uow.commit()
            return UnknownStaff()
        outcome = _attempt(uow, staff, device_id, pin, now, {})
        return LoggedIn(staff_session(staff, device_id)) if outcome is None else outcome


def confirm_pin(uow: UnitOfWork, who: StaffSession, pin: str, now: dt.datetime, *,
                at: str = UNLOCK) -> LoginOutcome:
    """The person already logged in types their PIN again (the idle lock): a log-in attempt like any other.

    A wrong PIN counts toward the lock as at the log-in dialog; the audit fact says where it was typed.
    """
    with uow:
        staff = uow.session.get(Staff, who.staff_id)
        if staff is None:
            return Inactive()
        outcome = _attempt(uow, staff, who.device_id, pin, now, {"at": at})
        return LoggedIn(who) if outcome is None else outcome


def _attempt(uow: UnitOfWork, staff: Staff, device_id: uuid.UUID, pin: str, now: dt.datetime,
             where: dict[str, str]) -> LoginOutcome | None:
    """Check the PIN of a known person against the lock, record the attempt; None: the PIN is right."""
    session = uow.session
    if not staff.active:
        _audit(session, device_id, staff.id, LOGIN_REFUSED, {"why": "inactive", **where}, now)
        uow.commit()
        return Inactive()
    state = _lock_state(session, staff.id)
    if state.is_locked(now):
        assert state.locked_until is not None
        _audit(session, device_id, staff.id, LOGIN_REFUSED, {"why": "locked", **where}, now)
        uow.commit()
        return Locked(state.locked_until)
    if not pin_matches(staff.pin_hash, pin):
        _audit(session, device_id, staff.id, LOGIN_FAILED, {"why": "wrong_pin", **where}, now)
        uow.commit()
        after = _lock_state(session, staff.id)
        if after.is_locked(now):
            assert after.locked_until is not None
            return Locked(after.locked_until)
        return WrongPin(after.tries_left, after.locked_until)
    _audit(session, device_id, staff.id, LOGIN_SUCCEEDED, dict(where), now)
    uow.commit()
    return None


def _lock_state(session: Session, staff_id: uuid.UUID) -> login.LockState:
    # Only the recent attempts matter: a success or a lock's end resets the count.
    rows = session.execute(
        select(AuditEntry.occurred_at, AuditEntry.action)
        .where(
            AuditEntry.actor_id == staff_id,
            AuditEntry.action.in_((LOGIN_SUCCEEDED, LOGIN_FAILED)),
        )
        .order_by(AuditEntry.occurred_at.desc())
        .limit(4 * login.MAX_WRONG_IN_A_ROW)
    ).all()
    return login.lock_state(login.Attempt(at, action == LOGIN_SUCCEEDED) for at, action in rows)


def _audit(
    session: Session,
    device_id: uuid.UUID,
    actor_id: uuid.UUID | None,
    action: str,
    detail: dict[str, str],
    now: dt.datetime,
) -> None:
    entry = AuditEntry(
        occurred_at=now, device_id=device_id, actor_id=actor_id, action=action, detail=detail
    )
    append_fact(session, entry, now)


def staff_session(staff: Staff, device_id: uuid.UUID) -> StaffSession:
    """The session of a member of staff already identified (demo data, tests of other layers)."""
    window = staff.window
    return StaffSession(
        staff_id=staff.id,
        code=staff.code,
        name=staff.name,
        roles=staff.roles,
        department_code=staff.department.code if staff.department else None,
        department_name=staff.department.name if staff.department else None,
        window_number=window.number if window else None,
        window_name=window.name if window else None,
        window_type=window.type if window else None,
        device_id=device_id,
        department_id=staff.department_id,
    )


def register_change(uow: UnitOfWork, who: StaffSession) -> str | None:
    """Whether the hall's register (as last pulled) no longer matches the person logged in.

    "inactive": taken off the register (sent back); "changed": other roles, department or
    window. Either way the session's rights are no longer theirs: they log in again.
    """
    with uow:
        staff = uow.session.get(Staff, who.staff_id)
        if staff is None or not staff.active:
            return "inactive"
        now = staff_session(staff, who.device_id)
        same = (now.roles, now.department_id, now.window_number) == (who.roles, who.department_id, who.window_number)
        return None if same else "changed"
