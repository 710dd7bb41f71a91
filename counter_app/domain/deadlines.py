"""Time limits (时限) and warning levels (预警) of a case.

Administrative License Law:

- art. 32: the one-time notice (一次性告知) within 5 working days of receipt;
- art. 42: a decision within 20 working days of acceptance, extendable by 10
  (joint handling 联合办理: 45 + 15);
- art. 44: the certificate issued and delivered within 10 working days of the decision;
- art. 45: hearing, inspection, testing, expert review ... are not counted:
  the clock stops (暂停计时) for their duration;
- art. 82: all of these are working days (see :mod:`counter_app.domain.calendar`).

The electronic supervision system shows a yellow warning (黄牌预警) near a
deadline and a red one (红牌) once it has passed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from counter_app.domain.calendar import HallCalendar

__all__ = [
    "CORRECTION_NOTICE_DAYS",
    "DEFAULT_YELLOW_DAYS",
    "ISSUE_DAYS",
    "JOINT_EXTENSION_DAYS",
    "JOINT_STATUTORY_DAYS",
    "STATUTORY_DAYS",
    "STATUTORY_EXTENSION_DAYS",
    "Due",
    "Pause",
    "WarningLevel",
    "due_date",
    "warning_level",
    "warning_levels",
    "working_days_counted",
    "working_days_left",
    "yellow_threshold",
]

CORRECTION_NOTICE_DAYS = 5  # art. 32: one-time notice within 5 working days of receipt
ISSUE_DAYS = 10  # art. 44: certificate issued and delivered within 10 working days
STATUTORY_DAYS = 20  # art. 42: decision within 20 working days of acceptance
STATUTORY_EXTENSION_DAYS = 10  # art. 42: the agency head may extend by 10
JOINT_STATUTORY_DAYS = 45  # art. 42: joint handling (联合办理)
JOINT_EXTENSION_DAYS = 15  # art. 42: joint handling extension
DEFAULT_YELLOW_DAYS = 3  # the hall's default; configurable per the hall's supervision rules

_ONE_DAY = dt.timedelta(days=1)


class WarningLevel(StrEnum):
    """Supervision warning (预警) of a running time limit."""

    NORMAL = "normal"  # 正常
    YELLOW = "yellow"  # 黄牌: the deadline is near
    RED = "red"  # 红牌: overdue (超期)


@dataclass(frozen=True)
class Pause:
    """A suspension under art. 45 (听证、检验、检测、专家评审 ...): the clock stops.

    ``start`` is the first day not counted, ``end`` the last day not counted;
    ``end is None`` while the suspension is still running.
    """

    start: dt.date
    end: dt.date | None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"pause ends ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class Due:
    """A computed deadline.

    ``day`` is None while an open pause stops the clock. ``confirmed`` is False
    when any year the period touches has no confirmed holiday arrangement
    (日历未确认): the day may still move when the hall enters that year.
    """

    day: dt.date | None
    confirmed: bool


def _merged(pauses: Sequence[Pause], after: dt.date) -> list[tuple[dt.date, dt.date | None]]:
    """Pauses clipped to days after ``after``, merged so none is counted twice.

    Overlapping and touching pauses become one interval; an open pause
    swallows everything after its start.
    """
    clipped = sorted(
        (max(p.start, after + _ONE_DAY), p.end)
        for p in pauses
        if p.end is None or p.end > after  # a pause over before the clock starts is irrelevant
    )
    merged: list[tuple[dt.date, dt.date | None]] = []
    for start, end in clipped:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None:
                break  # an open pause already covers the rest
            if start <= last_end + _ONE_DAY:
                new_end = None if end is None else max(end, last_end)
                merged[-1] = (last_start, new_end)
                continue
        merged.append((start, end))
    return merged


def due_date(
    calendar: HallCalendar,
    start: dt.date,
    limit_days: int,
    *,
    pauses: Sequence[Pause] = (),
    extension_days: int = 0,
) -> Due:
    """The last day of a time limit of ``limit_days + extension_days`` working days.

    The start day (e.g. the acceptance day) is not counted. Working days inside
    a pause are not counted either; a pause that starts after the day the clock
    would have run out does not matter. An open pause reached before then
    stops the clock: the result has no day until the pause is closed.
    """
    if limit_days < 0 or extension_days < 0:
        raise ValueError(f"time limits cannot be negative: {limit_days} + {extension_days}")
    remaining = limit_days + extension_days
    cursor = start  # last day already accounted for
    for pause_start, pause_end in _merged(pauses, start):
        would_be = calendar.add_working_days(cursor, remaining)
        if pause_start > would_be:
            break  # the clock runs out before this (and every later) pause
        # Working days run before the pause; fewer than `remaining` because
        # the pause starts on or before the would-be due day.
        remaining -= calendar.working_days_between(cursor, pause_start - _ONE_DAY)
        if pause_end is None:
            confirmed = not calendar.unconfirmed_years(start, pause_start)
            return Due(None, confirmed)
        cursor = pause_end
    day = calendar.add_working_days(cursor, remaining)
    return Due(day, not calendar.unconfirmed_years(start, day))


def working_days_counted(
    calendar: HallCalendar,
    start: dt.date,
    end: dt.date,
    *,
    pauses: Sequence[Pause] = (),
) -> int:
    """The working days a time limit that started on ``start`` has used up by ``end``.

    The working days d with start < d <= end, less those inside a pause (art. 45): the
    inverse of :func:`due_date` with the same pauses, so that counting up to the due day
    (a working day) gives the limit back. An open pause counts as running to ``end``.
    """
    if end <= start:
        return 0
    used = calendar.working_days_between(start, end)
    for pause_start, pause_end in _merged(pauses, start):
        if pause_start > end:
            break
        last = end if pause_end is None else min(pause_end, end)
        used -= calendar.working_days_between(pause_start - _ONE_DAY, last)
    return used


def working_days_left(calendar: HallCalendar, today: dt.date, due: dt.date) -> int:
    """Working days d with today < d <= due.

    0 on the due day; negative when overdue: -(working days in (due, today]).
    """
    return calendar.working_days_between(today, due)


def warning_level(
    calendar: HallCalendar,
    today: dt.date,
    due: dt.date | None,
    *,
    yellow_days: int = DEFAULT_YELLOW_DAYS,
) -> WarningLevel:
    """The supervision warning of a deadline as seen on ``today``.

    No due day (the clock is stopped) is NORMAL; past the due day is RED; at
    most ``yellow_days`` working days left (the due day itself included) is YELLOW.
    """
    _check_yellow_days(yellow_days)
    if due is None:
        return WarningLevel.NORMAL
    if today > due:
        return WarningLevel.RED
    if working_days_left(calendar, today, due) <= yellow_days:
        return WarningLevel.YELLOW
    return WarningLevel.NORMAL


def warning_levels(
    calendar: HallCalendar, today: dt.date, *, yellow_days: int = DEFAULT_YELLOW_DAYS
) -> Callable[[dt.date | None], WarningLevel]:
    """:func:`warning_level` for many due days seen on the same day, the calendar read once.

    A list page holds a hundred due days; the yellow threshold turns each one
    into two date comparisons.
    """
    threshold = yellow_threshold(calendar, today, yellow_days)

    def level(due: dt.date | None) -> WarningLevel:
        if due is None:
            return WarningLevel.NORMAL
        if today > due:
            return WarningLevel.RED
        return WarningLevel.YELLOW if due <= threshold else WarningLevel.NORMAL

    return level


def yellow_threshold(
    calendar: HallCalendar, today: dt.date, yellow_days: int = DEFAULT_YELLOW_DAYS
) -> dt.date:
    """The latest due day that is YELLOW on ``today``.

    A store can then select yellow cases as ``today <= due <= threshold`` and
    red ones as ``due < today`` with an index on the due day. The threshold is
    the day before the (yellow_days + 1)-th working day after today, so a due
    day on a weekend or holiday right after the yellow_days-th working day
    (it still has only yellow_days working days left) is yellow too.
    """
    _check_yellow_days(yellow_days)
    return calendar.add_working_days(today, yellow_days + 1) - _ONE_DAY


def _check_yellow_days(yellow_days: int) -> None:
    if yellow_days < 0:
        raise ValueError(f"yellow_days cannot be negative: {yellow_days}")
