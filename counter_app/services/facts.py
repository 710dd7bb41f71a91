"""Writing a fact together with its outbox mark, in the caller's transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from counter_app.domain.ids import new_id
from counter_app.store.base import Base, Fact
from counter_app.store.models import OutboxEntry


def append_fact(session: Session, fact: Fact, now: dt.datetime) -> None:
    """Add an append-only fact and queue it for the hall in the same transaction."""
    assert isinstance(fact, Base)
    if fact.id is None:  # type: ignore[attr-defined]
        fact.id = new_id()  # type: ignore[attr-defined]
    session.add(fact)
    session.add(OutboxEntry(fact_table=fact.__tablename__, fact_id=fact.id, queued_at=now))  # type: ignore[attr-defined]
