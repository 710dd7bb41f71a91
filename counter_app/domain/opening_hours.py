"""The hall's opening hours (办公时间) and what falls outside them: extended service (延时服务).

Regular hours are the weekday morning and afternoon spans of the hall row, on working days of
the hall calendar (so a make-up Saturday is a regular day and a holiday Monday is not).
Anything at other times, or on a day off, is extended service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

REGULAR_KEYS = ("weekday_morning", "weekday_afternoon")


@dataclass(frozen=True)
class OpeningHours:
    spans: tuple[tuple[dt.time, dt.time], ...]

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> "OpeningHours":
        """Read "HH:MM-HH:MM" spans of the hall row's opening hours; raise ValueError on a bad one."""
        spans = []
        for key in REGULAR_KEYS:
            text = raw.get(key)
            if not text:
                continue
            start, sep, end = str(text).partition("-")
            if not sep:
                raise ValueError(f"{key}: expected HH:MM-HH:MM, got {text!r}")
            a, b = dt.time.fromisoformat(start.strip()), dt.time.fromisoformat(end.strip())
            if not a < b:
                raise ValueError(f"{key}: {text!r} ends before it starts")
            spans.append((a, b))
        return cls(tuple(sorted(spans)))

    def is_regular(self, local: dt.datetime, is_working_day: Callable[[dt.date], bool]) -> bool:
        """Whether a moment in hall time falls within regular opening hours."""
        if not is_working_day(local.date()):
            return False
        moment = local.time()
        return any(a <= moment < b for a, b in self.spans)

    def minutes_outside(self, start: dt.datetime, end: dt.datetime,
                        is_working_day: Callable[[dt.date], bool]) -> int:
        """Minutes of [start, end) in hall time that fall outside regular hours."""
        if end <= start:
            return 0
        total = 0
        day = start.date()
        while day <= end.date():
            lo = max(start, dt.datetime.combine(day, dt.time(0), start.tzinfo))
            hi = min(end, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), start.tzinfo))
            outside = (hi - lo).total_seconds() / 60
            if is_working_day(day):
                for a, b in self.spans:
                    s = max(lo, dt.datetime.combine(day, a, start.tzinfo))
                    e = min(hi, dt.datetime.combine(day, b, start.tzinfo))
                    if e > s:
                        outside -= (e - s).total_seconds() / 60
            total += round(outside)
            day += dt.timedelta(days=1)
        return total
