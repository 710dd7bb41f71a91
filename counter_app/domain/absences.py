"""Absences and coverage (请假与AB角顶岗): A reports an absence, it is approved or refused, and
during an approved absence A's B role acts for A.

A window clerk's absence is decided by the department's chief representative; a chief
representative's own absence by the centre (the hall administrator). An absence is reported
at least 1 working day ahead (提前1个工作日); a later report is still taken, marked late.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.permissions import CHIEFS, Action, role_refusal
from counter_app.domain.staff import Role

REASON_MAX = 200
NOTICE_WORKING_DAYS = 1
LONGEST_DAYS = 366


class AbsenceState(enum.StrEnum):
    REPORTED = "reported"  # 待批
    APPROVED = "approved"  # 已批准
    REFUSED = "refused"  # 未批准
    WITHDRAWN = "withdrawn"  # 已撤回


class AbsenceEventKind(enum.StrEnum):
    REPORTED = "reported"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class AbsenceEventView:
    """An absence event as the fold sees it."""

    absence_id: uuid.UUID
    kind: AbsenceEventKind
    staff_id: uuid.UUID
    actor_id: uuid.UUID
    occurred_at: dt.datetime
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Absence:
    id: uuid.UUID
    staff_id: uuid.UUID
    start: dt.date
    end: dt.date
    reason: str
    late: bool
    state: AbsenceState
    decided_by: uuid.UUID | None = None
    decision_note: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.state is AbsenceState.APPROVED and self.start <= day <= self.end


def report_errors(start: dt.date | None, end: dt.date | None, reason: str, today: dt.date,
                  calendar: HallCalendar) -> tuple[bool, list[FieldError]]:
    """Whether the report is late, and what is wrong with it."""
    errors = validate_text(reason, "reason", required=True, max_length=REASON_MAX, multiline=True)[1]
    if start is None:
        errors.append(FieldError("start", "required"))
    elif start < today:
        errors.append(FieldError("start", "in_the_past"))
    if end is None:
        errors.append(FieldError("end", "required"))
    elif start is not None and end < start:
        errors.append(FieldError("end", "before_start"))
    elif start is not None and (end - start).days >= LONGEST_DAYS:
        errors.append(FieldError("end", "out_of_range"))
    late = start is not None and calendar.working_days_between(today, start) < NOTICE_WORKING_DAYS
    return late, errors


def decision_refusal(decider_id: uuid.UUID, decider_roles: frozenset[Role], decider_department: uuid.UUID | None,
                     absent_id: uuid.UUID, absent_roles: frozenset[Role],
                     absent_department: uuid.UUID | None) -> str | None:
    """Why this person may not approve or refuse this absence, or None."""
    if decider_id == absent_id:
        return "own_absence"
    if absent_roles & CHIEFS:
        return role_refusal(decider_roles, Action.DECIDE_CHIEF_ABSENCE)
    refusal = role_refusal(decider_roles, Action.DECIDE_CLERK_ABSENCE)
    return refusal or (None if decider_department == absent_department else "other_department")


def fold(events: Iterable[AbsenceEventView]) -> dict[uuid.UUID, Absence]:
    """Every absence as its events leave it; an event that does not apply is passed over."""
    absences: dict[uuid.UUID, Absence] = {}
    for e in sorted(events, key=lambda x: (x.occurred_at, str(x.absence_id))):
        current = absences.get(e.absence_id)
        if e.kind is AbsenceEventKind.REPORTED and current is None:
            absences[e.absence_id] = Absence(
                e.absence_id, e.staff_id, dt.date.fromisoformat(e.data["start"]), dt.date.fromisoformat(e.data["end"]),
                str(e.data.get("reason", "")), bool(e.data.get("late", False)), AbsenceState.REPORTED)
        elif current is not None and current.state is AbsenceState.REPORTED and e.kind is not AbsenceEventKind.REPORTED:
            state = {AbsenceEventKind.APPROVED: AbsenceState.APPROVED, AbsenceEventKind.REFUSED: AbsenceState.REFUSED,
                     AbsenceEventKind.WITHDRAWN: AbsenceState.WITHDRAWN}[e.kind]
            absences[e.absence_id] = replace(current, state=state, decided_by=e.actor_id,
                                             decision_note=str(e.data.get("note", "")))
    return absences


def standing_in_for(absences: Iterable[Absence], backups: Mapping[uuid.UUID, uuid.UUID | None], b_id: uuid.UUID,
                    day: dt.date) -> list[uuid.UUID]:
    """Whom b covers on this day: each A whose B b is and whose approved absence covers the day."""
    return sorted({a.staff_id for a in absences if a.covers(day) and backups.get(a.staff_id) == b_id}, key=str)
