"""Time limits (时限) and warnings (预警) on real dates.

March 2026 has no holiday; 清明 is 2026-04-04..04-06 (Sat–Mon). A case accepted
on Monday 2026-03-02 with 20 working days is due on Monday 2026-03-30
(03-03..06, 09..13, 16..20, 23..27 are 19 days; 03-30 is the 20th).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.deadlines import (
    STATUTORY_DAYS,
    STATUTORY_EXTENSION_DAYS,
    Due,
    Pause,
    WarningLevel,
    due_date,
    warning_level,
    warning_levels,
    working_days_left,
    yellow_threshold,
)

D = dt.date
CAL = HallCalendar()
WITH_2027 = HallCalendar(overrides={D(2027, 1, 1): False}, confirmed_years=frozenset({2027}))
ACCEPTED = D(2026, 3, 2)


# -- due dates -------------------------------------------------------------------


def test_plain_statutory_limit() -> None:
    assert due_date(CAL, ACCEPTED, STATUTORY_DAYS) == Due(D(2026, 3, 30), True)


def test_extension_adds_days() -> None:
    # 03-31 (21), 04-01..03 (24), 清明 04-04..06, 04-07..10 (28), 04-13 (29), 04-14 (30).
    due = due_date(CAL, ACCEPTED, STATUTORY_DAYS, extension_days=STATUTORY_EXTENSION_DAYS)
    assert due == Due(D(2026, 4, 14), True)


def test_across_national_day() -> None:
    # 10-08 Thu (1), 10-09 (2), 10-10 Sat 调休 (3), 10-12 (4), 10-13 (5).
    assert due_date(CAL, D(2026, 9, 30), 5) == Due(D(2026, 10, 13), True)


def test_into_2027_is_not_confirmed_until_the_hall_enters_it() -> None:
    assert due_date(CAL, D(2026, 12, 28), 20) == Due(D(2027, 1, 25), False)
    assert due_date(WITH_2027, D(2026, 12, 28), 20) == Due(D(2027, 1, 26), True)


def test_closed_pause_moves_by_its_working_days() -> None:
    # Tue 03-10 .. Thu 03-12 stopped: 3 working days, so 03-31, 04-01, 04-02.
    due = due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 3, 10), D(2026, 3, 12))])
    assert due == Due(D(2026, 4, 2), True)


def test_overlapping_pauses_are_not_counted_twice() -> None:
    # Union 03-10..03-16 holds 5 working days (Tue–Fri, Mon): 03-31, 04-01..03, 04-07.
    pauses = [Pause(D(2026, 3, 12), D(2026, 3, 16)), Pause(D(2026, 3, 10), D(2026, 3, 12))]
    assert due_date(CAL, ACCEPTED, 20, pauses=pauses) == Due(D(2026, 4, 7), True)
    nested = [Pause(D(2026, 3, 10), D(2026, 3, 16)), Pause(D(2026, 3, 11), D(2026, 3, 12))]
    assert due_date(CAL, ACCEPTED, 20, pauses=nested) == Due(D(2026, 4, 7), True)


def test_pause_over_a_weekend_only_changes_nothing() -> None:
    due = due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 3, 7), D(2026, 3, 8))])
    assert due == Due(D(2026, 3, 30), True)


def test_pause_before_start_is_ignored() -> None:
    due = due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 2, 2), D(2026, 3, 2))])
    assert due == Due(D(2026, 3, 30), True)


def test_pause_straddling_start_counts_only_after_start() -> None:
    # 03-03 and 03-04 are stopped: two days later.
    due = due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 2, 25), D(2026, 3, 4))])
    assert due == Due(D(2026, 4, 1), True)


def test_pause_after_the_due_day_does_not_matter() -> None:
    pauses = [Pause(D(2026, 3, 31), D(2026, 4, 2)), Pause(D(2026, 4, 20), None)]
    assert due_date(CAL, ACCEPTED, 20, pauses=pauses) == Due(D(2026, 3, 30), True)


def test_pause_starting_on_the_due_day_moves_it() -> None:
    due = due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 3, 30), D(2026, 3, 30))])
    assert due == Due(D(2026, 3, 31), True)


def test_a_second_pause_reached_only_because_of_the_first() -> None:
    # The first pause pushes the due day to 04-02; a pause on 04-01 then matters too.
    pauses = [Pause(D(2026, 3, 10), D(2026, 3, 12)), Pause(D(2026, 4, 1), D(2026, 4, 1))]
    assert due_date(CAL, ACCEPTED, 20, pauses=pauses) == Due(D(2026, 4, 3), True)


def test_open_pause_stops_the_clock() -> None:
    assert due_date(CAL, ACCEPTED, 20, pauses=[Pause(D(2026, 3, 20), None)]) == Due(None, True)
    assert due_date(CAL, D(2026, 12, 10), 20, pauses=[Pause(D(2027, 1, 4), None)]) == Due(None, False)


def test_invalid_input_is_refused() -> None:
    with pytest.raises(ValueError):
        Pause(D(2026, 3, 12), D(2026, 3, 10))
    with pytest.raises(ValueError):
        due_date(CAL, ACCEPTED, -1)
    with pytest.raises(ValueError):
        due_date(CAL, ACCEPTED, 20, extension_days=-1)


# -- days left and warnings -------------------------------------------------------

DUE = D(2026, 3, 30)  # Monday


@pytest.mark.parametrize(
    ("today", "left", "level"),
    [
        (D(2026, 3, 24), 4, WarningLevel.NORMAL),  # 25, 26, 27, 30
        (D(2026, 3, 25), 3, WarningLevel.YELLOW),
        (D(2026, 3, 28), 1, WarningLevel.YELLOW),  # Saturday
        (D(2026, 3, 30), 0, WarningLevel.YELLOW),  # due today
        (D(2026, 3, 31), -1, WarningLevel.RED),
        (D(2026, 4, 7), -5, WarningLevel.RED),  # 03-31, 04-01..03, 04-07 (清明 between)
    ],
)
def test_warning_edges(today: dt.date, left: int, level: WarningLevel) -> None:
    assert working_days_left(CAL, today, DUE) == left
    assert warning_level(CAL, today, DUE) is level


def test_the_day_after_a_friday_deadline_is_red() -> None:
    # No working day has passed, yet the deadline has.
    assert working_days_left(CAL, D(2026, 3, 28), D(2026, 3, 27)) == 0
    assert warning_level(CAL, D(2026, 3, 28), D(2026, 3, 27)) is WarningLevel.RED


def test_yellow_days_is_configurable() -> None:
    assert warning_level(CAL, D(2026, 3, 23), DUE, yellow_days=5) is WarningLevel.YELLOW
    assert warning_level(CAL, D(2026, 3, 20), DUE, yellow_days=5) is WarningLevel.NORMAL
    with pytest.raises(ValueError):
        warning_level(CAL, D(2026, 3, 20), DUE, yellow_days=-1)


def test_stopped_clock_is_normal() -> None:
    assert warning_level(CAL, D(2026, 3, 30), None) is WarningLevel.NORMAL


def test_yellow_threshold_on_real_days() -> None:
    # Wed 03-25, 2 days: 03-26, 03-27 are yellow, and so is the weekend after
    # them (still 2 days left); Monday 03-30 has 3 left.
    assert yellow_threshold(CAL, D(2026, 3, 25), 2) == D(2026, 3, 29)
    # Tue 09-29, 1 day: 09-30 is the last working day before 国庆; 10-08 is the next.
    assert yellow_threshold(CAL, D(2026, 9, 29), 1) == D(2026, 10, 7)
    assert yellow_threshold(CAL, D(2026, 3, 24)) == D(2026, 3, 29)


days = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31))
calendars = st.sampled_from([CAL, WITH_2027])


@given(calendars, days, st.integers(min_value=-30, max_value=120), st.integers(min_value=0, max_value=10))
def test_threshold_agrees_with_warning_level(
    calendar: HallCalendar, today: dt.date, offset: int, yellow_days: int
) -> None:
    due = today + dt.timedelta(days=offset)
    level = warning_level(calendar, today, due, yellow_days=yellow_days)
    threshold = yellow_threshold(calendar, today, yellow_days)
    assert (level is WarningLevel.RED) == (due < today)
    assert (level is WarningLevel.YELLOW) == (today <= due <= threshold)
    assert warning_levels(calendar, today, yellow_days=yellow_days)(due) is level
    assert warning_levels(calendar, today)(None) is WarningLevel.NORMAL


@given(calendars, days, st.integers(min_value=0, max_value=60))
def test_no_pauses_is_plain_addition(calendar: HallCalendar, start: dt.date, n: int) -> None:
    due = due_date(calendar, start, n)
    assert due.day == calendar.add_working_days(start, n)
    assert due.confirmed == (not calendar.unconfirmed_years(start, due.day))


@given(
    calendars,
    days,
    st.integers(min_value=0, max_value=40),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=4),
)
def test_pauses_match_a_day_by_day_walk(
    calendar: HallCalendar, start: dt.date, n: int, spans: list[tuple[int, int]]
) -> None:
    pauses = [
        Pause(start + dt.timedelta(days=a - 10), start + dt.timedelta(days=a - 10 + b)) for a, b in spans
    ]
    day, left = start, n
    while left:
        day += dt.timedelta(days=1)
        stopped = any(p.start <= day <= p.end for p in pauses if p.end is not None)
        left -= calendar.is_working_day(day) and not stopped
    assert due_date(calendar, start, n, pauses=pauses).day == day
