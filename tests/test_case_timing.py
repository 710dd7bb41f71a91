"""A case's limits in working days: acceptance day not counted, suspensions excluded, extensions added."""

from __future__ import annotations

import datetime as dt

from case_factory import CHIEF, at, new_case

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.case import fold
from counter_app.domain.case_timing import case_warning, deemed_accepted, step_warning, timing
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.events import EventKind

CAL = HallCalendar()
D = dt.date.fromisoformat


def _accepted_on_dec_1():  # type: ignore[no-untyped-def]
    device = new_case()
    device.receive(at("2026-12-01"))  # a Tuesday
    device.act(EventKind.ACCEPTED, at("2026-12-01", 1))
    return device


def test_promised_and_statutory_dates() -> None:
    t = timing(fold(_accepted_on_dec_1().events), CAL)
    assert t.promised_due.day == D("2026-12-15")  # 10 working days, Dec 1 not counted
    assert t.statutory_due.day == D("2026-12-29")  # 20 working days
    assert t.step_due == D("2026-12-15") and t.confirmed


def test_suspension_stops_the_clock() -> None:
    device = _accepted_on_dec_1()
    device.act(EventKind.SUSPENDED, at("2026-12-03"), reason="testing", start="2026-12-03")
    t = timing(fold(device.events), CAL)
    assert t.promised_due.day is None and t.step_due is None  # an open suspension: no date yet
    device.act(EventKind.RESUMED, at("2026-12-07"), end="2026-12-04")
    t = timing(fold(device.events), CAL)
    assert t.promised_due.day == D("2026-12-17")  # two working days later


def test_approved_extension_crosses_into_an_unconfirmed_2027() -> None:
    device = _accepted_on_dec_1()
    device.act(EventKind.EXTENSION_REQUESTED, at("2026-12-10"), days=10, reason="专家评审")
    assert timing(fold(device.events), CAL).statutory_due.day == D("2026-12-29")  # not before approval
    device.act(EventKind.EXTENSION_APPROVED, at("2026-12-11"), actor=CHIEF)
    t = timing(fold(device.events), CAL)
    # Dec 30, 31, Jan 1 (counted: 2027 is not confirmed, so plain weekdays), Jan 4-8, 11, 12
    assert t.statutory_due.day == D("2027-01-12")
    assert not t.statutory_due.confirmed and not t.confirmed
    confirmed = HallCalendar(overrides={D("2027-01-01"): False}, confirmed_years=frozenset({2027}))
    t = timing(fold(device.events), confirmed)
    assert t.statutory_due.day == D("2027-01-13") and t.statutory_due.confirmed


def test_received_for_checking_counts_as_accepted_after_five_working_days() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    state = fold(device.events)
    t = timing(state, CAL)
    assert t.intake_due == D("2026-12-08") and t.step_due == D("2026-12-08")
    assert not deemed_accepted(state, t, D("2026-12-08"))
    assert deemed_accepted(state, t, D("2026-12-09"))
    # The hall's clock then runs from the day of receipt.
    assert t.promised_due.day == D("2026-12-15")


def test_certificate_within_ten_working_days_of_the_decision() -> None:
    device = _accepted_on_dec_1()
    device.act(EventKind.UNDERTAKEN, at("2026-12-02"))
    device.act(EventKind.REVIEWED, at("2026-12-03"))
    device.act(EventKind.DECIDED, at("2026-12-04"), actor=CHIEF, outcome="granted")
    t = timing(fold(device.events), CAL)
    assert t.issue_due == D("2026-12-18") and t.step_due == D("2026-12-18")


def test_warning_levels_per_step_and_case() -> None:
    device = _accepted_on_dec_1()
    state = fold(device.events)
    t = timing(state, CAL)
    assert step_warning(state, t, CAL, D("2026-12-09")) is WarningLevel.NORMAL  # 4 left
    assert step_warning(state, t, CAL, D("2026-12-10")) is WarningLevel.YELLOW  # 3 left
    assert step_warning(state, t, CAL, D("2026-12-15")) is WarningLevel.YELLOW  # due today
    assert step_warning(state, t, CAL, D("2026-12-16")) is WarningLevel.RED
    assert step_warning(state, t, CAL, D("2026-12-09"), yellow_days=5) is WarningLevel.YELLOW
    assert case_warning(state, t, CAL, D("2026-12-16")) is WarningLevel.RED


def test_awaiting_correction_runs_no_clock_against_the_hall() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.CORRECTION_REQUESTED, at("2026-12-01", 3), materials=[{"name": "x"}])
    state = fold(device.events)
    t = timing(state, CAL)
    assert t.step_due is None
    assert step_warning(state, t, CAL, D("2027-03-01")) is WarningLevel.NORMAL


def test_comprehensive_receipt_taken_up_late_counts_from_receipt() -> None:
    from counter_app.domain.case_timing import effective_acceptance, intake_working_days

    device = new_case()
    device.receive(at("2026-12-01"), channel="comprehensive")
    device.act(EventKind.ACCEPTED, at("2026-12-03"))  # the department took 2 working days
    state = fold(device.events)
    assert intake_working_days(state, CAL) == 2
    assert effective_acceptance(state, CAL) == D("2026-12-03")
    late = new_case()
    late.receive(at("2026-12-01"), channel="comprehensive")
    late.act(EventKind.ACCEPTED, at("2026-12-10"))  # 7 working days: past the 5 of art. 32
    state = fold(late.events)
    assert intake_working_days(state, CAL) == 7
    assert effective_acceptance(state, CAL) == D("2026-12-01")
    assert timing(state, CAL).promised_due.day == D("2026-12-15")  # counted from receipt


def test_acceptance_after_a_notice_dates_from_the_complete_materials() -> None:
    from counter_app.domain.case_timing import effective_acceptance

    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.CORRECTION_REQUESTED, at("2026-12-01", 3), materials=[{"name": "x"}])
    device.act(EventKind.ACCEPTED, at("2026-12-21"))
    assert effective_acceptance(fold(device.events), CAL) == D("2026-12-21")
