"""The State Council holiday arrangements that ship with the program."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from typing import Any

from sqlalchemy.orm import Session

from counter_app.store.models import CalendarDay, CalendarYear

ARRANGEMENTS_FILE = "holidays.json"


def published_arrangements() -> dict[str, Any]:
    text = (files("counter_app.db") / "demo" / ARRANGEMENTS_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def load_published_arrangements(session: Session) -> list[int]:
    """Fill the hall calendar with every year the bundled notices confirm; returns those years.

    Years with no published notice (2027 at the time of writing) are left for
    an administrator to enter; until then they count as "not confirmed".
    """
    years = published_arrangements()["years"]
    loaded = []
    for year_text, arrangement in sorted(years.items()):
        year = int(year_text)
        if not arrangement.get("holidays") or session.get(CalendarYear, year) is not None:
            continue
        session.add(CalendarYear(year=year, confirmed=True, notice=arrangement["notice"]))
        for holiday in arrangement["holidays"]:
            day = dt.date.fromisoformat(holiday["start"])
            end = dt.date.fromisoformat(holiday["end"])
            while day <= end:
                session.merge(CalendarDay(day=day, is_working_day=False, name=holiday["name"]))
                day += dt.timedelta(days=1)
        for workday in arrangement["adjusted_workdays"]:
            session.merge(
                CalendarDay(
                    day=dt.date.fromisoformat(workday["date"]),
                    is_working_day=True,
                    name=f"{workday['for']}调休",
                )
            )
        loaded.append(year)
    return loaded
