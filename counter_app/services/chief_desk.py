"""The chief representative's desk (首席代表工作台): what waits for the chief, as plain data.

One function per need, each one unit of work, each for the chief's own department
only, open cases only, by deadline. The rules are the ones the case list and the
fold already apply: warning levels come from case_list (domain/deadlines), pending
extensions and rival decisions from the fold of the case's events. The actions
themselves are the ordinary steps (services/case_steps.record_step), so a decision
made here is the same fact as one made on the case page.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.case import fold
from counter_app.domain.case_state import CLOSED, HANDLING, CaseState, CaseStatus
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.case_list import NO_DUE, CaseFilter, CaseRow, Scope, page_in
from counter_app.store import cases
from counter_app.store.models import Case, Device, Staff
from counter_app.store.models import CaseEvent as CaseEventRow
from counter_app.store.uow import UnitOfWork

PAGE = 500  # the lists are read page by page until they end: a board shows every red and yellow case
_OPEN = [s.value for s in CaseStatus if s not in CLOSED]


class SignOffRow(NamedTuple):
    """A case awaiting the chief's sign-off (审批), with what the reviewer (审核) said."""

    case_no: str
    applicant_name: str
    item_name: str
    step_due: dt.date | None
    warning: WarningLevel
    suspended: bool
    reviewer: str  # who handed it to sign-off ("" when the events do not say)
    opinion: str  # the reviewer's opinion, if the review carried one


class ExtensionRow(NamedTuple):
    """A pending request to extend the statutory limit (art. 42)."""

    case_no: str
    applicant_name: str
    item_name: str
    step_due: dt.date | None
    warning: WarningLevel
    days: int
    reason: str
    requested_by: str
    requested_on: dt.date | None


class Rival(NamedTuple):
    """One of the decisions two counters made without seeing each other."""

    event_id: uuid.UUID
    label: str  # as the fold names it: "decided:granted", "decided:refused", "accepted", ...
    actor: str
    device: str
    occurred_at: dt.datetime
    reasons: str


class ConflictRow(NamedTuple):
    case_no: str
    applicant_name: str
    item_name: str
    status: str
    step_due: dt.date | None
    rivals: tuple[Rival, ...]


