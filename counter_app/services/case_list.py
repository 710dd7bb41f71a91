"""The case list (办件列表): one page at a time by deadline, searched and filtered on indexes.

Over a million cases the plan matters more than the code: a selective search
(an ID tail, a name, a pinyin prefix) must start from its own index, while a
broad one is best served by walking the scope's deadline index in order. The
query asks the search index how many rows match (at most a few thousand, an
index-only count) and tells SQLite which index to leave alone with a unary +.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from counter_app.domain.applicant import mask_id
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.deadlines import WarningLevel, warning_level, yellow_threshold
from counter_app.domain.login import StaffSession
from counter_app.services.calendar import hall_calendar
from counter_app.store.models import Case, Item, Staff
from counter_app.store.uow import UnitOfWork

NO_DUE = dt.date.max
SELECTIVE = 5000  # matches below which the search index leads
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
    if case_filter.scope is not Scope.HALL and who is None:
        raise ValueError("only the hall-wide list works without a logged-in person")
    with uow:
        s = uow.session
        calendar = hall_calendar(s)
        plan = _Plan(s, who, case_filter, calendar, today)
        return [_row(r, calendar, today) for r in plan.page(after, limit)]


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    # A range, not LIKE: SQLite's LIKE is case-insensitive and would not use the index.
    return and_(column >= text, column < text + "\U0010ffff")


def _no_index(column: Any) -> Any:
    """+column: the same value, but SQLite will not pick an index on it for this term."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _search_terms(text: str, hide: bool) -> list[ColumnElement[bool]]:
    kind = search_kind(text)
    t = text.strip()
    col = _no_index if hide else (lambda c: c)
    if kind is SearchKind.CASE_NO:
        return [_prefix(Case.case_no, t.upper())]
    if kind is SearchKind.ID_TAIL:
        return [_prefix(col(Case.id_reversed), t.upper()[::-1])]
    if kind is SearchKind.NAME:
        return [_prefix(col(Case.applicant_name), t)]
    if kind is SearchKind.PINYIN:
        key = "".join(t.lower().split())
        return [or_(_prefix(col(Case.applicant_pinyin), key), _prefix(col(Case.applicant_initials), key))]
    return []


class _Plan:
    """The two keyset queries of one page, with the index choice made once."""

    def __init__(self, s: Session, who: StaffSession | None, f: CaseFilter, calendar: HallCalendar,
                 today: dt.date) -> None:
        self.who, self.f, self.calendar, self.today = who, f, calendar, today
        # Plain column rows: Core on the session's connection skips the ORM's per-statement work.
        self.db = s.connection()
        kind = search_kind(f.search)
        self.search_leads = False
        if kind in (SearchKind.ID_TAIL, SearchKind.NAME, SearchKind.PINYIN):
            matching = select(Case.id).where(*_search_terms(f.search, hide=False)).limit(SELECTIVE).subquery()
            self.search_leads = (self.db.scalar(select(func.count()).select_from(matching)) or 0) < SELECTIVE
        self.terms = _search_terms(f.search, hide=not self.search_leads and kind is not SearchKind.CASE_NO)
        self.due = _no_index(Case.step_due) if self.search_leads else Case.step_due

    def page(self, after: tuple[dt.date, str] | None, limit: int) -> list[Any]:
        found: list[Any] = []
        # Phase one walks cases with a deadline, phase two those without.
        if after is None or after[0] != NO_DUE:
            q = self._base().where(self.due.is_not(None))
            if after is not None:
                q = q.where(or_(self.due > after[0], and_(self.due == after[0], Case.case_no > after[1])))
            found = list(self.db.execute(q.order_by(self.due, Case.case_no).limit(limit)).all())
        if len(found) < limit and self.f.warning is None:
            # The same hint here: without it SQLite walks every case without a deadline.
            q = self._base().where(self.due.is_(None))
            if after is not None and after[0] == NO_DUE:
                q = q.where(Case.case_no > after[1])
            found += self.db.execute(q.order_by(Case.case_no).limit(limit - len(found))).all()
        return found

    def _base(self) -> Select[Any]:
        q = _BASE
        scoped = _no_index if self.search_leads else (lambda c: c)
        who, f = self.who, self.f
        if f.scope is Scope.MINE:
            q = q.where(scoped(Case.holder_id) == who.staff_id)  # type: ignore[union-attr]
        elif f.scope is Scope.DEPARTMENT:
            q = q.where(scoped(Case.department_id) == who.department_id)  # type: ignore[union-attr]
        elif f.scope is Scope.WINDOW:
            q = q.where(scoped(Case.window_number) == who.window_number)  # type: ignore[union-attr]
        if f.statuses:
            q = q.where(Case.status.in_(sorted(f.statuses)))
        if f.warning is WarningLevel.RED:
            q = q.where(self.due < self.today)
        elif f.warning is WarningLevel.YELLOW:
            q = q.where(self.due >= self.today, self.due <= yellow_threshold(self.calendar, self.today))
        return q.where(*self.terms)


_HOLDER = aliased(Staff, name="holder")
# Built once: constructing a select with joins costs more than running the indexed query.
_BASE: Select[Any] = (
    select(Case.case_no, Case.applicant_name, Case.applicant_id_no, Item.name, Case.status, Case.suspended,
           Case.has_conflict, Case.step_due, Case.intake_due, _HOLDER.name, Case.received_on)
    .join(Item, Item.id == Case.item_id).outerjoin(_HOLDER, _HOLDER.id == Case.holder_id)
)


def _row(r: Any, calendar: HallCalendar, today: dt.date) -> CaseRow:
    (case_no, name, id_no, item_name, status, suspended, conflict, step_due, intake_due, holder_name,
     received_on) = r
    warning = WarningLevel.NORMAL
    if step_due is not None and not suspended:
        warning = warning_level(calendar, today, step_due)
    deemed = status == "received" and intake_due is not None and today > intake_due
    return CaseRow(case_no, name, mask_id(id_no or ""), item_name, status, suspended, conflict, step_due,
                   warning, deemed, holder_name, received_on)
