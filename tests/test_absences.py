"""Absences and the B role standing in for A (AB角): the date rule, who decides, and the seal."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from staffing import NOW, staff_session

from counter_app.app import Counter
from counter_app.domain.absences import decision_refusal, report_errors
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.staff import Role
from counter_app.services import absences, seal_log
from counter_app.services.stamping import StampRequest, record_stamping

D = dt.date
CAL = HallCalendar()


@pytest.mark.parametrize(("today", "start", "late"), [
    (D(2026, 12, 1), D(2026, 12, 2), False),  # Tuesday for Wednesday: 1 working day ahead
    (D(2026, 12, 2), D(2026, 12, 2), True),  # the same day: late
    (D(2026, 12, 4), D(2026, 12, 7), False),  # Friday for Monday, across the weekend
    (D(2026, 12, 5), D(2026, 12, 7), False),  # reported on Saturday for Monday
    (D(2026, 9, 30), D(2026, 10, 8), False),  # across the National Day holiday
    (D(2026, 10, 1), D(2026, 10, 7), True),  # inside the holiday, no working day before the start
    (D(2026, 10, 9), D(2026, 10, 10), False),  # a make-up working day (调休) counts
])
def test_one_working_day_ahead(today: dt.date, start: dt.date, late: bool) -> None:
    assert report_errors(start, start + dt.timedelta(days=2), "年休假", today, CAL) == (late, [])


def test_bad_reports() -> None:
    today = D(2026, 12, 1)
    _, errors = report_errors(D(2026, 11, 30), D(2026, 11, 29), "", today, CAL)
    assert {(e.field, e.code) for e in errors} == {("reason", "required"), ("start", "in_the_past"),
                                                   ("end", "before_start")}
    assert [e.field for e in report_errors(None, None, "病假", today, CAL)[1]] == ["start", "end"]
    assert [e.code for e in report_errors(today, D(2028, 1, 1), "病假", today, CAL)[1]] == ["out_of_range"]


A, B, CHIEF, ADMIN = (uuid.uuid4() for _ in range(4))
DEPT, OTHER = uuid.uuid4(), uuid.uuid4()
CLERK = frozenset({Role.WINDOW_CLERK})
CHIEF_A = frozenset({Role.CHIEF_REPRESENTATIVE_A})


@pytest.mark.parametrize(("decider", "roles", "dept", "absent_roles", "expected"), [
    (CHIEF, CHIEF_A, DEPT, CLERK, None),
    (CHIEF, CHIEF_A, OTHER, CLERK, "other_department"),
    (B, CLERK, DEPT, CLERK, "chief_representative_only"),
    (ADMIN, frozenset({Role.HALL_ADMIN}), None, CHIEF_A, None),  # a chief's absence: the centre decides
    (CHIEF, frozenset({Role.CHIEF_REPRESENTATIVE_B}), DEPT, CHIEF_A, "hall_admin_only"),
    (A, CLERK, DEPT, CLERK, "own_absence"),
])
def test_who_decides(decider, roles, dept, absent_roles, expected) -> None:  # type: ignore[no-untyped-def]
    assert decision_refusal(decider, roles, dept, A, absent_roles, DEPT) == expected


def test_report_approve_and_the_b_role_stands_in(demo_counter: Counter) -> None:
    a, b, chief = (staff_session(demo_counter, c) for c in ("S0101", "S0102", "S0191"))
    reported = absences.report_absence(demo_counter.local(), a, D(2026, 12, 2), D(2026, 12, 4), "年休假", NOW)
    assert reported.saved and not reported.late
    refused = absences.decide_absence(demo_counter.local(), b, reported.absence_id, True, "", NOW)
    assert [e.code for e in refused.errors] == ["chief_representative_only"]
    assert absences.decide_absence(demo_counter.local(), chief, reported.absence_id, True, "", NOW).saved
    again = absences.decide_absence(demo_counter.local(), chief, reported.absence_id, False, "重复", NOW)
    assert [e.code for e in again.errors] == ["already_decided"]
    with demo_counter.local() as uow:
        s = uow.session
        assert absences.standing_in_for(s, b.staff_id, D(2026, 12, 3)) == [a.staff_id]
        assert absences.standing_in_for(s, b.staff_id, D(2026, 12, 5)) == []  # outside the period


def test_a_refusal_needs_a_reason_and_covers_nobody(demo_counter: Counter) -> None:
    a, chief = staff_session(demo_counter, "S0101"), staff_session(demo_counter, "S0191")
    reported = absences.report_absence(demo_counter.local(), a, D(2026, 12, 1), D(2026, 12, 1), "病假", NOW)
    assert reported.late  # reported the same day: taken, marked late
    assert [e.field for e in absences.decide_absence(demo_counter.local(), chief, reported.absence_id, False, "",
                                                     NOW).errors] == ["note"]
    assert absences.decide_absence(demo_counter.local(), chief, reported.absence_id, False, "窗口人手不足", NOW).saved
    with demo_counter.local() as uow:
        assert not absences.is_away(uow.session, a.staff_id, D(2026, 12, 1))


def test_the_b_chief_stamps_for_a_only_during_a_approved_absence(demo_counter: Counter) -> None:
    from test_seal_service import _printed

    a, b, admin = (staff_session(demo_counter, c) for c in ("S0191", "S0192", "S9001"))
    number = _printed(demo_counter)
    request = StampRequest("SCJG-SP01", 1, "受理通知书")
    assert [e.code for e in record_stamping(demo_counter.local(), b, number, request, NOW).errors] == [
        "custodian_b_only_when_a_absent"]
    away = absences.report_absence(demo_counter.local(), a, D(2026, 12, 1), D(2026, 12, 2), "外出开会", NOW)
    assert absences.decide_absence(demo_counter.local(), admin, away.absence_id, True, "", NOW).saved
    assert record_stamping(demo_counter.local(), b, number, request, NOW).saved
    lines = seal_log.entries_on(demo_counter, "SCJG-SP01", D(2026, 12, 1))
    assert [(x.stamped_by, x.acting_for) for x in lines] == [("郭𠇔", "张建军")]
    report = seal_log.verify(demo_counter, b.device_id)
    assert report.intact
