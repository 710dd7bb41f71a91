"""Hall operations: windows opened and closed, appointments, first inquiries, extended service,
agency help, ratings and their follow-ups, and the annual evaluation.

Everything here but the appointment slots is a fact (append-only). Window events are written
at the hall by its administrator and pulled with the reference data; the others are born at a
counter and synced like case events.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.ids import new_id
from counter_app.store.base import Base, Fact
from counter_app.store.reference import Reference
from counter_app.store.types import UtcDateTime


class AppointmentSlot(Reference, Base):
    """A slot of an item at a window on a day (预约时段), with how many applicants it takes."""

    __tablename__ = "appointment_slot"
    __table_args__ = (UniqueConstraint("item_id", "window_id", "day", "starts"),)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_window.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    starts: Mapped[str] = mapped_column(String(5))  # "HH:MM", hall time
    ends: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[int] = mapped_column(Integer)


class WindowEvent(Fact, Base):
    """A window opened or closed (窗口开启 / 关闭) by the hall administrator, with why."""

    __tablename__ = "window_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_window.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AppointmentEvent(Fact, Base):
    """An appointment's events (预约记录): booked at the counter or by phone, cancelled, checked in, missed."""

    __tablename__ = "appointment_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    appointment_id: Mapped[uuid.UUID] = mapped_column(index=True)
    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("appointment_slot.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Consultation(Fact, Base):
    """A consultation under first-inquiry responsibility (首问负责): who answered for it, and how it ended."""

    __tablename__ = "consultation"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)  # the first-inquiry person
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("item.id"))
    outcome: Mapped[str] = mapped_column(String(20))  # answered, referred, taken_over
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExtendedService(Fact, Base):
    """Extended service entered by hand (延时服务登记); steps outside opening hours count without one."""

    __tablename__ = "extended_service"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AgencyHelpEvent(Fact, Base):
    """Agency help on a case (代办帮办): started, followed with notes, ended, by the staff who helps."""

    __tablename__ = "agency_help_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)  # the helper
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Rating(Fact, Base):
    """An applicant's rating (好差评), one per case or per visit, of the staff who served them."""

    __tablename__ = "rating"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # One rating per case or visit, checked by the counter and again by the hall at push
    # (sync_rules.ALREADY_RATED), not by a unique index: a counter must be able to pull the hall's
    # rating of a case beside its own rival one, which the hall refused.
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # A visit without a case: a consultation or an appointment.
    visit_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_window.id"))
    level: Mapped[int] = mapped_column(Integer)  # 1 (very dissatisfied) to 5 (very satisfied)
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FollowUpEvent(Fact, Base):
    """The chief representative's follow-up of a bad rating (差评整改): notes and its closing."""

    __tablename__ = "follow_up_event"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    rating_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rating.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EvaluationRecord(Fact, Base):
    """The annual evaluation as the centre decided it (年度考核): grades and the windows' weights.

    A later record for the same year replaces the earlier one; both stay.
    """

    __tablename__ = "evaluation_record"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    year: Mapped[int] = mapped_column(Integer, index=True)
    actor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device.id"))
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
