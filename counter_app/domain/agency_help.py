"""Agency help (代办帮办): a member of staff handles a case for the applicant (an elderly or disabled
person, someone far away), from a start to an end, with a note of each thing done for them.

A case's help is a fold of its events: started (who helps, and why), noted (what was done),
ended (how it ended). One helper at a time: to hand over, the help is ended and started again.

Who may help: staff of the case's department, or a clerk of the comprehensive window that received
the case for the department (综合窗口, where the hall's agency-help desk sits): they know the case and
can see it in their lists. A chief representative of the department may put a colleague in as the
helper; everyone else starts help only as themselves. The helper and the department's chief
representatives note and end it.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from counter_app.domain.permissions import CHIEFS, DEPARTMENT_STAFF
from counter_app.domain.staff import Role

NOTE_MAX = 300


class HelpKind(enum.StrEnum):
    STARTED = "started"
    NOTED = "noted"
    ENDED = "ended"


class HelpState(enum.StrEnum):
    NONE = "none"
    ACTIVE = "active"  # 代办中
    ENDED = "ended"


@dataclass(frozen=True)
class HelpEvent:
    id: uuid.UUID
    kind: HelpKind
    helper_id: uuid.UUID
    actor_id: uuid.UUID
    occurred_at: dt.datetime
    note: str


@dataclass(frozen=True)
class AgencyHelp:
    state: HelpState
    helper_id: uuid.UUID | None
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    events: tuple[HelpEvent, ...]  # the whole record, oldest first


@dataclass(frozen=True)
class Person:
    staff_id: uuid.UUID
    roles: frozenset[Role]
    department_id: uuid.UUID | None
    window_number: int | None


@dataclass(frozen=True)
class CaseFacts:
    department_id: uuid.UUID
    window_number: int | None  # where it was received
    channel: str  # "window", or "comprehensive" when received for the department
    closed: bool


def fold(events: Iterable[HelpEvent]) -> AgencyHelp:
    """The help as its events leave it; two starts made offline at once: the later one helps."""
    ordered = tuple(sorted(events, key=lambda e: (e.occurred_at, e.id)))
    state, helper, started, ended = HelpState.NONE, None, None, None
    for e in ordered:
        if e.kind is HelpKind.STARTED:
            state, helper, started, ended = HelpState.ACTIVE, e.helper_id, e.occurred_at, None
        elif e.kind is HelpKind.ENDED and state is HelpState.ACTIVE and e.helper_id == helper:
            state, ended = HelpState.ENDED, e.occurred_at
    return AgencyHelp(state, helper, started, ended, ordered)


def may_help(person: Person, case: CaseFacts) -> bool:
    """Staff of the case's department, or of the comprehensive window that received it."""
    if person.roles & DEPARTMENT_STAFF and person.department_id == case.department_id:
        return True
    return (Role.COMPREHENSIVE_CLERK in person.roles and case.channel == "comprehensive"
            and person.window_number is not None and person.window_number == case.window_number)


def _chief_of(person: Person, case: CaseFacts) -> bool:
    return bool(person.roles & CHIEFS) and person.department_id == case.department_id


def start_refusal(help_: AgencyHelp, actor: Person, helper: Person, case: CaseFacts) -> tuple[str, str] | None:
    """Why this start is refused, as (field, code), or None."""
    if help_.state is HelpState.ACTIVE:
        return "case", "already_helped"
    if case.closed:
        return "case", "case_closed"
    if helper.staff_id != actor.staff_id and not _chief_of(actor, case):
        return "helper", "not_your_staff"
    if not may_help(helper, case):
        return "helper", "not_case_staff"
    return None


def follow_refusal(help_: AgencyHelp, actor: Person, case: CaseFacts) -> tuple[str, str] | None:
    """Why this person may not note or end the case's help, as (field, code), or None."""
    if help_.state is not HelpState.ACTIVE:
        return "case", "not_helped"
    if actor.staff_id != help_.helper_id and not _chief_of(actor, case):
        return "case", "not_the_helper"
    return None
