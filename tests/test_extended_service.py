"""Extended service (延时服务): steps outside opening hours and spans entered by hand, per person and day,
on the hall calendar (a holiday counts whole, a make-up working Saturday has regular hours); every
error of a hand entry."""

from __future__ import annotations

import datetime as dt

import pytest
from hall_counters import accept_cases
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE
from counter_app.domain.extended_service import ExtendedDay, extended_days, step_span
from counter_app.domain.opening_hours import OpeningHours
from counter_app.services import extended_service

HOURS = OpeningHours.parse({"weekday_morning": "09:00-12:00", "weekday_afternoon": "13:00-17:00"})
WORKING = HallCalendar().is_working_day
D = dt.date


def at(day: str, time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=HALL_ZONE)


@pytest.mark.parametrize(("step", "span"), [
    (at("2026-12-01", "17:40"), ("17:00", "17:40")),  # evening: from closing to the step
    (at("2026-12-01", "08:30"), ("08:30", "09:00")),  # morning: from the step to opening
    (at("2026-12-01", "12:20"), ("12:00", "12:20")),  # lunch
    (at("2026-12-01", "17:05"), ("17:00", "17:15")),  # at least 15 minutes
    (at("2026-12-01", "08:50"), ("08:45", "09:00")),
    (at("2026-12-01", "12:55"), ("12:00", "12:55")),
    (at("2026-10-10", "17:30"), ("17:00", "17:30")),  # a make-up working Saturday (调休) has regular hours
])
def test_a_step_outside_hours_stands_for_the_time_from_the_edge(step: dt.datetime, span: tuple[str, str]) -> None:
    found = step_span(step, HOURS, WORKING)
    assert found is not None
    assert (found[0].strftime("%H:%M"), found[1].strftime("%H:%M")) == span


@pytest.mark.parametrize("step", [at("2026-12-01", "09:00"), at("2026-12-01", "16:59"),
                                  at("2026-10-10", "10:00")])  # the make-up Saturday's morning
def test_a_step_in_regular_hours_is_no_extended_service(step: dt.datetime) -> None:
    assert step_span(step, HOURS, WORKING) is None
    assert extended_days([step], [], HOURS, WORKING) == []


def test_steps_of_working_days_add_up_per_day() -> None:
    steps = [at("2026-12-01", "17:40"), at("2026-12-01", "08:30"), at("2026-12-01", "12:20"),
             at("2026-12-01", "10:00"), at("2026-12-02", "17:10")]
    assert extended_days(steps, [], HOURS, WORKING) == [ExtendedDay(D(2026, 12, 1), 40 + 30 + 20, 3, 0),
                                                        ExtendedDay(D(2026, 12, 2), 15, 1, 0)]


def test_on_a_holiday_each_step_stands_for_the_hour_before_it() -> None:
    # 2 October 2026 is a Friday of the National Day holiday (10-01 to 10-07): every minute counts.
    # 10:00 and 11:00 chain into 09:00–11:00; 15:30 alone is 14:30–15:30, not the afternoon between.
    steps = [at("2026-10-02", "15:30"), at("2026-10-02", "10:00"), at("2026-10-02", "11:00")]
    assert extended_days(steps, [], HOURS, WORKING) == [ExtendedDay(D(2026, 10, 2), 180, 3, 0)]
    assert extended_days([at("2026-10-03", "10:00")], [], HOURS, WORKING) == [ExtendedDay(D(2026, 10, 3), 60, 1, 0)]
    # A plain Saturday the same way; the make-up working Saturday of 10-10 only outside its hours.
    assert extended_days([at("2026-12-05", "09:00"), at("2026-12-05", "11:30")], [], HOURS, WORKING) == [
        ExtendedDay(D(2026, 12, 5), 120, 2, 0)]
    assert extended_days([at("2026-10-10", "09:00"), at("2026-10-10", "11:30")], [], HOURS, WORKING) == []


def test_a_lone_late_step_stands_for_an_hour_and_a_chain_of_steps_for_the_whole_stretch() -> None:
    assert extended_days([at("2026-12-01", "20:30")], [], HOURS, WORKING) == [ExtendedDay(D(2026, 12, 1), 60, 1, 0)]
    chain = [at("2026-12-01", "17:10"), at("2026-12-01", "17:50"), at("2026-12-01", "18:40")]
    assert extended_days(chain, [], HOURS, WORKING) == [ExtendedDay(D(2026, 12, 1), 100, 3, 0)]
    # Early in the morning: from the step to the opening, at most the hour after it.
    assert extended_days([at("2026-12-01", "06:30")], [], HOURS, WORKING) == [ExtendedDay(D(2026, 12, 1), 60, 1, 0)]


def test_a_hand_entry_over_steps_counts_once() -> None:
    steps = [at("2026-12-01", "17:40"), at("2026-12-01", "18:10")]
    entries = [(at("2026-12-01", "17:00"), at("2026-12-01", "18:30"))]
    assert extended_days(steps, entries, HOURS, WORKING) == [ExtendedDay(D(2026, 12, 1), 90, 2, 1)]
    # An entry across lunch counts only the hour outside regular hours.
    lunch = [(at("2026-12-02", "11:30"), at("2026-12-02", "13:30"))]
    assert extended_days([], lunch, HOURS, WORKING) == [ExtendedDay(D(2026, 12, 2), 60, 0, 1)]


# --- the service: steps recorded through the intake, entries by hand ---------------------------------

