"""The staff register's rules (进驻人员管理): qualifications, rotation and sending back.

From the hall's notice: staff posted to the hall are civil servants or established
staff of authorised organisations (the Employment type admits no other), hold a
law-enforcement certificate and have at least a year of experience; 45 is the age
guideline, shown, never enforced. A chief representative serves at least 2 years.
Staff rotate after at least 2 years at the hall, on a written request at least
1 month ahead, approved by the centre; the centre may send unfit staff back.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.permissions import CHIEFS
from counter_app.domain.staff import Role

AGE_GUIDELINE = 45
MIN_EXPERIENCE_YEARS = 1
MIN_YEARS_AT_HALL = 2  # before rotating; and a chief representative's least tenure
NOTICE_MONTHS = 1
REASON_MAX = 500


class Finding(enum.StrEnum):
    """What the register shows against a person: none of it stops them working."""

    NO_CERTIFICATE = "no_law_enforcement_certificate"
    SHORT_EXPERIENCE = "under_one_year_experience"
    EXPERIENCE_UNKNOWN = "experience_unknown"
    OVER_AGE_GUIDELINE = "over_age_guideline"
    CHIEF_TENURE_SHORT = "chief_tenure_under_two_years"


@dataclass(frozen=True)
class StaffFacts:
    staff_id: uuid.UUID
    roles: frozenset[Role]
    law_enforcement_cert: str | None
    posted_on: dt.date
    birth_date: dt.date
    experience_since: dt.date | None


def full_years(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end (a birthday on 29 February falls on 1 March in other years)."""
    years = end.year - start.year
    return years - 1 if (end.month, end.day) < (start.month, start.day) else years


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, months later; the month's last day when it has no such day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, month=3, day=1)


def findings(person: StaffFacts, today: dt.date) -> list[Finding]:
    found = []
    if not (person.law_enforcement_cert or "").strip():
        found.append(Finding.NO_CERTIFICATE)
    if person.experience_since is None:
        found.append(Finding.EXPERIENCE_UNKNOWN)
    elif full_years(person.experience_since, today) < MIN_EXPERIENCE_YEARS:
        found.append(Finding.SHORT_EXPERIENCE)
    if full_years(person.birth_date, today) >= AGE_GUIDELINE:
        found.append(Finding.OVER_AGE_GUIDELINE)
    if person.roles & CHIEFS and full_years(person.posted_on, today) < MIN_YEARS_AT_HALL:
        found.append(Finding.CHIEF_TENURE_SHORT)
    return found


def earliest_rotation(posted_on: dt.date, requested_on: dt.date) -> dt.date:
    """The first day a person may leave: 2 years at the hall, and a month after the written request."""
    return max(years_later(posted_on, MIN_YEARS_AT_HALL), add_months(requested_on, NOTICE_MONTHS))


def rotation_errors(posted_on: dt.date, requested_on: dt.date, leave_on: dt.date | None, reason: str,
                    today: dt.date) -> tuple[str, list[FieldError]]:
    """A rotation request (轮岗申请) as written: the reason, and a leave date the rules allow."""
    text, errors = validate_text(reason, "reason", required=True, max_length=REASON_MAX, multiline=True)
    if requested_on > today:
        errors.append(FieldError("requested_on", "in_the_future"))
    if leave_on is None:
        errors.append(FieldError("leave_on", "required"))
    elif leave_on < years_later(posted_on, MIN_YEARS_AT_HALL):
        errors.append(FieldError("leave_on", "under_two_years_at_hall"))
    elif leave_on < add_months(requested_on, NOTICE_MONTHS):
        errors.append(FieldError("leave_on", "under_one_month_notice"))
    return text or "", errors


class StaffEventKind(enum.StrEnum):
    ROTATION_REQUESTED = "rotation_requested"
    ROTATION_APPROVED = "rotation_approved"
    ROTATION_REFUSED = "rotation_refused"
    SENT_BACK = "sent_back"  # 退回派驻单位


class RotationState(enum.StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REFUSED = "refused"


@dataclass(frozen=True)
class StaffEventView:
    staff_id: uuid.UUID
    kind: StaffEventKind
    occurred_at: dt.datetime
    data: dict[str, object]


@dataclass(frozen=True)
class Standing:
    """A person's rotation and posting, folded from the register's events."""

    rotation: RotationState | None = None
    leave_on: dt.date | None = None
    requested_on: dt.date | None = None
    sent_back_on: dt.date | None = None
    sent_back_reason: str = ""


def fold(events: Iterable[StaffEventView]) -> dict[uuid.UUID, Standing]:
    standing: dict[uuid.UUID, Standing] = {}
    for e in sorted(events, key=lambda x: x.occurred_at):
        now = standing.get(e.staff_id, Standing())
        if e.kind is StaffEventKind.ROTATION_REQUESTED:
            now = replace(now, rotation=RotationState.REQUESTED, leave_on=_day(e.data.get("leave_on")),
                          requested_on=_day(e.data.get("requested_on")))
        elif e.kind is StaffEventKind.ROTATION_APPROVED and now.rotation is RotationState.REQUESTED:
            now = replace(now, rotation=RotationState.APPROVED)
        elif e.kind is StaffEventKind.ROTATION_REFUSED and now.rotation is RotationState.REQUESTED:
            now = replace(now, rotation=RotationState.REFUSED)
        elif e.kind is StaffEventKind.SENT_BACK:
            now = replace(now, sent_back_on=_day(e.data.get("on")), sent_back_reason=str(e.data.get("reason", "")))
        standing[e.staff_id] = now
    return standing


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
