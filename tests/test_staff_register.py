"""The staff register: qualifications shown, rotation after 2 years on a request 1 month ahead, sending back."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.login import Inactive
from counter_app.domain.staff import Role
from counter_app.domain.staff_register import (
    Finding,
    RotationState,
    StaffFacts,
    add_months,
    earliest_rotation,
    findings,
    full_years,
    rotation_errors,
)
from counter_app.services import auth, startup
from counter_app.services.staff_register import decide_rotation, register, request_rotation, send_back

D = dt.date.fromisoformat
TODAY = D("2026-12-01")


def _person(**changes) -> StaffFacts:  # type: ignore[no-untyped-def]
    base = {"staff_id": uuid.uuid4(), "roles": frozenset({Role.WINDOW_CLERK}), "law_enforcement_cert": "豫执法1",
            "posted_on": D("2020-03-16"), "birth_date": D("1990-05-12"), "experience_since": D("2015-01-01")}
    return StaffFacts(**{**base, **changes})


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, []),
    ({"law_enforcement_cert": "  "}, [Finding.NO_CERTIFICATE]),
    ({"experience_since": None}, [Finding.EXPERIENCE_UNKNOWN]),
    ({"experience_since": D("2025-12-02")}, [Finding.SHORT_EXPERIENCE]),  # a day short of a year
    ({"experience_since": D("2025-12-01")}, []),  # a year to the day
    ({"birth_date": D("1981-12-01")}, [Finding.OVER_AGE_GUIDELINE]),  # 45 today: shown, not a block
    ({"birth_date": D("1981-12-02")}, []),  # 45 tomorrow
    ({"roles": frozenset({Role.CHIEF_REPRESENTATIVE_A}), "posted_on": D("2024-12-02")}, [Finding.CHIEF_TENURE_SHORT]),
    ({"roles": frozenset({Role.CHIEF_REPRESENTATIVE_B}), "posted_on": D("2024-12-01")}, []),
    ({"posted_on": D("2026-01-01")}, []),  # a clerk new to the hall is not flagged
])
def test_findings(changes: dict[str, object], expected: list[Finding]) -> None:
    assert findings(_person(**changes), TODAY) == expected


def test_years_and_months_at_their_edges() -> None:
    assert full_years(D("1992-02-29"), D("2026-02-28")) == 33 and full_years(D("1992-02-29"), D("2026-03-01")) == 34
    assert add_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert add_months(D("2027-12-15"), 1) == D("2028-01-15")
    assert add_months(D("2028-01-31"), 1) == D("2028-02-29")


@pytest.mark.parametrize(("posted", "requested", "leave", "errors"), [
    ("2024-11-01", "2026-11-01", "2026-12-01", []),  # 2 years and a month's notice, exactly
    ("2024-12-02", "2026-11-01", "2026-12-01", [("leave_on", "under_two_years_at_hall")]),
    ("2020-01-01", "2026-11-02", "2026-12-01", [("leave_on", "under_one_month_notice")]),
    ("2020-01-01", "2026-01-31", "2026-02-28", []),  # a month after 31 January
    ("2024-02-29", "2025-12-01", "2026-02-28", [("leave_on", "under_two_years_at_hall")]),
    ("2024-02-29", "2025-12-01", "2026-03-01", []),
    ("2020-01-01", "2026-12-02", "2027-02-01", [("requested_on", "in_the_future")]),
    ("2020-01-01", "2026-11-01", None, [("leave_on", "required")]),
])
def test_rotation_rules(posted: str, requested: str, leave: str | None, errors: list[tuple[str, str]]) -> None:
    _text, found = rotation_errors(D(posted), D(requested), D(leave) if leave else None, "调回原单位", TODAY)
    assert [(e.field, e.code) for e in found] == errors


def test_the_earliest_rotation_day() -> None:
    assert earliest_rotation(D("2025-06-16"), TODAY) == D("2027-06-16")  # two years at the hall first
    assert earliest_rotation(D("2019-01-07"), TODAY) == D("2027-01-01")  # a month's notice


def test_the_register_shows_the_demo_hall_s_findings(demo_counter: Counter) -> None:
    rows = {r.code: r for r in register(demo_counter, staff_session(demo_counter, "S9001"), TODAY)}
    assert len(rows) >= 50
    assert Finding.CHIEF_TENURE_SHORT in rows["S0391"].findings  # posted 2025-06-16
    assert Finding.NO_CERTIFICATE in rows["S1192"].findings
    assert Finding.SHORT_EXPERIENCE in rows["S0702"].findings
    assert Finding.OVER_AGE_GUIDELINE in rows["S0201"].findings  # born 1978
    assert rows["S0101"].findings == () and rows["S0101"].years_at_hall == 6


def test_only_the_hall_administrator_keeps_the_register(demo_counter: Counter) -> None:
    for code in ("S0101", "S0191"):
        with pytest.raises(PermissionError):
            register(demo_counter, staff_session(demo_counter, code), TODAY)


def test_a_rotation_request_then_the_centre_s_decision(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert request_rotation(demo_counter, admin, "S0101", D("2026-11-30"), D("2027-01-04"), "调回原单位", NOW) == []
    again = request_rotation(demo_counter, admin, "S0101", D("2026-11-30"), D("2027-02-01"), "再次申请", NOW)
    assert [(e.field, e.code) for e in again] == [("staff", "request_pending")]
    refused = decide_rotation(demo_counter, admin, "S0101", False, "", NOW)
    assert [(e.field, e.code) for e in refused] == [("note", "required")]
    assert decide_rotation(demo_counter, admin, "S0101", True, "", NOW) == []
    row = next(r for r in register(demo_counter, admin, TODAY) if r.code == "S0101")
    assert (row.rotation, row.leave_on) == (RotationState.APPROVED, D("2027-01-04"))
    none_pending = decide_rotation(demo_counter, admin, "S0101", True, "", NOW)
    assert [(e.field, e.code) for e in none_pending] == [("staff", "no_pending_request")]


def test_bad_requests_save_nothing(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert [(e.field, e.code) for e in request_rotation(demo_counter, admin, "S0391", D("2026-11-30"),
                                                        D("2027-01-04"), "调回", NOW)] == [
        ("leave_on", "under_two_years_at_hall")]
    assert [(e.field, e.code) for e in request_rotation(demo_counter, admin, "S7777", D("2026-11-30"),
                                                        D("2027-01-04"), "调回", NOW)] == [("staff", "unknown")]
    assert [(e.field, e.code) for e in request_rotation(demo_counter, admin, "S0101", D("2026-11-30"),
                                                        D("2027-01-04"), " ", NOW)] == [("reason", "required")]
    assert all(r.rotation is None for r in register(demo_counter, admin, TODAY))


def test_sending_back_takes_the_person_off_the_register_everywhere(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert [(e.field, e.code) for e in send_back(demo_counter, admin, "S0104", "", NOW)] == [("reason", "required")]
    assert [(e.field, e.code) for e in send_back(demo_counter, admin, "S9001", "自己", NOW)] == [
        ("staff", "own_record")]
    assert send_back(demo_counter, admin, "S0104", "多次群众投诉，经核实不适合窗口工作", NOW) == []
    outcome = auth.log_in(demo_counter.local(), device_id=startup.device_id(demo_counter), code="S0104", pin="1234",
                          now=NOW)
    assert isinstance(outcome, Inactive)
    row = next(r for r in register(demo_counter, admin, TODAY) if r.code == "S0104")
    assert not row.active and row.sent_back_reason.startswith("多次群众投诉")
