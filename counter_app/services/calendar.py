"""Reference data as the services need it, read from the store and cached per reference version.

Reference data (the hall calendar, the operating rules, the catalogue, halls and devices) only
changes when it is pulled from the hall, and every pull bumps the store's
reference version; so whatever is read from it can be kept until the version
moves. Every list page and every save needs the calendar, every intake its item.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.hall_rules import OperatingRules
from counter_app.store.models import CalendarDay, CalendarYear, Hall, SyncState
from counter_app.store.prepared import Prepared
from counter_app.sync.reference import VERSION_KEY

T = TypeVar("T")
_CACHE: dict[tuple[object, str], dict[Hashable, Any]] = {}
_CACHE_SIZE = 8  # stores and versions kept
_VERSION = Prepared(select(SyncState.value).where(SyncState.key == VERSION_KEY))


def reference_version(db: Connection) -> str:
    """The version of this store's reference data ("" before the first versioned pull)."""
    return _VERSION.scalar(db) or ""


def cached(db: Connection, version: str, key: Hashable, load: Callable[[], T | None]) -> T | None:
    """What load() reads from the reference data, read once per store and version; None is not kept."""
    store = (db.engine, version)  # the engine itself: hashing its URL costs more than the lookup
    entries = _CACHE.get(store)
    if entries is None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        entries = _CACHE[store] = {}
    if key in entries:
        return entries[key]  # type: ignore[no-any-return]
    value = load()
    if value is not None:
        entries[key] = value
    return value


def hall_calendar(session: Session | Connection, version: str | None = None) -> HallCalendar:
    db = session.connection() if isinstance(session, Session) else session
    calendar = cached(db, reference_version(db) if version is None else version, HallCalendar, lambda: _read(db))
    assert calendar is not None
    return calendar


def _read(db: Connection) -> HallCalendar:
    days = db.execute(select(CalendarDay.day, CalendarDay.is_working_day)).all()
    years = db.scalars(select(CalendarYear.year).where(CalendarYear.confirmed)).all()
    return HallCalendar(overrides={d: w for d, w in days}, confirmed_years=frozenset(years))


def operating_rules(session: Session | Connection, version: str | None = None) -> OperatingRules:
    """The hall's operating rules as this store holds them (every case list asks for its yellow days)."""
    db = session.connection() if isinstance(session, Session) else session
    rules = cached(db, reference_version(db) if version is None else version, OperatingRules,
                   lambda: OperatingRules.from_json(db.scalar(select(Hall.operating_rules).limit(1))))
    assert rules is not None
    return rules
