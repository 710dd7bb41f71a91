"""Opening appointment slots (开放预约时段), the hall administrator's: written at the hall, then pulled.

Slots are reference data: the administrator's counter writes them into the hall database in one
transaction and pulls them back at once, like the staff register's sending back; the other
counters get them with their next reference pull.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import appointments as rules
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_today
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.calendar import hall_calendar
from counter_app.store.models import AppointmentSlot, Item, ServiceWindow, WindowDepartment
from counter_app.sync.reference import pull_reference


@dataclass(frozen=True)
class SlotsOutcome:
    errors: tuple[FieldError, ...] = ()
    opened: int = 0  # new slots
    changed: int = 0  # existing slots whose capacity (or end) changed
    closed: int = 0  # of those, set to capacity 0
    days: int = 0  # working days the plan covered

    @property
    def saved(self) -> bool:
        return not self.errors


def open_slots(counter: Counter, who: StaffSession, item_code: str, window_number: int | None,
               plan: rules.SlotPlan, now: dt.datetime) -> SlotsOutcome:
    """Open (or change, or close with capacity 0) the slots of an item at a window over a range of days.

    Only working days of the hall calendar get slots. A slot that exists (same item, window, day
    and start) gets the new capacity and end instead of a second slot beside it. A slot of a planned
    day inside the plan's hours that the new plan does not have (the day re-planned with another
    length) is closed: capacity 0, so it takes no new booking; its bookings stay, shown overbooked.
    """
    refusal = role_refusal(who.roles, Action.MANAGE_APPOINTMENT_SLOTS)
    if refusal:
        raise PermissionError(refusal)
    errors = rules.plan_errors(plan, hall_today(now))
    with counter.local() as local:  # kept current by every reference pull, the calendar's too
        calendar = hall_calendar(local.session)
    try:
        with counter.hall() as hall:
            s = hall.session
            item, window, found = _item_and_window(s, item_code, window_number)
            errors = found + errors
            if errors:
                return SlotsOutcome(errors=tuple(errors))
            assert item is not None and window is not None
            planned = rules.plan_slots(plan, calendar)
            if not planned:
                return SlotsOutcome(errors=(FieldError("last_day", "no_working_day"),))
            outcome = _write(s, item, window, planned)
            hall.commit()
    except OperationalError:
        return SlotsOutcome(errors=(FieldError("window", "hall_unreachable"),))
    with counter.hall() as hall, counter.local() as local:
        pull_reference(hall.session, local.session, now)
        local.commit()
    return outcome


def _item_and_window(s: Session, item_code: str, window_number: int | None
                     ) -> tuple[Item | None, ServiceWindow | None, list[FieldError]]:
    errors = []
    item = s.scalars(select(Item).where(Item.code == item_code.strip(), Item.active)).first() \
        if item_code.strip() else None
    if item is None:
        errors.append(FieldError("item", "unknown" if item_code.strip() else "required"))
    window = s.scalars(select(ServiceWindow).where(ServiceWindow.number == window_number)).first() \
        if window_number is not None else None
    if window is None:
        errors.append(FieldError("window", "unknown" if window_number is not None else "required"))
    elif item is not None and not s.scalar(select(WindowDepartment.window_id).where(
            WindowDepartment.window_id == window.id, WindowDepartment.department_id == item.department_id)):
        errors.append(FieldError("window", "window_does_not_serve_item"))
    return item, window, errors


def _write(s: Session, item: Item, window: ServiceWindow, planned: list[rules.PlannedSlot]) -> SlotsOutcome:
    days = sorted({p.day for p in planned})
    existing = {(slot.day, slot.starts): slot for slot in s.scalars(select(AppointmentSlot).where(
        AppointmentSlot.item_id == item.id, AppointmentSlot.window_id == window.id,
        AppointmentSlot.day >= days[0], AppointmentSlot.day <= days[-1]))}
    opened = changed = closed = 0
    for p in planned:
        slot = existing.get((p.day, p.starts))
        if slot is None:
            s.add(AppointmentSlot(item_id=item.id, window_id=window.id, day=p.day, starts=p.starts, ends=p.ends,
                                  capacity=p.capacity))
            opened += 1
        elif (slot.capacity, slot.ends) != (p.capacity, p.ends):
            slot.capacity, slot.ends = p.capacity, p.ends
            changed += 1
            closed += p.capacity == 0
    for slot in _superseded(existing, planned):
        slot.capacity = 0
        changed += 1
        closed += 1
    return SlotsOutcome(opened=opened, changed=changed, closed=closed, days=len(days))


def _superseded(existing: dict[tuple[dt.date, str], AppointmentSlot],
                planned: list[rules.PlannedSlot]) -> list[AppointmentSlot]:
    """Open slots of the planned days, within the plan's hours, that the plan no longer has."""
    keys = {(p.day, p.starts) for p in planned}
    hours = (min(p.starts for p in planned), max(p.ends for p in planned))  # "HH:MM" sorts as time
    return [slot for key, slot in existing.items()
            if key not in keys and slot.capacity > 0 and slot.starts < hours[1] and slot.ends > hours[0]]


@dataclass(frozen=True)
class WindowChoice:
    number: int
    name: str


def windows_serving(counter: Counter, item_code: str) -> list[WindowChoice]:
    """The windows that serve the item's department, for the administrator's window picker."""
    with counter.local() as uow:
        s = uow.session
        item = s.scalars(select(Item).where(Item.code == item_code)).first()
        if item is None:
            return []
        rows = s.execute(select(ServiceWindow.number, ServiceWindow.name).join(
            WindowDepartment, WindowDepartment.window_id == ServiceWindow.id).where(
            WindowDepartment.department_id == item.department_id).order_by(ServiceWindow.number)).all()
        return [WindowChoice(n, name) for n, name in rows]
