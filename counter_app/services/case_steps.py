"""Moving a case along the chain (承办 审核 审批 发证 送达), one event per step, one transaction each."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from counter_app.domain.applicant import FieldError
from counter_app.domain.case import fold
from counter_app.domain.case_actions import action_errors
from counter_app.domain.case_state import CaseState, CaseStatus
from counter_app.domain.case_timing import timing
from counter_app.domain.clock import hall_today
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import holder_refusal, step_refusal
from counter_app.services.absences import standing_in_for
from counter_app.services.calendar import hall_calendar
from counter_app.services.intake import DEVICE_SEQ
from counter_app.store import cases
from counter_app.store.models import Case, Staff
from counter_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class StepResult:
    errors: tuple[FieldError, ...] = ()
    state: CaseState | None = None

    @property
    def saved(self) -> bool:
        return not self.errors


def record_step(uow: UnitOfWork, who: StaffSession, case_no: str, kind: EventKind, data: dict[str, Any],
                now: dt.datetime) -> StepResult:
    """Check the step against the case as it stands, then append it and refresh the projection."""
    if kind is EventKind.RECEIVED:
        return StepResult((FieldError("kind", "use_intake"),))
    with uow:
        s = uow.session
        row = s.scalars(select(Case).where(Case.case_no == case_no)).first()
        if row is None:
            return StepResult((FieldError("case_no", "unknown"),))
        events = cases.events_of(s, row.id)
        state = fold(events)
        staff = s.get(Staff, who.staff_id)
        refusal = step_refusal(
            who.roles, kind, own_department=staff is not None and staff.department_id == row.department_id,
            returning_from_approval=kind is EventKind.RETURNED and state.status is CaseStatus.AWAITING_APPROVAL,
        )
        covering = frozenset(standing_in_for(s, who.staff_id, hall_today(now))) if row.holder_id else frozenset()
        held, acting_for = holder_refusal(who.staff_id, who.roles, row.holder_id, covering)
        errors = [FieldError("step", r) for r in (refusal, held) if r]
        errors += action_errors(kind, data, state)
        if errors:
            return StepResult(tuple(errors))
        event = _new_event(s, who, row.id, kind, events, now, data, acting_for)
        after = fold([*events, event])
        if event.id not in after.applied and kind is not EventKind.CONFLICT_RESOLVED:
            reason = next((i.reason for i in after.ignored if i.event_id == event.id), "not_allowed")
            return StepResult((FieldError("step", reason),))
        cases.append(s, event, now)
        cases.write_projection(s, after, timing(after, hall_calendar(s)), item_id=row.item_id,
                               department_id=row.department_id)
        uow.commit()
        return StepResult(state=after)


def _new_event(s: Any, who: StaffSession, case_id: uuid.UUID, kind: EventKind, known: list[CaseEvent],
               now: dt.datetime, data: dict[str, Any], acting_for: uuid.UUID | None) -> CaseEvent:
    parent = max(known, key=lambda e: e.order_key).id if known else None
    return CaseEvent(id=new_id(), case_id=case_id, kind=kind, occurred_at=now, device_id=who.device_id,
                     device_seq=cases.next_value(s, DEVICE_SEQ), actor_id=who.staff_id, acting_for_id=acting_for,
                     parent_id=parent, data=data)
