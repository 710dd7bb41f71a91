"""Extended service (延时服务): entered by hand, and counted from steps outside opening hours.

See domain/extended_service.py for how steps and entries become minutes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import extended_service as rules
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import hall_days, hall_time
from counter_app.domain.extended_service import ExtendedDay
from counter_app.domain.login import StaffSession
from counter_app.domain.opening_hours import OpeningHours
from counter_app.domain.permissions import CHIEFS, Action, role_refusal
from counter_app.domain.staff import Role
from counter_app.services.calendar import hall_calendar
from counter_app.services.facts import append_fact
from counter_app.store.models import CaseEvent, ExtendedService, Hall, Staff


@dataclass(frozen=True)
class EntryRow:
    starts_at: dt.datetime  # hall time
    ends_at: dt.datetime
    note: str
    entered_by: str


def record_entry(counter: Counter, who: StaffSession, staff_code: str | None, starts_at: dt.datetime,
                 ends_at: dt.datetime, note: str, now: dt.datetime) -> list[FieldError]:
    """Enter a span of extended service by hand (延时服务登记); starts_at and ends_at in hall time.

    Staff enter their own; a chief representative also for the department's staff; the hall
    administrator for anyone.
    """
    refusal = role_refusal(who.roles, Action.RECORD_EXTENDED_SERVICE)
    if refusal:
        raise PermissionError(refusal)
    text, errors = validate_text(note, "note", required=False, max_length=rules.NOTE_MAX)
    with counter.local() as uow:
        s = uow.session
        staff = _staff(s, who, staff_code, errors)
        if staff is None or errors:
            return errors
        start, end = hall_time(starts_at), hall_time(ends_at)
        calendar, hours = hall_calendar(s), opening_hours(s)
        others = [(hall_time(a), hall_time(b)) for a, b in s.execute(
            select(ExtendedService.starts_at, ExtendedService.ends_at).where(ExtendedService.staff_id == staff.id))]
        problems = rules.entry_problems(start, end, hall_time(now), hours, calendar.is_working_day, others)
        if problems:
            return [FieldError(field, code) for field, code in problems]
        append_fact(s, ExtendedService(staff_id=staff.id, actor_id=who.staff_id, starts_at=start.astimezone(dt.UTC),
                                       ends_at=end.astimezone(dt.UTC), device_id=who.device_id, occurred_at=now,
                                       data={"note": text}), now)
        uow.commit()
    return []


def _staff(s: Session, who: StaffSession, code: str | None, errors: list[FieldError]) -> Staff | None:
    code = (code or who.code).strip().upper()
    staff = s.scalar(select(Staff).where(Staff.code == code))
    if staff is None or not staff.active:
        errors.append(FieldError("staff", "unknown_staff"))
        return None
    if staff.id == who.staff_id or Role.HALL_ADMIN in who.roles:
        return staff
    if who.roles & CHIEFS and staff.department_id == who.department_id:
        return staff
    errors.append(FieldError("staff", "not_your_staff"))
    return None


def opening_hours(s: Session) -> OpeningHours:
    hall = s.scalar(select(Hall))
    return OpeningHours.parse(hall.opening_hours if hall else {})


def days_by_staff(s: Session, first_day: dt.date, last_day: dt.date, staff_ids: set[uuid.UUID] | None = None,
                  calendar: HallCalendar | None = None) -> dict[uuid.UUID, list[ExtendedDay]]:
    """Each person's extended service per day over [first_day, last_day] (hall days)."""
    calendar = calendar or hall_calendar(s)
    hours = opening_hours(s)
    lo, hi = hall_days(first_day, last_day)
    steps: dict[uuid.UUID, list[dt.datetime]] = defaultdict(list)
    query = select(CaseEvent.actor_id, CaseEvent.occurred_at).where(CaseEvent.occurred_at >= lo,
                                                                    CaseEvent.occurred_at < hi)
    if staff_ids is not None:
        query = query.where(CaseEvent.actor_id.in_(staff_ids))
    for actor, at in s.execute(query):
        steps[actor].append(hall_time(at))
    entries: dict[uuid.UUID, list[rules.Span]] = defaultdict(list)
    query = select(ExtendedService.staff_id, ExtendedService.starts_at, ExtendedService.ends_at).where(
        ExtendedService.starts_at >= lo, ExtendedService.starts_at < hi)
    if staff_ids is not None:
        query = query.where(ExtendedService.staff_id.in_(staff_ids))
    for staff_id, start, end in s.execute(query):
        entries[staff_id].append((hall_time(start), hall_time(end)))
    return {staff_id: days for staff_id in set(steps) | set(entries)
            if (days := rules.extended_days(steps[staff_id], entries[staff_id], hours, calendar.is_working_day))}


def minutes_by_staff(s: Session, first_day: dt.date, last_day: dt.date,
                     staff_ids: set[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    """Each person's minutes of extended service over [first_day, last_day], for the evaluation."""
    return {k: sum(d.minutes for d in days) for k, days in days_by_staff(s, first_day, last_day, staff_ids).items()}


def my_days(counter: Counter, who: StaffSession, first_day: dt.date, last_day: dt.date) -> list[ExtendedDay]:
    """The logged-in person's extended service per day."""
    with counter.local() as uow:
        return days_by_staff(uow.session, first_day, last_day, {who.staff_id}).get(who.staff_id, [])


def my_entries(counter: Counter, who: StaffSession, first_day: dt.date, last_day: dt.date) -> list[EntryRow]:
    """The spans entered by hand for the logged-in person, latest first."""
    lo, hi = hall_days(first_day, last_day)
    with counter.local() as uow:
        s = uow.session
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        rows = s.scalars(select(ExtendedService).where(
            ExtendedService.staff_id == who.staff_id, ExtendedService.starts_at >= lo,
            ExtendedService.starts_at < hi).order_by(ExtendedService.starts_at.desc()))
        return [EntryRow(hall_time(r.starts_at), hall_time(r.ends_at), str(r.data.get("note", "")),
                         names.get(r.actor_id, "")) for r in rows]
