"""The export for the electronic supervision system (电子监察): every case with a step in a period.

The document is plain JSON data (docs/supervision-export.md; its JSON Schema is
counter_app/resources/schema/supervision-export.schema.json). It is read from this counter's
store, which holds every counter's facts once synced: run a sync first for the hall's latest.
Only the hall administrator exports. Identity numbers and credit codes are masked; phone
numbers are left out.

Which cases: every case with a step (an event) on a day of the period, plus every open case
that is yellow or red on the export day, so that the card lists are whole.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.applicant import mask_id
from counter_app.domain.case_state import CLOSED
from counter_app.domain.clock import HALL_ZONE, hall_days, hall_time
from counter_app.domain.deadlines import (
    CORRECTION_NOTICE_DAYS,
    ISSUE_DAYS,
    Due,
    WarningLevel,
    yellow_threshold,
)
from counter_app.domain.events import EventKind
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.supervision import CaseReport, Period, Step, has_step_in, report
from counter_app.services.calendar import hall_calendar, operating_rules
from counter_app.store import cases
from counter_app.store.models import Case, Department, Device, Hall, Staff
from counter_app.store.uow import UnitOfWork

FORMAT, VERSION = "counter-supervision-export", 1
SCHEMA_FILE = "supervision-export.schema.json"


def schema() -> dict[str, Any]:
    """The export's JSON Schema, from the package (a checkout or an installed wheel alike)."""
    text = (files("counter_app") / "resources" / "schema" / SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def export(uow: UnitOfWork, who: StaffSession, period: Period, now: dt.datetime) -> dict[str, Any]:
    """The export document for the period, as of the hall day of `now`."""
    refusal = role_refusal(who.roles, Action.EXPORT_SUPERVISION)
    if refusal:
        raise PermissionError(refusal)
    today = hall_time(now).date()
    with uow:
        s = uow.session
        calendar, yellow = hall_calendar(s), operating_rules(s).yellow_days
        found = cases.events_of_cases(s.connection(), _candidates(s, period, today, calendar, yellow))
        reports = []
        for events in found.values():
            if not any(e.kind is EventKind.RECEIVED for e in events):
                continue  # its receipt has not reached this counter yet: nothing to fold
            r = report(events, calendar, today, period, yellow)
            if has_step_in(events, period) or r.yellow_card or r.case_warning is WarningLevel.RED:
                reports.append(r)
        reports.sort(key=lambda r: r.state.case_no)
        names = _Names(s)
        hall = s.scalars(select(Hall)).one()
        exported_by = names.person(who.staff_id)
        return {
            "format": FORMAT, "version": VERSION,
            "hall": {"code": hall.code, "name": hall.name},
            "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
            "export_day": today.isoformat(), "exported_at": _utc(now), "time_zone": str(HALL_ZONE),
            "exported_by": exported_by, "device": names.device(who.device_id),
            "rules": {"yellow_days": yellow, "intake_days_art32": CORRECTION_NOTICE_DAYS,
                      "issue_days_art44": ISSUE_DAYS},
            "cases": [_case(r, names) for r in reports],
            "yellow_cards": [_card(r, names) for r in reports if r.yellow_card],
            "red_cards": [{**_card(r, names), "reasons": _red(r)} for r in reports if r.red_card],
        }


def _candidates(s: Session, period: Period, today: dt.date, calendar: Any, yellow: int) -> list[uuid.UUID]:
    """Cases that may have a step in the period, and the open cases yellow or red today.

    A case with a step in the period was received by its end and last touched after its start;
    the fold then checks each one exactly.
    """
    start, _end = hall_days(period.first)
    threshold = yellow_threshold(calendar, today, yellow)
    touched = and_(Case.received_on <= period.last, Case.last_event_at >= start)
    warned = and_(Case.status.not_in([c.value for c in CLOSED]),
                  or_(Case.step_due <= threshold, Case.statutory_due <= threshold))
    return list(s.scalars(select(Case.id).where(or_(touched, warned)).order_by(Case.case_no)))


class _Names:
    """Who, which counter and which department, read once per export."""

    def __init__(self, s: Session) -> None:
        self.staff = {i: (c, n) for i, c, n in s.execute(select(Staff.id, Staff.code, Staff.name)).all()}
        self.devices = dict(s.execute(select(Device.id, Device.code)).all())
        self.departments = dict(s.execute(select(Department.code, Department.name)).all())

    def person(self, staff_id: uuid.UUID | None) -> dict[str, str] | None:
        if staff_id is None:
            return None
        code, name = self.staff.get(staff_id, ("?", "?"))
        return {"code": code, "name": name}

    def device(self, device_id: uuid.UUID) -> str:
        return str(self.devices.get(device_id, "?"))


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _local(moment: dt.datetime) -> str:
    return hall_time(moment).isoformat()


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def applicant(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The applicant as supervision sees them: numbers masked, no phone."""
    shown: dict[str, Any] = {"kind": str(raw.get("kind", "person")), "name": str(raw.get("name", ""))}
    for key in ("id_number", "credit_code"):
        if raw.get(key):
            shown[key] = mask_id(str(raw[key]))
    if raw.get("legal_representative"):
        shown["legal_representative"] = str(raw["legal_representative"])
    agent = raw.get("agent")
    if agent:
        shown["agent"] = {"name": str(agent.get("name", "")), "id_number": mask_id(str(agent.get("id_number", "")))}
    return shown


def _limit(days: int | None, due: Due | None, extension_days: int = 0) -> dict[str, Any] | None:
    if days is None:
        return None
    return {"working_days": days, "extension_days": extension_days, "due": _day(due.day) if due else None,
            "calendar_confirmed": due.confirmed if due else True}


def _case(r: CaseReport, names: _Names) -> dict[str, Any]:
    s, t = r.state, r.timing
    return {
        "case_no": s.case_no,
        "item": {"code": s.item.code, "name": s.item.name, "department_code": s.item.department_code,
                 "department_name": names.departments.get(s.item.department_code, ""),
                 "joint_handling": s.item.joint_handling},
        "channel": s.channel, "window_number": s.window_number, "applicant": applicant(s.applicant),
        "status": s.status.value, "outcome": s.outcome.value if s.outcome else None,
        "suspended": s.suspended, "has_conflict": s.has_conflict,
        "received_on": s.received_on.isoformat(), "accepted_on": _day(s.accepted_on),
        "clock_starts": _day(r.clock_starts), "decided_on": _day(s.decided_on), "delivered_on": _day(s.delivered_on),
        "limits": {
            "intake_art32": {"working_days": CORRECTION_NOTICE_DAYS, "due": r.intake_due.isoformat()},
            "promised": _limit(s.item.promised_days, t.promised_due, s.extension_days),
            "statutory": _limit(s.item.statutory_days, t.statutory_due, s.extension_days),
            "issue_art44": {"working_days": ISSUE_DAYS, "due": _day(r.issue_due)} if r.issue_due else None,
            "current_step_due": _day(t.step_due),
        },
        "warning": {"case": r.case_warning.value, "step": r.step_warning.value},
        "suspensions": [{"reason": p.reason, "from": p.start.isoformat(), "to": _day(p.end),
                         "expected_days": p.expected_days} for p in s.suspensions],
        "extensions": [{"requested_on": x.requested_on.isoformat(), "requested_by": names.person(x.requested_by),
                        "days": x.days, "reason": x.reason, "decision": x.decision, "decided_on": _day(x.decided_on),
                        "decided_by": names.person(x.decided_by), "days_granted": x.days_granted}
                       for x in r.extensions],
        "steps": [_step(n, step, names) for n, step in enumerate(r.steps, start=1)],
        "yellow_card": r.yellow_card, "red_card": r.red_card,
    }


def _step(n: int, step: Step, names: _Names) -> dict[str, Any]:
    e = step.event
    return {
        "seq": n, "kind": e.kind.value, "occurred_at": _utc(e.occurred_at), "occurred_at_local": _local(e.occurred_at),
        "in_period": step.in_period, "applied": step.applied, "ignored_reason": step.ignored_reason,
        "actor": names.person(e.actor_id), "acting_for": names.person(e.acting_for_id), "device": names.device(e.device_id),
        "status_before": step.status_before.value if step.status_before else None,
        "limit": _day(step.limit), "warning": step.warning.value, "late": step.late,
    }


def _card(r: CaseReport, names: _Names) -> dict[str, Any]:
    s = r.state
    return {"case_no": s.case_no, "department_code": s.item.department_code,
            "department_name": names.departments.get(s.item.department_code, ""), "item_name": s.item.name,
            "applicant_name": str(s.applicant.get("name", "")), "status": s.status.value,
            "current_step_due": _day(r.timing.step_due), "warning": r.case_warning.value}


def _red(r: CaseReport) -> list[dict[str, Any]]:
    return [{"reason": c.reason.value, "limit": _day(c.limit), "step": c.step.value if c.step else None,
             "taken_on": _day(c.taken_on)} for c in r.red]
