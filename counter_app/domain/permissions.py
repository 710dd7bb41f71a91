"""Who may do what: the role matrix (权限), and the finer rules of department, window and queue.

ALLOWED is the whole matrix of role × action; the services ask role_refusal before
anything else, and tests/test_role_matrix.py walks every cell of it. The finer rules
below (one's own department, the window that received a case, the queue a case is
in) narrow what the matrix allows, never widen it.
"""

from __future__ import annotations

import enum
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
EVERYONE = frozenset(Role)
HALL_ADMIN = frozenset({Role.HALL_ADMIN})
# Everyone who serves applicants at a window.
FRONT_DESK = DEPARTMENT_STAFF | {Role.COMPREHENSIVE_CLERK}


class Action(enum.StrEnum):
    TAKE_IN = "take_in"  # 受理 / 一次性告知 / 不予受理 / 告知 at intake, for one's own department
    RECEIVE_FOR_DEPARTMENT = "receive_for_department"  # 综合窗口收件
    MOVE_CASE = "move_case"  # 承办 审核 发证 送达, suspend, resume, ask for an extension, return a step
    SIGN_OFF = "sign_off"  # 审批: the decision, or returning the case from sign-off
    DECIDE_EXTENSION = "decide_extension"
    RESOLVE_CONFLICT = "resolve_conflict"
    PRINT_DOCUMENT = "print_document"  # the department's notices and decisions
    PRINT_RECEIPT = "print_receipt"  # 材料接收凭证
    STAMP_SEAL = "stamp_seal"  # 行政审批专用章 (custody narrows it to A, or B for an absent A)
    SEE_SEAL_LOG = "see_seal_log"
    REPORT_ABSENCE = "report_absence"
    DECIDE_CLERK_ABSENCE = "decide_clerk_absence"
    DECIDE_CHIEF_ABSENCE = "decide_chief_absence"
    ENTER_CALENDAR = "enter_calendar"
    MANAGE_SEALS = "manage_seals"  # register, hand over custody, suspend, retire
    CHANGE_OWN_PIN = "change_own_pin"
    RESET_PIN = "reset_pin"
    SHOW_FULL_ID = "show_full_id"
    SEE_HALL_CASES = "see_hall_cases"
    MANAGE_STAFF = "manage_staff"  # the staff register: rotation requests and decisions, sending back
    OPEN_WINDOWS = "open_windows"  # open and close windows, emergency and seasonal ones included
    MANAGE_APPOINTMENT_SLOTS = "manage_appointment_slots"
    BOOK_APPOINTMENT = "book_appointment"  # 预约: book, cancel, check in, mark missed
    RECORD_CONSULTATION = "record_consultation"  # 首问负责
    RECORD_EXTENDED_SERVICE = "record_extended_service"  # 延时服务, one's own, by hand
    AGENCY_HELP = "agency_help"  # 代办帮办: start, follow, end
    RECORD_RATING = "record_rating"  # 好差评 at the counter
    FOLLOW_UP_RATING = "follow_up_rating"  # 差评整改, the department's
    SEE_EVALUATION = "see_evaluation"  # the figures per window and staff
    DECIDE_EVALUATION = "decide_evaluation"  # 年度考核: grades and the windows' weights
    EXPORT_SUPERVISION = "export_supervision"  # 电子监察 export


