"""Hall time: stored in UTC, shown in Asia/Shanghai."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

HALL_ZONE = ZoneInfo("Asia/Shanghai")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hall_time(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HALL_ZONE)


def hall_today(now: dt.datetime | None = None) -> dt.date:
    return hall_time(now or utc_now()).date()


def hall_days(first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The hall days first to last (both included; last defaults to first) as a UTC span [from, to)."""
    start = dt.datetime.combine(first, dt.time(0), HALL_ZONE)
    end = dt.datetime.combine((last or first) + dt.timedelta(days=1), dt.time(0), HALL_ZONE)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)
