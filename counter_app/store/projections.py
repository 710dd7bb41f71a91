"""Projections: rows that are a pure fold of facts and can be rebuilt from them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.base import Base
from counter_app.store.types import UtcDateTime


class Case(Base):
    """A case's current state (办件), folded from its events in domain/."""

    __tablename__ = "case_file"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(40), unique=True)  # 办件编号
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    status: Mapped[str] = mapped_column(String(30), index=True)
    holder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), index=True)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_id_no: Mapped[str | None] = mapped_column(String(40))
    received_on: Mapped[dt.date] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    promised_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    statutory_due: Mapped[dt.date | None] = mapped_column(Date)
    warning_level: Mapped[str] = mapped_column(String(10), default="normal")
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    last_event_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
