"""Appointments at the counter (预约服务): the day's slots with their bookings; book, cancel, check in,
mark missed; the case a check-in led to.

Each action is one fact in one local transaction, synced like case events. Capacity is checked
against this counter's store: two counters offline can both take a slot's last place, and the
slot then shows as overbooked once they have synced (never a booking silently lost).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import appointments as rules
from counter_app.domain.applicant import FieldError, mask_id, validate_contact, validate_text
from counter_app.domain.appointments import Appointment, AppointmentEventKind, AppointmentEventView, Channel
from counter_app.domain.clock import HALL_ZONE, hall_today
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.facts import append_fact
from counter_app.store.models import AppointmentEvent, AppointmentSlot, Case, Item, ServiceWindow, Staff


@dataclass(frozen=True)
class AppointmentRow:
    id: uuid.UUID
    state: rules.AppointmentState
    channel: Channel | None
    name: str
    phone: str
    id_masked: str
    booked_by: str
    case_no: str
    rival_endings: tuple[rules.AppointmentState, ...]


@dataclass(frozen=True)
class SlotView:
    id: uuid.UUID
    day: dt.date
    starts: str
    ends: str
    item_code: str
    item_name: str
    window_number: int
    load: rules.SlotLoad
    appointments: tuple[AppointmentRow, ...]


@dataclass(frozen=True)
class BookingForm:
    slot_id: uuid.UUID | None
    channel: str
    name: str
    phone: str
    id_number: str = ""


@dataclass(frozen=True)
class Outcome:
    errors: tuple[FieldError, ...] = ()
    appointment_id: uuid.UUID | None = None
    # Check-in: what the intake starts with.
    prefill: Appointment | None = None

    @property
    def saved(self) -> bool:
        return not self.errors


def may_book(who: StaffSession) -> bool:
    return role_refusal(who.roles, Action.BOOK_APPOINTMENT) is None


def may_open_slots(who: StaffSession) -> bool:
    return role_refusal(who.roles, Action.MANAGE_APPOINTMENT_SLOTS) is None


def day_slots(counter: Counter, who: StaffSession, day: dt.date) -> list[SlotView]:
    """The slots of the day this person serves (the administrator: every one), with their bookings."""
    if not (may_book(who) or may_open_slots(who)):
        raise PermissionError(role_refusal(who.roles, Action.BOOK_APPOINTMENT))
    with counter.local() as uow:
        s = uow.session
        rows = s.execute(select(AppointmentSlot, Item.code, Item.name, Item.department_id, ServiceWindow.number)
                         .join(Item, Item.id == AppointmentSlot.item_id)
                         .join(ServiceWindow, ServiceWindow.id == AppointmentSlot.window_id)
                         .where(AppointmentSlot.day == day)
                         .order_by(AppointmentSlot.starts, ServiceWindow.number, Item.code)).all()
        own_window = _own_window_id(s, who)
        rows = [r for r in rows if may_open_slots(who) or _serves(who, own_window, r[0].window_id, r[3])]
        folded = _fold(s, select(AppointmentEvent).where(AppointmentEvent.slot_id.in_([r[0].id for r in rows])))
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        views = []
        for slot, code, name, _department, number in rows:
            held = sorted((a for a in folded.values() if a.slot_id == slot.id),
                          key=lambda a: (a.state is rules.AppointmentState.CANCELLED, a.booked_at or dt.datetime.min))
            views.append(SlotView(slot.id, slot.day, slot.starts, slot.ends, code, name, number,
                                  rules.load(slot.capacity, held), tuple(_row(a, names) for a in held)))
        return views


def book(counter: Counter, who: StaffSession, form: BookingForm, now: dt.datetime) -> Outcome:
    """Take a booking at the counter or by phone (预约登记)."""
    _require(who)
    person, errors = validate_contact(form.name, form.id_number, form.phone, today=hall_today(now))
    if form.channel not in set(Channel):
        errors.insert(0, FieldError("channel", "required"))
    with counter.local() as uow:
        s = uow.session
        slot, slot_errors = _slot(s, who, form.slot_id)
        if slot is not None:
            holding = rules.load(slot.capacity, _fold(s, _of_slot(slot.id)).values()).holding
            refusal = rules.booking_refusal(slot.capacity, holding, rules.slot_end(slot.day, slot.ends, HALL_ZONE), now)
            slot_errors += [FieldError("slot", refusal)] if refusal else []
        errors = slot_errors + errors
        if errors:
            return Outcome(errors=tuple(errors))
        assert slot is not None and person is not None
        item_code = s.scalar(select(Item.code).where(Item.id == slot.item_id))
        data = {"channel": form.channel, "name": person.name, "phone": person.phone, "item_code": item_code}
        if person.id_number:
            data["id_number"] = person.id_number
        appointment_id = new_id()
        _append(s, who, appointment_id, slot.id, AppointmentEventKind.BOOKED, now, data)
        uow.commit()
        return Outcome(appointment_id=appointment_id)


def cancel(counter: Counter, who: StaffSession, appointment_id: uuid.UUID, note: str, now: dt.datetime) -> Outcome:
    """The applicant called it off (取消预约), with what they said if anything."""
    return _change(counter, who, appointment_id, AppointmentEventKind.CANCELLED, note, now)


def mark_missed(counter: Counter, who: StaffSession, appointment_id: uuid.UUID, now: dt.datetime) -> Outcome:
    """Nobody came (爽约): only once the slot is over."""
    return _change(counter, who, appointment_id, AppointmentEventKind.MISSED, "", now)


def check_in(counter: Counter, who: StaffSession, appointment_id: uuid.UUID, now: dt.datetime) -> Outcome:
    """The applicant is at the window (预约签到), on the slot's day; the intake starts from the booking."""
    return _change(counter, who, appointment_id, AppointmentEventKind.CHECKED_IN, "", now)


