"""Appointments in domain/: slots over the hall calendar, the fold of a booking's events in any order,
capacity and what may happen to a booking when."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

import pytest

from counter_app.domain import appointments as rules
from counter_app.domain.applicant import FieldError
from counter_app.domain.appointments import (
    AppointmentEventKind,
    AppointmentEventView,
    AppointmentState,
    SlotPlan,
)
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE

# 2027 is beyond chinesecalendar: plain weekdays, with the hall's own entries on top.
HOLIDAY_MONDAY = dt.date(2027, 3, 1)
MAKE_UP_SATURDAY = dt.date(2027, 3, 6)
CALENDAR = HallCalendar(overrides={HOLIDAY_MONDAY: False, MAKE_UP_SATURDAY: True})
TODAY = dt.date(2027, 2, 26)


def plan(**changes: object) -> SlotPlan:
    values: dict[str, object] = dict(first_day=HOLIDAY_MONDAY, last_day=dt.date(2027, 3, 7), starts="09:00",
                                     ends="10:30", step_minutes=30, capacity=3)
    values.update(changes)
    return SlotPlan(**values)  # type: ignore[arg-type]


def test_a_week_with_a_holiday_and_a_make_up_day_gets_slots_on_its_working_days_only() -> None:
    assert rules.plan_errors(plan(), TODAY) == []
    slots = rules.plan_slots(plan(), CALENDAR)
    days = sorted({s.day for s in slots})
    # Monday is a holiday, Saturday a make-up working day, Sunday a Sunday.
    assert days == [dt.date(2027, 3, d) for d in (2, 3, 4, 5, 6)]
    assert [(s.starts, s.ends) for s in slots if s.day == MAKE_UP_SATURDAY] == [
        ("09:00", "09:30"), ("09:30", "10:00"), ("10:00", "10:30")]
    assert len(slots) == 15 and {s.capacity for s in slots} == {3}


def test_a_shorter_rest_at_the_end_makes_no_slot() -> None:
    assert rules.slot_times(dt.time(9), dt.time(10, 10), 20) == [
        ("09:00", "09:20"), ("09:20", "09:40"), ("09:40", "10:00")]


@pytest.mark.parametrize("changes, expected", [
    ({"first_day": None}, FieldError("first_day", "required")),
    ({"first_day": dt.date(2027, 2, 25)}, FieldError("first_day", "in_the_past")),
    ({"last_day": None}, FieldError("last_day", "required")),
    ({"last_day": dt.date(2027, 2, 28)}, FieldError("last_day", "before_start")),
    ({"last_day": HOLIDAY_MONDAY + dt.timedelta(days=92)}, FieldError("last_day", "range_too_long")),
    ({"starts": "9.00"}, FieldError("starts", "time_format")),
    ({"ends": "25:00"}, FieldError("ends", "time_format")),
    ({"ends": "09:00"}, FieldError("ends", "not_after_start")),
    ({"step_minutes": 4}, FieldError("step", "step_out_of_range")),
    ({"step_minutes": 241}, FieldError("step", "step_out_of_range")),
    ({"step_minutes": 120}, FieldError("step", "longer_than_span")),
    ({"capacity": -1}, FieldError("capacity", "capacity_out_of_range")),
    ({"capacity": 100}, FieldError("capacity", "capacity_out_of_range")),
])
def test_each_wrong_plan_field_is_named(changes: dict[str, object], expected: FieldError) -> None:
    assert rules.plan_errors(plan(**changes), TODAY) == [expected]


def test_the_limits_themselves_are_allowed() -> None:
    assert rules.plan_errors(plan(step_minutes=5, capacity=0, last_day=HOLIDAY_MONDAY + dt.timedelta(days=91)),
                             TODAY) == []
    assert rules.plan_errors(plan(step_minutes=240, ends="13:00"), TODAY) == []


# --- the fold ------------------------------------------------------------------------------------

SLOT = uuid.uuid4()
A_DEVICE, B_DEVICE = uuid.UUID(int=1), uuid.UUID(int=2)
CLERK = uuid.uuid4()
BOOKED_AT = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)


def event(appointment: uuid.UUID, kind: AppointmentEventKind, minutes: int, device: uuid.UUID = A_DEVICE,
          **data: object) -> AppointmentEventView:
    return AppointmentEventView(uuid.uuid4(), appointment, SLOT, kind, CLERK, device,
                                BOOKED_AT + dt.timedelta(minutes=minutes), data)


def booked(appointment: uuid.UUID, minutes: int = 0, device: uuid.UUID = A_DEVICE) -> AppointmentEventView:
    return event(appointment, AppointmentEventKind.BOOKED, minutes, device, channel="phone", name="李秀梅",
                 phone="13903711021", item_code="SCJG-001")


def test_a_booking_folds_to_its_person_and_state() -> None:
    a = uuid.uuid4()
    folded = rules.fold([booked(a)])[a]
    assert (folded.state, folded.name, folded.phone, folded.item_code, folded.id_number) == (
        AppointmentState.BOOKED, "李秀梅", "13903711021", "SCJG-001", "")
    assert folded.channel is rules.Channel.PHONE and folded.slot_id == SLOT


def test_every_order_of_two_devices_events_folds_the_same() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    case_id = uuid.uuid4()
    events = [booked(a), booked(b, 1, B_DEVICE),
              event(a, AppointmentEventKind.CHECKED_IN, 30, B_DEVICE),
              event(a, AppointmentEventKind.MISSED, 40, A_DEVICE),  # the other counter did not know
              event(a, AppointmentEventKind.CASE_LINKED, 50, B_DEVICE, case_id=str(case_id), case_no="X-1"),
              event(b, AppointmentEventKind.CANCELLED, 20, B_DEVICE, note="改期"),
              # Same moment on both counters: the order is still one.
              event(b, AppointmentEventKind.MISSED, 20, A_DEVICE)]
    results = {repr(sorted(rules.fold(order).items(), key=lambda kv: str(kv[0])))
               for order in itertools.permutations(events)}
    assert len(results) == 1
    folded = rules.fold(events)
    assert folded[a].state is AppointmentState.CHECKED_IN and folded[a].rival_endings == (AppointmentState.MISSED,)
    assert folded[a].case_id == case_id and folded[a].case_no == "X-1"
    assert folded[b].state is AppointmentState.MISSED and folded[b].rival_endings == (AppointmentState.CANCELLED,)


def test_an_ending_without_its_booking_waits_for_it() -> None:
    a = uuid.uuid4()
    assert rules.fold([event(a, AppointmentEventKind.CANCELLED, 5)]) == {}
    assert rules.fold([event(a, AppointmentEventKind.CANCELLED, 5), booked(a, 10)])[a].state is \
        AppointmentState.CANCELLED  # the booking's clock ran late: the ending still counts


# --- capacity and what may happen when --------------------------------------------------------------


def test_cancelled_bookings_free_their_place_and_the_union_can_pass_capacity() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    folded = rules.fold([booked(a), booked(b, 1, B_DEVICE), booked(c, 2),
                         event(c, AppointmentEventKind.CANCELLED, 3)])
    load = rules.load(1, folded.values())
    assert (load.holding, load.free, load.overbooked, load.closed) == (2, 0, True, False)
    assert not rules.load(2, folded.values()).overbooked and rules.load(0, []).closed


def test_booking_refusals() -> None:
    ends = dt.datetime(2026, 12, 1, 10, 0, tzinfo=HALL_ZONE)
    before, after = ends - dt.timedelta(minutes=1), ends
    assert rules.booking_refusal(0, 0, ends, before) == "slot_closed"
    assert rules.booking_refusal(2, 0, ends, after) == "slot_over"
    assert rules.booking_refusal(2, 2, ends, before) == "slot_full"
    assert rules.booking_refusal(2, 1, ends, before) is None


def test_check_in_on_the_day_missed_after_the_end_and_nothing_after_an_ending() -> None:
    a = uuid.uuid4()
    appointment = rules.fold([booked(a)])[a]
    day = dt.date(2026, 12, 1)
    ends = dt.datetime(2026, 12, 1, 10, 0, tzinfo=HALL_ZONE)
    during = ends - dt.timedelta(minutes=5)
    check_in, missed = AppointmentEventKind.CHECKED_IN, AppointmentEventKind.MISSED
    assert rules.change_refusal(appointment, check_in, day, ends, during, day) is None
    assert rules.change_refusal(appointment, check_in, day, ends, during, day - dt.timedelta(days=1)) == \
        "check_in_other_day"
    assert rules.change_refusal(appointment, missed, day, ends, during, day) == "slot_not_over"
    assert rules.change_refusal(appointment, missed, day, ends, ends, day) is None
    cancelled = rules.fold([booked(a), event(a, AppointmentEventKind.CANCELLED, 1)])[a]
    assert rules.change_refusal(cancelled, check_in, day, ends, during, day) == "appointment_cancelled"
