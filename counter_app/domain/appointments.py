"""Appointments (预约服务): the slots the hall opens, the bookings in them, and what became of each.

Slots are reference data authored at the hall: an item at a window on a working day of the hall
calendar, from a start to an end time ("HH:MM", hall time), taking so many applicants; capacity 0
closes a slot. Bookings are facts born at the counters (booked at the counter or by phone,
cancelled, checked in, missed, and the case the check-in led to). Two counters working offline
can both take the last place of a slot: the union of their bookings is what the slot holds, and
a slot holding more than its capacity shows as overbooked, never loses a booking.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from counter_app.domain.applicant import FieldError
from counter_app.domain.calendar import HallCalendar

STEP_MIN, STEP_MAX = 5, 240  # minutes
CAPACITY_MAX = 99
LONGEST_RANGE_DAYS = 92  # a quarter ahead at most in one go
NOTE_MAX = 200


class Channel(enum.StrEnum):
    COUNTER = "counter"  # 现场预约
    PHONE = "phone"  # 电话预约


class AppointmentEventKind(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    MISSED = "missed"  # 爽约: did not come within the slot
    CASE_LINKED = "case_linked"  # the intake the check-in started was saved as this case


class AppointmentState(enum.StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    MISSED = "missed"


# Of rival endings recorded on two counters, the one that says most about the applicant stands:
# having come beats a no-show or a cancellation (the person was at the window).
_ENDINGS = {AppointmentEventKind.CHECKED_IN: AppointmentState.CHECKED_IN,
            AppointmentEventKind.MISSED: AppointmentState.MISSED,
            AppointmentEventKind.CANCELLED: AppointmentState.CANCELLED}
_RANK = {AppointmentState.CHECKED_IN: 0, AppointmentState.MISSED: 1, AppointmentState.CANCELLED: 2}
HOLDING = frozenset({AppointmentState.BOOKED, AppointmentState.CHECKED_IN, AppointmentState.MISSED})


# --- slots -------------------------------------------------------------------------------------


def parse_time(value: str) -> dt.time | None:
    """ "09:30" as a time, or None when it is not HH:MM."""
    text = value.strip()
    if len(text) != 5 or text[2] != ":" or not (text[:2] + text[3:]).isdigit():
        return None
    hours, minutes = int(text[:2]), int(text[3:])
    return dt.time(hours, minutes) if hours < 24 and minutes < 60 else None


def hhmm(moment: dt.time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


@dataclass(frozen=True)
class SlotPlan:
    """What the administrator asks for: slots of one item at one window over a range of days."""

    first_day: dt.date | None
    last_day: dt.date | None
    starts: str
    ends: str
    step_minutes: int
    capacity: int


@dataclass(frozen=True)
class PlannedSlot:
    day: dt.date
    starts: str
    ends: str
    capacity: int


def plan_errors(plan: SlotPlan, today: dt.date) -> list[FieldError]:
    """What is wrong with the plan itself (the item and window are the service's to check)."""
    errors = []
    if plan.first_day is None:
        errors.append(FieldError("first_day", "required"))
    elif plan.first_day < today:
        errors.append(FieldError("first_day", "in_the_past"))
    if plan.last_day is None:
        errors.append(FieldError("last_day", "required"))
    elif plan.first_day is not None and plan.last_day < plan.first_day:
        errors.append(FieldError("last_day", "before_start"))
    elif plan.first_day is not None and (plan.last_day - plan.first_day).days >= LONGEST_RANGE_DAYS:
        errors.append(FieldError("last_day", "range_too_long"))
    starts, ends = parse_time(plan.starts), parse_time(plan.ends)
    if starts is None:
        errors.append(FieldError("starts", "time_format"))
    if ends is None:
        errors.append(FieldError("ends", "time_format"))
    elif starts is not None and ends <= starts:
        errors.append(FieldError("ends", "not_after_start"))
    if not STEP_MIN <= plan.step_minutes <= STEP_MAX:
        errors.append(FieldError("step", "step_out_of_range"))
    elif starts is not None and ends is not None and starts < ends and not slot_times(starts, ends, plan.step_minutes):
        errors.append(FieldError("step", "longer_than_span"))
    if not 0 <= plan.capacity <= CAPACITY_MAX:
        errors.append(FieldError("capacity", "capacity_out_of_range"))
    return errors


def slot_times(starts: dt.time, ends: dt.time, step_minutes: int) -> list[tuple[str, str]]:
    """The slots from starts in steps of step_minutes; the last one ends by ends (a shorter rest is left out)."""
    day = dt.date(2000, 1, 1)
    moment, end = dt.datetime.combine(day, starts), dt.datetime.combine(day, ends)
    step = dt.timedelta(minutes=step_minutes)
    times = []
    while moment + step <= end:
        times.append((hhmm(moment.time()), hhmm((moment + step).time())))
        moment += step
    return times


def working_days(first: dt.date, last: dt.date, calendar: HallCalendar) -> list[dt.date]:
    """The hall's working days from first to last: a holiday Monday is not one, a make-up Saturday is."""
    days, day = [], first
    while day <= last:
        if calendar.is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def plan_slots(plan: SlotPlan, calendar: HallCalendar) -> list[PlannedSlot]:
    """Every slot of a valid plan (see plan_errors), day by day."""
    assert plan.first_day is not None and plan.last_day is not None
    starts, ends = parse_time(plan.starts), parse_time(plan.ends)
    assert starts is not None and ends is not None
    times = slot_times(starts, ends, plan.step_minutes)
    return [PlannedSlot(day, a, b, plan.capacity)
            for day in working_days(plan.first_day, plan.last_day, calendar) for a, b in times]


def slot_start(day: dt.date, starts: str, zone: dt.tzinfo) -> dt.datetime:
    moment = parse_time(starts)
    assert moment is not None
    return dt.datetime.combine(day, moment, zone)


def slot_end(day: dt.date, ends: str, zone: dt.tzinfo) -> dt.datetime:
    moment = parse_time(ends)
    assert moment is not None
    return dt.datetime.combine(day, moment, zone)


# --- bookings and their fold -------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentEventView:
    """An appointment's event as the fold sees it."""

    id: uuid.UUID
    appointment_id: uuid.UUID
    slot_id: uuid.UUID
    kind: AppointmentEventKind
    actor_id: uuid.UUID
    device_id: uuid.UUID
    occurred_at: dt.datetime
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Appointment:
    id: uuid.UUID
    slot_id: uuid.UUID
    state: AppointmentState
    channel: Channel | None
    name: str
    phone: str
    id_number: str
    item_code: str
    booked_at: dt.datetime | None
    booked_by: uuid.UUID | None
    ended_at: dt.datetime | None = None  # when it was cancelled, checked in or marked missed
    ended_by: uuid.UUID | None = None
    note: str = ""
    case_id: uuid.UUID | None = None
    case_no: str = ""
    # Another counter recorded a different ending (say, missed while this one checked in): shown, not hidden.
    rival_endings: tuple[AppointmentState, ...] = ()


def _order(e: AppointmentEventView) -> tuple[dt.datetime, str, str]:
    return (e.occurred_at, str(e.device_id), str(e.id))


def fold(events: Iterable[AppointmentEventView]) -> dict[uuid.UUID, Appointment]:
    """Every appointment as its events leave it, whatever order the events arrive in.

    The events are put in one order first (time, device, id), so two counters folding the union
    of their events reach the same state. A booking seen only through a later event (its booked
    event not yet synced) is left out until the booking arrives.
    """
    by_appointment: dict[uuid.UUID, list[AppointmentEventView]] = {}
    for event in events:
        by_appointment.setdefault(event.appointment_id, []).append(event)
    folded = {}
    for appointment_id, its_events in by_appointment.items():
        appointment = _fold_one(sorted(its_events, key=_order))
        if appointment is not None:
            folded[appointment_id] = appointment
    return folded


def _fold_one(events: list[AppointmentEventView]) -> Appointment | None:
    booked = next((e for e in events if e.kind is AppointmentEventKind.BOOKED), None)
    if booked is None:
        return None
    data = booked.data
    # An ending counts whatever its time stamp: clocks of two counters differ, and an ending can only
    # have been recorded on a counter that held the booking.
    endings = [e for e in events if e.kind in _ENDINGS]
    ending = min(endings, key=lambda e: (_RANK[_ENDINGS[e.kind]], _order(e))) if endings else None
    state = _ENDINGS[ending.kind] if ending else AppointmentState.BOOKED
    rivals = tuple(sorted({_ENDINGS[e.kind] for e in endings} - {state}, key=lambda s: _RANK[s]))
    linked = [e for e in events if e.kind is AppointmentEventKind.CASE_LINKED]
    link = linked[0] if linked else None
    return Appointment(
        id=booked.appointment_id, slot_id=booked.slot_id, state=state,
        channel=Channel(data["channel"]) if data.get("channel") in set(Channel) else None,
        name=str(data.get("name", "")), phone=str(data.get("phone", "")),
        id_number=str(data.get("id_number", "")), item_code=str(data.get("item_code", "")),
        booked_at=booked.occurred_at, booked_by=booked.actor_id,
        ended_at=ending.occurred_at if ending else None, ended_by=ending.actor_id if ending else None,
        note=str(ending.data.get("note", "")) if ending else "",
        case_id=uuid.UUID(str(link.data["case_id"])) if link and link.data.get("case_id") else None,
        case_no=str(link.data.get("case_no", "")) if link else "", rival_endings=rivals,
    )


@dataclass(frozen=True)
class SlotLoad:
    """How full a slot is: the bookings that hold a place against its capacity."""

    capacity: int
    holding: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.holding)

    @property
    def overbooked(self) -> bool:
        return self.holding > self.capacity

    @property
    def closed(self) -> bool:
        return self.capacity == 0


def load(capacity: int, appointments: Iterable[Appointment]) -> SlotLoad:
    """A cancelled booking frees its place; a checked-in or missed one kept it."""
    return SlotLoad(capacity, sum(1 for a in appointments if a.state in HOLDING))


def booking_refusal(capacity: int, holding: int, ends_at: dt.datetime, now: dt.datetime) -> str | None:
    """Why this slot takes no more bookings now (as far as this counter knows), or None."""
    if capacity == 0:
        return "slot_closed"
    if now >= ends_at:
        return "slot_over"
    if holding >= capacity:
        return "slot_full"
    return None


def change_refusal(appointment: Appointment, kind: AppointmentEventKind, slot_day: dt.date,
                   slot_ends_at: dt.datetime, now: dt.datetime, today: dt.date) -> str | None:
    """Why this appointment cannot be cancelled, checked in or marked missed now, or None."""
    if appointment.state is not AppointmentState.BOOKED:
        return f"appointment_{appointment.state.value}"
    if kind is AppointmentEventKind.CHECKED_IN and today != slot_day:
        return "check_in_other_day"
    if kind is AppointmentEventKind.MISSED and now < slot_ends_at:
        return "slot_not_over"
    return None
