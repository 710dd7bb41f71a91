"""The hall's windows (窗口) and their four types."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class WindowType(enum.StrEnum):
    """The four window types of the hall's notice."""

    CONSTANT = "constant"  # 常设窗口: one department, fixed staff
    COMPREHENSIVE = "comprehensive"  # 综合窗口: receives for several small departments
    EMERGENCY = "emergency"  # 应急窗口: opened when crowds surge
    SEASONAL = "seasonal"  # 季节性窗口: opened in its season


@dataclass(frozen=True)
class Season:
    """A seasonal window's season as month-day bounds; it may wrap the new year."""

    start: tuple[int, int]
    end: tuple[int, int]

    @classmethod
    def parse(cls, start: str, end: str) -> "Season":
        """Read "MM-DD" bounds; raise ValueError on a date that no year has."""
        return cls(_month_day(start), _month_day(end))

    def contains(self, day: dt.date) -> bool:
        here = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= here <= self.end
        return here >= self.start or here <= self.end


def _month_day(text: str) -> tuple[int, int]:
    month, _, day = text.partition("-")
    # 2024 is a leap year, so 02-29 is accepted as a bound.
    dt.date(2024, int(month), int(day))
    return int(month), int(day)
