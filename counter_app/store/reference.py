"""Reference data, authored at the hall and pulled by counters.

Hall, departments, windows, staff, devices, the item catalogue and the hall
calendar. Each row carries updated_at so a counter can tell what changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.hall import WindowType
from counter_app.domain.ids import new_id
from counter_app.domain.staff import Employment, Role
from counter_app.store.base import Base
from counter_app.store.types import UtcDateTime, str_enum


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Reference:
    """Columns every reference row has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)


class Hall(Reference, Base):
    """The service hall itself (行政服务中心)."""

    __tablename__ = "hall"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200))
    phones: Mapped[list[str]] = mapped_column(JSON)
    opening_hours: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Where an applicant may seek remedies against a decision (art. 38), printed on refusals.
    review_body: Mapped[str] = mapped_column(String(100), default="")  # 行政复议机关
    court: Mapped[str] = mapped_column(String(100), default="")  # 行政诉讼的人民法院
    # The administrator's operating rules (see domain.hall_rules.OperatingRules); {}: the defaults.
    operating_rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Department(Reference, Base):
    """A department with staff at the hall (进驻部门)."""

    __tablename__ = "department"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    # Used in document numbers, e.g. 二七市监审告字〔2026〕第0001号.
    short_name: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(40))


class WindowDepartment(Base):
    """Which departments a window serves; a comprehensive window serves several."""

    __tablename__ = "window_department"
    window_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_window.id"), primary_key=True)
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), primary_key=True)


class ServiceWindow(Reference, Base):
    """A service window (窗口) of one of the four types."""

    __tablename__ = "service_window"
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    type: Mapped[WindowType] = mapped_column(str_enum(WindowType, "window_type"))
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    # A seasonal window's season as "MM-DD" bounds.
    season_from: Mapped[str | None] = mapped_column(String(5))
    season_to: Mapped[str | None] = mapped_column(String(5))
    departments: Mapped[list[Department]] = relationship(
        secondary="window_department", order_by="Department.code"
    )


class Device(Reference, Base):
    """A counter PC, registered with the hall, with a short code used in case numbers."""

    __tablename__ = "device"
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    registered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now)


class StaffRole(Base):
    __tablename__ = "staff_role"
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), primary_key=True)


class Staff(Reference, Base):
    """A member of staff posted to the hall (进驻人员)."""

    __tablename__ = "staff"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("department.id"))
    window_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service_window.id"))
    # The B role (B角) who covers this person during an approved absence.
    backup_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    employment: Mapped[Employment] = mapped_column(str_enum(Employment, "employment"))
    law_enforcement_cert: Mapped[str | None] = mapped_column(String(40))
    posted_on: Mapped[dt.date] = mapped_column(Date)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    # Since when the person has worked in the department's line (the notice asks at least a year).
    experience_since: Mapped[dt.date | None] = mapped_column(Date)
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department | None] = relationship()
    window: Mapped[ServiceWindow | None] = relationship()
    role_rows: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan")

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.role_rows)


class Item(Reference, Base):
    """An item of the catalogue (事项) with its limits in working days."""

    __tablename__ = "item"
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ItemKind] = mapped_column(str_enum(ItemKind, "item_kind"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("department.id"), index=True)
    legal_basis: Mapped[str] = mapped_column(Text)
    statutory_limit_days: Mapped[int | None] = mapped_column(Integer)  # 法定时限
    promised_limit_days: Mapped[int | None] = mapped_column(Integer)  # 承诺时限
    joint_handling: Mapped[bool] = mapped_column(Boolean, default=False)
    fee: Mapped[str] = mapped_column(String(400))
    conditions: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    # Search keys for the item picker: full pinyin and initials, made by pypinyin at load.
    pinyin: Mapped[str] = mapped_column(String(800), default="")
    pinyin_initials: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department] = relationship()
    materials: Mapped[list["ItemMaterial"]] = relationship(
        order_by="ItemMaterial.position", cascade="all, delete-orphan"
    )


class ItemMaterial(Base):
    """A material on an item's checklist (申请材料)."""

    __tablename__ = "item_material"
    __table_args__ = (UniqueConstraint("item_id", "position"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    form: Mapped[MaterialForm] = mapped_column(str_enum(MaterialForm, "material_form"))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    requirement: Mapped[Requirement] = mapped_column(str_enum(Requirement, "requirement"))
    note: Mapped[str | None] = mapped_column(Text)


class CalendarYear(Base):
    """Whether a year's holiday arrangement has been confirmed from the State Council notice."""

    __tablename__ = "calendar_year"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    notice: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)


class CalendarDay(Base):
    """A day that differs from the plain week: a holiday, or a make-up working day (调休)."""

    __tablename__ = "calendar_day"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=_now, onupdate=_now)
