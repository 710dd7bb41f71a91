"""What taking in a case reads: the item with its checklist, the hall's and the device's codes.

Plain data through prepared statements: an intake is saved in a few
milliseconds, and loading ORM objects for this would cost more than the writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, String, bindparam, select, true
from sqlalchemy.types import Uuid

from counter_app.domain.catalogue import Requirement
from counter_app.store.models import (
    Department,
    Device,
    Hall,
    Item,
    ItemMaterial,
    ServiceWindow,
    WindowDepartment,
)
from counter_app.store.prepared import Prepared


@dataclass(frozen=True)
class ChecklistEntry:
    position: int
    name: str
    requirement: Requirement


@dataclass(frozen=True)
class IntakeItem:
    """An active item of the catalogue, as a new case records it."""

    id: uuid.UUID
    code: str
    name: str
    department_id: uuid.UUID
    department_code: str
    statutory_limit_days: int | None
    promised_limit_days: int | None
    joint_handling: bool
    materials: tuple[ChecklistEntry, ...]


_ITEM = Prepared(
    select(Item.id, Item.code, Item.name, Item.department_id, Department.code, Item.statutory_limit_days,
           Item.promised_limit_days, Item.joint_handling, ItemMaterial.position, ItemMaterial.name,
           ItemMaterial.requirement)
    .join(Department, Department.id == Item.department_id)
    .outerjoin(ItemMaterial, ItemMaterial.item_id == Item.id)
    .where(Item.code == bindparam("code", type_=String), Item.active)
    .order_by(ItemMaterial.position)
)
# One hall per store: the cross join is deliberate.
_CODES = Prepared(select(Hall.code, Device.code).join_from(Hall, Device, true())
                  .where(Device.id == bindparam("device", type_=Uuid())))
_SERVES = Prepared(
    select(WindowDepartment.department_id)
    .join(ServiceWindow, ServiceWindow.id == WindowDepartment.window_id)
    .where(ServiceWindow.number == bindparam("window", type_=ServiceWindow.number.type),
           WindowDepartment.department_id == bindparam("department", type_=Uuid()))
)


def intake_item(db: Connection, code: str) -> IntakeItem | None:
    """The active item with this code and its checklist in order, or None."""
    found = _ITEM.rows(db, code=code)
    if not found:
        return None
    first = found[0]
    materials = tuple(ChecklistEntry(r[8], r[9], r[10]) for r in found if r[8] is not None)
    return IntakeItem(first[0], first[1], first[2], first[3], first[4], first[5], first[6], bool(first[7]),
                      materials)


def hall_and_device_codes(db: Connection, device_id: uuid.UUID) -> tuple[str, str]:
    """The codes a case number is made of."""
    hall_code, device_code = _CODES.rows(db, device=device_id)[0]
    return hall_code, device_code


def window_serves(db: Connection, window_number: int | None, department_id: uuid.UUID) -> bool:
    """Whether the window with this number receives for the department (a comprehensive window)."""
    return _SERVES.scalar(db, window=window_number, department=department_id) is not None
