"""Sync with the hall (与大厅同步): push the outbox, send the seal chain heads, pull reference data and facts.

Every batch is its own pair of transactions (see sync/push.py and sync/pull.py),
so a sync cut short by a crash, a killed process or a hall that went away keeps
what it finished and the next one carries on from there.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain import sync_rules
from counter_app.domain.clock import utc_now
from counter_app.services.projections import refresh_open_cases
from counter_app.services.startup import device_id as registered_device
from counter_app.store.engine import describe
from counter_app.store.models import CalendarDay, Case, CaseEvent, OutboxEntry, SyncState
from counter_app.sync import pull, push, seal_heads
from counter_app.sync.reference import pull_reference

log = logging.getLogger(__name__)
BATCH = 500
LAST_SYNC_KEY = "last_sync_at"


class HallUnreachable(RuntimeError):
    """The hall went away (or never answered); what was finished is kept."""


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" or "pull"
    done: int
    total: int


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    already_at_hall: int
    rejected: int
    heads_sent: int
    reference_rows: int
    pulled: int
    cases_refolded: int
    waiting: int
    rejected_total: int
    cursor: int
    started_at: dt.datetime
    finished_at: dt.datetime
    stopped: bool = False  # asked to stop (the app quits): it ended after the batch it was in

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = asdict(self)
        data["started_at"] = self.started_at.isoformat()
        data["finished_at"] = self.finished_at.isoformat()
        return data


@dataclass(frozen=True)
class SyncStatus:
    waiting: int
    rejected: int
    last_sync_at: dt.datetime | None


@dataclass(frozen=True)
class RejectedFact:
    table: str
    fact_id: uuid.UUID
    reason: str
    queued_at: dt.datetime
    case_no: str | None  # for a case event: which case
    kind: str | None  # for a case event: which step


Progress = Callable[[SyncProgress], None]
Stop = Callable[[], bool]


def synchronise(counter: Counter, *, progress: Progress | None = None, batch: int = BATCH,
                stop: Stop | None = None) -> SyncReport:
    """One whole sync. Raises HallUnreachable when the hall cannot be reached or goes away midway.

    stop: asked between batches; when it says True the sync ends there, keeping what it finished.
    """
    started = utc_now()
    device = registered_device(counter)
    stop = stop or (lambda: False)
    heads = reference = pulled = refolded = 0
    try:
        pushed, already, rejected = _push_all(counter, device, batch, progress, stop)
        if not stop():
            heads = _push_heads(counter, device)
            reference = _pull_reference(counter)
        pulled, refolded, position = (0, 0, _cursor(counter)) if stop() else _pull_all(
            counter, device, batch, progress, stop)
    except (OperationalError, DBAPIError) as error:
        if not _hall_gone(error):
            raise
        raise HallUnreachable(f"the hall database {describe(counter.hall_engine)} cannot be reached: "
                              f"{str(error.orig).strip().splitlines()[0] if error.orig else error}") from error
    finished = utc_now()
    with counter.local() as uow:
        uow.session.merge(SyncState(key=LAST_SYNC_KEY, value=finished.isoformat()))
        uow.commit()
    state = status(counter)
    report = SyncReport(pushed, already, rejected, heads, reference, pulled, refolded, state.waiting, state.rejected,
                        position, started, finished, stop())
    log.info("sync: %s", report.as_json())
    return report


def status(counter: Counter) -> SyncStatus:
    """What the status bar shows; read from the local store only, so it answers with the hall down."""
    with counter.local() as uow:
        c = uow.connection()
        rejected = c.scalar(select(func.count()).select_from(OutboxEntry)
                            .where(OutboxEntry.rejected_reason.is_not(None))) or 0
        last = uow.session.get(SyncState, LAST_SYNC_KEY)
        return SyncStatus(push.waiting_count(c), int(rejected),
                          dt.datetime.fromisoformat(last.value) if last else None)


def rejected_facts(counter: Counter, limit: int = 1000) -> list[RejectedFact]:
    """The facts the hall refused, newest first, with the case and step for a case event."""
    with counter.local() as uow:
        rows = uow.session.execute(
            select(OutboxEntry.fact_table, OutboxEntry.fact_id, OutboxEntry.rejected_reason, OutboxEntry.queued_at,
                   Case.case_no, CaseEvent.kind)
            .outerjoin(CaseEvent, (OutboxEntry.fact_table == CaseEvent.__tablename__)
                       & (CaseEvent.id == OutboxEntry.fact_id))
            .outerjoin(Case, Case.id == CaseEvent.case_id)
            .where(OutboxEntry.rejected_reason.is_not(None))
            .order_by(OutboxEntry.queued_at.desc()).limit(limit)).all()
        return [RejectedFact(t, i, r or "", q, n, k) for t, i, r, q, n, k in rows]


def retry_rejected(counter: Counter) -> int:
    """Queue the refused facts again (after the hall's register was put right); the next sync sends them.

    A fact whose row is gone from this counter cannot be sent by any retry: it stays listed.
    """
    with counter.local() as uow:
        s = uow.session
        rows = s.scalars(select(OutboxEntry).where(
            OutboxEntry.rejected_reason.is_not(None),
            OutboxEntry.rejected_reason != sync_rules.MISSING_AT_COUNTER)).all()
        for row in rows:
            row.rejected_reason = None
        uow.commit()
        return len(rows)


def _push_all(counter: Counter, device: uuid.UUID, batch: int, progress: Progress | None,
              stop: Stop) -> tuple[int, int, int]:
    with counter.local() as uow:
        total = push.waiting_count(uow.connection())
    pushed = already = rejected = 0
    while not stop():
        with counter.local() as uow:
            waiting = push.read_waiting(uow.connection(), batch)
        if not waiting:
            return pushed, already, rejected
        with counter.hall() as hall:
            delivery = push.deliver(hall.connection(), waiting, device, utc_now())
            hall.commit()
        with counter.local() as uow:
            push.mark(uow.connection(), delivery, utc_now())
            uow.commit()
        pushed, already, rejected = (pushed + len(delivery.taken), already + len(delivery.already),
                                     rejected + len(delivery.refused))
        if progress:
            progress(SyncProgress("push", pushed + already + rejected, max(total, pushed + already + rejected)))
    return pushed, already, rejected


def _push_heads(counter: Counter, device: uuid.UUID) -> int:
    with counter.local() as local, counter.hall() as hall:
        sent = seal_heads.push_heads(local.session, hall.session, device, utc_now())
        hall.commit()
        return sent


def _pull_reference(counter: Counter) -> int:
    with counter.hall() as hall, counter.local() as local:
        before = _calendar(local.session)
        result = pull_reference(hall.session, local.session, utc_now(), if_changed=True)
        changed = before ^ _calendar(local.session) if result.rows else set()
        local.commit()
    if changed:
        # The hall's calendar moved (a year's holidays entered): open cases' limits move with it.
        refreshed = refresh_open_cases(counter, min(day for day, _working in changed))
        log.info("hall calendar changed: %d open cases folded again", refreshed)
    return result.rows


def _calendar(local: Session) -> set[tuple[dt.date, bool]]:
    return {(d, w) for d, w in local.execute(select(CalendarDay.day, CalendarDay.is_working_day))}


def _cursor(counter: Counter) -> int:
    with counter.local() as local:
        return pull.cursor(local.session)


def _pull_all(counter: Counter, device: uuid.UUID, batch: int, progress: Progress | None,
              stop: Stop) -> tuple[int, int, int]:
    with counter.hall() as hall, counter.local() as local:
        start, target = pull.cursor(local.session), pull.hall_position(hall.connection())
    pulled = refolded = 0
    while True:
        with counter.hall() as hall, counter.local() as local:
            result = pull.pull_batch(hall.connection(), local.session, device, batch)
            local.commit()
        pulled, refolded = pulled + result.facts, refolded + result.cases
        if progress and target > start:
            progress(SyncProgress("pull", min(result.cursor, target) - start, target - start))
        if not result.more or stop():
            return pulled, refolded, result.cursor


def _hall_gone(error: DBAPIError) -> bool:
    # Connection refused, a server restarted mid-batch, a hall file locked for too long.
    return isinstance(error, OperationalError) or bool(error.connection_invalidated)
