"""How each kind of event moves a case: a new state, or a short reason it does not apply."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from counter_app.domain.case_state import (
    HANDLING,
    CaseState,
    CaseStatus,
    ItemTerms,
    Outcome,
    Suspension,
)
from counter_app.domain.case_state import with_changes as _replace
from counter_app.domain.events import CaseEvent, EventKind


def start(event: CaseEvent) -> CaseState:
    data = event.data
    comprehensive = data.get("channel") == "comprehensive"
    return CaseState(
        case_id=event.case_id,
        case_no=str(data["case_no"]),
        item=ItemTerms.from_data(data["item"]),
        channel="comprehensive" if comprehensive else "window",
        window_number=data.get("window_number"),
        applicant=dict(data.get("applicant", {})),
        received_on=event.day,
        received_by=event.actor_id,
        status=CaseStatus.RECEIVED,
        # Received for a department at the comprehensive window: it waits in that department's queue.
        holder_id=None if comprehensive else _owner(event),
        extra={"materials": list(data.get("materials", [])), "notes": data.get("notes", "")},
    )


def _owner(event: CaseEvent) -> uuid.UUID:
    """A B role acting for A keeps the case in A's queue."""
    return event.acting_for_id or event.actor_id


def _accept(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status not in (CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION):
        return "not_awaiting_acceptance"
    # After a notice, acceptance dates from the day the complete materials arrived.
    day = _date(e.data.get("accepted_on")) or e.day
    return _replace(s, status=CaseStatus.UNDERTAKING, accepted_on=day, accepted_by=_owner(e),
                    holder_id=_owner(e), correction=())


def _request_correction(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status not in (CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION):
        return "not_awaiting_acceptance"
    items = tuple(dict(m) for m in e.data.get("materials", ()))
    if not items:
        return "notice_without_materials"
    return _replace(s, status=CaseStatus.AWAITING_CORRECTION, correction=items,
                    notices=s.notices + 1, holder_id=_owner(e))


def _close_at_intake(status: CaseStatus):  # type: ignore[no-untyped-def]
    def apply(s: CaseState, e: CaseEvent) -> CaseState | str:
        if s.status not in (CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION):
            return "not_awaiting_acceptance"
        return _replace(s, status=status, holder_id=None, closing_reason=str(e.data.get("reason", "")))

    return apply


def _advance(source: CaseStatus, target: CaseStatus, *, to_department: bool = False):  # type: ignore[no-untyped-def]
    def apply(s: CaseState, e: CaseEvent) -> CaseState | str:
        if s.status is not source:
            return f"not_{source.value}"
        if s.suspended:
            return "suspended"
        holder = None if to_department else (s.accepted_by or _owner(e))
        return _replace(s, status=target, holder_id=holder)

    return apply


def _decide(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status is not CaseStatus.AWAITING_APPROVAL:
        return "not_awaiting_approval"
    if s.suspended:
        return "suspended"
    try:
        outcome = Outcome(e.data.get("outcome"))
    except ValueError:
        return "unknown_outcome"
    # A refusal has no certificate; its decision letter goes straight to delivery.
    target = CaseStatus.ISSUING if outcome is Outcome.GRANTED else CaseStatus.DELIVERING
    return _replace(s, status=target, outcome=outcome, decided_on=e.day, holder_id=s.accepted_by,
                    extension_pending=False)


def _issue(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status is not CaseStatus.ISSUING:
        return "not_issuing"
    return _replace(s, status=CaseStatus.DELIVERING, certificate_no=e.data.get("certificate_no"))


def _deliver(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status is not CaseStatus.DELIVERING:
        return "not_delivering"
    return _replace(s, status=CaseStatus.COMPLETED, delivered_on=e.day, delivery=dict(e.data), holder_id=None)


_BACK = {
    CaseStatus.REVIEWING: CaseStatus.UNDERTAKING,
    CaseStatus.AWAITING_APPROVAL: CaseStatus.REVIEWING,
}


def _return(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status not in _BACK or s.suspended:
        return "cannot_return_from_here"
    return _replace(s, status=_BACK[s.status], holder_id=s.accepted_by)


def _suspend(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status not in HANDLING or s.suspended:
        return "cannot_suspend"
    start = _date(e.data.get("start")) or e.day
    pause = Suspension(str(e.data.get("reason", "")), start, None, e.data.get("expected_days"))
    return _replace(s, suspended=True, suspensions=s.suspensions + (pause,))


def _resume(s: CaseState, e: CaseEvent) -> CaseState | str:
    if not s.suspended:
        return "not_suspended"
    last = s.suspensions[-1]
    end = _date(e.data.get("end")) or e.day
    if end < last.start:
        return "ends_before_start"
    closed = Suspension(last.reason, last.start, end, last.expected_days)
    return _replace(s, suspended=False, suspensions=s.suspensions[:-1] + (closed,))


def _request_extension(s: CaseState, e: CaseEvent) -> CaseState | str:
    if s.status not in HANDLING or s.extension_pending or s.extension_days:
        return "cannot_request_extension"
    return _replace(s, extension_pending=True, extra={**s.extra, "extension_request": dict(e.data)})


def _approve_extension(s: CaseState, e: CaseEvent) -> CaseState | str:
    if not s.extension_pending:
        return "no_extension_pending"
    days = int(s.extra.get("extension_request", {}).get("days", 0))
    return _replace(s, extension_pending=False, extension_days=days)


def _refuse_extension(s: CaseState, e: CaseEvent) -> CaseState | str:
    if not s.extension_pending:
        return "no_extension_pending"
    return _replace(s, extension_pending=False)


def _note_resolution(s: CaseState, e: CaseEvent) -> CaseState | str:
    return s  # its effect is in _rival_decisions; applying it records it in the timeline


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value)
    return None


APPLY = {
    EventKind.ACCEPTED: _accept,
    EventKind.CORRECTION_REQUESTED: _request_correction,
    EventKind.NOT_ACCEPTED: _close_at_intake(CaseStatus.NOT_ACCEPTED),
    EventKind.REFERRED: _close_at_intake(CaseStatus.REFERRED),
    EventKind.UNDERTAKEN: _advance(CaseStatus.UNDERTAKING, CaseStatus.REVIEWING),
    EventKind.REVIEWED: _advance(CaseStatus.REVIEWING, CaseStatus.AWAITING_APPROVAL, to_department=True),
    EventKind.DECIDED: _decide,
    EventKind.CERTIFICATE_ISSUED: _issue,
    EventKind.DELIVERED: _deliver,
    EventKind.RETURNED: _return,
    EventKind.SUSPENDED: _suspend,
    EventKind.RESUMED: _resume,
    EventKind.EXTENSION_REQUESTED: _request_extension,
    EventKind.EXTENSION_APPROVED: _approve_extension,
    EventKind.EXTENSION_REFUSED: _refuse_extension,
    EventKind.CONFLICT_RESOLVED: _note_resolution,
}
