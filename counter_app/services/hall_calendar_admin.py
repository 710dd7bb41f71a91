"""The hall calendar (工作日历): an administrator enters a year's arrangement; counters see which years are confirmed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.calendar import statutory_year_known
from counter_app.domain.calendar_entry import ArrangementLine, validate_arrangement
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.facts import append_fact
from counter_app.services.projections import refresh_open_cases
from counter_app.store.models import AuditEntry, CalendarDay, CalendarYear
from counter_app.sync.reference import pull_reference


@dataclass(frozen=True)
class YearState:
    year: int
    confirmed: bool
    source: str  # "hall", "published" (the bundled calendar library), or "none"
    notice: str | None
    days: tuple[tuple[dt.date, bool, str], ...]


def year_state(counter: Counter, year: int) -> YearState:
    with counter.local() as uow:
        s = uow.session
        entry = s.get(CalendarYear, year)
        confirmed, notice = (entry.confirmed, entry.notice) if entry else (False, None)
        days = s.execute(select(CalendarDay.day, CalendarDay.is_working_day, CalendarDay.name)
                         .where(CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
                         .order_by(CalendarDay.day)).all()
    entered = tuple((d, w, n) for d, w, n in days)
    if confirmed:
        return YearState(year, True, "hall", notice, entered)
    known = statutory_year_known(year)
    return YearState(year, known, "published" if known else "none", notice, entered)


def unconfirmed_years(counter: Counter, today: dt.date) -> list[int]:
    """This year and next, where working days are counted as plain weekdays for want of a notice."""
    return [y for y in (today.year, today.year + 1) if not year_state(counter, y).confirmed]


def enter_arrangement(counter: Counter, who: StaffSession, year: int, lines: Sequence[ArrangementLine],
                      notice: str, now: dt.datetime) -> list[FieldError]:
    """Replace the year's entries at the hall, confirm the year, and bring the counter up to date."""
    refusal = role_refusal(who.roles, Action.ENTER_CALENDAR)
    if refusal:
        return [FieldError("calendar", refusal)]
    days, errors = validate_arrangement(year, lines, notice)
    if errors:
        return errors
    try:
        with counter.hall() as hall:
            s = hall.session
            s.execute(delete(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1),
                                                CalendarDay.day <= dt.date(year, 12, 31)))
            s.add_all(CalendarDay(day=d, is_working_day=w, name=n) for d, (w, n) in sorted(days.items()))
            s.merge(CalendarYear(year=year, confirmed=True, notice=notice.strip()))
            hall.commit()
    except OperationalError:
        return [FieldError("calendar", "hall_unreachable")]
    with counter.hall() as hall, counter.local() as local:
        # Entries the hall no longer has must go from the counter's copy too.
        local.session.execute(delete(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1),
                                                        CalendarDay.day <= dt.date(year, 12, 31)))
        pull_reference(hall.session, local.session, now)
        append_fact(local.session, AuditEntry(occurred_at=now, device_id=who.device_id, actor_id=who.staff_id,
                                              action="calendar_entered",
                                              detail={"year": year, "notice": notice.strip(), "days": len(days)}),
                    now)
        local.commit()
    refresh_open_cases(counter, dt.date(year, 1, 1))
    return []