ALLOWED: dict[Action, frozenset[Role]] = {
    Action.TAKE_IN: DEPARTMENT_STAFF,
    Action.RECEIVE_FOR_DEPARTMENT: frozenset({Role.COMPREHENSIVE_CLERK}),
    Action.MOVE_CASE: DEPARTMENT_STAFF,
    Action.SIGN_OFF: CHIEFS,
    Action.DECIDE_EXTENSION: CHIEFS,
    Action.RESOLVE_CONFLICT: CHIEFS,
    Action.PRINT_DOCUMENT: DEPARTMENT_STAFF,
    Action.PRINT_RECEIPT: DEPARTMENT_STAFF | {Role.COMPREHENSIVE_CLERK},
    Action.STAMP_SEAL: CHIEFS,
    Action.SEE_SEAL_LOG: CHIEFS | HALL_ADMIN,
    Action.REPORT_ABSENCE: EVERYONE,
    Action.DECIDE_CLERK_ABSENCE: CHIEFS,
    Action.DECIDE_CHIEF_ABSENCE: HALL_ADMIN,
    Action.ENTER_CALENDAR: HALL_ADMIN,
    Action.MANAGE_SEALS: HALL_ADMIN,
    Action.CHANGE_OWN_PIN: EVERYONE,
    Action.RESET_PIN: HALL_ADMIN,
    Action.SHOW_FULL_ID: DEPARTMENT_STAFF | {Role.COMPREHENSIVE_CLERK, Role.HALL_ADMIN},
    Action.SEE_HALL_CASES: HALL_ADMIN,
    Action.MANAGE_STAFF: HALL_ADMIN,
    Action.OPEN_WINDOWS: HALL_ADMIN,
    Action.MANAGE_APPOINTMENT_SLOTS: HALL_ADMIN,
    Action.BOOK_APPOINTMENT: FRONT_DESK,
    Action.RECORD_CONSULTATION: EVERYONE,
    Action.RECORD_EXTENDED_SERVICE: EVERYONE,
    Action.AGENCY_HELP: FRONT_DESK,
    Action.RECORD_RATING: FRONT_DESK,
    Action.FOLLOW_UP_RATING: CHIEFS,
    Action.SEE_EVALUATION: CHIEFS | HALL_ADMIN,
    Action.DECIDE_EVALUATION: HALL_ADMIN,
    Action.EXPORT_SUPERVISION: HALL_ADMIN,
}
_WHO_MAY = {DEPARTMENT_STAFF: "department_staff_only", CHIEFS: "chief_representative_only",
            CHIEFS | HALL_ADMIN: "chief_representative_only",
            DEPARTMENT_STAFF | {Role.COMPREHENSIVE_CLERK}: "department_staff_only",
            HALL_ADMIN: "hall_admin_only", frozenset({Role.COMPREHENSIVE_CLERK}): "comprehensive_window_only"}


def role_refusal(roles: frozenset[Role], action: Action) -> str | None:
    """Why no role of this person allows the action, or None (the matrix cell)."""
    allowed = ALLOWED[action]
    return None if roles & allowed else _WHO_MAY.get(allowed, "not_allowed")


def intake_refusal(roles: frozenset[Role], decision: IntakeDecision, *, own_department: bool,
                   window_type: WindowType | None, window_serves_item: bool) -> str | None:
    """Why this person may not take this decision on this item here, or None."""
    if decision is IntakeDecision.RECEIVE_FOR_DEPARTMENT:
        if role_refusal(roles, Action.RECEIVE_FOR_DEPARTMENT) or window_type is not WindowType.COMPREHENSIVE:
            return "comprehensive_window_only"
        return None if window_serves_item else "window_does_not_serve_item"
    return role_refusal(roles, Action.TAKE_IN) or (None if own_department else "other_department")


def step_refusal(roles: frozenset[Role], kind: EventKind, *, own_department: bool,
                 returning_from_approval: bool = False) -> str | None:
    if not own_department:
        return "other_department"
    return role_refusal(roles, step_action(kind, returning_from_approval=returning_from_approval))


def step_action(kind: EventKind, *, returning_from_approval: bool = False) -> Action:
    """The matrix action a step of the chain is."""
    if kind is EventKind.DECIDED or returning_from_approval:
        return Action.SIGN_OFF
    if kind in (EventKind.EXTENSION_APPROVED, EventKind.EXTENSION_REFUSED):
        return Action.DECIDE_EXTENSION
    if kind is EventKind.CONFLICT_RESOLVED:
        return Action.RESOLVE_CONFLICT
    return Action.MOVE_CASE


def print_refusal(roles: frozenset[Role], kind: "DocumentKind", *, own_department: bool,
                  received_here: bool) -> str | None:
    """Department staff print their cases' documents; a comprehensive-window clerk only the receipt of
    a case taken in at that window (the department's own documents are the department's to issue)."""
    if own_department and not role_refusal(roles, Action.PRINT_DOCUMENT):
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


def sight_refusal(roles: frozenset[Role], *, own_department: bool, received_here: bool, helping: bool) -> str | None:
    """Whether this person may open a case at all: the lists' scopes, asked again when a case is
    opened by its number. The department's staff, the comprehensive window that received it, the
    staff who help the applicant with it (代办帮办), and the hall administrator."""
    if own_department or received_here or helping or role_refusal(roles, Action.SEE_HALL_CASES) is None:
        return None
    return "other_department"
