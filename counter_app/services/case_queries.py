"""Read models for the case list and the case detail: plain data, no ORM objects."""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from counter_app.domain.applicant import mask_id
from counter_app.domain.calendar import HallCalendar
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
from counter_app.domain.deadlines import WarningLevel, warning_level, yellow_threshold
from counter_app.domain.events import CaseEvent as Event
from counter_app.domain.events import EventKind
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import step_refusal
from counter_app.services.calendar import hall_calendar
from counter_app.store import cases
from counter_app.store.models import Case, Device, Item, Staff
from counter_app.store.uow import UnitOfWork

NO_DUE = dt.date.max
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U000323af]")


class Scope(enum.StrEnum):
    MINE = "mine"  # 我的办件
    DEPARTMENT = "department"  # 本部门
    WINDOW = "window"  # 本窗口收件 (the comprehensive window's receipts)
    HALL = "hall"  # every case (hall administrators, support)


class SearchKind(enum.StrEnum):
    CASE_NO = "case_no"
    ID_TAIL = "id_tail"
    NAME = "name"
    PINYIN = "pinyin"


@dataclass(frozen=True)
class CaseFilter:
    scope: Scope = Scope.MINE
    statuses: frozenset[str] = frozenset()
    warning: WarningLevel | None = None
    search: str = ""


@dataclass(frozen=True)
class CaseRow:
    case_no: str
    applicant_name: str
    masked_id: str
    item_name: str
    status: str
    suspended: bool
    has_conflict: bool
    step_due: dt.date | None
    warning: WarningLevel
    deemed_accepted: bool
    holder_name: str | None
    received_on: dt.date

    @property
    def key(self) -> tuple[dt.date, str]:
        return (self.step_due or NO_DUE, self.case_no)


def search_kind(text: str) -> SearchKind | None:
    q = text.strip()
    if not q:
        return None
    if _CJK.search(q):
        return SearchKind.NAME
    if re.fullmatch(r"\d{1,6}[Xx]?|\d{0,5}[Xx]", q):
        return SearchKind.ID_TAIL
    if re.fullmatch(r"[\dA-Za-z-]+", q) and any(ch.isdigit() for ch in q):
        return SearchKind.CASE_NO
    return SearchKind.PINYIN


def list_cases(uow: UnitOfWork, who: StaffSession | None, case_filter: CaseFilter, today: dt.date, *,
               after: tuple[dt.date, str] | None = None, limit: int = 100) -> list[CaseRow]:
    """One page of the queue, by deadline (no deadline last), after the given key."""
    with uow:
        s = uow.session
        calendar = hall_calendar(s)
        rows = _page(s, who, case_filter, calendar, today, after, limit)
        return [_row(r, calendar, today) for r in rows]


def _page(s: Session, who: StaffSession | None, f: CaseFilter, calendar: HallCalendar, today: dt.date,
          after: tuple[dt.date, str] | None, limit: int) -> list[Any]:
    found: list[Any] = []
    # Phase one walks cases with a deadline, phase two those without: both are index range scans.
    if after is None or after[0] != NO_DUE:
        q = _query(who, f, calendar, today).where(Case.step_due.is_not(None))
        if after is not None:
            q = q.where(or_(Case.step_due > after[0], and_(Case.step_due == after[0], Case.case_no > after[1])))
        found = list(s.execute(q.order_by(Case.step_due, Case.case_no).limit(limit)).all())
    if len(found) < limit and f.warning is None:
        q = _query(who, f, calendar, today).where(Case.step_due.is_(None))
        if after is not None and after[0] == NO_DUE:
            q = q.where(Case.case_no > after[1])
        found += s.execute(q.order_by(Case.case_no).limit(limit - len(found))).all()
    return found


def _query(who: StaffSession | None, f: CaseFilter, calendar: HallCalendar, today: dt.date) -> Select[Any]:
    holder = aliased(Staff)
    q = (select(Case, Item.name, holder.name).join(Item, Item.id == Case.item_id)
         .outerjoin(holder, holder.id == Case.holder_id))
    if f.scope is not Scope.HALL and who is None:
        raise ValueError("only the hall-wide list works without a logged-in person")
    if f.scope is Scope.MINE:
        q = q.where(Case.holder_id == who.staff_id)  # type: ignore[union-attr]
    elif f.scope is Scope.DEPARTMENT:
        q = q.where(Case.department_id == who.department_id)  # type: ignore[union-attr]
    elif f.scope is Scope.WINDOW:
        q = q.where(Case.window_number == who.window_number)  # type: ignore[union-attr]
    if f.statuses:
        q = q.where(Case.status.in_(sorted(f.statuses)))
    if f.warning is WarningLevel.RED:
        q = q.where(Case.step_due < today)
    elif f.warning is WarningLevel.YELLOW:
        q = q.where(Case.step_due >= today, Case.step_due <= yellow_threshold(calendar, today))
    return _search(q, f.search)


def _prefix(column: Any, text: str) -> Any:
    # A range, not LIKE: SQLite's LIKE is case-insensitive and would not use the index.
    return and_(column >= text, column < text + "\U0010ffff")


def _search(q: Select[Any], text: str) -> Select[Any]:
    kind = search_kind(text)
    t = text.strip()
    if kind is SearchKind.CASE_NO:
        return q.where(_prefix(Case.case_no, t.upper()))
    if kind is SearchKind.ID_TAIL:
        return q.where(_prefix(Case.id_reversed, t.upper()[::-1]))
    if kind is SearchKind.NAME:
        return q.where(_prefix(Case.applicant_name, t))
    if kind is SearchKind.PINYIN:
        key = "".join(t.lower().split())
        return q.where(or_(_prefix(Case.applicant_pinyin, key), _prefix(Case.applicant_initials, key)))
    return q


def _row(r: Any, calendar: HallCalendar, today: dt.date) -> CaseRow:
    case, item_name, holder_name = r
    warning = WarningLevel.NORMAL
    if case.step_due is not None and not case.suspended:
        warning = warning_level(calendar, today, case.step_due)
    deemed = case.status == "received" and case.intake_due is not None and today > case.intake_due
    return CaseRow(case.case_no, case.applicant_name, mask_id(case.applicant_id_no or ""), item_name,
                   case.status, case.suspended, case.has_conflict, case.step_due, warning, deemed,
                   holder_name, case.received_on)


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
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        if case_id is None:
            return None
        events = cases.events_of(s, case_id)
        state = fold(events)
        calendar = hall_calendar(s)
        t = timing(state, calendar)
        return CaseDetail(
            state=state, timing=t,
            step_warning=step_warning(state, t, calendar, today),
            case_warning=case_warning(state, t, calendar, today),
            deemed_accepted=deemed_accepted(state, t, today),
            next_steps=_allowed(state, who, s.scalar(select(Case.department_id).where(Case.id == case_id))),
            timeline=_timeline(s, events, state),
            clock_starts=effective_acceptance(state, calendar),
            intake_days=intake_working_days(state, calendar),
        )


def _allowed(state: CaseState, who: StaffSession | None, department_id: uuid.UUID | None) -> tuple[EventKind, ...]:
    steps = next_steps(state)
    if who is None:
        return steps
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
