"""Projections: rows that are a pure fold of facts and can be rebuilt from them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.store.base import Base
from counter_app.store.types import UtcDateTime


class Case(Base):
    """A case's current state (办件), folded from its events in domain/.

    Only what lists filter, search and sort on is a column; the detail view
    folds the events again. Warning levels are not stored: they follow from
    step_due and today, so a list filters them as date ranges on an index.
    """

    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_file_holder_due", "holder_id", "step_due", "case_no"),
        Index("ix_case_file_department_due", "department_id", "step_due", "case_no"),
        Index("ix_case_file_window_due", "window_number", "step_due", "case_no"),
        Index("ix_case_file_status_due", "status", "step_due", "case_no"),
        Index("ix_case_file_due", "step_due", "case_no"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(40), unique=True)  # 办件编号
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"))
    status: Mapped[str] = mapped_column(String(30))
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(20), default="window")
    window_number: Mapped[int | None] = mapped_column(Integer)
    holder_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    applicant_kind: Mapped[str] = mapped_column(String(20), default="person")
    applicant_name: Mapped[str] = mapped_column(String(200), index=True)
    applicant_pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    applicant_initials: Mapped[str] = mapped_column(String(100), default="", index=True)
    applicant_id_no: Mapped[str | None] = mapped_column(String(40))
    # The identity number or credit code reversed: "last digits" searches become index prefix scans.
    id_reversed: Mapped[str | None] = mapped_column(String(40), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    intake_due: Mapped[dt.date | None] = mapped_column(Date)
    promised_due: Mapped[dt.date | None] = mapped_column(Date)
    statutory_due: Mapped[dt.date | None] = mapped_column(Date)
    issue_due: Mapped[dt.date | None] = mapped_column(Date)
    step_due: Mapped[dt.date | None] = mapped_column(Date)
    calendar_confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    outcome: Mapped[str | None] = mapped_column(String(10))
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    last_event_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
