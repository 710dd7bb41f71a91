"""The hall calendar as the domain needs it, read from the store."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.calendar import HallCalendar
from counter_app.store.models import CalendarDay, CalendarYear


def hall_calendar(session: Session) -> HallCalendar:
    days = session.execute(select(CalendarDay.day, CalendarDay.is_working_day)).all()
    years = session.scalars(select(CalendarYear.year).where(CalendarYear.confirmed)).all()
    return HallCalendar(overrides=dict(days), confirmed_years=frozenset(years))
