"""The chief representative's follow-up of bad ratings (差评整改): list, note, close.

Only the department's own chief representatives (A and B) see and act on its follow-ups.
Notes and the closing are facts (follow_up_event), synced like every other fact.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import follow_ups as rules
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_time
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.follow_ups import BadRating, FollowUp, FollowUpEventView, FollowUpKind, FollowUpState
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.ratings import VisitKind
from counter_app.services.calendar import hall_calendar, operating_rules
from counter_app.services.facts import append_fact
from counter_app.services.ratings import visit_kind
from counter_app.store.models import Case, Consultation, FollowUpEvent, Item, Rating, ServiceWindow, Staff
from counter_app.store.uow import UnitOfWork

BAD_AT_MOST = 4  # OperatingRules.check: bad_rating_max_level is 1 to 4


@dataclass(frozen=True)
class FollowUpRow:
    rating_id: uuid.UUID
    staff_name: str
    window_number: int | None
    level: int
    rated_at: dt.datetime  # hall time
    kind: VisitKind
    what: str  # the case number, or the consultation's item
    comment: str
    due: dt.date
    warning: WarningLevel
    state: FollowUpState
    notes: tuple[str, ...]
    closed_on: dt.date | None
    rectification: str


def follow_ups(uow: UnitOfWork, who: StaffSession, today: dt.date, *, closed: bool = False) -> list[FollowUpRow]:
    """The department's open follow-ups by due day (with closed=True, the closed ones too)."""
    _require(who)
    with uow:
        s = uow.session
        found = department_follow_ups(s, who.department_id)
        calendar, yellow = hall_calendar(s), operating_rules(s).yellow_days
        ratings = {r.id: r for r in s.scalars(select(Rating).where(Rating.id.in_(list(found))))}
        names = dict(s.execute(select(Staff.id, Staff.name)).all())
        windows = dict(s.execute(select(ServiceWindow.id, ServiceWindow.number)).all())
        cases = dict(s.execute(select(Case.id, Case.case_no).where(
            Case.id.in_([r.case_id for r in ratings.values() if r.case_id]))).all())
        visits = dict(s.execute(select(Consultation.id, Item.name).outerjoin(Item, Item.id == Consultation.item_id)
                                .where(Consultation.id.in_([r.visit_id for r in ratings.values() if r.visit_id])))
                      .all())
        rows = []
        for f in found.values():
            if f.state is FollowUpState.CLOSED and not closed:
                continue
            r = ratings[f.rating.rating_id]
            rows.append(FollowUpRow(
                r.id, names.get(r.staff_id, "?"), windows.get(r.window_id), r.level, hall_time(r.occurred_at),
                visit_kind(r), cases.get(r.case_id) or visits.get(r.visit_id) or "",
                str(r.data.get("comment", "")), f.due, f.warning(calendar, today, yellow), f.state,
                tuple(n.text for n in f.notes), f.closed_on, f.rectification))
    return sorted(rows, key=lambda row: (row.state is FollowUpState.CLOSED, row.due, row.rated_at))


def note(uow: UnitOfWork, who: StaffSession, rating_id: uuid.UUID, text: str, now: dt.datetime) -> list[FieldError]:
    """A note on what the follow-up found or did so far (跟进记录)."""
    return _record(uow, who, rating_id, FollowUpKind.NOTED, text, now)


def close(uow: UnitOfWork, who: StaffSession, rating_id: uuid.UUID, text: str, now: dt.datetime) -> list[FieldError]:
    """The rectification done (整改完成), in words: the follow-up closes."""
    return _record(uow, who, rating_id, FollowUpKind.CLOSED, text, now)


def _record(uow: UnitOfWork, who: StaffSession, rating_id: uuid.UUID, kind: FollowUpKind, text: str,
            now: dt.datetime) -> list[FieldError]:
    _require(who)
    cleaned, errors = rules.text_errors(text, kind)
    with uow:
        s = uow.session
        follow_up = _one(s, rating_id)
        refusal = rules.refusal(who.roles, who.department_id, follow_up)
        if refusal:
            errors.insert(0, FieldError("follow_up", refusal))
        if errors:
            return errors
        append_fact(s, FollowUpEvent(rating_id=rating_id, kind=kind.value, actor_id=who.staff_id,
                                     device_id=who.device_id, occurred_at=now, data={"text": cleaned}), now)
        uow.commit()
        return []


def _require(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.FOLLOW_UP_RATING)
    if refusal:
        raise PermissionError(refusal)


def bad_rating(r: Rating) -> BadRating | None:
    """The rating as a bad one, or None when it opened no follow-up."""
    if not r.data.get("bad"):
        return None
    department = r.data.get("department_id")
    return BadRating(r.id, r.staff_id, uuid.UUID(department) if department else None, r.level, r.occurred_at,
                     int(r.data.get("follow_up_days", OperatingRules().follow_up_days)))


def fold_of(s: Session, ratings: list[Rating]) -> dict[uuid.UUID, FollowUp]:
    bad = [b for b in (bad_rating(r) for r in ratings) if b is not None]
    ids = [b.rating_id for b in bad]
    events = s.scalars(select(FollowUpEvent).where(FollowUpEvent.rating_id.in_(ids))).all() if ids else []
    return rules.fold(bad, (FollowUpEventView(e.rating_id, FollowUpKind(e.kind), e.actor_id, e.occurred_at,
                                              dict(e.data)) for e in events), hall_calendar(s))


def department_follow_ups(s: Session, department_id: uuid.UUID | None) -> dict[uuid.UUID, FollowUp]:
    """Every follow-up the department answers for, open or closed.

    Read through the ratings of the department's present staff (an index), at most level 4 (no
    hall's rules make a better one bad); the department written on each rating decides.
    """
    if department_id is None:
        return {}
    staff = list(s.scalars(select(Staff.id).where(Staff.department_id == department_id)))
    ratings = list(s.scalars(select(Rating).where(Rating.staff_id.in_(staff), Rating.level <= BAD_AT_MOST)))
    return {k: f for k, f in fold_of(s, ratings).items() if f.rating.department_id == department_id}


def _one(s: Session, rating_id: uuid.UUID) -> FollowUp | None:
    rating = s.get(Rating, rating_id)
    return fold_of(s, [rating]).get(rating_id) if rating is not None else None
