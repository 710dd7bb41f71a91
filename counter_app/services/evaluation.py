"""The evaluation (绩效考核): the figures per member of staff and per window over a period, and the
centre's annual evaluation (年度考核).

Chief representatives see their department: its staff, the windows that serve it, the cases
that are its own. The hall administrator sees the whole hall and alone decides the annual
evaluation. The figures are counted in domain/evaluation_figures.py; this module only reads the
rows they are counted from (see services/evaluation_reads.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_today
from counter_app.domain.evaluation import (
    AnnualEvaluation,
    DepartmentWeight,
    EvaluationReport,
    Grade,
    Period,
    StaffLine,
    WindowLine,
    evaluation_errors,
    excellent_quota,
    latest,
)
from counter_app.domain.evaluation_figures import Figures, staff_figures, total, window_figures
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.staff import Role
from counter_app.services import evaluation_reads as reads
from counter_app.services.facts import append_fact
from counter_app.store.models import Department, EvaluationRecord, ServiceWindow, Staff


def scope_of(who: StaffSession) -> uuid.UUID | None:
    """The department whose figures this person sees (None: the whole hall); refused roles raise."""
    refusal = role_refusal(who.roles, Action.SEE_EVALUATION)
    if refusal:
        raise PermissionError(refusal)
    if Role.HALL_ADMIN in who.roles:
        return None
    if who.department_id is None:
        raise PermissionError("chief_representative_only")
    return who.department_id


def report(counter: Counter, who: StaffSession, period: Period, now: dt.datetime) -> EvaluationReport:
    """The period's figures for the person's scope, with the annual evaluation of the period's year."""
    department = scope_of(who)
    with counter.local() as uow:
        s = uow.session
        hall_name, bad_max = reads.hall_facts(s)
        windows = _windows(s, department)
        everyone = list(s.scalars(select(Staff).order_by(Staff.code)))
        shown = [p for p in everyone if department is None or p.department_id == department]
        posted = {p.id: p.window_id for p in everyone}
        people = {p.id for p in shown} | {p.id for p in everyone if p.window_id in {w.id for w in windows}}
        rows = reads.period_rows(s, period, department, people if department else None, bad_max)
        by_staff = staff_figures(rows.steps, rows.finished, rows.ratings, rows.consultations, rows.minutes, bad_max)
        by_window = window_figures(by_staff, posted, {w.id: w.number for w in windows}, rows.steps, rows.ratings,
                                   bad_max)
        annual = _annual(s, period.year)
        grades = annual[0].grades if annual else {}
        staff_lines = tuple(_staff_line(p, by_staff.get(p.id, Figures(bad_max=bad_max)), grades.get(p.code))
                            for p in shown if p.active or p.id in by_staff)
        window_lines = tuple(
            WindowLine(w.number, w.name, w.type.value, tuple(d.short_name for d in w.departments), by_window[w.id])
            for w in windows)
        return EvaluationReport(
            hall_name=hall_name, scope=_department_name(s, department), period=period, staff=staff_lines,
            windows=window_lines, total=total((line.figures for line in staff_lines), bad_max),
            weights=_weights(s, department, annual[0] if annual else None),
            decided_at=annual[1] if annual else None, decided_by=_name(s, annual[2]) if annual else "",
            graded=sum(1 for p in everyone if _graded(p)), printed_at=now)


def _staff_line(person: Staff, figures: Figures, grade: Grade | None) -> StaffLine:
    department = person.department
    return StaffLine(person.code, person.name, department.name if department else "",
                     department.short_name if department else "", person.window.number if person.window else None,
                     figures, grade, _graded(person))


@dataclass(frozen=True)
class GradeRow:
    code: str
    name: str
    department: str
    window_number: int | None
    grade: Grade | None
    reason: str


@dataclass(frozen=True)
class GradingSheet:
    """The annual evaluation of a year as it stands, for the administrator to decide or change."""

    year: int
    staff: tuple[GradeRow, ...]
    weights: tuple[DepartmentWeight, ...]
    decided_at: dt.datetime | None
    decided_by: str

    @property
    def quota(self) -> int:
        return excellent_quota(len(self.staff))


def grading_sheet(counter: Counter, who: StaffSession, year: int) -> GradingSheet:
    """Everyone the centre grades, with the grades and weights in force for the year (if any)."""
    _require_decider(who)
    with counter.local() as uow:
        s = uow.session
        annual = _annual(s, year)
        current = annual[0] if annual else AnnualEvaluation(year, {}, {})
        rows = tuple(
            GradeRow(p.code, p.name, p.department.name if p.department else "", p.window.number if p.window else None,
                     current.grades.get(p.code), current.reasons.get(p.code, ""))
            for p in _to_grade(s))
        return GradingSheet(year, rows, _weights(s, None, current), annual[1] if annual else None,
                            _name(s, annual[2]) if annual else "")


def decide(counter: Counter, who: StaffSession, entered: AnnualEvaluation, now: dt.datetime) -> list[FieldError]:
    """Save the centre's annual evaluation of a year; it replaces any earlier one of that year."""
    _require_decider(who)
    with counter.local() as uow:
        s = uow.session
        staff_codes = [p.code for p in _to_grade(s)]
        department_codes = [d.code for d in _weighted_departments(s, None)]
        cleaned, errors = evaluation_errors(entered, staff_codes, department_codes, hall_today(now).year)
        if errors:
            return errors
        append_fact(s, EvaluationRecord(year=cleaned.year, actor_id=who.staff_id, device_id=who.device_id,
                                        occurred_at=now, data=cleaned.to_data()), now)
        uow.commit()
    return []


def _require_decider(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.DECIDE_EVALUATION)
    if refusal:
        raise PermissionError(refusal)


def _graded(person: Staff) -> bool:
    """The centre grades everyone on the register but its own administrators."""
    return person.active and Role.HALL_ADMIN not in person.roles


def _to_grade(s: Session) -> list[Staff]:
    return [p for p in s.scalars(select(Staff).order_by(Staff.code)) if _graded(p)]


def _windows(s: Session, department: uuid.UUID | None) -> list[ServiceWindow]:
    windows = s.scalars(select(ServiceWindow).order_by(ServiceWindow.number)).all()
    return [w for w in windows if department is None or department in {d.id for d in w.departments}]


def _weighted_departments(s: Session, department: uuid.UUID | None) -> list[Department]:
    """The departments with a window in the hall (each has a window's result to weigh)."""
    served = {d.id for w in _windows(s, None) for d in w.departments}
    found = s.scalars(select(Department).order_by(Department.code)).all()
    return [d for d in found if d.id in served and (department is None or d.id == department)]


def _weights(s: Session, department: uuid.UUID | None,
             annual: AnnualEvaluation | None) -> tuple[DepartmentWeight, ...]:
    weights = annual.weights if annual else {}
    return tuple(DepartmentWeight(d.code, d.name, weights.get(d.code)) for d in _weighted_departments(s, department))


def _annual(s: Session, year: int) -> tuple[AnnualEvaluation, dt.datetime, uuid.UUID] | None:
    records = s.execute(select(EvaluationRecord.occurred_at, EvaluationRecord.id, EvaluationRecord.actor_id,
                               EvaluationRecord.year,
                               EvaluationRecord.data).where(EvaluationRecord.year == year)).all()
    return latest(records, year)


def _department_name(s: Session, department: uuid.UUID | None) -> str:
    found = s.get(Department, department) if department else None
    return found.name if found else ""


def _name(s: Session, staff_id: uuid.UUID) -> str:
    found = s.get(Staff, staff_id)
    return found.name if found else ""
