"""Demo appointments: slots for a few items at their windows over the next two weeks' working days,
and some bookings taken through the same use case a clerk uses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import appointments as rules
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE, hall_today
from counter_app.services import appointments, auth
from counter_app.services.appointments import BookingForm
from counter_app.store.models import AppointmentSlot, Item, ServiceWindow, Staff

# item, window, from, to, minutes a slot, applicants a slot
DEMO_SLOTS = (
    ("SCJG-001", 1, "09:00", "11:30", 30, 3),
    ("SCJG-001", 1, "14:00", "16:30", 30, 2),
    ("SCJG-002", 2, "09:00", "12:00", 60, 4),
    ("WJW-001", 6, "09:00", "12:00", 60, 3),
    ("CL-001", 10, "09:00", "11:00", 30, 2),
)
# who books, item, which of the day's slots, channel, name, identity number, phone
DEMO_BOOKINGS = (
    ("S0101", "SCJG-001", 0, "phone", "李秀梅", "", "13903711021"),
    ("S0101", "SCJG-001", 0, "counter", "赵国强", "410103198605120038", "13703712046"),
    ("S0101", "SCJG-001", 2, "phone", "欧阳䶮", "", "18603713055"),
    ("S0101", "SCJG-001", 3, "phone", "孙立新", "", "0371-68961234"),
    ("S9011", "CL-001", 1, "counter", "王桂兰", "41010319520315002X", "15803714067"),
)
CANCELLED = "孙立新"  # one booking the applicant called off


def add_demo_slots(session: Session, today: dt.date, calendar: HallCalendar | None = None) -> int:
    """The demo slots, written into the hall store with the demo hall (the caller commits)."""
    calendar = calendar or HallCalendar()
    items = {i.code: i.id for i in session.scalars(select(Item))}
    windows = {w.number: w.id for w in session.scalars(select(ServiceWindow))}
    made = 0
    for code, number, starts, ends, step, capacity in DEMO_SLOTS:
        plan = rules.SlotPlan(today, today + dt.timedelta(days=13), starts, ends, step, capacity)
        for slot in rules.plan_slots(plan, calendar):
            session.add(AppointmentSlot(item_id=items[code], window_id=windows[number], day=slot.day,
                                        starts=slot.starts, ends=slot.ends, capacity=slot.capacity))
            made += 1
    session.flush()
    return made


def create_demo_bookings(counter: Counter, device_id: Any, now: dt.datetime) -> int:
    """A few bookings on the first day with slots still to come, one of them cancelled."""
    with counter.local() as uow:
        people = {s.code: auth.staff_session(s, device_id) for s in uow.session.scalars(select(Staff))}
    made = 0
    for code, item, index, channel, name, id_number, phone in DEMO_BOOKINGS:
        who = people[code]
        slot = _slot(counter, who, item, index, now)
        if slot is None:
            continue
        outcome = appointments.book(counter, who, BookingForm(slot, channel, name, phone, id_number), now)
        if outcome.saved and outcome.appointment_id is not None:
            made += 1
            if name == CANCELLED:
                appointments.cancel(counter, who, outcome.appointment_id, "另有安排，改日再约", now)
    return made


def _slot(counter: Counter, who: Any, item: str, index: int, now: dt.datetime) -> Any:
    """The index-th slot of the item on the first day whose slots are not all over."""
    day = hall_today(now)
    for offset in range(14):
        slots = [s for s in appointments.day_slots(counter, who, day + dt.timedelta(days=offset))
                 if s.item_code == item and rules.slot_end(s.day, s.ends, HALL_ZONE) > now]
        if slots:
            return slots[min(index, len(slots) - 1)].id
    return None
