"""The service guide of an item (办事指南), read from the counter's reference data for printing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from counter_app.app import Counter
from counter_app.domain.catalogue import Requirement
from counter_app.domain.hall import WindowType
from counter_app.domain.permissions import CHIEFS
from counter_app.domain.service_guide import GuideMaterial, GuideWindow, ServiceGuide
from counter_app.store.models import Hall, Item, ServiceWindow, Staff, WindowDepartment


def service_guide(counter: Counter, item_code: str, today: dt.date) -> ServiceGuide | None:
    """The item's guide, or None for an item not in the catalogue."""
    with counter.local() as uow:
        s = uow.session
        item = s.scalars(select(Item).where(Item.code == item_code)
                         .options(selectinload(Item.materials), selectinload(Item.department))).first()
        if item is None:
            return None
        hall = s.scalars(select(Hall)).one()
        windows = s.scalars(select(ServiceWindow).join(WindowDepartment, WindowDepartment.window_id == ServiceWindow.id)
                            .where(WindowDepartment.department_id == item.department_id)
                            .order_by(ServiceWindow.number)).all()
        chiefs = [p for p in s.scalars(select(Staff).where(Staff.department_id == item.department_id, Staff.active)
                                       .order_by(Staff.code)) if p.roles & CHIEFS]
        return ServiceGuide(
            item_code=item.code, item_name=item.name, item_kind=item.kind.value,
            department_name=item.department.name, department_phone=item.department.phone or "",
            conditions=item.conditions or "",
            materials=tuple(GuideMaterial(m.name, m.form.value, m.copies, m.requirement is Requirement.REQUIRED,
                                          m.note or "") for m in item.materials),
            statutory_limit_days=item.statutory_limit_days, promised_limit_days=item.promised_limit_days,
            joint_handling=item.joint_handling, fee=item.fee, legal_basis=item.legal_basis,
            windows=tuple(_windows(windows)),
            chief_names=tuple(p.name for p in chiefs),
            hall_name=hall.name, hall_address=hall.address, hall_phones=tuple(hall.phones),
            opening_hours=tuple((str(k), str(v)) for k, v in hall.opening_hours.items()),
            printed_on=today,
        )


def _windows(windows: list[ServiceWindow]) -> list[GuideWindow]:
    """The windows where the applicant hands the item in: the constant and comprehensive ones (an
    emergency or seasonal window opens only at times, so it is named only when there is no other)."""
    regular = [w for w in windows if w.type in (WindowType.CONSTANT, WindowType.COMPREHENSIVE)]
    return [GuideWindow(w.number, w.name, w.type is WindowType.COMPREHENSIVE) for w in regular or windows]
