"""Changing one's own PIN, and a hall administrator's reset of someone's PIN (修改/重置密码).

A PIN belongs to the staff register, which the hall keeps: the new hash is written at
the hall and pulled back at once, so that every counter takes the new PIN from its next
sync. With the hall down neither can be done (the old PIN keeps working everywhere).
Each change is an audit fact; the PIN itself is never logged.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.login import Locked, LoggedIn, StaffSession, pin_format_error
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services import auth
from counter_app.services.facts import append_fact
from counter_app.services.pins import hash_pin, pin_matches
from counter_app.store.models import AuditEntry, Staff
from counter_app.sync.reference import pull_reference

PIN_CHANGED = "pin_changed"
PIN_RESET = "pin_reset"


def change_pin(counter: Counter, who: StaffSession, current: str, new: str, repeat: str,
               now: dt.datetime) -> list[FieldError]:
    """The person at the counter changes their own PIN.

    The current PIN is checked like a log-in first: wrong ones count toward the lock, so an
    unattended, unlocked counter is no place to guess someone's PIN.
    """
    errors = _new_pin_errors(new, repeat)
    checked = auth.confirm_pin(counter.local(), who, current, now, at="pin_change")
    if isinstance(checked, Locked):
        return [FieldError("current", "locked")]
    if not isinstance(checked, LoggedIn):
        return [FieldError("current", "wrong_pin"), *errors]
    if current == new and not errors:
        errors.append(FieldError("new", "unchanged"))
    try:
        with counter.hall() as hall:
            staff = hall.session.get(Staff, who.staff_id)
            if staff is None or not pin_matches(staff.pin_hash, current):
                errors.insert(0, FieldError("current", "wrong_pin"))
            if errors:
                return errors
            staff.pin_hash = hash_pin(new)
            hall.commit()
    except OperationalError:
        return [FieldError("pin", "hall_unreachable")]
    _pull_and_audit(counter, who, PIN_CHANGED, {}, now)
    return []


def reset_pin(counter: Counter, who: StaffSession, staff_code: str, new: str, repeat: str,
              now: dt.datetime) -> list[FieldError]:
    """A hall administrator gives someone a new PIN (a forgotten one); they change it at their next log-in."""
    refusal = role_refusal(who.roles, Action.RESET_PIN)
    if refusal:
        return [FieldError("pin", refusal)]
    errors = _new_pin_errors(new, repeat)
    try:
        with counter.hall() as hall:
            staff = hall.session.scalars(select(Staff).where(Staff.code == staff_code.strip().upper())).first()
            if staff is None:
                errors.insert(0, FieldError("staff", "unknown"))
            if errors:
                return errors
            assert staff is not None
            staff.pin_hash = hash_pin(new)
            target = {"staff": str(staff.id), "code": staff.code}
            hall.commit()
    except OperationalError:
        return [FieldError("pin", "hall_unreachable")]
    _pull_and_audit(counter, who, PIN_RESET, target, now)
    return []


def _new_pin_errors(new: str, repeat: str) -> list[FieldError]:
    problem = pin_format_error(new) if new else "required"
    if problem:
        return [FieldError("new", problem)]
    return [] if new == repeat else [FieldError("repeat", "mismatch")]


def _pull_and_audit(counter: Counter, who: StaffSession, action: str, detail: dict[str, str],
                    now: dt.datetime) -> None:
    with counter.hall() as hall, counter.local() as local:
        pull_reference(hall.session, local.session, now)
        append_fact(local.session, AuditEntry(occurred_at=now, device_id=who.device_id, actor_id=who.staff_id,
                                              action=action, detail=detail), now)
        local.commit()