NOW = at("2026-10-12", "10:00").astimezone(dt.UTC)  # Monday after the make-up Saturday


def test_my_days_from_steps_and_entries(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    accept_cases(demo_counter, clerk, 1, when=at("2026-10-09", "17:40").astimezone(dt.UTC))  # Friday evening
    accept_cases(demo_counter, clerk, 1, start=1, when=at("2026-10-10", "10:00").astimezone(dt.UTC))  # regular
    accept_cases(demo_counter, clerk, 1, start=2, when=at("2026-10-05", "10:30").astimezone(dt.UTC))  # holiday
    assert extended_service.record_entry(demo_counter, clerk, None, at("2026-10-09", "17:00"),
                                         at("2026-10-09", "19:00"), "企业集中办理年报，延时服务", NOW) == []
    days = extended_service.my_days(demo_counter, clerk, D(2026, 10, 1), D(2026, 10, 31))
    # The case at 17:40 falls inside the entry: 120 minutes, not 160. The holiday steps: the hour before them.
    assert days == [ExtendedDay(D(2026, 10, 5), 60, 2, 0), ExtendedDay(D(2026, 10, 9), 120, 2, 1)]
    [entry] = extended_service.my_entries(demo_counter, clerk, D(2026, 10, 1), D(2026, 10, 31))
    assert (entry.starts_at, entry.ends_at, entry.note, entry.entered_by) == (
        at("2026-10-09", "17:00"), at("2026-10-09", "19:00"), "企业集中办理年报，延时服务", "王晓堃")
    assert extended_service.my_days(demo_counter, staff_session(demo_counter, "S0102"), D(2026, 10, 1),
                                    D(2026, 10, 31)) == []


@pytest.mark.parametrize(("start", "end", "note", "errors"), [
    (at("2026-10-09", "19:00"), at("2026-10-09", "18:00"), "", [("ends_at", "ends_before_start")]),
    (at("2026-10-09", "19:00"), at("2026-10-09", "19:00"), "", [("ends_at", "ends_before_start")]),
    (at("2026-10-08", "17:00"), at("2026-10-09", "05:01"), "", [("ends_at", "too_long")]),
    (at("2026-10-12", "08:00"), at("2026-10-12", "10:30"), "", [("ends_at", "in_future")]),
    (at("2026-09-10", "17:00"), at("2026-09-10", "18:00"), "", [("starts_at", "too_old")]),
    (at("2026-10-09", "14:00"), at("2026-10-09", "16:00"), "", [("starts_at", "inside_opening_hours")]),
    (at("2026-10-10", "09:00"), at("2026-10-10", "12:00"), "", [("starts_at", "inside_opening_hours")]),
    (at("2026-10-09", "18:30"), at("2026-10-09", "20:00"), "", [("starts_at", "overlaps")]),
    (at("2026-10-09", "19:30"), at("2026-10-09", "20:00"), "延" * 201, [("note", "too_long")]),
    (at("2026-10-09", "19:30"), at("2026-10-09", "20:00"), "年报\x07", [("note", "control_characters")]),
])
def test_each_entry_error_and_nothing_is_saved(demo_counter: Counter, start: dt.datetime, end: dt.datetime,
                                               note: str, errors: list[tuple[str, str]]) -> None:
    clerk = staff_session(demo_counter, "S0101")
    assert extended_service.record_entry(demo_counter, clerk, None, at("2026-10-09", "17:00"),
                                         at("2026-10-09", "19:00"), "", NOW) == []
    found = extended_service.record_entry(demo_counter, clerk, None, start, end, note, NOW)
    assert [(e.field, e.code) for e in found] == errors
    assert len(extended_service.my_entries(demo_counter, clerk, D(2026, 9, 1), D(2026, 10, 31))) == 1


def test_a_holiday_entry_and_one_across_lunch_are_taken(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    assert extended_service.record_entry(demo_counter, clerk, None, at("2026-10-03", "09:00"),
                                         at("2026-10-03", "12:00"), "国庆假期预约服务", NOW) == []
    assert extended_service.record_entry(demo_counter, clerk, None, at("2026-10-09", "11:30"),
                                         at("2026-10-09", "13:30"), "午间延时", NOW) == []
    assert [(d.day, d.minutes) for d in extended_service.my_days(demo_counter, clerk, D(2026, 10, 1),
                                                                  D(2026, 10, 31))] == [
        (D(2026, 10, 3), 180), (D(2026, 10, 9), 60)]


@pytest.mark.parametrize(("who", "for_code", "error"), [
    ("S0191", "S0101", None),  # a chief representative for the department's clerk
    ("S0101", "S0102", ("staff", "not_your_staff")),  # a clerk only for themselves
    ("S0191", "S0201", ("staff", "not_your_staff")),  # nor a chief for another department
    ("S9001", "S0201", None),  # the hall administrator for anyone
    ("S9001", "S7777", ("staff", "unknown_staff")),
])
def test_who_enters_for_whom(demo_counter: Counter, who: str, for_code: str,
                             error: tuple[str, str] | None) -> None:
    found = extended_service.record_entry(demo_counter, staff_session(demo_counter, who), for_code,
                                          at("2026-10-09", "17:00"), at("2026-10-09", "18:00"), "", NOW)
    assert [(e.field, e.code) for e in found] == ([error] if error else [])
    if error is None:
        with demo_counter.local() as uow:
            minutes = extended_service.minutes_by_staff(uow.session, D(2026, 10, 1), D(2026, 10, 31))
        assert [m for m in minutes.values() if m == 60]
