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
