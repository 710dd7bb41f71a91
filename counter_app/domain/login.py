"""Log-in rules: the PIN format and the lock after repeated wrong PINs.

The lock is not a stored flag: it is folded from the log-in attempts that the
audit log already holds, so it cannot drift from what really happened.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from counter_app.domain.hall import WindowType
from counter_app.domain.staff import Role

MAX_WRONG_IN_A_ROW = 5
LOCK_DURATION = dt.timedelta(minutes=15)
PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8


@dataclass(frozen=True)
class Attempt:
    at: dt.datetime
    succeeded: bool


@dataclass(frozen=True)
class LockState:
    wrong_in_a_row: int
    locked_until: dt.datetime | None

    def is_locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    @property
    def tries_left(self) -> int:
        return max(0, MAX_WRONG_IN_A_ROW - self.wrong_in_a_row)


def lock_state(
    attempts: Iterable[Attempt],
    *,
    max_wrong: int = MAX_WRONG_IN_A_ROW,
    lock_for: dt.timedelta = LOCK_DURATION,
) -> LockState:
    """Fold attempts (any order) into the current lock.

    A success resets the count; so does the end of a lock, which gives the
    owner a fresh set of tries once the lock has run out.
    """
    wrong = 0
    locked_until: dt.datetime | None = None
    for attempt in sorted(attempts, key=lambda a: a.at):
        if locked_until is not None and attempt.at >= locked_until:
            wrong, locked_until = 0, None
        if attempt.succeeded:
            wrong, locked_until = 0, None
            continue
        wrong += 1
        if wrong >= max_wrong and locked_until is None:
            locked_until = attempt.at + lock_for
    return LockState(wrong, locked_until)


def pin_format_error(pin: str) -> str | None:
    """Why a new PIN is not acceptable, or None. Messages are keys the UI translates."""
    if not pin.isascii() or not pin.isdigit():
        return "digits_only"
    if not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        return "length"
    return None


# What a log-in attempt comes to.

@dataclass(frozen=True)
class StaffSession:
    """Who is at the counter, at which window, for which department."""

    staff_id: uuid.UUID
    code: str
    name: str
    roles: frozenset[Role]
    department_code: str | None
    department_name: str | None
    window_number: int | None
    window_name: str | None
    window_type: WindowType | None
    device_id: uuid.UUID
    department_id: uuid.UUID | None = None


@dataclass(frozen=True)
class LoggedIn:
    session: StaffSession


@dataclass(frozen=True)
class UnknownStaff:
    pass


@dataclass(frozen=True)
class WrongPin:
    tries_left: int
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class Locked:
    until: dt.datetime


@dataclass(frozen=True)
class Inactive:
    pass


LoginOutcome = LoggedIn | UnknownStaff | WrongPin | Locked | Inactive