@dataclass(frozen=True)
class Board:
    """The department's open cases by warning level, with the red and the yellow ones listed."""

    counts: dict[WarningLevel, int]
    red: list[CaseRow] = field(default_factory=list)
    yellow: list[CaseRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _check(who: StaffSession) -> None:
    if role_refusal(who.roles, Action.SIGN_OFF):
        raise PermissionError("the chief representative's desk is for the department's chief representatives")


def _all_rows(uow: UnitOfWork, who: StaffSession, case_filter: CaseFilter, today: dt.date) -> list[CaseRow]:
    rows: list[CaseRow] = []
    while True:
        page = page_in(uow, who, case_filter, today, after=rows[-1].key if rows else None, limit=PAGE)
        rows += page
        if len(page) < PAGE:
            return rows


def sign_off_queue(uow: UnitOfWork, who: StaffSession, today: dt.date) -> list[SignOffRow]:
    """The department's cases awaiting approval, by deadline.

    A case whose decisions are in conflict is not here: it waits in conflicts() until one stands.
    """
    _check(who)
    with uow:
        listed = [r for r in _all_rows(uow, who, CaseFilter(Scope.DEPARTMENT, frozenset({"awaiting_approval"})),
                                       today) if not r.has_conflict]
        reviews = _last_reviews(uow.session, [r.case_no for r in listed])
        names = _names(uow.session, Staff, {e.actor_id for e in reviews.values()})
    queue = []
    for r in listed:
        review = reviews.get(r.case_no)
        reviewer = names.get(review.actor_id, "") if review else ""
        opinion = str(review.data.get("opinion") or "").strip() if review else ""
        queue.append(SignOffRow(r.case_no, r.applicant_name, r.item_name, r.step_due, r.warning, r.suspended,
                                reviewer, opinion))
    return queue


def _last_reviews(s: Session, case_nos: list[str]) -> dict[str, CaseEvent]:
    """Each case's latest review (审核) event: the opinion the chief signs off on."""
    found: dict[str, CaseEvent] = {}
    ids = dict(s.execute(select(Case.case_no, Case.id).where(Case.case_no.in_(case_nos))).all()) if case_nos else {}
    for case_no, case_id in ids.items():
        reviews = [e for e in cases.events_of(s, case_id) if e.kind is EventKind.REVIEWED]
        if reviews:
            found[case_no] = max(reviews, key=lambda e: e.order_key)
    return found


def extension_requests(uow: UnitOfWork, who: StaffSession, today: dt.date) -> list[ExtensionRow]:
    """The department's cases with an extension request waiting for the chief, by deadline."""
    _check(who)
    with uow:
        s = uow.session
        ids = s.scalars(select(Case.id).join(CaseEventRow, CaseEventRow.case_id == Case.id).where(
            Case.department_id == who.department_id, Case.status.in_([h.value for h in HANDLING]),
            CaseEventRow.kind == EventKind.EXTENSION_REQUESTED.value).distinct()).all()
        pending = [(state, events) for state, events in _folded(s, ids) if state.extension_pending]
        rows = _case_rows(uow, who, today, [state.case_no for state, _events in pending])
        requests = {state.case_no: _request_event(state, events) for state, events in pending}
        names = _names(s, Staff, {e.actor_id for e in requests.values() if e is not None})
    result = []
    for state, _events in pending:
        row, event = rows[state.case_no], requests[state.case_no]
        asked = state.extra.get("extension_request", {})
        result.append(ExtensionRow(row.case_no, row.applicant_name, row.item_name, row.step_due, row.warning,
                                   int(asked.get("days", 0)), str(asked.get("reason", "")),
                                   names.get(event.actor_id, "") if event else "", event.day if event else None))
    return sorted(result, key=lambda r: (r.step_due or NO_DUE, r.case_no))


def _request_event(state: CaseState, events: list[CaseEvent]) -> CaseEvent | None:
    applied = set(state.applied)
    asked = [e for e in events if e.kind is EventKind.EXTENSION_REQUESTED and e.id in applied]
    return max(asked, key=lambda e: e.order_key) if asked else None


def conflicts(uow: UnitOfWork, who: StaffSession, today: dt.date) -> list[ConflictRow]:
    """The department's open cases with rival decisions, each rival named; by deadline."""
    _check(who)
    with uow:
        s = uow.session
        ids = s.scalars(select(Case.id).where(Case.department_id == who.department_id, Case.has_conflict.is_(True),
                                              Case.status.in_(_OPEN))).all()
        folded = [(state, events) for state, events in _folded(s, ids) if state.has_conflict]
        rows = _case_rows(uow, who, today, [state.case_no for state, _events in folded])
        everyone = [e for _state, events in folded for e in events]
        people = _names(s, Staff, {e.actor_id for e in everyone})
        devices = _names(s, Device, {e.device_id for e in everyone}, column="code")
    result = []
    for state, events in folded:
        by_id = {e.id: e for e in events}
        rivals = tuple(Rival(i, label, people.get(by_id[i].actor_id, "?"), devices.get(by_id[i].device_id, "?"),
                             by_id[i].occurred_at, str(by_id[i].data.get("reasons") or by_id[i].data.get("reason")
                                                        or ""))
                       for c in state.conflicts for i, label in zip(c.event_ids, c.kinds, strict=True))
        row = rows[state.case_no]
        result.append(ConflictRow(row.case_no, row.applicant_name, row.item_name, state.status.value, row.step_due,
                                  rivals))
    return sorted(result, key=lambda r: (r.step_due or NO_DUE, r.case_no))


def board(uow: UnitOfWork, who: StaffSession, today: dt.date) -> Board:
    """Counts of the department's open cases by warning level; the red and yellow ones listed by deadline."""
    _check(who)
    with uow:
        listed = {level: [r for r in _all_rows(uow, who, CaseFilter(Scope.DEPARTMENT, warning=level), today)
                          if r.warning is level]
                  for level in (WarningLevel.RED, WarningLevel.YELLOW)}
        open_cases = uow.session.scalar(select(func.count()).select_from(Case).where(
            Case.department_id == who.department_id, Case.status.in_(_OPEN))) or 0
    red, yellow = listed[WarningLevel.RED], listed[WarningLevel.YELLOW]
    counts = {WarningLevel.NORMAL: open_cases - len(red) - len(yellow), WarningLevel.YELLOW: len(yellow),
              WarningLevel.RED: len(red)}
    return Board(counts, red, yellow)


def _folded(s: Session, ids: Iterable[uuid.UUID]) -> list[tuple[CaseState, list[CaseEvent]]]:
    found = []
    for case_id in ids:
        events = cases.events_of(s, case_id)
        found.append((fold(events), events))
    return found


def _case_rows(uow: UnitOfWork, who: StaffSession, today: dt.date, case_nos: list[str]) -> dict[str, CaseRow]:
    """The list's rows of these cases (applicant, item, step due and warning as the case list shows them)."""
    wanted = set(case_nos)
    found: dict[str, CaseRow] = {}
    for case_no in sorted(wanted):
        for row in page_in(uow, who, CaseFilter(Scope.DEPARTMENT, search=case_no), today, limit=5):
            if row.case_no in wanted:
                found[row.case_no] = row
    return found


def _names(s: Session, table: type, ids: set[uuid.UUID], column: str = "name") -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    attribute = getattr(table, column)
    return dict(s.execute(select(table.id, attribute).where(table.id.in_(ids))).all())  # type: ignore[attr-defined]
