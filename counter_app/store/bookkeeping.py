"""Sync bookkeeping: what waits to be pushed, where pulling stopped, local counters."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import text

from counter_app.store.base import Base
from counter_app.store.types import UtcDateTime

# SQLite only autoincrements an INTEGER PRIMARY KEY, PostgreSQL wants BIGINT.
_SEQ = BigInteger().with_variant(Integer(), "sqlite")


class OutboxEntry(Base):
    """A local fact waiting for the hall; marked pushed only after the hall committed.

    A fact the hall refused keeps its reason here and waits no longer: it is shown
    in the list of rejected facts and never holds up the facts queued after it.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        # Only what still waits is indexed: the sync reads it in order and the status bar counts it.
        Index("ix_outbox_waiting", "queued_at", "fact_table", "fact_id",
              sqlite_where=text("pushed_at IS NULL AND rejected_reason IS NULL"),
              postgresql_where=text("pushed_at IS NULL AND rejected_reason IS NULL")),
        # The refused ones: the status bar counts them every few seconds, however long the outbox grows.
        Index("ix_outbox_rejected", "queued_at", sqlite_where=text("rejected_reason IS NOT NULL"),
              postgresql_where=text("rejected_reason IS NOT NULL")),
    )
    fact_table: Mapped[str] = mapped_column(String(40), primary_key=True)
    fact_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    queued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    pushed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    rejected_reason: Mapped[str | None] = mapped_column(Text)


class HallFactLog(Base):
    """At the hall: every fact received, in the order counters may pull them (the cursor)."""

    __tablename__ = "hall_fact_log"
    __table_args__ = (UniqueConstraint("fact_table", "fact_id"),)
    seq: Mapped[int] = mapped_column(_SEQ, primary_key=True, autoincrement=True)
    fact_table: Mapped[str] = mapped_column(String(40))
    fact_id: Mapped[uuid.UUID] = mapped_column()
    # The counter that made the fact: pulling skips a counter's own facts without reading them.
    device_id: Mapped[uuid.UUID | None] = mapped_column()
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SyncState(Base):
    """Named values of the sync: the pull cursor, the last sync time, the reference version."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LocalCounter(Base):
    """Monotonic counters of this device (event sequence, case numbers); never reset."""

    __tablename__ = "local_counter"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