def link_case(counter: Counter, who: StaffSession, appointment_id: uuid.UUID, case_no: str,
              now: dt.datetime) -> bool:
    """Record the case that the intake started by a check-in was saved as.

    A later event of its own, not data on the check-in: the check-in is recorded when the applicant
    arrives, before any case exists (and the intake may end without one). The case is linked only
    when its applicant is the booking's person (same identity number, or the same name where the
    booking has none), so an intake the clerk turned to someone else links nothing.
    """
    _require(who)
    with counter.local() as uow:
        s = uow.session
        appointment = _fold(s, select(AppointmentEvent).where(
            AppointmentEvent.appointment_id == appointment_id)).get(appointment_id)
        case = s.scalars(select(Case).where(Case.case_no == case_no)).first()
        if appointment is None or case is None or appointment.state is not rules.AppointmentState.CHECKED_IN \
                or appointment.case_id is not None or not _same_person(appointment, case):
            return False
        _append(s, who, appointment.id, appointment.slot_id, AppointmentEventKind.CASE_LINKED, now,
                {"case_id": str(case.id), "case_no": case.case_no})
        uow.commit()
        return True


def _same_person(appointment: Appointment, case: Case) -> bool:
    if appointment.id_number and case.applicant_id_no:
        return appointment.id_number == case.applicant_id_no
    return appointment.name == case.applicant_name


def _change(counter: Counter, who: StaffSession, appointment_id: uuid.UUID, kind: AppointmentEventKind,
            note: str, now: dt.datetime) -> Outcome:
    _require(who)
    text, errors = validate_text(note, "note", required=False, max_length=rules.NOTE_MAX)
    with counter.local() as uow:
        s = uow.session
        appointment = _fold(s, select(AppointmentEvent).where(
            AppointmentEvent.appointment_id == appointment_id)).get(appointment_id)
        if appointment is None:
            return Outcome(errors=(FieldError("appointment", "unknown"),))
        slot, slot_errors = _slot(s, who, appointment.slot_id)
        if slot is None:
            return Outcome(errors=tuple(slot_errors))
        refusal = rules.change_refusal(appointment, kind, slot.day, rules.slot_end(slot.day, slot.ends, HALL_ZONE),
                                       now, hall_today(now))
        errors = slot_errors + ([FieldError("appointment", refusal)] if refusal else []) + errors
        if errors:
            return Outcome(errors=tuple(errors))
        _append(s, who, appointment.id, slot.id, kind, now, {"note": text} if text else {})
        uow.commit()
        return Outcome(appointment_id=appointment.id,
                       prefill=appointment if kind is AppointmentEventKind.CHECKED_IN else None)


def _require(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.BOOK_APPOINTMENT)
    if refusal:
        raise PermissionError(refusal)


def _own_window_id(s: Session, who: StaffSession) -> uuid.UUID | None:
    if who.window_number is None:
        return None
    return s.scalar(select(ServiceWindow.id).where(ServiceWindow.number == who.window_number))


def _serves(who: StaffSession, own_window: uuid.UUID | None, window_id: uuid.UUID,
            department_id: uuid.UUID) -> bool:
    """A clerk books the slots at their own window, and the slots of their department's items."""
    return window_id == own_window or (who.department_id is not None and department_id == who.department_id)


def _slot(s: Session, who: StaffSession, slot_id: uuid.UUID | None) -> tuple[AppointmentSlot | None,
                                                                              list[FieldError]]:
    slot = s.get(AppointmentSlot, slot_id) if slot_id is not None else None
    if slot is None:
        return None, [FieldError("slot", "required" if slot_id is None else "unknown")]
    department = s.scalar(select(Item.department_id).where(Item.id == slot.item_id))
    if not _serves(who, _own_window_id(s, who), slot.window_id, department):
        return None, [FieldError("slot", "other_department")]
    return slot, []


def _of_slot(slot_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return select(AppointmentEvent).where(AppointmentEvent.slot_id == slot_id)


def _fold(s: Session, query) -> dict[uuid.UUID, Appointment]:  # type: ignore[no-untyped-def]
    return rules.fold(AppointmentEventView(e.id, e.appointment_id, e.slot_id, AppointmentEventKind(e.kind),
                                           e.actor_id, e.device_id, e.occurred_at, dict(e.data))
                      for e in s.scalars(query))


def _row(a: Appointment, names: dict[uuid.UUID, str]) -> AppointmentRow:
    return AppointmentRow(a.id, a.state, a.channel, a.name, a.phone, mask_id(a.id_number) if a.id_number else "",
                          names.get(a.booked_by, "") if a.booked_by else "", a.case_no, a.rival_endings)


def _append(s: Session, who: StaffSession, appointment_id: uuid.UUID, slot_id: uuid.UUID,
            kind: AppointmentEventKind, now: dt.datetime, data: dict[str, object]) -> None:
    append_fact(s, AppointmentEvent(id=new_id(), appointment_id=appointment_id, slot_id=slot_id, kind=kind.value,
                                    actor_id=who.staff_id, device_id=who.device_id, occurred_at=now, data=data), now)
