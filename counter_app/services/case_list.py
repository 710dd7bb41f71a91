"""The case list (办件列表): one page at a time by deadline, searched and filtered on indexes.

Over a million cases the plan matters more than the code. A search first counts
its matches on its own index (index-only, capped), then takes one of three routes:

- few matches: the search index leads, the matches are sorted by deadline;
- a few thousand: the scope's deadline index is walked in order, and each entry
  is checked against the set of matching row ids, without reading its row;
- many: the deadline index is walked and each row's own columns are checked.

SQLite is told which index to leave alone with a unary +. Each shape of query
is built and compiled once and runs with plain values (store/prepared.py).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import re
import uuid
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.deadlines import DEFAULT_YELLOW_DAYS, WarningLevel, warning_levels, yellow_threshold
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.absences import standing_in_for
from counter_app.services.calendar import hall_calendar, operating_rules, reference_version
from counter_app.store.models import AgencyHelpEvent, Case, Item, Staff
from counter_app.store.prepared import Prepared, Row
from counter_app.store.uow import UnitOfWork

NO_DUE = dt.date.max
# Routes by the number of matches in the hall (measured on 1,000,000 cases, issue 3).
LEAD_BELOW = 3000  # the search index leads
WALK_FROM = 12000  # from here, walking the deadline index and reading each row is cheapest
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U000323af]")


class Scope(enum.StrEnum):
    MINE = "mine"  # 我的办件
    DEPARTMENT = "department"  # 本部门
    WINDOW = "window"  # 本窗口收件 (the comprehensive window's receipts)
    HALL = "hall"  # every case (hall administrators, support)
    HELPING = "helping"  # 我代办的: the cases I help with (代办帮办), help not ended


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
    # With Scope.MINE: whose queue. Another person's only for their B during their approved absence.
    for_staff: uuid.UUID | None = None


class CaseRow(NamedTuple):
    """One line of the list; a named tuple, since a page builds a hundred of them at a time."""

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
        return page_in(uow, who, case_filter, today, after=after, limit=limit)


def page_in(uow: UnitOfWork, who: StaffSession | None, case_filter: CaseFilter, today: dt.date, *,
            after: tuple[dt.date, str] | None = None, limit: int = 100) -> list[CaseRow]:
    """list_cases inside a unit of work the caller already has open (a desk reading several lists at once)."""
    if case_filter.scope is not Scope.HALL and who is None:
        raise ValueError("only the hall-wide list works without a logged-in person")
    if case_filter.scope is Scope.HALL and who is not None and role_refusal(who.roles, Action.SEE_HALL_CASES):
        raise PermissionError("the whole hall's cases are for the hall administrator")
    db = uow.connection()
    if who is not None and case_filter.for_staff not in (None, who.staff_id):
        _check_cover(uow, who, case_filter.for_staff, today)
    version = reference_version(db)  # read once: every list call pays for each statement
    calendar, yellow_days = hall_calendar(db, version), operating_rules(db, version).yellow_days
    query = _Query(who, case_filter, calendar, today, hints=db.dialect.name == "sqlite", yellow_days=yellow_days)
    if query.kind not in (None, SearchKind.CASE_NO):
        matches = _probe(query.kind).scalar(db, lo=query.values["lo"], hi=query.values["hi"]) or 0
        query.route = "lead" if matches < LEAD_BELOW else "within" if matches < WALK_FROM else "walk"
    return _rows(query.page(db, after, limit), calendar, today, yellow_days)


class _Shape(NamedTuple):
    """Everything that changes the SQL of a page query (the values do not); a tuple, hashed at every call."""

    scope: Scope
    statuses: int
    warning: WarningLevel | None
    kind: SearchKind | None
    route: str  # "walk", "lead" or "within" (see the module's docstring)
    with_due: bool  # phase one: cases with a deadline; phase two: those without
    after: bool
    hints: bool  # SQLite: unary + and rowid


class _Query:
    """A page's values and the shape of its queries."""

    def __init__(self, who: StaffSession | None, f: CaseFilter, calendar: HallCalendar, today: dt.date, *,
                 hints: bool, yellow_days: int = DEFAULT_YELLOW_DAYS) -> None:
        self.f, self.hints, self.route = f, hints, "walk"
        self.kind = search_kind(f.search)
        self.values: dict[str, Any] = {"today": today}
        if who is not None:
            self.values["who"] = {Scope.MINE: f.for_staff or who.staff_id, Scope.DEPARTMENT: who.department_id,
                                  Scope.WINDOW: who.window_number, Scope.HELPING: who.staff_id}.get(f.scope)
        self.values.update({f"s{i}": status for i, status in enumerate(sorted(f.statuses))})
        if f.warning is WarningLevel.YELLOW:
            self.values["yellow"] = yellow_threshold(calendar, today, yellow_days=yellow_days)
        if self.kind is not None:
            self.values["lo"] = _search_key(self.kind, f.search)
            self.values["hi"] = self.values["lo"] + "\U0010ffff"

    def page(self, db: Any, after: tuple[dt.date, str] | None, limit: int) -> list[Row]:
        found: list[Row] = []
        # Phase one walks cases with a deadline, phase two those without.
        if after is None or after[0] != NO_DUE:
            found = self._run(db, True, after, limit)
        if len(found) < limit and self.f.warning is None:
            found += self._run(db, False, after if after is not None and after[0] == NO_DUE else None,
                               limit - len(found))
        return found

    def _run(self, db: Any, with_due: bool, after: tuple[dt.date, str] | None, limit: int) -> list[Row]:
        shape = _Shape(self.f.scope, len(self.f.statuses), self.f.warning, self.kind, self.route, with_due,
                       after is not None, self.hints)
        extra = {"limit": limit}
        if after is not None:
            extra.update(after_due=after[0], after_no=after[1])
        return _statement(shape).rows(db, **self.values, **extra)


