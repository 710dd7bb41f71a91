"""The hall's working-day calendar (工作日历).

Administrative License Law art. 82: periods are counted in working days, which
exclude statutory holidays (法定节假日) and include the make-up working days
(调休) that the State Council announces each year.

Three sources answer "is this a working day?", strongest first:

1. the hall's own entries (from the State Council notice, or a local decision);
2. chinesecalendar, for the years it knows (2004–2026 in version 1.11);
3. plain weekdays, Monday to Friday, for any year nobody has described yet.

Answers from the third source are counted but "not confirmed" (日历未确认): the
counter must keep working across the new year before the notice arrives, and
it must say that the dates it shows may still move.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

import chinese_calendar

__all__ = ["HallCalendar", "statutory_year_known"]

_ONE_DAY = dt.timedelta(days=1)


@cache
def statutory_year_known(year: int) -> bool:
    """Whether chinesecalendar has the State Council arrangement for ``year``."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@cache
def _base_year(year: int) -> tuple[int, ...]:
    """Sorted ordinals of the year's working days before any hall entry.

    One pass of 365 calls into chinesecalendar per year, then never again:
    deadline arithmetic runs on these tables, not on per-day library calls.
    """
    day = dt.date(year, 1, 1)
    known = statutory_year_known(year)
    ordinals: list[int] = []
    while day.year == year:
        working = chinese_calendar.is_workday(day) if known else day.weekday() < 5
        if working:
            ordinals.append(day.toordinal())
        # date.max is 9999-12-31; stop there instead of overflowing.
        if day == dt.date.max:
            break
        day += _ONE_DAY
    return tuple(ordinals)


def _freeze_overrides(overrides: Mapping[dt.date, bool]) -> Mapping[dt.date, bool]:
    """A read-only copy, so a caller changing its dict cannot stale our tables."""
    frozen: dict[dt.date, bool] = {}
    for day, working in overrides.items():
        if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
            raise TypeError(f"calendar override keys must be dates, got {day!r}")
        frozen[day] = bool(working)
    return MappingProxyType(frozen)


@dataclass(frozen=True, eq=True)
class HallCalendar:
    """The working-day calendar the hall counts its time limits (时限) with.

    ``overrides``: days the hall entered. True is a working day (e.g. a 调休
    Saturday), False a day off (e.g. a holiday of a year chinesecalendar does
    not know yet, or an extra local holiday). They beat chinesecalendar.

    ``confirmed_years``: years whose whole arrangement the hall has entered
    from the State Council notice and confirmed.

    The calendar is immutable; derived per-year tables are built lazily and
    kept in a private field that takes no part in equality.
    """

    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    confirmed_years: frozenset[int] = frozenset()
    _tables: dict[int, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _by_year: Mapping[int, Mapping[int, bool]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        overrides = _freeze_overrides(self.overrides)
        by_year: dict[int, dict[int, bool]] = {}
        for day, working in overrides.items():
            by_year.setdefault(day.year, {})[day.toordinal()] = working
        # Frozen dataclass: object.__setattr__ is the documented way to normalise fields.
        object.__setattr__(self, "overrides", overrides)
        object.__setattr__(self, "confirmed_years", frozenset(self.confirmed_years))
        object.__setattr__(self, "_by_year", by_year)

    def __hash__(self) -> int:
        return hash((frozenset(self.overrides.items()), self.confirmed_years))

    # -- per-year tables -------------------------------------------------

    def _year(self, year: int) -> tuple[int, ...]:
        """Sorted ordinals of the working days of ``year`` in this calendar."""
        table = self._tables.get(year)
        if table is None:
            table = self._build_year(year)
            # A race between two threads only builds the same tuple twice.
            self._tables[year] = table
        return table

    def _build_year(self, year: int) -> tuple[int, ...]:
        base = _base_year(year)
        entered = self._by_year.get(year)
        if not entered:
            return base
        days = set(base)
        for ordinal, working in entered.items():
            if working:
                days.add(ordinal)
            else:
                days.discard(ordinal)
        return tuple(sorted(days))

    # -- questions about one day ------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        """Hall entry, else chinesecalendar (if it knows the year), else Mon–Fri."""
        table = self._year(day.year)
        ordinal = day.toordinal()
        i = bisect_left(table, ordinal)
        return i < len(table) and table[i] == ordinal

    def is_confirmed(self, day: dt.date) -> bool:
        """Whether ``day``'s year is backed by a published arrangement."""
        return day.year in self.confirmed_years or statutory_year_known(day.year)

    def unconfirmed_years(self, start: dt.date, end: dt.date) -> frozenset[int]:
        """Years touched by the closed range [start, end] that are not confirmed."""
        first, last = min(start.year, end.year), max(start.year, end.year)
        return frozenset(
            year
            for year in range(first, last + 1)
            if year not in self.confirmed_years and not statutory_year_known(year)
        )

    # -- counting -------------------------------------------------------------

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start``; the start day is not counted.

        Art. 82 and the acceptance day (受理当日不计入): one working day after a
        Friday acceptance is the next Monday. ``n == 0`` returns ``start``.
        """
        if n < 0:
            raise ValueError(f"cannot add a negative number of working days: {n}")
        if n == 0:
            return start
        year = start.year
        table = self._year(year)
        index = bisect_right(table, start.toordinal())
        remaining = n
        # Whole years ahead are skipped by their length, not day by day.
        while index + remaining > len(table):
            remaining -= len(table) - index
            year += 1
            table = self._year(year)
            index = 0
        return dt.date.fromordinal(table[index + remaining - 1])

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days d with start < d <= end; negative when end is before start.

        The inverse of :meth:`add_working_days`:
        ``working_days_between(s, add_working_days(s, n)) == n``.
        """
        if end < start:
            return -self.working_days_between(end, start)
        low, high = start.toordinal(), end.toordinal()
        count = 0
        for year in range(start.year, end.year + 1):
            table = self._year(year)
            count += bisect_right(table, high) - bisect_right(table, low)
        return count
