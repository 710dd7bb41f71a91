"""Recording consultations under first-inquiry responsibility (首问负责登记): one fact each, at the counter.

The responsible person is the one who first answered: the person logged in, who records it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import HALL_ZONE, hall_days
from counter_app.domain.consultations import ConsultationOutcome, consultation_errors
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.facts import append_fact
from counter_app.store.models import Consultation, Department, Item, Staff


@dataclass(frozen=True)
class ConsultationForm:
    question: str
    outcome: str
    item_code: str = ""  # "": a question with no item of the catalogue
    referred_department: str = ""  # a department's code, or
    referred_staff: str = ""  # a colleague's staff code


@dataclass(frozen=True)
class Recorded:
    errors: tuple[FieldError, ...] = ()
    consultation_id: uuid.UUID | None = None

    @property
    def saved(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class ConsultationRow:
    id: uuid.UUID
    at: dt.datetime  # hall time
    item_code: str
    item_name: str
    question: str
    outcome: ConsultationOutcome
    referred_to: str  # the department's or the colleague's name


@dataclass(frozen=True)
class ReferralTarget:
    kind: str  # "department" or "staff"
    code: str
    name: str
    department: str  # the colleague's department; "" for a department


def record(counter: Counter, who: StaffSession, form: ConsultationForm, now: dt.datetime) -> Recorded:
    """Record one consultation; the logged-in person answers for it."""
    refusal = role_refusal(who.roles, Action.RECORD_CONSULTATION)
    if refusal:
        raise PermissionError(refusal)
    question, errors = consultation_errors(form.question, form.outcome, form.referred_department,
                                           form.referred_staff, who.code)
    with counter.local() as uow:
        s = uow.session
        item_id = None
        if form.item_code.strip():
            item_id = s.scalar(select(Item.id).where(Item.code == form.item_code.strip()))
            if item_id is None:
                errors.insert(0, FieldError("item", "unknown"))
        referred = _referral(s, form) if form.outcome == ConsultationOutcome.REFERRED else None
        if referred is not None and not referred.get("name") and not any(e.field == "referred_to" for e in errors):
            errors.append(FieldError("referred_to", "unknown"))
        if errors:
            return Recorded(errors=tuple(errors))
        data: dict[str, object] = {"question": question}
        if referred is not None:
            data["referred_to"] = referred
        consultation_id = new_id()
        append_fact(s, Consultation(id=consultation_id, staff_id=who.staff_id, actor_id=who.staff_id, item_id=item_id,
                                    outcome=form.outcome, device_id=who.device_id, occurred_at=now, data=data), now)
        uow.commit()
        return Recorded(consultation_id=consultation_id)


def _referral(s, form: ConsultationForm) -> dict[str, str] | None:  # type: ignore[no-untyped-def]
    if form.referred_department.strip() and not form.referred_staff.strip():
        code = form.referred_department.strip()
        name = s.scalar(select(Department.name).where(Department.code == code))
        return {"department": code, "name": name or ""}
    if form.referred_staff.strip() and not form.referred_department.strip():
        code = form.referred_staff.strip().upper()
        name = s.scalar(select(Staff.name).where(Staff.code == code, Staff.active))
        return {"staff": code, "name": name or ""}
    return None


def todays(counter: Counter, who: StaffSession, day: dt.date) -> list[ConsultationRow]:
    """This person's consultations on the day (hall time), the latest first."""
    start, end = hall_days(day)
    with counter.local() as uow:
        s = uow.session
        rows = s.execute(select(Consultation, Item.code, Item.name).outerjoin(Item, Item.id == Consultation.item_id)
                         .where(Consultation.staff_id == who.staff_id, Consultation.occurred_at >= start,
                                Consultation.occurred_at < end)
                         .order_by(Consultation.occurred_at.desc(), Consultation.id.desc())).all()
        return [ConsultationRow(c.id, c.occurred_at.astimezone(HALL_ZONE), code or "", name or "",
                                str(c.data.get("question", "")), ConsultationOutcome(c.outcome),
                                str((c.data.get("referred_to") or {}).get("name", "")))
                for c, code, name in rows]


def referral_targets(counter: Counter, who: StaffSession) -> list[ReferralTarget]:
    """The departments of the hall, then the colleagues on its register (not oneself)."""
    with counter.local() as uow:
        s = uow.session
        departments = {d.id: d for d in s.scalars(select(Department).order_by(Department.code))}
        targets = [ReferralTarget("department", d.code, d.name, "") for d in departments.values()]
        for person in s.scalars(select(Staff).where(Staff.active, Staff.id != who.staff_id).order_by(Staff.code)):
            department = departments.get(person.department_id) if person.department_id else None
            targets.append(ReferralTarget("staff", person.code, person.name, department.name if department else ""))
        return targets
