"""The hall's opening hours and operating rules, in domain/."""

from __future__ import annotations

import datetime as dt

import pytest

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.opening_hours import OpeningHours

HOURS = OpeningHours.parse({"weekday_morning": "09:00-12:00", "weekday_afternoon": "13:00-17:00",
                            "extended": "12:00-13:00 午间延时服务"})
CALENDAR = HallCalendar()


def at(day: str, time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=HALL_ZONE)


@pytest.mark.parametrize(("moment", "regular"), [
    (at("2026-12-01", "09:00"), True),   # Tuesday, the first minute
    (at("2026-12-01", "08:59"), False),
    (at("2026-12-01", "12:00"), False),  # lunch is not regular, whatever the extended line says
    (at("2026-12-01", "16:59"), True),
    (at("2026-12-01", "17:00"), False),
    (at("2026-12-05", "10:00"), False),  # Saturday
    (at("2026-10-01", "10:00"), False),  # National Day, a Thursday
    (at("2026-09-20", "10:00"), True),   # a Sunday worked in exchange for National Day (调休)
])
def test_regular_hours_follow_the_hall_calendar(moment: dt.datetime, regular: bool) -> None:
    assert HOURS.is_regular(moment, CALENDAR.is_working_day) is regular


def test_minutes_outside_regular_hours_cross_lunch_evening_and_days_off() -> None:
    working = CALENDAR.is_working_day
    assert HOURS.minutes_outside(at("2026-12-01", "11:30"), at("2026-12-01", "13:30"), working) == 60
    assert HOURS.minutes_outside(at("2026-12-01", "16:00"), at("2026-12-01", "18:15"), working) == 75
    # Friday evening into Saturday morning: every minute after 17:00 counts.
    assert HOURS.minutes_outside(at("2026-12-04", "16:30"), at("2026-12-05", "01:00"), working) == 480
    assert HOURS.minutes_outside(at("2026-12-01", "10:00"), at("2026-12-01", "11:00"), working) == 0
    assert HOURS.minutes_outside(at("2026-12-01", "11:00"), at("2026-12-01", "10:00"), working) == 0


@pytest.mark.parametrize("raw", [{"weekday_morning": "9-12"}, {"weekday_morning": "12:00-09:00"},
                                 {"weekday_afternoon": "13:00"}])
def test_a_bad_span_is_refused(raw: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        OpeningHours.parse(raw)


def test_operating_rules_take_defaults_and_refuse_nonsense() -> None:
    assert OperatingRules.from_json({}) == OperatingRules()
    assert OperatingRules.from_json(None).follow_up_days == 5
    assert OperatingRules.from_json({"follow_up_days": 3, "unknown": 1}).follow_up_days == 3
    for bad in ({"follow_up_days": -1}, {"bad_rating_max_level": 5}, {"bad_rating_max_level": 0},
                {"emergency_waiting_per_window": 0}, {"yellow_days": "3"}, {"follow_up_days": True}):
        with pytest.raises(ValueError):
            OperatingRules.from_json(bad)
    rules = OperatingRules(follow_up_days=8)
    assert OperatingRules.from_json(rules.to_json()) == rules
