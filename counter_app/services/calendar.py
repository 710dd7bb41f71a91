"""The hall calendar as the domain needs it, read from the store and cached per reference version."""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from counter_app.domain.calendar import HallCalendar
from counter_app.store.models import CalendarDay, CalendarYear, SyncState
from counter_app.store.prepared import Prepared
from counter_app.sync.reference import VERSION_KEY

# Every list page and every save needs the calendar; it only changes when reference data is pulled.
_CACHE: dict[tuple[object, str], HallCalendar] = {}
_CACHE_SIZE = 8
_VERSION = Prepared(select(SyncState.value).where(SyncState.key == VERSION_KEY))


def hall_calendar(session: Session | Connection) -> HallCalendar:
    db = session.connection() if isinstance(session, Session) else session
    version = _VERSION.scalar(db)
    key = (db.engine.url, version or "")
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    days = db.execute(select(CalendarDay.day, CalendarDay.is_working_day)).all()
    years = db.scalars(select(CalendarYear.year).where(CalendarYear.confirmed)).all()
    calendar = HallCalendar(overrides={d: w for d, w in days}, confirmed_years=frozenset(years))
    # Every change of calendar rows comes with a pull, and every pull bumps the version.
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = calendar
    return calendar
