"""Absences (请假) and who stands in for whom (AB角): report, decide, and ask who is covered today."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import absences as rules
from counter_app.domain.absences import Absence, AbsenceEventKind, AbsenceEventView, AbsenceState
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.clock import hall_today
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.services.calendar import hall_calendar
from counter_app.store.bookkeeping import OutboxEntry
from counter_app.store.models import AbsenceEvent, Staff
from counter_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class AbsenceOutcome:
    errors: tuple[FieldError, ...] = ()
    absence_id: uuid.UUID | None = None
    late: bool = False

    @property
    def saved(self) -> bool:
        return self.absence_id is not None


def report_absence(uow: UnitOfWork, who: StaffSession, start: dt.date | None, end: dt.date | None, reason: str,
                   now: dt.datetime) -> AbsenceOutcome:
    """A reports their own absence; a report later than 1 working day ahead is taken and marked late."""
    with uow:
        s = uow.session
        late, errors = rules.report_errors(start, end, reason, hall_today(now), hall_calendar(s))
        if errors:
            return AbsenceOutcome(tuple(errors))
        assert start is not None and end is not None
        absence_id = new_id()
        _append(s, who, absence_id, AbsenceEventKind.REPORTED, who.staff_id, now,
                {"start": start.isoformat(), "end": end.isoformat(), "reason": reason.strip(), "late": late})
        uow.commit()
        return AbsenceOutcome(absence_id=absence_id, late=late)


def decide_absence(uow: UnitOfWork, who: StaffSession, absence_id: uuid.UUID, approve: bool, note: str,
                   now: dt.datetime) -> AbsenceOutcome:
    """The chief representative (or, for a chief, the centre) approves or refuses a reported absence."""
    note_text, errors = validate_text(note, "note", required=not approve, max_length=rules.REASON_MAX)
    with uow:
        s = uow.session
        absence = absences_of(s).get(absence_id)
        if absence is None:
            return AbsenceOutcome((FieldError("absence", "unknown"),))
        if absence.state is not AbsenceState.REPORTED:
            return AbsenceOutcome((FieldError("absence", "already_decided"),))
        decider, absent = s.get(Staff, who.staff_id), s.get(Staff, absence.staff_id)
        assert decider is not None and absent is not None
        refusal = rules.decision_refusal(who.staff_id, who.roles, decider.department_id, absent.id, absent.roles,
                                         absent.department_id)
        if refusal:
            errors.insert(0, FieldError("absence", refusal))
        if errors:
            return AbsenceOutcome(tuple(errors))
        kind = AbsenceEventKind.APPROVED if approve else AbsenceEventKind.REFUSED
        _append(s, who, absence_id, kind, absence.staff_id, now, {"note": note_text or ""})
        uow.commit()
        return AbsenceOutcome(absence_id=absence_id, late=absence.late)


def absences_of(s: Session, staff_ids: list[uuid.UUID] | None = None) -> dict[uuid.UUID, Absence]:
    query = select(AbsenceEvent)
    if staff_ids is not None:
        query = query.where(AbsenceEvent.staff_id.in_(staff_ids))
    return rules.fold(AbsenceEventView(e.absence_id, AbsenceEventKind(e.kind), e.staff_id, e.actor_id,
                                       e.occurred_at, dict(e.data)) for e in s.scalars(query))


def is_away(s: Session, staff_id: uuid.UUID | None, day: dt.date) -> bool:
    """Whether the person has an approved absence covering the day."""
    if staff_id is None:
        return False
    return any(a.covers(day) for a in absences_of(s, [staff_id]).values())


def standing_in_for(s: Session, b_id: uuid.UUID, day: dt.date) -> list[uuid.UUID]:
    """The people this person covers today as their B role (B角代A角)."""
    covered = list(s.scalars(select(Staff.id).where(Staff.backup_id == b_id)))
    if not covered:
        return []
    backups = dict.fromkeys(covered, b_id)
    return rules.standing_in_for(absences_of(s, covered).values(), backups, b_id, day)


@dataclass(frozen=True)
class Cover:
    """Someone this person stands in for on the day (B角代A角), and the last day of it."""

    staff_id: uuid.UUID
    name: str
    until: dt.date


def covering(uow: UnitOfWork, who: StaffSession, day: dt.date) -> list[Cover]:
    """Whom this person stands in for on the day, each until their absence ends (back-to-back ones join)."""
    with uow:
        s = uow.session
        ids = standing_in_for(s, who.staff_id, day)
        if not ids:
            return []
        rows = s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()
        names: dict[uuid.UUID, str] = dict(rows)  # type: ignore[arg-type]
        away = list(absences_of(s, ids).values())
    found = []
    for staff_id in ids:
        until = day
        while any(a.staff_id == staff_id and a.covers(until + dt.timedelta(days=1)) for a in away):
            until += dt.timedelta(days=1)
        found.append(Cover(staff_id, names[staff_id], until))
    return found


def _append(s: Session, who: StaffSession, absence_id: uuid.UUID, kind: AbsenceEventKind, staff_id: uuid.UUID,
            now: dt.datetime, data: dict[str, object]) -> None:
    event = AbsenceEvent(id=new_id(), absence_id=absence_id, kind=kind.value, staff_id=staff_id,
                         actor_id=who.staff_id, device_id=who.device_id, occurred_at=now, data=data)
    s.add(event)
    s.add(OutboxEntry(fact_table=AbsenceEvent.__tablename__, fact_id=event.id, queued_at=now))


@dataclass(frozen=True)
class AbsenceRow:
    """An absence as the absence page lists it."""

    id: uuid.UUID
    staff_name: str
    start: dt.date
    end: dt.date
    reason: str
    late: bool
    state: AbsenceState
    note: str


def overview(uow: UnitOfWork, who: StaffSession, today: dt.date) -> tuple[list[AbsenceRow], list[AbsenceRow],
                                                                            list[AbsenceRow]]:
    """Mine; those waiting for my decision; and those where I stand in (B角), current or coming."""
    with uow:
        s = uow.session
        staff = {p.id: p for p in s.scalars(select(Staff))}
        me = staff[who.staff_id]
        everything = absences_of(s).values()

        def row(a: Absence) -> AbsenceRow:
            return AbsenceRow(a.id, staff[a.staff_id].name, a.start, a.end, a.reason, a.late, a.state,
                              a.decision_note)

        mine = [row(a) for a in everything if a.staff_id == who.staff_id]
        waiting = [row(a) for a in everything if a.state is AbsenceState.REPORTED and a.staff_id != who.staff_id
                   and rules.decision_refusal(who.staff_id, who.roles, me.department_id, a.staff_id,
                                              staff[a.staff_id].roles, staff[a.staff_id].department_id) is None]
        covering = [row(a) for a in everything if a.state is AbsenceState.APPROVED and a.end >= today
                    and staff[a.staff_id].backup_id == who.staff_id]
    key = lambda r: (r.start, r.staff_name)  # noqa: E731
    return sorted(mine, key=key, reverse=True), sorted(waiting, key=key), sorted(covering, key=key)
