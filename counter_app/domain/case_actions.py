"""What each step of the chain needs from the clerk, checked before it becomes an event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.case_state import HANDLING, CaseState, CaseStatus
from counter_app.domain.deadlines import JOINT_EXTENSION_DAYS, STATUTORY_EXTENSION_DAYS
from counter_app.domain.events import EventKind

# Art. 45: time these take is not counted, and the applicant is told in writing.
SUSPENSION_REASONS = ("hearing", "tendering", "auction", "inspection", "testing", "quarantine",
                      "appraisal", "expert_review")
DELIVERY_METHODS = ("in_person", "post", "electronic")
TEXT_MAX = 1000


def action_errors(kind: EventKind, data: dict[str, Any], state: CaseState) -> list[FieldError]:
    """Field errors for the data of a step; an empty list means the step may be recorded."""
    check = _CHECKS.get(kind)
    return check(data, state) if check else []


def extension_days(state: CaseState) -> int:
    return JOINT_EXTENSION_DAYS if state.item.joint_handling else STATUTORY_EXTENSION_DAYS


def _reason(data: dict[str, Any], _state: CaseState) -> list[FieldError]:
    return validate_text(str(data.get("reason", "")), "reason", required=True, max_length=TEXT_MAX,
                         multiline=True)[1]


def _decided(data: dict[str, Any], _state: CaseState) -> list[FieldError]:
    if data.get("outcome") not in ("granted", "refused"):
        return [FieldError("outcome", "required")]
    # Art. 38: a refusal gives its reasons (and the remedies, which the letter prints).
    required = data.get("outcome") == "refused"
    return validate_text(str(data.get("reasons", "")), "reasons", required=required, max_length=TEXT_MAX,
                         multiline=True)[1]


def _suspended(data: dict[str, Any], state: CaseState) -> list[FieldError]:
    errors = [] if data.get("reason") in SUSPENSION_REASONS else [FieldError("reason", "required")]
    start = _day(data.get("start"))
    if start is None:
        errors.append(FieldError("start", "required"))
    elif state.accepted_on and start < state.accepted_on:
        errors.append(FieldError("start", "before_acceptance"))
    expected = data.get("expected_days")
    if expected is not None and (not isinstance(expected, int) or not 1 <= expected <= 365):
        errors.append(FieldError("expected_days", "out_of_range"))
    return errors


def _resumed(data: dict[str, Any], state: CaseState) -> list[FieldError]:
    end = _day(data.get("end"))
    if end is None:
        return [FieldError("end", "required")]
    if state.suspensions and end < state.suspensions[-1].start:
        return [FieldError("end", "before_start")]
    return []


def _extension(data: dict[str, Any], state: CaseState) -> list[FieldError]:
    errors = _reason(data, state)
    if data.get("days") != extension_days(state):
        errors.append(FieldError("days", "out_of_range"))
    return errors


def _issued(data: dict[str, Any], _state: CaseState) -> list[FieldError]:
    return validate_text(str(data.get("certificate_no", "")), "certificate_no", required=True, max_length=60)[1]


def _delivered(data: dict[str, Any], _state: CaseState) -> list[FieldError]:
    method = data.get("method")
    if method not in DELIVERY_METHODS:
        return [FieldError("method", "required")]
    if method == "post":
        return validate_text(str(data.get("tracking_no", "")), "tracking_no", required=True, max_length=40)[1]
    return []


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


_CHECKS = {
    EventKind.RETURNED: _reason,
    EventKind.DECIDED: _decided,
    EventKind.SUSPENDED: _suspended,
    EventKind.RESUMED: _resumed,
    EventKind.EXTENSION_REQUESTED: _extension,
    EventKind.CERTIFICATE_ISSUED: _issued,
    EventKind.DELIVERED: _delivered,
    EventKind.NOT_ACCEPTED: _reason,
    EventKind.REFERRED: lambda d, s: validate_text(str(d.get("agency", "")), "agency", required=True,
                                                   max_length=100)[1],
}


_NEXT = {
    CaseStatus.RECEIVED: (EventKind.ACCEPTED, EventKind.CORRECTION_REQUESTED, EventKind.NOT_ACCEPTED,
                          EventKind.REFERRED),
    CaseStatus.AWAITING_CORRECTION: (EventKind.ACCEPTED, EventKind.CORRECTION_REQUESTED, EventKind.NOT_ACCEPTED),
    CaseStatus.UNDERTAKING: (EventKind.UNDERTAKEN,),
    CaseStatus.REVIEWING: (EventKind.REVIEWED, EventKind.RETURNED),
    CaseStatus.AWAITING_APPROVAL: (EventKind.DECIDED, EventKind.RETURNED),
    CaseStatus.ISSUING: (EventKind.CERTIFICATE_ISSUED,),
    CaseStatus.DELIVERING: (EventKind.DELIVERED,),
}


def next_steps(state: CaseState) -> tuple[EventKind, ...]:
    """The steps the case can take now, in the order a clerk would offer them."""
    if state.has_conflict:
        return (EventKind.CONFLICT_RESOLVED,)
    steps = _NEXT.get(state.status, ())
    if state.status in HANDLING:
        if state.suspended:
            return (EventKind.RESUMED,)
        steps = steps + (EventKind.SUSPENDED,)
        if state.extension_pending:
            steps = steps + (EventKind.EXTENSION_APPROVED, EventKind.EXTENSION_REFUSED)
        elif not state.extension_days:
            steps = steps + (EventKind.EXTENSION_REQUESTED,)
    return steps
