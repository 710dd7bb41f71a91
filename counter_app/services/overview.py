"""Read models for the hall page and the catalogue page: plain data, no ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from counter_app.domain.catalogue import ItemKind, MaterialForm, Requirement
from counter_app.domain.hall import Season, WindowType
from counter_app.store.models import Department, Hall, Item, ServiceWindow, Staff
from counter_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class WindowRow:
    number: int
    name: str
    type: WindowType
    is_open: bool
    departments: tuple[str, ...]
    season: tuple[str, str] | None
    in_season: bool | None


@dataclass(frozen=True)
class DepartmentRow:
    code: str
    name: str
    phone: str | None
    items: int
    staff: int


@dataclass(frozen=True)
class HallOverview:
    name: str
    address: str
    phones: tuple[str, ...]
    opening_hours: dict[str, Any]
    windows: tuple[WindowRow, ...]
    departments: tuple[DepartmentRow, ...]


@dataclass(frozen=True)
class MaterialRow:
    name: str
    form: MaterialForm
    copies: int
    requirement: Requirement
    note: str | None


@dataclass(frozen=True)
class ItemRow:
    code: str
    name: str
    kind: ItemKind
    department: str
    department_code: str
    legal_basis: str
    statutory_limit_days: int | None
    promised_limit_days: int | None
    fee: str
    pinyin: str
    pinyin_initials: str
    materials: tuple[MaterialRow, ...]


def hall_overview(uow: UnitOfWork, today: dt.date) -> HallOverview:
    with uow:
        s = uow.session
        hall = s.scalars(select(Hall)).one()
        windows = s.scalars(
            select(ServiceWindow)
            .options(selectinload(ServiceWindow.departments))
            .order_by(ServiceWindow.number)
        ).all()
        item_counts = dict(
            s.execute(select(Item.department_id, func.count()).group_by(Item.department_id)).all()
        )
        staff_counts = dict(
            s.execute(
                select(Staff.department_id, func.count())
                .where(Staff.active)
                .group_by(Staff.department_id)
            ).all()
        )
        departments = s.scalars(select(Department).order_by(Department.code)).all()
        return HallOverview(
            name=hall.name,
            address=hall.address,
            phones=tuple(hall.phones),
            opening_hours=dict(hall.opening_hours),
            windows=tuple(_window_row(w, today) for w in windows),
            departments=tuple(
                DepartmentRow(
                    d.code, d.name, d.phone, item_counts.get(d.id, 0), staff_counts.get(d.id, 0)
                )
                for d in departments
            ),
        )


def _window_row(w: ServiceWindow, today: dt.date) -> WindowRow:
    season = None
    in_season = None
    if w.season_from and w.season_to:
        season = (w.season_from, w.season_to)
        in_season = Season.parse(w.season_from, w.season_to).contains(today)
    return WindowRow(
        number=w.number,
        name=w.name,
        type=w.type,
        is_open=w.is_open,
        departments=tuple(d.name for d in w.departments),
        season=season,
        in_season=in_season,
    )


def catalogue(uow: UnitOfWork) -> list[ItemRow]:
    with uow:
        items = uow.session.scalars(
            select(Item)
            .where(Item.active)
            .options(selectinload(Item.materials), selectinload(Item.department))
            .order_by(Item.code)
        ).all()
        return [
            ItemRow(
                code=i.code,
                name=i.name,
                kind=i.kind,
                department=i.department.name,
                department_code=i.department.code,
                legal_basis=i.legal_basis,
                statutory_limit_days=i.statutory_limit_days,
                promised_limit_days=i.promised_limit_days,
                fee=i.fee,
                pinyin=i.pinyin,
                pinyin_initials=i.pinyin_initials,
                materials=tuple(
                    MaterialRow(m.name, m.form, m.copies, m.requirement, m.note)
                    for m in i.materials
                ),
            )
            for i in items
        ]


def intake_items(uow: UnitOfWork, items: list[ItemRow], department_code: str | None, window_number: int | None,
                 comprehensive: bool) -> list[ItemRow]:
    """Of the catalogue, the items this person takes in here: the window's departments at a comprehensive
    window, else their own."""
    if comprehensive and window_number is not None:
        with uow:
            window = uow.session.scalars(select(ServiceWindow).options(selectinload(ServiceWindow.departments))
                                         .where(ServiceWindow.number == window_number)).first()
            served = {d.code for d in window.departments} if window else set()
        return [i for i in items if i.department_code in served]
    return [i for i in items if i.department_code == department_code]
