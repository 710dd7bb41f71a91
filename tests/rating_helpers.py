"""Visits to rate, made as the counters record them: a consultation (首问负责) and a checked-in appointment."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from counter_app.app import Counter
from counter_app.domain.clock import HALL_ZONE
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.services.facts import append_fact
from counter_app.store.models import (
    AppointmentEvent,
    AppointmentSlot,
    Consultation,
    Hall,
    Item,
    ServiceWindow,
)


def hall_at(day: str, hour: int = 9, minute: int = 30) -> dt.datetime:
    """A moment in hall time, in UTC."""
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), HALL_ZONE).astimezone(dt.UTC)


def consultation(counter: Counter, who: StaffSession, when: dt.datetime, question: str = "个体户设立要带什么材料？",
                 item_code: str | None = "SCJG-001") -> uuid.UUID:
    with counter.local() as uow:
        s = uow.session
        item_id = s.scalar(select(Item.id).where(Item.code == item_code)) if item_code else None
        row = Consultation(id=new_id(), staff_id=who.staff_id, actor_id=who.staff_id, item_id=item_id,
                           outcome="answered", device_id=who.device_id, occurred_at=when, data={"question": question})
        append_fact(s, row, when)
        uow.commit()
        return row.id


def appointment(counter: Counter, booked_by: StaffSession, checked_in_by: StaffSession | None, when: dt.datetime,
                name: str = "李四", case: tuple[uuid.UUID, str] | None = None) -> uuid.UUID:
    """A booked appointment for SCJG-001 at window 1 on the day of `when`, checked in then (or not)."""
    with counter.local() as uow:
        s = uow.session
        item_id = s.scalar(select(Item.id).where(Item.code == "SCJG-001"))
        window_id = s.scalar(select(ServiceWindow.id).where(ServiceWindow.number == 1))
        day = when.astimezone(HALL_ZONE).date()
        slot = s.scalars(select(AppointmentSlot).where(AppointmentSlot.day == day)).first()
        if slot is None:
            slot = AppointmentSlot(id=new_id(), item_id=item_id, window_id=window_id, day=day, starts="09:00",
                                   ends="09:30", capacity=5)
            s.add(slot)
            s.flush()
        appointment_id = new_id()
        events = [("booked", booked_by, when - dt.timedelta(days=3),
                   {"channel": "phone", "name": name, "phone": "13812345678", "item_code": "SCJG-001"})]
        if checked_in_by is not None:
            events.append(("checked_in", checked_in_by, when, {}))
        if case is not None:
            events.append(("case_linked", checked_in_by or booked_by, when,
                           {"case_id": str(case[0]), "case_no": case[1]}))
        for kind, who, at, data in events:
            append_fact(s, AppointmentEvent(id=new_id(), appointment_id=appointment_id, slot_id=slot.id, kind=kind,
                                            actor_id=who.staff_id, device_id=who.device_id, occurred_at=at,
                                            data=data), at)
        uow.commit()
        return appointment_id


def set_rules(counter: Counter, **rules: int) -> None:
    """The hall's operating rules as the counter holds them (the administrator's, pulled from the hall)."""
    with counter.local() as uow:
        hall = uow.session.scalars(select(Hall)).one()
        hall.operating_rules = {**(hall.operating_rules or {}), **rules}
        uow.commit()
