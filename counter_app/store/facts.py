"""Facts: append-only rows. A correction is a new fact, never an edit."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.ids import new_id
from counter_app.store.base import Base, Fact
from counter_app.store.types import UtcDateTime


class CaseEvent(Fact, Base):
    """One step of a case (办件事件): who did what, for whom, on which device, when.

    Ordered by (occurred_at, device, device_seq), never by wall clock alone.
    """

    __tablename__ = "case_event"
    __table_args__ = (UniqueConstraint("device_id", "device_seq"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    device_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    # Set when a B role acts for an absent A (B角代A角).
    acting_for_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    # The last event of this case the writing device knew: tells concurrent work from sequential.
    parent_id: Mapped[uuid.UUID | None] = mapped_column()
    # Indexed for the reads by day (today's intake, extended service, a period's evaluation), which
    # otherwise scan every event the store holds (1.3 s over 3 million; 2 ms with the index).
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditEntry(Fact, Base):
    """Who did something worth answering for: log-ins, PIN changes, showing a full ID number."""

    __tablename__ = "audit_entry"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    # Null when the person could not be identified (a log-in with an unknown code).
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PrintRecord(Fact, Base):
    """One print of a document (打印记录): the first issue or a reprint (补打), to paper or to PDF.

    A document is identified by the case event it records; its number is given at the first print
    and every reprint carries the same number.
    """

    __tablename__ = "print_record"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    document_no: Mapped[str] = mapped_column(String(80), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    source_event_id: Mapped[uuid.UUID] = mapped_column(index=True)
    reprint: Mapped[bool] = mapped_column(Boolean)
    copies: Mapped[int] = mapped_column(Integer)
    # "printer" with the printer's name, or "pdf" with the file it was saved to.
    destination: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(300), default="")
    printed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    acting_for_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


FACT_TABLES: tuple[str, ...] = (CaseEvent.__tablename__, AuditEntry.__tablename__, PrintRecord.__tablename__,
                                "seal_event", "seal_stamping", "seal_chain_head", "absence_event", "staff_event",
                                "window_event", "appointment_event", "consultation", "extended_service",
                                "agency_help_event", "rating", "follow_up_event", "evaluation_record")
