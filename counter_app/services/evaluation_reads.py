"""The rows the evaluation's figures are counted from, read for a period and a scope.

Periods are hall days (Asia/Shanghai); facts carry UTC times, so a period becomes the UTC span
from its first day's midnight to the midnight after its last day, hall time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.case import fold
from counter_app.domain.clock import hall_days
from counter_app.domain.evaluation import Period
from counter_app.domain.evaluation_figures import STEP_KINDS, FinishedCase, RatingRow, StepRow, finished_case
from counter_app.domain.events import EventKind
from counter_app.domain.hall_rules import OperatingRules
from counter_app.services.calendar import hall_calendar
from counter_app.services.extended_service import minutes_by_staff
from counter_app.services.ratings import refused_by_hall
from counter_app.store import cases
from counter_app.store.models import Case, Consultation, Hall, Rating
from counter_app.store.models import CaseEvent as CaseEventRow


@dataclass(frozen=True)
class PeriodRows:
    steps: list[StepRow]
    finished: list[FinishedCase]
    ratings: list[RatingRow]
    consultations: list[uuid.UUID]  # the first-inquiry person of each consultation
    minutes: dict[uuid.UUID, int]  # extended service


def bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """The period as a UTC span [from, to)."""
    return hall_days(period.first_day, period.last_day)


def hall_facts(s: Session) -> tuple[str, int]:
    """The hall's name, and the rating level at or below which a rating is bad (its operating rules)."""
    hall = s.scalar(select(Hall))
    if hall is None:
        return "", OperatingRules().bad_rating_max_level
    return hall.name, OperatingRules.from_json(hall.operating_rules).bad_rating_max_level


def period_rows(s: Session, period: Period, department: uuid.UUID | None, people: set[uuid.UUID] | None,
                bad_max: int) -> PeriodRows:
    """Everything counted in the period: for a department, its cases' steps and finished cases, and
    the ratings, consultations and extended service of `people` (None: the whole hall)."""
    lo, hi = bounds(period)
    return PeriodRows(
        steps=_steps(s, lo, hi, department), finished=_finished(s, period, lo, hi, department),
        ratings=_ratings(s, lo, hi, people), consultations=_consultations(s, lo, hi, people),
        minutes=minutes_by_staff(s, period.first_day, period.last_day, people))


def _steps(s: Session, lo: dt.datetime, hi: dt.datetime, department: uuid.UUID | None) -> list[StepRow]:
    """Steps by who acted, kind and the window the case was received at, counted in SQL."""
    query = (select(CaseEventRow.actor_id, CaseEventRow.kind, Case.window_number, func.count())
             .join(Case, Case.id == CaseEventRow.case_id)
             .where(CaseEventRow.occurred_at >= lo, CaseEventRow.occurred_at < hi,
                    CaseEventRow.kind.in_([k.value for k in STEP_KINDS]))
             .group_by(CaseEventRow.actor_id, CaseEventRow.kind, Case.window_number))
    if department is not None:
        query = query.where(Case.department_id == department)
    return [StepRow(actor, kind, window, count) for actor, kind, window, count in s.execute(query)]


def _finished(s: Session, period: Period, lo: dt.datetime, hi: dt.datetime,
              department: uuid.UUID | None) -> list[FinishedCase]:
    """The cases decided in the period, folded from their events and timed on the hall calendar."""
    query = (select(CaseEventRow.case_id).distinct().join(Case, Case.id == CaseEventRow.case_id)
             .where(CaseEventRow.kind == EventKind.DECIDED.value, CaseEventRow.occurred_at >= lo,
                    CaseEventRow.occurred_at < hi))
    if department is not None:
        query = query.where(Case.department_id == department)
    case_ids = list(s.scalars(query))
    if not case_ids:
        return []
    calendar = hall_calendar(s)
    found = []
    for events in cases.events_of_cases(s.connection(), case_ids).values():
        state = fold(events)
        # A rival decision in the period may have lost to one outside it: the fold says which stands.
        if state.decided_on is None or not period.first_day <= state.decided_on <= period.last_day:
            continue
        case = finished_case(state, calendar)
        if case is not None:
            found.append(case)
    return found


def _ratings(s: Session, lo: dt.datetime, hi: dt.datetime, people: set[uuid.UUID] | None) -> list[RatingRow]:
    query = select(Rating.staff_id, Rating.window_id, Rating.level).where(Rating.occurred_at >= lo,
                                                                         Rating.occurred_at < hi, ~refused_by_hall())
    if people is not None:
        query = query.where(Rating.staff_id.in_(people))
    return [RatingRow(staff, window, level) for staff, window, level in s.execute(query)]


def _consultations(s: Session, lo: dt.datetime, hi: dt.datetime, people: set[uuid.UUID] | None) -> list[uuid.UUID]:
    query = select(Consultation.staff_id).where(Consultation.occurred_at >= lo, Consultation.occurred_at < hi)
    if people is not None:
        query = query.where(Consultation.staff_id.in_(people))
    return list(s.scalars(query))
