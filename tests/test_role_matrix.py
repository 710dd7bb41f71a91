"""The whole matrix of role × action (权限矩阵), cell by cell, and the services that enforce it.

Each row below is what the hall's rules give each role; the test walks every cell
of domain/permissions.ALLOWED against it, so that a change to the matrix is a change
to this table too. The second half asks the services themselves, as the demo hall's
people, so that a hidden button is never the only guard.
"""

from __future__ import annotations

import datetime as dt

import pytest
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.permissions import ALLOWED, Action, role_refusal
from counter_app.domain.seals import SealState
from counter_app.domain.staff import Role

W, C, A, B, H = (Role.WINDOW_CLERK, Role.COMPREHENSIVE_CLERK, Role.CHIEF_REPRESENTATIVE_A,
                 Role.CHIEF_REPRESENTATIVE_B, Role.HALL_ADMIN)
ROLES = (W, C, A, B, H)
#                               window  compr.  chief A chief B admin
MATRIX: dict[Action, tuple[bool, bool, bool, bool, bool]] = {
    Action.TAKE_IN:                (True,  False, True,  True,  False),
    Action.RECEIVE_FOR_DEPARTMENT: (False, True,  False, False, False),
    Action.MOVE_CASE:              (True,  False, True,  True,  False),
    Action.SIGN_OFF:               (False, False, True,  True,  False),
    Action.DECIDE_EXTENSION:       (False, False, True,  True,  False),
    Action.RESOLVE_CONFLICT:       (False, False, True,  True,  False),
    Action.PRINT_DOCUMENT:         (True,  False, True,  True,  False),
    Action.PRINT_RECEIPT:          (True,  True,  True,  True,  False),
    Action.STAMP_SEAL:             (False, False, True,  True,  False),
    Action.SEE_SEAL_LOG:           (False, False, True,  True,  True),
    Action.REPORT_ABSENCE:         (True,  True,  True,  True,  True),
    Action.DECIDE_CLERK_ABSENCE:   (False, False, True,  True,  False),
    Action.DECIDE_CHIEF_ABSENCE:   (False, False, False, False, True),
    Action.ENTER_CALENDAR:         (False, False, False, False, True),
    Action.MANAGE_SEALS:           (False, False, False, False, True),
    Action.CHANGE_OWN_PIN:         (True,  True,  True,  True,  True),
    Action.RESET_PIN:              (False, False, False, False, True),
    Action.SHOW_FULL_ID:           (True,  True,  True,  True,  True),
    Action.SEE_HALL_CASES:         (False, False, False, False, True),
    Action.MANAGE_STAFF:           (False, False, False, False, True),
    Action.OPEN_WINDOWS:           (False, False, False, False, True),
    Action.MANAGE_APPOINTMENT_SLOTS: (False, False, False, False, True),
    Action.BOOK_APPOINTMENT:       (True,  True,  True,  True,  False),
    Action.RECORD_CONSULTATION:    (True,  True,  True,  True,  True),
    Action.RECORD_EXTENDED_SERVICE: (True, True,  True,  True,  True),
    Action.AGENCY_HELP:            (True,  True,  True,  True,  False),
    Action.RECORD_RATING:          (True,  True,  True,  True,  False),
    Action.FOLLOW_UP_RATING:       (False, False, True,  True,  False),
    Action.SEE_EVALUATION:         (False, False, True,  True,  True),
    Action.DECIDE_EVALUATION:      (False, False, False, False, True),
    Action.EXPORT_SUPERVISION:     (False, False, False, False, True),
}


def test_the_table_covers_every_action() -> None:
    assert set(MATRIX) == set(Action) == set(ALLOWED)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", ROLES)
def test_every_cell(role: Role, action: Action) -> None:
    allowed = MATRIX[action][ROLES.index(role)]
    refusal = role_refusal(frozenset({role}), action)
    assert (refusal is None) == allowed, (role, action, refusal)
    if not allowed:
        assert refusal in ("department_staff_only", "chief_representative_only", "hall_admin_only",
                           "comprehensive_window_only")


def test_no_roles_no_action() -> None:
    assert all(role_refusal(frozenset(), a) for a in Action)


# --- the services, asked by the demo hall's people: 市场监管 window clerk, comprehensive clerk,
# --- 市场监管 chief representatives A and B, hall administrator

PEOPLE = {W: "S0101", C: "S9011", A: "S0191", B: "S0192", H: "S9001"}


def _ask(counter: Counter, role: Role, action: Action) -> bool:
    """Whether the service lets this role's person do it (True) or refuses it for the role."""
    from test_hall_calendar import LINES, NOTICE

    from counter_app.services import case_list, hall_calendar_admin, pin_changes, seal_register

    who = staff_session(counter, PEOPLE[role])
    if action is Action.ENTER_CALENDAR:
        errors = hall_calendar_admin.enter_arrangement(counter, who, 2027, LINES, NOTICE, NOW)
    elif action is Action.RESET_PIN:
        errors = pin_changes.reset_pin(counter, who, "S0102", "5678", "5678", NOW)
    elif action is Action.MANAGE_SEALS:
        errors = seal_register.change_state(counter, who, "SCJG-SP01", SealState.SUSPENDED, "印章送修", NOW)
    elif action is Action.SEE_HALL_CASES:
        try:
            case_list.list_cases(counter.local(), who, case_list.CaseFilter(scope=case_list.Scope.HALL),
                                 dt.date(2026, 12, 1))
        except PermissionError:
            return False
        return True
    else:
        raise AssertionError(action)
    return not any(e.code.endswith("_only") for e in errors)


@pytest.mark.parametrize("action", [Action.ENTER_CALENDAR, Action.RESET_PIN, Action.MANAGE_SEALS,
                                    Action.SEE_HALL_CASES])
@pytest.mark.parametrize("role", ROLES)
def test_the_services_enforce_the_administrator_s_cells(demo_counter: Counter, role: Role, action: Action) -> None:
    assert _ask(demo_counter, role, action) == MATRIX[action][ROLES.index(role)]
