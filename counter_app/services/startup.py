"""Open the counter: migrate both stores, load the demo hall on a first run, register, pull.

Runs before log-in, off the UI thread. A hall that cannot be reached is not
fatal once this counter has its reference data: the clerk works offline.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from counter_app.app import Counter
from counter_app.services import (
    calendar_setup,
    demo,
    demo_appointments,
    demo_cases,
    demo_evaluation,
    demo_ratings,
    demo_windows,
)
from counter_app.store import migrate
from counter_app.store.engine import describe
from counter_app.store.models import Device, Hall, SyncState
from counter_app.sync import seal_heads
from counter_app.sync.reference import PULLED_AT_KEY, pull_reference

log = logging.getLogger(__name__)
DEVICE_KEY = "device_id"


class HallNotReady(RuntimeError):
    """The hall database has no hall in it and this is not the embedded demo."""


class HallUnreachable(RuntimeError):
    """The hall cannot be reached and this counter has never been set up."""


@dataclass(frozen=True)
class CounterStatus:
    hall_name: str
    device_code: str
    hall_reachable: bool
    first_run: bool
    demo_loaded: bool
    reference_pulled_at: dt.datetime | None


def open_counter(counter: Counter, *, demo_if_empty: bool | None = None) -> CounterStatus:
    """Bring both stores to the head and make sure this device can work.

    demo_if_empty: load the demo hall into an empty hall store. By default only
    the embedded SQLite hall gets the demo on its own; a named hall database
    gets it only when asked (``counter-app init --demo``).
    """
    now = dt.datetime.now(dt.UTC)
    if demo_if_empty is None:
        demo_if_empty = counter.config.hall_is_embedded
    migrate.upgrade(counter.local_engine)
    first_run = _device_id(counter) is None
    try:
        demo_loaded = _prepare_hall(counter, demo_if_empty)
        if first_run:
            _register_device(counter, now)
        _push_seal_heads(counter, now)
        pulled = _pull(counter, now)
        reachable = True
        if demo_loaded and not demo_cases.has_cases(counter):
            demo_cases.create_demo_cases(counter, _device_id(counter), now)
            demo_windows.create_demo_operations(counter, _device_id(counter), now)
            demo_appointments.create_demo_bookings(counter, _device_id(counter), now)
            demo_ratings.create_demo_ratings(counter, _device_id(counter), now)
            demo_evaluation.create_demo_evaluation(counter, _device_id(counter), now)
    except OperationalError as error:
        if first_run:
            raise HallUnreachable(
                f"the hall database {describe(counter.hall_engine)} cannot be reached: {error.orig}"
            ) from error
        log.warning("hall unreachable, working offline: %s", error.orig)
        demo_loaded, reachable, pulled = False, False, _last_pull(counter)
    with counter.local() as uow:
        hall = uow.session.scalars(select(Hall)).one()
        device = uow.session.get(Device, _device_id(counter))
        assert device is not None
        return CounterStatus(hall.name, device.code, reachable, first_run, demo_loaded, pulled)


def _prepare_hall(counter: Counter, demo_if_empty: bool) -> bool:
    migrate.upgrade(counter.hall_engine)
    with counter.hall() as uow:
        if not demo.hall_is_empty(uow.session):
            return False
        if not demo_if_empty:
            raise HallNotReady(
                "the hall database has no hall yet: load one with `counter-app init --demo`"
            )
        demo.load_demo_hall(uow.session)
        calendar_setup.load_published_arrangements(uow.session)
        uow.commit()
        log.info("demo hall loaded into %s", describe(counter.hall_engine))
        return True


def _device_id(counter: Counter) -> uuid.UUID | None:
    with counter.local() as uow:
        state = uow.session.get(SyncState, DEVICE_KEY)
        return uuid.UUID(state.value) if state else None


def _register_device(counter: Counter, now: dt.datetime) -> None:
    name = counter.config.settings.device_name or platform.node() or "counter"
    for _attempt in range(5):
        with counter.hall() as uow:
            # Codes go into case numbers, so the hall hands them out: C01, C02, ...
            taken = uow.session.scalar(select(func.count()).select_from(Device)) or 0
            device = Device(code=f"C{taken + 1:02d}", name=name[:60], registered_at=now)
            uow.session.add(device)
            try:
                uow.commit()
            except IntegrityError:
                continue  # another counter registered at the same moment; take the next code
        with counter.local() as local:
            local.session.add(SyncState(key=DEVICE_KEY, value=str(device.id)))
            local.commit()
        log.info("registered as device %s (%s)", device.code, device.id)
        return
    raise RuntimeError("could not register this counter with the hall")


def _push_seal_heads(counter: Counter, now: dt.datetime) -> None:
    """The hall keeps every head of the stamping log's chains; the sync issue sends them on its cycle too."""
    device = _device_id(counter)
    assert device is not None
    with counter.local() as local, counter.hall() as hall:
        sent = seal_heads.push_heads(local.session, hall.session, device, now)
        hall.commit()
    if sent:
        log.info("sent %d seal chain heads to the hall", sent)


def _pull(counter: Counter, now: dt.datetime) -> dt.datetime:
    with counter.hall() as hall, counter.local() as local:
        result = pull_reference(hall.session, local.session, now)
        local.commit()
    log.info("pulled %d reference rows", result.rows)
    return result.pulled_at


def _last_pull(counter: Counter) -> dt.datetime | None:
    with counter.local() as uow:
        state = uow.session.get(SyncState, PULLED_AT_KEY)
        return dt.datetime.fromisoformat(state.value) if state else None


def device_id(counter: Counter) -> uuid.UUID:
    found = _device_id(counter)
    if found is None:
        raise RuntimeError("this counter is not registered yet")
    return found