def _check_cover(uow: UnitOfWork, who: StaffSession, holder: uuid.UUID | None, today: dt.date) -> None:
    if holder not in standing_in_for(uow.session, who.staff_id, today):
        raise PermissionError("another person's queue is open only to their B during their approved absence")


def _search_key(kind: SearchKind, text: str) -> str:
    t = text.strip()
    if kind is SearchKind.CASE_NO:
        return t.upper()
    if kind is SearchKind.ID_TAIL:
        return t.upper()[::-1]
    if kind is SearchKind.PINYIN:
        return "".join(t.lower().split())
    return t


_SEARCHED = {
    SearchKind.CASE_NO: ("case_no",),
    # The identity number reversed: "last digits" become an index prefix.
    SearchKind.ID_TAIL: ("id_reversed",),
    SearchKind.NAME: ("applicant_name",),
    SearchKind.PINYIN: ("applicant_pinyin", "applicant_initials"),
}
_LO, _HI = bindparam("lo", type_=String), bindparam("hi", type_=String)


def _prefix(column: Any) -> Any:
    # A range, not LIKE: SQLite's LIKE is case-insensitive and would not use the index.
    return and_(column >= _LO, column < _HI)


def _no_index(column: Any) -> Any:
    """+column: the same value, but SQLite will not pick an index on it for this term."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


@functools.cache
def _probe(kind: SearchKind) -> Prepared:
    """How many cases match, counted on the search indexes alone, up to WALK_FROM per index."""
    counts = [select(func.count()).select_from(
        select(literal_column("1")).where(_prefix(Case.__table__.c[name])).limit(WALK_FROM).subquery()
    ).scalar_subquery() for name in _SEARCHED[kind]]
    return Prepared(select(functools.reduce(operator.add, counts)))


def _search_terms(shape: _Shape) -> list[Any]:
    if shape.kind is None:
        return []
    names = _SEARCHED[shape.kind]
    if shape.route == "within":
        # The matching row ids, from the search indexes only; the deadline index is walked against them.
        m = Case.__table__.alias("m")
        key = literal_column("m.rowid") if shape.hints else m.c.id
        ids = [select(key).select_from(m).where(_prefix(m.c[name])) for name in names]
        outer = _no_index(literal_column("case_file.rowid")) if shape.hints else Case.id
        return [outer.in_(union_all(*ids) if len(ids) > 1 else ids[0])]
    hide = shape.hints and shape.route == "walk" and shape.kind is not SearchKind.CASE_NO
    return [or_(*(_prefix(_no_index(c) if hide else c) for c in (Case.__table__.c[n] for n in names)))]


@functools.lru_cache(maxsize=256)
def _statement(shape: _Shape) -> Prepared:
    lead = shape.route == "lead" and shape.hints

    def scoped(column: Any) -> Any:
        return _no_index(column) if lead else column

    due = scoped(Case.step_due)
    q = _BASE
    scope_column = {Scope.MINE: Case.holder_id, Scope.DEPARTMENT: Case.department_id,
                    Scope.WINDOW: Case.window_number}.get(shape.scope)
    if scope_column is not None:
        q = q.where(scoped(scope_column) == bindparam("who", type_=scope_column.type))
    elif shape.scope is Scope.HELPING:
        q = q.where(Case.id.in_(_helped_by(bindparam("who", type_=Case.id.type))))
    if shape.statuses:
        q = q.where(Case.status.in_([bindparam(f"s{i}", type_=String) for i in range(shape.statuses)]))
    today = bindparam("today", type_=Date)
    if shape.warning is WarningLevel.RED:
        q = q.where(due < today)
    elif shape.warning is WarningLevel.YELLOW:
        q = q.where(due >= today, due <= bindparam("yellow", type_=Date))
    q = q.where(*_search_terms(shape))
    after_no = bindparam("after_no", type_=String)
    if shape.with_due:
        q = q.where(due.is_not(None))
        if shape.after:
            after_due = bindparam("after_due", type_=Date)
            q = q.where(or_(due > after_due, and_(due == after_due, Case.case_no > after_no)))
        q = q.order_by(due, Case.case_no)
    else:
        # The same hint here: without it SQLite walks every case without a deadline.
        q = q.where(due.is_(None))
        if shape.after:
            q = q.where(Case.case_no > after_no)
        q = q.order_by(Case.case_no)
    return Prepared(q.limit(bindparam("limit", type_=Integer)))


def _helped_by(who: Any) -> Any:
    """The cases whose agency help this person started and nobody has ended since (代办中)."""
    started, ended = AgencyHelpEvent.__table__.alias("h"), AgencyHelpEvent.__table__.alias("e")
    return select(started.c.case_id).where(
        started.c.kind == "started", started.c.staff_id == who,
        ~select(literal_column("1")).where(ended.c.case_id == started.c.case_id, ended.c.kind == "ended",
                                           ended.c.staff_id == started.c.staff_id,
                                           ended.c.occurred_at >= started.c.occurred_at).exists())


def _masked(number: Any) -> Any:
    """domain.applicant.mask_id in SQL (tests/test_case_list_mask.py holds the two equal).

    The list shows identity numbers masked, so the full number need not leave the
    store for it; and masking a hundred numbers in the query costs less than in Python.
    The constants are written into the SQL: as bound values they would cost every call.
    """
    def k(value: int) -> Any:
        return literal_column(str(value), Integer)

    n, stars = func.length(number), literal_column("'" + "*" * 40 + "'", String)  # the column holds 40 at most

    def part(text: Any, start: Any, length: Any = None) -> Any:
        args = (text, start) if length is None else (text, start, length)
        return func.substr(*args, type_=String)

    def upper(text: Any) -> Any:
        return func.upper(text, type_=String)

    return func.coalesce(case(
        (n >= k(11), upper(part(number, k(1), k(6))) + part(stars, k(1), n - k(10)) + upper(part(number, n - k(3)))),
        (n > k(2), part(stars, k(1), n - k(2)) + upper(part(number, n - k(1)))),
        else_=part(stars, k(1), n),
    ), literal_column("''", String))


_HOLDER = aliased(Staff, name="holder")
_BASE = (
    select(Case.case_no, Case.applicant_name, _masked(Case.applicant_id_no), Item.name, Case.status, Case.suspended,
           Case.has_conflict, Case.step_due, Case.intake_due, _HOLDER.name, Case.received_on)
    .join(Item, Item.id == Case.item_id).outerjoin(_HOLDER, _HOLDER.id == Case.holder_id)
)


def _rows(found: list[Row], calendar: HallCalendar, today: dt.date, yellow_days: int) -> list[CaseRow]:
    # A page is a hundred rows, each made as the tuple it is (a named tuple's own __new__ costs twice that).
    level = warning_levels(calendar, today, yellow_days=yellow_days)
    normal = WarningLevel.NORMAL
    make = tuple.__new__
    return [
        make(CaseRow, (case_no, name, masked_id, item_name, status, suspended, conflict, step_due,
                       normal if suspended else level(step_due),
                       status == "received" and intake_due is not None and today > intake_due, holder_name,
                       received_on))
        for (case_no, name, masked_id, item_name, status, suspended, conflict, step_due, intake_due, holder_name,
             received_on) in found
    ]
