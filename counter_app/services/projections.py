"""Rebuilding case projections from their events (after a calendar change, or for support)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import or_, select

from counter_app.app import Counter
from counter_app.domain.case import fold
from counter_app.domain.case_state import CLOSED
from counter_app.domain.case_timing import timing
from counter_app.services.calendar import hall_calendar
from counter_app.store import cases
from counter_app.store.models import Case

BATCH = 500


def refresh_open_cases(counter: Counter, from_day: dt.date,
                       progress: Callable[[int], None] | None = None) -> int:
    """Refold every open case with a limit on or after from_day; one transaction per batch."""
    closed = [s.value for s in CLOSED]
    done, after = 0, ""
    while True:
        with counter.local() as uow:
            s = uow.session
            rows = s.scalars(
                select(Case).where(Case.status.not_in(closed), Case.case_no > after,
                                   or_(Case.step_due >= from_day, Case.statutory_due >= from_day,
                                       Case.promised_due >= from_day, Case.step_due.is_(None)))
                .order_by(Case.case_no).limit(BATCH)).all()
            if not rows:
                return done
            calendar = hall_calendar(s)
            for row in rows:
                state = fold(cases.events_of(s, row.id))
                cases.write_projection(s, state, timing(state, calendar), item_id=row.item_id,
                                       department_id=row.department_id)
            uow.commit()
        done += len(rows)
        after = rows[-1].case_no
        if progress:
            progress(done)
