"""The seal register (reference data, authored at the hall), its custody events and the stamping log."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.ids import new_id
from counter_app.domain.seals import SealState
from counter_app.store.base import Base, Fact
from counter_app.store.reference import Reference
from counter_app.store.types import UtcDateTime, str_enum


class Seal(Reference, Base):
    """A department's special approval seal (行政审批专用章) and who keeps it now."""

    __tablename__ = "seal"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    state: Mapped[SealState] = mapped_column(str_enum(SealState, "seal_state"))
    custodian_a_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    custodian_b_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class SealEvent(Fact, Base):
    """A change in the register: registration, custody, state. The seal row is their latest result."""

    __tablename__ = "seal_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    seal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seal.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SealStamping(Fact, Base):
    """One use of a seal on a printed document (用印登记), a link of its seal-and-device hash chain."""

    __tablename__ = "seal_stamping"
    __table_args__ = (UniqueConstraint("seal_id", "device_id", "chain_seq"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    seal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seal.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    chain_seq: Mapped[int] = mapped_column(Integer)
    document_no: Mapped[str] = mapped_column(String(80), index=True)
    print_record_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("print_record.id"))
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    impressions: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(200))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    acting_for_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    stamped_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SealChainHead(Fact, Base):
    """At the hall: every chain head a counter sent. Kept, never replaced: the witness against rewriting."""

    __tablename__ = "seal_chain_head"
    __table_args__ = (UniqueConstraint("seal_id", "device_id", "chain_seq"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    seal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("seal.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    chain_seq: Mapped[int] = mapped_column(Integer)
    entry_id: Mapped[uuid.UUID] = mapped_column()
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
