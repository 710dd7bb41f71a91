"""The working-day calendar (工作日历) on real dates.

Expected dates are counted by hand from the State Council notices in
/work/shared/data/holidays.json (2026: 春节 02-15..02-23 with 调休 02-14 and
02-28; 中秋 09-25..09-27; 国庆 10-01..10-07 with 调休 09-20 and 10-10).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from counter_app.domain.calendar import HallCalendar

D = dt.date
PLAIN = HallCalendar()
# The hall entered New Year's Day 2027 from the (future) notice and confirmed the year.
WITH_2027 = HallCalendar(overrides={D(2027, 1, 1): False}, confirmed_years=frozenset({2027}))


# -- single days -------------------------------------------------------------


def test_national_day_2026_days() -> None:
    assert all(not PLAIN.is_working_day(D(2026, 10, d)) for d in range(1, 8))
    assert PLAIN.is_working_day(D(2026, 9, 20))  # Sunday, 调休 for 国庆
    assert PLAIN.is_working_day(D(2026, 10, 10))  # Saturday, 调休 for 国庆
    assert not PLAIN.is_working_day(D(2026, 10, 11))  # an ordinary Sunday
    assert not PLAIN.is_working_day(D(2026, 9, 25))  # Friday, 中秋


def test_spring_festival_2026_days() -> None:
    assert PLAIN.is_working_day(D(2026, 2, 14))  # Saturday, 调休
    assert all(not PLAIN.is_working_day(D(2026, 2, d)) for d in range(15, 24))
    assert PLAIN.is_working_day(D(2026, 2, 24))
    assert PLAIN.is_working_day(D(2026, 2, 28))  # Saturday, 调休


def test_unknown_year_counts_weekdays() -> None:
    assert PLAIN.is_working_day(D(2027, 1, 1))  # a Friday nobody has described yet
    assert not PLAIN.is_working_day(D(2027, 1, 2))  # Saturday
    assert PLAIN.is_working_day(D(2003, 1, 1))  # before chinesecalendar: no crash either
    assert PLAIN.is_working_day(D(2040, 6, 1))  # Friday


# -- adding working days --------------------------------------------------------


def test_friday_plus_one_is_monday() -> None:
    assert PLAIN.add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 9)


def test_zero_days_is_the_start_and_negative_is_refused() -> None:
    assert PLAIN.add_working_days(D(2026, 3, 7), 0) == D(2026, 3, 7)
    with pytest.raises(ValueError):
        PLAIN.add_working_days(D(2026, 3, 6), -1)


def test_make_up_sunday_counts() -> None:
    # Accepted Friday 09-18: the first working day after it is 调休 Sunday 09-20.
    assert PLAIN.add_working_days(D(2026, 9, 18), 1) == D(2026, 9, 20)


def test_period_across_national_day_2026() -> None:
    # 10-08 Thu (1), 10-09 Fri (2), 10-10 Sat 调休 (3), 10-12 Mon (4), 10-13 Tue (5).
    assert PLAIN.add_working_days(D(2026, 9, 30), 5) == D(2026, 10, 13)
    # 20 days from Friday 09-18: 09-20 (1), 09-21..24 (5), 09-28..30 (8),
    # 10-08..10 (11), 10-12..16 (16), 10-19..22 (20).
    assert PLAIN.add_working_days(D(2026, 9, 18), 20) == D(2026, 10, 22)
    assert PLAIN.working_days_between(D(2026, 9, 30), D(2026, 10, 8)) == 1


def test_period_across_spring_festival_2026() -> None:
    # 02-13 Fri (1), 02-14 Sat 调休 (2), holiday 02-15..23, 02-24 Tue (3).
    assert PLAIN.add_working_days(D(2026, 2, 12), 3) == D(2026, 2, 24)
    # ... 02-25..27 (6), 02-28 Sat 调休 (7), 03-02..04 (10).
    assert PLAIN.add_working_days(D(2026, 2, 12), 10) == D(2026, 3, 4)
    assert PLAIN.working_days_between(D(2026, 2, 13), D(2026, 2, 24)) == 2


def test_into_2027_without_hall_data_counts_new_year_as_weekday() -> None:
    # 12-29..31 (3), 2027-01-01 Fri (4), 01-04..08 (9), 01-11..15 (14),
    # 01-18..22 (19), 01-25 Mon (20).
    start = D(2026, 12, 28)
    assert PLAIN.add_working_days(start, 20) == D(2027, 1, 25)
    assert PLAIN.unconfirmed_years(start, D(2027, 1, 25)) == frozenset({2027})


def test_into_2027_after_the_hall_enters_new_year() -> None:
    start = D(2026, 12, 28)
    assert not WITH_2027.is_working_day(D(2027, 1, 1))
    assert WITH_2027.add_working_days(start, 20) == D(2027, 1, 26)
    assert WITH_2027.unconfirmed_years(start, D(2027, 1, 26)) == frozenset()


def test_hall_override_beats_chinesecalendar_in_2026() -> None:
    extra_holiday = HallCalendar(overrides={D(2026, 3, 9): False})
    assert PLAIN.is_working_day(D(2026, 3, 9))
    assert not extra_holiday.is_working_day(D(2026, 3, 9))
    assert extra_holiday.add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 10)
    # And the other way: the hall opens on a statutory holiday.
    open_day = HallCalendar(overrides={D(2026, 10, 2): True})
    assert open_day.add_working_days(D(2026, 9, 30), 1) == D(2026, 10, 2)
    assert open_day.add_working_days(D(2026, 9, 30), 2) == D(2026, 10, 8)


def test_overrides_are_copied() -> None:
    entries = {D(2026, 3, 9): False}
    calendar = HallCalendar(overrides=entries)
    entries[D(2026, 3, 9)] = True  # the caller's dict changes after the fact
    assert not calendar.is_working_day(D(2026, 3, 9))


def test_calendars_compare_by_value() -> None:
    same = HallCalendar(overrides={D(2027, 1, 1): False}, confirmed_years=frozenset({2027}))
    WITH_2027.add_working_days(D(2026, 12, 28), 20)  # warms a cache on one side only
    assert same == WITH_2027 and hash(same) == hash(WITH_2027)
    assert same != PLAIN


# -- between -----------------------------------------------------------------


def test_between_edges() -> None:
    assert PLAIN.working_days_between(D(2026, 3, 6), D(2026, 3, 6)) == 0
    assert PLAIN.working_days_between(D(2026, 3, 6), D(2026, 3, 8)) == 0  # weekend only
    assert PLAIN.working_days_between(D(2026, 3, 6), D(2026, 3, 9)) == 1
    assert PLAIN.working_days_between(D(2026, 3, 9), D(2026, 3, 6)) == -1
    assert PLAIN.working_days_between(D(2026, 12, 31), D(2027, 1, 1)) == 1
    assert WITH_2027.working_days_between(D(2026, 12, 31), D(2027, 1, 1)) == 0


# -- confirmation --------------------------------------------------------------


def test_is_confirmed() -> None:
    assert PLAIN.is_confirmed(D(2026, 12, 31))
    assert not PLAIN.is_confirmed(D(2027, 1, 1))
    assert WITH_2027.is_confirmed(D(2027, 6, 1))
    assert not WITH_2027.is_confirmed(D(2028, 1, 3))


def test_unconfirmed_years_in_any_order() -> None:
    assert PLAIN.unconfirmed_years(D(2029, 2, 1), D(2026, 1, 1)) == frozenset({2027, 2028, 2029})
    assert PLAIN.unconfirmed_years(D(2026, 1, 1), D(2026, 12, 31)) == frozenset()


# -- properties ----------------------------------------------------------------

days = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31))
calendars = st.sampled_from([PLAIN, WITH_2027])


@given(calendars, days, st.integers(min_value=0, max_value=60))
def test_between_inverts_add(calendar: HallCalendar, start: dt.date, n: int) -> None:
    end = calendar.add_working_days(start, n)
    assert calendar.working_days_between(start, end) == n
    assert calendar.working_days_between(end, start) == -n
    if n > 0:
        assert calendar.is_working_day(end)
        # The n-th working day is the first day at which n working days have passed.
        assert calendar.working_days_between(start, end - dt.timedelta(days=1)) == n - 1


@given(calendars, days, days)
@example(PLAIN, D(2025, 10, 1), D(2025, 9, 30))  # a holiday start, the day before: counts 0
def test_add_inverts_between(calendar: HallCalendar, start: dt.date, end: dt.date) -> None:
    k = calendar.working_days_between(start, end)
    # An end before the start can still count 0 (nothing but holidays between): only forward ranges invert.
    if end >= start:
        assert k >= 0
        assert calendar.add_working_days(start, k) <= end < calendar.add_working_days(start, k + 1)
    else:
        assert k <= 0


@given(calendars, days, st.integers(min_value=0, max_value=60))
def test_add_matches_a_day_by_day_walk(calendar: HallCalendar, start: dt.date, n: int) -> None:
    day, left = start, n
    while left:
        day += dt.timedelta(days=1)
        left -= calendar.is_working_day(day)
    assert calendar.add_working_days(start, n) == day
