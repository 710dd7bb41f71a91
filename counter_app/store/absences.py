"""People facts: absence events (请假记录), whose fold is an absence, and the staff register's events."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.ids import new_id
from counter_app.store.base import Base, Fact
from counter_app.store.types import UtcDateTime


class AbsenceEvent(Fact, Base):
    __tablename__ = "absence_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    absence_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)  # who is away
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class StaffEvent(Fact, Base):
    """The staff register's events (人员管理记录): a rotation requested, approved or refused; sent back."""

    __tablename__ = "staff_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)  # whom it is about
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
