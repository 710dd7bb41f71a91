"""For whom a person may enter extended service (延时服务登记), as the entry form offers them.

The same rule as services/extended_service.record_entry: oneself; a chief representative also the
department's staff; the hall administrator anyone posted to the hall.
"""

from __future__ import annotations

from sqlalchemy import select

from counter_app.app import Counter
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import CHIEFS
from counter_app.domain.staff import Role
from counter_app.store.models import Staff


def entry_choices(counter: Counter, who: StaffSession) -> list[tuple[str, str]]:
    """(code, name) of the people this person may enter extended service for, themselves first."""
    query = select(Staff.code, Staff.name).where(Staff.active).order_by(Staff.code)
    if Role.HALL_ADMIN not in who.roles:
        if who.roles & CHIEFS and who.department_id is not None:
            query = query.where(Staff.department_id == who.department_id)
        else:
            query = query.where(Staff.id == who.staff_id)
    with counter.local() as uow:
        people = [(code, name) for code, name in uow.session.execute(query)]
    return sorted(people, key=lambda p: p[0] != who.code)
