"""Who may do what (the full role matrix arrives with the people issue; these rules hold already)."""

from __future__ import annotations

import uuid

from counter_app.domain.documents import DocumentKind
from counter_app.domain.events import EventKind
from counter_app.domain.hall import WindowType
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.staff import Role

CHIEFS = frozenset({Role.CHIEF_REPRESENTATIVE_A, Role.CHIEF_REPRESENTATIVE_B})
DEPARTMENT_STAFF = CHIEFS | {Role.WINDOW_CLERK}
CHIEF_ONLY = frozenset({EventKind.DECIDED, EventKind.EXTENSION_APPROVED, EventKind.EXTENSION_REFUSED,
                        EventKind.CONFLICT_RESOLVED})


def intake_refusal(roles: frozenset[Role], decision: IntakeDecision, *, own_department: bool,
                   window_type: WindowType | None, window_serves_item: bool) -> str | None:
    """Why this person may not take this decision on this item here, or None."""
    if decision is IntakeDecision.RECEIVE_FOR_DEPARTMENT:
        if Role.COMPREHENSIVE_CLERK not in roles or window_type is not WindowType.COMPREHENSIVE:
            return "comprehensive_window_only"
        return None if window_serves_item else "window_does_not_serve_item"
    if not roles & DEPARTMENT_STAFF:
        return "department_staff_only"
    return None if own_department else "other_department"


def step_refusal(roles: frozenset[Role], kind: EventKind, *, own_department: bool,
                 returning_from_approval: bool = False) -> str | None:
    if not own_department:
        return "other_department"
    if kind in CHIEF_ONLY or returning_from_approval:
        return None if roles & CHIEFS else "chief_representative_only"
    return None if roles & DEPARTMENT_STAFF else "department_staff_only"


def print_refusal(roles: frozenset[Role], kind: "DocumentKind", *, own_department: bool,
                  received_here: bool) -> str | None:
    """Department staff print their cases' documents; a comprehensive-window clerk only the receipt of
    a case taken in at that window (the department's own documents are the department's to issue)."""
    if own_department and roles & DEPARTMENT_STAFF:
        return None
    if kind is DocumentKind.RECEIPT and received_here and Role.COMPREHENSIVE_CLERK in roles:
        return None
    return "other_department" if roles & DEPARTMENT_STAFF else "department_staff_only"


def holder_refusal(actor_id: uuid.UUID, roles: frozenset[Role], holder_id: uuid.UUID | None,
                   covering: frozenset[uuid.UUID]) -> tuple[str | None, uuid.UUID | None]:
    """Whether this person may act on a case another person holds, and for whom (AB角).

    A case in someone's queue is theirs: a colleague acts on it only as their B during an
    approved absence (covering: the people this person stands in for today), and the event
    then records both people. The department's chief representatives act on any of its cases.
    Returns (refusal, acting_for).
    """
    if holder_id is None or holder_id == actor_id or roles & CHIEFS:
        return None, None
    if holder_id in covering:
        return None, holder_id
    return "held_by_colleague", None
