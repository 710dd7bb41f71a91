"""Read model for the case detail (the list lives in case_list.py): plain data, no ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.case import fold
from counter_app.domain.case_actions import next_steps
from counter_app.domain.case_state import CaseState, CaseStatus
from counter_app.domain.case_timing import (
    CaseTiming,
    case_warning,
    deemed_accepted,
    effective_acceptance,
    intake_working_days,
    step_warning,
    timing,
)
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.events import CaseEvent as Event
from counter_app.domain.events import EventKind
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import holder_refusal, sight_refusal, step_refusal
from counter_app.services.absences import standing_in_for
from counter_app.services.calendar import hall_calendar, operating_rules

# The list's names, for callers that reach them through this module.
from counter_app.services.case_list import (  # noqa: E402,F401
    CaseFilter,
    CaseRow,
    Scope,
    SearchKind,
    list_cases,
    search_kind,
)
from counter_app.store import cases
from counter_app.store.models import AgencyHelpEvent, Case, Device, Staff
from counter_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class TimelineEntry:
    event_id: uuid.UUID
    occurred_at: dt.datetime
    kind: EventKind
    actor: str
    acting_for: str | None
    device: str
    data: dict[str, Any]
    ignored_reason: str | None
    in_conflict: bool


@dataclass(frozen=True)
class CaseDetail:
    state: CaseState
    timing: CaseTiming
    step_warning: WarningLevel
    case_warning: WarningLevel
    deemed_accepted: bool
    next_steps: tuple[EventKind, ...]
    timeline: tuple[TimelineEntry, ...] = field(default=())
    clock_starts: dt.date | None = None  # art. 32: acceptance, or receipt when acceptance came too late
    intake_days: int | None = None  # working days from receipt to formal acceptance


def case_detail(uow: UnitOfWork, case_no: str, today: dt.date, who: StaffSession | None = None) -> CaseDetail | None:
    """The case with its timeline; next_steps holds only what `who` may do (all steps without `who`)."""
    with uow:
        s = uow.session
        found = s.execute(select(Case.id, Case.department_id, Case.window_number)
                          .where(Case.case_no == case_no)).first()
        if found is None or (who is not None and _out_of_sight(s, who, *found)):
            return None  # another department's case reads as none, as in the lists
        case_id = found.id
        events = cases.events_of(s, case_id)
        state = fold(events)
        calendar, yellow_days = hall_calendar(s), operating_rules(s).yellow_days
        t = timing(state, calendar)
        return CaseDetail(
            state=state, timing=t,
            step_warning=step_warning(state, t, calendar, today, yellow_days),
            case_warning=case_warning(state, t, calendar, today, yellow_days),
            deemed_accepted=deemed_accepted(state, t, today),
            next_steps=_allowed(state, who, s.scalar(select(Case.department_id).where(Case.id == case_id)),
                                _covering(s, who, state, today)),
            timeline=_timeline(s, events, state),
            clock_starts=effective_acceptance(state, calendar),
            intake_days=intake_working_days(state, calendar),
        )


def _out_of_sight(s: Session, who: StaffSession, case_id: uuid.UUID, department_id: uuid.UUID,
                  window_number: int | None) -> bool:
    helping = s.scalar(select(AgencyHelpEvent.id).where(AgencyHelpEvent.case_id == case_id,
                                                        AgencyHelpEvent.staff_id == who.staff_id).limit(1))
    return sight_refusal(who.roles, own_department=who.department_id == department_id,
                         received_here=window_number is not None and window_number == who.window_number,
                         helping=helping is not None) is not None


def _covering(s: Session, who: StaffSession | None, state: CaseState, today: dt.date) -> frozenset[uuid.UUID]:
    if who is None or state.holder_id in (None, who.staff_id):
        return frozenset()
    return frozenset(standing_in_for(s, who.staff_id, today))


def _allowed(state: CaseState, who: StaffSession | None, department_id: uuid.UUID | None,
             covering: frozenset[uuid.UUID]) -> tuple[EventKind, ...]:
    steps = next_steps(state)
    if who is None:
        return steps
    if holder_refusal(who.staff_id, who.roles, state.holder_id, covering)[0]:
        return ()  # in a colleague's queue: theirs to move (or their B's, during their absence)
    own = who.department_id == department_id
    return tuple(k for k in steps if step_refusal(
        who.roles, k, own_department=own,
        returning_from_approval=k is EventKind.RETURNED and state.status is CaseStatus.AWAITING_APPROVAL) is None)


def _timeline(s: Session, events: list[Event], state: CaseState) -> tuple[TimelineEntry, ...]:
    people = dict(s.execute(select(Staff.id, Staff.name)).all())
    devices = dict(s.execute(select(Device.id, Device.code)).all())
    ignored = {i.event_id: i.reason for i in state.ignored}
    rivals = {i for c in state.conflicts for i in c.event_ids}
    return tuple(
        TimelineEntry(e.id, e.occurred_at, e.kind, people.get(e.actor_id, "?"),
                      people.get(e.acting_for_id) if e.acting_for_id else None,
                      devices.get(e.device_id, "?"), dict(e.data), ignored.get(e.id), e.id in rivals)
        for e in sorted(events, key=lambda e: e.order_key)
    )
