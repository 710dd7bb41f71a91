"""Extended service (延时服务): the time staff serve outside the hall's opening hours.

Two sources count: steps of cases recorded outside regular hours, and spans entered by hand.
A step is an instant, so it stands for the work that led to it: the time back to the edge of
regular hours, but at most MAX_STEP_MINUTES. A step at 17:40 on a working day stands for
17:00–17:40, one at 20:30 for 19:30–20:30 (not the whole evening: a lone late step says nothing
of the hours before it), one at 08:30 for 08:30–09:00, one at 12:20 for 12:00–12:20; on a day
off each step stands for the hour before it. Any such span is at least MIN_STEP_MINUTES long, so
that a lone step a minute after closing still counts as a short service. All spans of a person
(steps and hand entries) are merged before their minutes outside regular hours are added up, so
nothing counts twice, and a chain of steps less than an hour apart counts as one stretch of work.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from counter_app.domain.opening_hours import OpeningHours

MIN_STEP_MINUTES = 15
MAX_STEP_MINUTES = 60
# A span entered by hand: at most a long evening, and not older than a month (the month's report).
MAX_ENTRY_HOURS = 12
ENTRY_MAX_AGE_DAYS = 31
NOTE_MAX = 200

Span = tuple[dt.datetime, dt.datetime]


@dataclass(frozen=True)
class ExtendedDay:
    """One person's extended service on one day, in hall time."""

    day: dt.date
    minutes: int
    steps: int  # steps recorded outside regular hours
    entries: int  # spans entered by hand


def step_span(step: dt.datetime, hours: OpeningHours, is_working_day: Callable[[dt.date], bool]) -> Span | None:
    """The span outside regular hours a step stands for (hall time), or None for a step in regular hours."""
    if hours.is_regular(step, is_working_day):
        return None
    least, most = dt.timedelta(minutes=MIN_STEP_MINUTES), dt.timedelta(minutes=MAX_STEP_MINUTES)
    if not is_working_day(step.date()) or not hours.spans:
        return step - most, step
    moment = step.time()
    day = step.date()
    for (_, close), following in zip(hours.spans, hours.spans[1:] + ((None, None),), strict=True):
        opens_again = following[0]
        if close <= moment and (opens_again is None or moment < opens_again):
            start = max(dt.datetime.combine(day, close, step.tzinfo), step - most)
            end = max(step, start + least)
            if opens_again is not None:
                end = min(end, dt.datetime.combine(day, opens_again, step.tzinfo))
            return start, end
    first_open = dt.datetime.combine(day, hours.spans[0][0], step.tzinfo)
    return min(step, first_open - least), min(first_open, max(step + most, step + least))


def merge(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def extended_days(steps: Iterable[dt.datetime], entries: Iterable[Span], hours: OpeningHours,
                  is_working_day: Callable[[dt.date], bool]) -> list[ExtendedDay]:
    """One person's extended service per day, from their steps and hand entries (all in hall time)."""
    spans: list[Span] = []
    counts: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    for step in steps:
        span = step_span(step, hours, is_working_day)
        if span is None:
            continue
        counts[step.date()][0] += 1
        spans.append(span)
    for start, end in entries:
        counts[start.date()][1] += 1
        spans.append((start, end))
    minutes: dict[dt.date, int] = defaultdict(int)
    for start, end in merge(spans):
        day = start.date()
        while day <= end.date():
            lo = max(start, dt.datetime.combine(day, dt.time(0), start.tzinfo))
            hi = min(end, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), start.tzinfo))
            if hi > lo:
                minutes[day] += hours.minutes_outside(lo, hi, is_working_day)
            day += dt.timedelta(days=1)
    days = sorted(set(minutes) | set(counts))
    return [ExtendedDay(d, minutes.get(d, 0), counts[d][0], counts[d][1]) for d in days
            if minutes.get(d, 0) or counts[d][1]]


def entry_problems(start: dt.datetime, end: dt.datetime, now: dt.datetime, hours: OpeningHours,
                   is_working_day: Callable[[dt.date], bool], others: Iterable[Span]) -> list[tuple[str, str]]:
    """What is wrong with a span entered by hand, as (field, code) pairs; all times in hall time."""
    problems: list[tuple[str, str]] = []
    if end <= start:
        return [("ends_at", "ends_before_start")]
    if end - start > dt.timedelta(hours=MAX_ENTRY_HOURS):
        problems.append(("ends_at", "too_long"))
    if end > now:
        problems.append(("ends_at", "in_future"))
    if (now.date() - start.date()).days > ENTRY_MAX_AGE_DAYS:
        problems.append(("starts_at", "too_old"))
    if hours.minutes_outside(start, end, is_working_day) == 0:
        problems.append(("starts_at", "inside_opening_hours"))
    if any(start < b and a < end for a, b in others):
        problems.append(("starts_at", "overlaps"))
    return problems
