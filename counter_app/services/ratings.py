"""Applicants' ratings at the counter (好差评): record one, see what is left to rate, see one's own.

A rating is of the person at the counter who served the applicant, at their window: a case of
their department (or one received at their comprehensive window), or a visit of theirs without a
case: a consultation they answered for (首问负责) or an appointment they checked in. A bad rating
(at or below the hall's bad_rating_max_level) opens a follow-up for the chief representative of
the person's department (services/follow_ups.py); whether it is bad, the follow-up's working
days and the department are written on the rating, so a later change of the hall's rules or a
rotation does not move an old rating.

One rating per case and one per visit: a second one is refused here ("already_rated"), against
this counter's store. Two counters working offline can still both rate the same case: the hall
then refuses the one that reaches it second (already_rated, its check before the insert; its
unique constraints on case_id and visit_id are the last guard), and that rating shows in the
counter's list of facts the hall refused (同步 ▸ 大厅拒收的记录) with the reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Exists, func, select
from sqlalchemy.orm import Session

from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_days, hall_time, hall_today
from counter_app.domain.follow_ups import FollowUpState
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.ratings import VisitKind, is_bad, rating_errors
from counter_app.services.calendar import hall_calendar, operating_rules
from counter_app.services.facts import append_fact
from counter_app.store.models import (
    AppointmentEvent,
    Case,
    CaseEvent,
    Consultation,
    Item,
    OutboxEntry,
    Rating,
    ServiceWindow,
    Staff,
)
from counter_app.store.uow import UnitOfWork

CHECKED_IN, CASE_LINKED = "checked_in", "case_linked"  # domain/appointments.py AppointmentEventKind


@dataclass(frozen=True)
class RatingOutcome:
    errors: tuple[FieldError, ...] = ()
    rating_id: uuid.UUID | None = None
    follow_up_due: dt.date | None = None  # a bad rating: the chief representative's follow-up is due then

    @property
    def saved(self) -> bool:
        return self.rating_id is not None


@dataclass(frozen=True)
class Visit:
    """Something this person served that the applicant may rate."""

    kind: VisitKind
    key: str  # the case number, or the visit's id
    at: dt.datetime  # hall time
    what: str  # the item (or the consultation's question)
    applicant: str


def require(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.RECORD_RATING)
    if refusal:
        raise PermissionError(refusal)


def refused_by_hall() -> Exists:
    """True for a rating of this counter that the hall refused: a rival's rating of the same case or visit
    reached it first. It stays in this store and in the sync's refused list, but it is not the case's
    rating (the hall's one, pulled beside it, is): what the pages show and the evaluation counts leave it out.
    """
    return select(OutboxEntry.fact_id).where(OutboxEntry.fact_table == Rating.__tablename__,
                                             OutboxEntry.fact_id == Rating.id,
                                             OutboxEntry.rejected_reason.is_not(None)).exists()


def record_rating(uow: UnitOfWork, who: StaffSession, *, level: object, comment: str, now: dt.datetime,
                  case_no: str | None = None, visit_id: uuid.UUID | None = None) -> RatingOutcome:
    """The applicant's rating of a case (case_no) or of a visit without a case (visit_id)."""
    require(who)
    text, errors = rating_errors(level, comment)
    with uow:
        s = uow.session
        target, target_errors = _target(s, who, case_no, visit_id)
        errors = target_errors + errors
        if errors or target is None:
            return RatingOutcome(tuple(errors))
        kind, case_id, visit = target
        assert isinstance(level, int)
        rules = operating_rules(s)
        me = s.get(Staff, who.staff_id)
        assert me is not None
        bad = is_bad(level, rules)
        data: dict[str, object] = {"visit": kind.value, "comment": text, "recorded_by": str(who.staff_id),
                                   "department_id": str(me.department_id) if me.department_id else None,
                                   "bad": bad}
        if bad:
            data["follow_up_days"] = rules.follow_up_days
        rating = Rating(case_id=case_id, visit_id=visit, staff_id=who.staff_id, window_id=_window_id(s, who),
                        level=level, device_id=who.device_id, occurred_at=now, data=data)
        append_fact(s, rating, now)
        due = None
        if bad:
            due = hall_calendar(s).add_working_days(hall_today(now), rules.follow_up_days)
        uow.commit()
        return RatingOutcome(rating_id=rating.id, follow_up_due=due)


def _target(s: Session, who: StaffSession, case_no: str | None,
            visit_id: uuid.UUID | None) -> tuple[tuple[VisitKind, uuid.UUID | None, uuid.UUID | None] | None,
                                                 list[FieldError]]:
    """What is rated: (kind, case id, visit id), or why it cannot be."""
    if bool(case_no and case_no.strip()) == (visit_id is not None):
        return None, [FieldError("visit", "required")]
    if case_no:
        case = s.scalars(select(Case).where(Case.case_no == case_no.strip())).first()
        if case is None:
            return None, [FieldError("visit", "unknown")]
        if not _serves(who, case):
            return None, [FieldError("visit", "other_department")]
        if s.scalar(select(Rating.id).where(Rating.case_id == case.id)) is not None:
            return None, [FieldError("visit", "already_rated")]
        return (VisitKind.CASE, case.id, None), []
    assert visit_id is not None
    kind = _visit_kind(s, who, visit_id)
    if not isinstance(kind, VisitKind):
        return None, [FieldError("visit", kind)]
    if s.scalar(select(Rating.id).where(Rating.visit_id == visit_id)) is not None:
        return None, [FieldError("visit", "already_rated")]
    return (kind, None, visit_id), []


def _serves(who: StaffSession, case: Case) -> bool:
    """The case is of this person's department, or was received at their comprehensive window."""
    if who.department_id is not None and case.department_id == who.department_id:
        return True
    return case.channel == "comprehensive" and who.window_number is not None and \
        case.window_number == who.window_number


def _visit_kind(s: Session, who: StaffSession, visit_id: uuid.UUID) -> VisitKind | str:
    consultation = s.get(Consultation, visit_id)
    if consultation is not None:
        return VisitKind.CONSULTATION if consultation.staff_id == who.staff_id else "not_your_visit"
    events = s.scalars(select(AppointmentEvent).where(AppointmentEvent.appointment_id == visit_id)).all()
    if not events:
        return "unknown"
    if not any(e.kind == CHECKED_IN and e.actor_id == who.staff_id for e in events):
        return "not_your_visit"
    return VisitKind.APPOINTMENT


def _window_id(s: Session, who: StaffSession) -> uuid.UUID | None:
    if who.window_number is None:
        return None
    return s.scalar(select(ServiceWindow.id).where(ServiceWindow.number == who.window_number))


# --- what the pages show ---------------------------------------------------------------------


@dataclass(frozen=True)
class CaseRating:
    """Whether this person may rate the case now, and its rating if it has one."""

    may_rate: bool
    level: int | None = None


def case_rating(uow: UnitOfWork, who: StaffSession, case_no: str) -> CaseRating:
    if role_refusal(who.roles, Action.RECORD_RATING):
        return CaseRating(False)
    with uow:
        s = uow.session
        case = s.scalars(select(Case).where(Case.case_no == case_no)).first()
        if case is None:
            return CaseRating(False)
        level = s.scalar(select(Rating.level).where(Rating.case_id == case.id, ~refused_by_hall()))
        return CaseRating(level is None and _serves(who, case), level)


def unrated_visits(uow: UnitOfWork, who: StaffSession, day: dt.date) -> list[Visit]:
    """Today's cases, consultations and checked-in appointments of this person not yet rated, latest first.

    Cases are those this person took a step on, on this counter, on the day: the counter's own
    events are read backwards by their sequence (an index), so a year of events is not scanned.
    """
    require(who)
    start, end = hall_days(day)
    with uow:
        s = uow.session
        visits = _todays_cases(s, who, start, end) + _todays_consultations(s, who, start, end)
        visits += _todays_appointments(s, who, start, end, {v.key for v in visits})
        rated_cases = set(s.scalars(select(Case.case_no).join(Rating, Rating.case_id == Case.id)
                                    .where(Case.case_no.in_([v.key for v in visits if v.kind is VisitKind.CASE]))))
        visit_ids = [uuid.UUID(v.key) for v in visits if v.kind is not VisitKind.CASE]
        rated_visits = {str(i) for i in s.scalars(select(Rating.visit_id).where(Rating.visit_id.in_(visit_ids)))}
    left = [v for v in visits if v.key not in rated_cases and v.key not in rated_visits]
    return sorted(left, key=lambda v: v.at, reverse=True)


def _todays_cases(s: Session, who: StaffSession, start: dt.datetime, end: dt.datetime) -> list[Visit]:
    latest: dict[uuid.UUID, dt.datetime] = {}
    before = None
    while True:
        query = select(CaseEvent.case_id, CaseEvent.actor_id, CaseEvent.occurred_at, CaseEvent.device_seq) \
            .where(CaseEvent.device_id == who.device_id)
        if before is not None:
            query = query.where(CaseEvent.device_seq < before)
        batch = s.execute(query.order_by(CaseEvent.device_seq.desc()).limit(200)).all()
        for case_id, actor_id, at, _seq in batch:
            if actor_id == who.staff_id and start <= at < end:
                latest[case_id] = max(at, latest.get(case_id, at))
        # A device writes in time order; a whole batch before the day means the day is behind us.
        if len(batch) < 200 or all(at < start for _c, _a, at, _s in batch):
            break
        before = batch[-1][3]
    if not latest:
        return []
    rows = s.execute(select(Case.id, Case.case_no, Item.name, Case.applicant_name).join(Item, Item.id == Case.item_id)
                     .where(Case.id.in_(list(latest)))).all()
    return [Visit(VisitKind.CASE, case_no, hall_time(latest[case_id]), item, name)
            for case_id, case_no, item, name in rows]


def _todays_consultations(s: Session, who: StaffSession, start: dt.datetime, end: dt.datetime) -> list[Visit]:
    rows = s.execute(select(Consultation, Item.name).outerjoin(Item, Item.id == Consultation.item_id)
                     .where(Consultation.staff_id == who.staff_id, Consultation.occurred_at >= start,
                            Consultation.occurred_at < end)).all()
    return [Visit(VisitKind.CONSULTATION, str(c.id), hall_time(c.occurred_at),
                  item or str(c.data.get("question", "")), "") for c, item in rows]


def _todays_appointments(s: Session, who: StaffSession, start: dt.datetime, end: dt.datetime,
                         cases: set[str]) -> list[Visit]:
    """Appointments this person checked in on the day; one whose intake became a case is rated as the case."""
    checked = s.scalars(select(AppointmentEvent).where(
        AppointmentEvent.kind == CHECKED_IN, AppointmentEvent.actor_id == who.staff_id,
        AppointmentEvent.occurred_at >= start, AppointmentEvent.occurred_at < end)).all()
    if not checked:
        return []
    ids = [e.appointment_id for e in checked]
    events = s.scalars(select(AppointmentEvent).where(AppointmentEvent.appointment_id.in_(ids))).all()
    booked = {e.appointment_id: e.data for e in events if e.kind == "booked"}
    linked = {e.appointment_id for e in events if e.kind == CASE_LINKED}
    items = dict(s.execute(select(Item.code, Item.name)).all())
    return [Visit(VisitKind.APPOINTMENT, str(e.appointment_id), hall_time(e.occurred_at),
                  items.get(str(booked.get(e.appointment_id, {}).get("item_code", "")), ""),
                  str(booked.get(e.appointment_id, {}).get("name", "")))
            for e in checked if e.appointment_id not in linked]


@dataclass(frozen=True)
class ReceivedRating:
    """A rating this person received."""

    rating_id: uuid.UUID
    at: dt.datetime  # hall time
    level: int
    kind: VisitKind
    what: str  # the case number, or the item / question of the visit
    comment: str
    bad: bool
    follow_up: FollowUpState | None = None  # a bad rating's follow-up by the chief representative


def received(uow: UnitOfWork, who: StaffSession, limit: int = 200) -> list[ReceivedRating]:
    """The ratings this person received, latest first."""
    require(who)
    with uow:
        s = uow.session
        rows = s.execute(select(Rating, Case.case_no).outerjoin(Case, Case.id == Rating.case_id)
                         .where(Rating.staff_id == who.staff_id, ~refused_by_hall())
                         .order_by(Rating.occurred_at.desc()).limit(limit)).all()
        visits = [r.visit_id for r, _no in rows if r.visit_id is not None]
        # A consultation is named by its item, or by its question when it had none.
        questions = {visit: item or str(data.get("question", "")) for visit, item, data in s.execute(
            select(Consultation.id, Item.name, Consultation.data).outerjoin(Item, Item.id == Consultation.item_id)
            .where(Consultation.id.in_(visits)))}
        from counter_app.services.follow_ups import fold_of  # it reads the hall's rules from here

        followed = fold_of(s, [r for r, _no in rows])
        return [ReceivedRating(r.id, hall_time(r.occurred_at), r.level, visit_kind(r),
                               case_no or questions.get(r.visit_id) or "", str(r.data.get("comment", "")),
                               bool(r.data.get("bad")), followed[r.id].state if r.id in followed else None)
                for r, case_no in rows]


def visit_kind(r: Rating) -> VisitKind:
    """What the rating is of; a rating written without saying (imported, say) is of a case or a visit."""
    if r.case_id is not None:
        return VisitKind.CASE
    return VisitKind(r.data.get("visit", VisitKind.CONSULTATION.value))


def tally(uow: UnitOfWork, who: StaffSession) -> dict[int, int]:
    """How many ratings of each level this person received, all told."""
    require(who)
    with uow:
        rows = uow.session.execute(select(Rating.level, func.count())
                                   .where(Rating.staff_id == who.staff_id, ~refused_by_hall())
                                   .group_by(Rating.level)).all()
    return {int(level): int(n) for level, n in rows}
