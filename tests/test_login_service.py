"""Log-in against the local store: outcomes, the lock, and the audit facts it leaves."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from counter_app.domain.login import Locked, LoggedIn, UnknownStaff, WrongPin
from counter_app.domain.staff import Role
from counter_app.services import auth, startup
from counter_app.store.models import AuditEntry, OutboxEntry

T0 = dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC)


def _log_in(counter, code: str, pin: str, now: dt.datetime = T0):  # type: ignore[no-untyped-def]
    device = startup.device_id(counter)
    return auth.log_in(counter.local(), device_id=device, code=code, pin=pin, now=now)


def test_right_pin_logs_in_with_window_and_department(demo_counter) -> None:  # type: ignore[no-untyped-def]
    outcome = _log_in(demo_counter, "S0101", "1234")
    assert isinstance(outcome, LoggedIn)
    session = outcome.session
    assert session.code == "S0101"
    assert Role.WINDOW_CLERK in session.roles
    assert session.department_name and session.window_number is not None


def test_code_is_case_and_space_insensitive(demo_counter) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(_log_in(demo_counter, "  s0101 ", "1234"), LoggedIn)


def test_unknown_code(demo_counter) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(_log_in(demo_counter, "S9999", "1234"), UnknownStaff)


def test_wrong_pin_counts_down_then_locks(demo_counter) -> None:  # type: ignore[no-untyped-def]
    tries = []
    for i in range(4):
        outcome = _log_in(demo_counter, "S0101", "0000", T0 + dt.timedelta(seconds=i))
        assert isinstance(outcome, WrongPin)
        tries.append(outcome.tries_left)
    assert tries == [4, 3, 2, 1]
    fifth = _log_in(demo_counter, "S0101", "0000", T0 + dt.timedelta(seconds=4))
    assert isinstance(fifth, Locked)
    # Even the right PIN is refused while locked ...
    assert isinstance(_log_in(demo_counter, "S0101", "1234", T0 + dt.timedelta(minutes=10)), Locked)
    # ... and accepted once the lock has run out.
    assert isinstance(_log_in(demo_counter, "S0101", "1234", T0 + dt.timedelta(minutes=16)), LoggedIn)


def test_a_lock_is_per_account(demo_counter) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        _log_in(demo_counter, "S0101", "0000", T0 + dt.timedelta(seconds=i))
    assert isinstance(_log_in(demo_counter, "S0102", "1234", T0 + dt.timedelta(seconds=6)), LoggedIn)


def test_every_attempt_is_an_audit_fact_queued_for_the_hall(demo_counter) -> None:  # type: ignore[no-untyped-def]
    _log_in(demo_counter, "S0101", "0000")
    _log_in(demo_counter, "S0101", "1234", T0 + dt.timedelta(seconds=1))
    _log_in(demo_counter, "NOBODY", "1234", T0 + dt.timedelta(seconds=2))
    with demo_counter.local() as uow:
        actions = uow.session.scalars(select(AuditEntry.action).order_by(AuditEntry.occurred_at)).all()
        queued = uow.session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.fact_table == "audit_entry")
        )
    assert actions == ["login_failed", "login_succeeded", "login_failed"]
    assert queued == 3
