"""The lock after five wrong PINs in a row, folded from attempts."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.login import LOCK_DURATION, Attempt, lock_state, pin_format_error

T0 = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)


def _wrong(n: int, start: dt.datetime = T0) -> list[Attempt]:
    return [Attempt(start + dt.timedelta(seconds=i), False) for i in range(n)]


def test_four_wrong_leave_one_try() -> None:
    state = lock_state(_wrong(4))
    assert state.tries_left == 1
    assert not state.is_locked(T0 + dt.timedelta(seconds=5))


def test_five_wrong_in_a_row_lock_for_fifteen_minutes() -> None:
    state = lock_state(_wrong(5))
    fifth = T0 + dt.timedelta(seconds=4)
    assert state.locked_until == fifth + LOCK_DURATION
    assert state.is_locked(fifth + LOCK_DURATION - dt.timedelta(seconds=1))
    assert not state.is_locked(fifth + LOCK_DURATION)


def test_a_success_resets_the_count() -> None:
    attempts = _wrong(4) + [Attempt(T0 + dt.timedelta(seconds=10), True)] + _wrong(4, T0 + dt.timedelta(seconds=20))
    state = lock_state(attempts)
    assert state.wrong_in_a_row == 4 and state.locked_until is None


def test_after_a_lock_runs_out_the_count_starts_again() -> None:
    later = T0 + LOCK_DURATION + dt.timedelta(minutes=1)
    state = lock_state(_wrong(5) + _wrong(1, later))
    assert state.wrong_in_a_row == 1 and state.locked_until is None


@given(st.permutations(_wrong(5) + [Attempt(T0 + dt.timedelta(seconds=2, milliseconds=500), True)]))
def test_order_of_the_record_does_not_matter(attempts: list[Attempt]) -> None:
    assert lock_state(attempts) == lock_state(sorted(attempts, key=lambda a: a.at))


def test_pin_format() -> None:
    assert pin_format_error("1234") is None
    assert pin_format_error("12345678") is None
    assert pin_format_error("123") == "length"
    assert pin_format_error("123456789") == "length"
    assert pin_format_error("12a4") == "digits_only"
    assert pin_format_error("１２３４") == "digits_only"  # full-width digits are not ASCII digits
