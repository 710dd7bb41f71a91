"""Showing an applicant's identity number in full (显示完整证件号码): allowed, and answered for.

Lists and the detail view mask identity numbers; a clerk who needs the whole number
(to check it against the card on the counter) asks for it, and every such showing is
an audit fact: who, which case, when, on which counter.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from counter_app.domain.applicant import FieldError
from counter_app.domain.case import fold
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import CHIEFS, DEPARTMENT_STAFF, Action, role_refusal
from counter_app.domain.staff import Role
from counter_app.services.facts import append_fact
from counter_app.store import cases
from counter_app.store.models import AuditEntry, Case
from counter_app.store.uow import UnitOfWork

ID_NUMBER_SHOWN = "id_number_shown"


def reveal_id_number(uow: UnitOfWork, who: StaffSession, case_no: str, whose: str,
                     now: dt.datetime) -> tuple[str | None, list[FieldError]]:
    """The full number of the applicant (whose="applicant") or the agent (whose="agent"), logged."""
    with uow:
        s = uow.session
        row = s.scalars(select(Case).where(Case.case_no == case_no.strip())).first()
        if row is None:
            return None, [FieldError("case_no", "unknown")]
        state = fold(cases.events_of(s, row.id))
        if not _may_see(who, row, state.window_number):
            return None, [FieldError("case_no", "other_department")]
        person = state.applicant if whose == "applicant" else state.applicant.get("agent") or {}
        number = person.get("id_number") or person.get("credit_code")
        if not number:
            return None, [FieldError(whose, "no_id_number")]
        append_fact(s, AuditEntry(occurred_at=now, device_id=who.device_id, actor_id=who.staff_id,
                                  action=ID_NUMBER_SHOWN, detail={"case_no": row.case_no, "whose": whose}), now)
        uow.commit()
        return str(number), []


def _may_see(who: StaffSession, row: Case, window_number: int | None) -> bool:
    if role_refusal(who.roles, Action.SHOW_FULL_ID):
        return False
    if Role.HALL_ADMIN in who.roles:
        return True
    if who.roles & (DEPARTMENT_STAFF | CHIEFS) and who.department_id == row.department_id:
        return True
    # The comprehensive window that received the case checks the card it was handed.
    return Role.COMPREHENSIVE_CLERK in who.roles and who.window_number == window_number
