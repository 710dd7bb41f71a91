"""Opening and closing the hall's windows, the emergency suggestion and the operating rules: every
rule in domain/, every refusal through the services, the hall write on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hall_counters import accept_cases, open_at
from sqlalchemy import func, select
from staffing import NOW, staff_session

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.events import EventKind
from counter_app.domain.hall import WindowType
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.rules_entry import rules_from_form
from counter_app.domain.windows import (
    Load,
    WindowEventKind,
    WindowFacts,
    change_refusal,
    open_out_of_season,
    reason_required,
    suggest,
)
from counter_app.services import operating_rules as rules_service
from counter_app.services import windows
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in
from counter_app.services.sync import synchronise
from counter_app.store.models import AuditEntry, ServiceWindow, WindowEvent

TODAY = dt.date(2026, 12, 1)  # NOW in the hall: Tuesday
UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/hall"
D = dt.date


def _seasonal(start: str, end: str, is_open: bool = False) -> WindowFacts:
    return WindowFacts(12, WindowType.SEASONAL, is_open, start, end)


# --- the rules (domain/windows.py) ---------------------------------------------------------------


@pytest.mark.parametrize(("start", "end", "day", "offered"), [
    ("08-01", "09-30", D(2026, 8, 1), True), ("08-01", "09-30", D(2026, 9, 30), True),
    ("08-01", "09-30", D(2026, 7, 31), False), ("08-01", "09-30", D(2026, 10, 1), False),
    # Across the new year: in on 31 December and 1 January, out the day after the end.
    ("11-20", "02-10", D(2026, 12, 31), True), ("11-20", "02-10", D(2027, 1, 1), True),
    ("11-20", "02-10", D(2027, 2, 10), True), ("11-20", "02-10", D(2027, 2, 11), False),
    ("11-20", "02-10", D(2026, 11, 19), False), ("11-20", "02-10", D(2026, 11, 20), True),
    # 29 February as a bound: in a common year the season starts on 1 March, or ends on 28 February.
    ("02-29", "03-31", D(2027, 2, 28), False), ("02-29", "03-31", D(2027, 3, 1), True),
    ("02-29", "03-31", D(2028, 2, 29), True), ("02-29", "03-31", D(2028, 2, 28), False),
    ("12-01", "02-29", D(2027, 2, 28), True), ("12-01", "02-29", D(2027, 3, 1), False),
    ("12-01", "02-29", D(2028, 2, 29), True), ("12-01", "02-29", D(2028, 3, 1), False),
])
def test_a_seasonal_window_opens_only_in_its_season(start: str, end: str, day: dt.date, offered: bool) -> None:
    assert change_refusal(_seasonal(start, end), True, day) == (None if offered else "out_of_season")
    # Closing is never refused for the season, and a window left open after it is pointed out.
    assert change_refusal(_seasonal(start, end, is_open=True), False, day) is None
    assert open_out_of_season(_seasonal(start, end, is_open=True), day) is not offered


def test_opening_an_open_window_or_closing_a_closed_one_is_refused() -> None:
    open_one, closed = WindowFacts(1, WindowType.CONSTANT, True), WindowFacts(11, WindowType.EMERGENCY, False)
    assert change_refusal(open_one, True, TODAY) == "already_open"
    assert change_refusal(closed, False, TODAY) == "already_closed"
    assert change_refusal(open_one, False, TODAY) is None and change_refusal(closed, True, TODAY) is None
    assert change_refusal(WindowFacts(12, WindowType.SEASONAL, False), True, TODAY) == "out_of_season"  # no season


def test_an_emergency_window_needs_a_reason_unless_it_answers_the_suggestion() -> None:
    assert reason_required(WindowType.EMERGENCY, True, answers_suggestion=False)
    assert not reason_required(WindowType.EMERGENCY, True, answers_suggestion=True)
    assert not reason_required(WindowType.EMERGENCY, False, answers_suggestion=False)
    assert not reason_required(WindowType.SEASONAL, True, answers_suggestion=False)


RULES = OperatingRules(emergency_waiting_per_window=15, emergency_intake_per_window=40)


@pytest.mark.parametrize(("load", "waiting", "intake"), [
    (Load(150, 0, 10), False, False),  # exactly 15 per window: not yet
    (Load(151, 0, 10), True, False),  # one more: suggested
    (Load(0, 400, 10), False, False),
    (Load(0, 401, 10), False, True),
    (Load(151, 401, 10), True, True),
    (Load(0, 0, 0), False, False),  # nothing open and nobody there
    (Load(1, 0, 0), True, False),  # nothing open and somebody waits
])
def test_the_suggestion_starts_one_above_the_threshold(load: Load, waiting: bool, intake: bool) -> None:
    found = suggest(RULES, load, [12, 11])
    if not (waiting or intake):
        assert found is None
        return
    assert found is not None and (found.waiting_passed, found.intake_passed) == (waiting, intake)
    assert found.window_number == 11  # the first closed emergency window
    assert suggest(RULES, load, []).window_number is None  # every emergency window already open


@pytest.mark.parametrize(("values", "error"), [
    ({"emergency_waiting_per_window": 0}, FieldError("emergency_waiting_per_window", "out_of_range")),
    ({"emergency_intake_per_window": 2001}, FieldError("emergency_intake_per_window", "out_of_range")),
    ({"bad_rating_max_level": 5}, FieldError("bad_rating_max_level", "out_of_range")),
    ({"follow_up_days": -1}, FieldError("follow_up_days", "out_of_range")),
    ({"yellow_days": None}, FieldError("yellow_days", "required")),
    ({"yellow_days": "3"}, FieldError("yellow_days", "not_a_number")),
    ({"follow_up_days": True}, FieldError("follow_up_days", "not_a_number")),
])
def test_each_operating_rule_is_checked_on_its_own(values: dict[str, object], error: FieldError) -> None:
    rules, errors = rules_from_form({**OperatingRules().to_json(), **values})
    assert rules is None and errors == [error]
    assert rules_from_form(OperatingRules(yellow_days=0).to_json()) == (OperatingRules(yellow_days=0), [])


# --- the services ---------------------------------------------------------------------------------


def _window(counter: Counter, number: int, *, hall: bool = False) -> tuple[bool, int]:
    """Whether the window is open, and how many events it has (at the counter, or at the hall)."""
    with (counter.hall() if hall else counter.local()) as uow:
        s = uow.session
        window = s.scalars(select(ServiceWindow).where(ServiceWindow.number == number)).one()
        events = s.scalar(select(func.count()).select_from(WindowEvent).where(WindowEvent.window_id == window.id))
        return window.is_open, events or 0


def _codes(errors: list[FieldError]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in errors]


def test_the_administrator_opens_an_emergency_window_with_a_reason(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert _codes(windows.open_window(demo_counter, admin, 11, "  ", NOW)) == [("reason", "required")]
    assert _window(demo_counter, 11) == _window(demo_counter, 11, hall=True) == (False, 0)
    assert windows.open_window(demo_counter, admin, 11, "市场主体登记高峰，排队超过60人", NOW) == []
    # Pulled at once: this counter shows it without waiting for a sync.
    assert _window(demo_counter, 11) == _window(demo_counter, 11, hall=True) == (True, 1)
    [event] = windows.history(demo_counter, admin)
    assert (event.number, event.kind, event.actor, event.reason) == (
        11, WindowEventKind.OPENED, "杜明远", "市场主体登记高峰，排队超过60人")
    assert event.occurred_at == NOW and event.suggestion is None and event.device == "C01"
    assert _codes(windows.open_window(demo_counter, admin, 11, "again", NOW)) == [("window", "already_open")]
    assert windows.close_window(demo_counter, admin, 11, "", NOW) == []  # nobody posted there; no reason needed
    assert _codes(windows.close_window(demo_counter, admin, 11, "", NOW)) == [("window", "already_closed")]
    assert [e.kind for e in windows.history(demo_counter, admin)] == [WindowEventKind.CLOSED, WindowEventKind.OPENED]
    assert _codes(windows.open_window(demo_counter, admin, 99, "", NOW)) == [("window", "unknown_window")]
    assert _codes(windows.open_window(demo_counter, admin, 11, "很长" * 101, NOW)) == [("reason", "too_long")]


def test_a_seasonal_window_is_refused_out_of_season_and_opens_in_it(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    # Window 12 (school buses) has its season from 08-01 to 09-30; 1 December is out of it.
    assert _codes(windows.open_window(demo_counter, admin, 12, "开学季", NOW)) == [("window", "out_of_season")]
    assert _window(demo_counter, 12, hall=True) == (False, 0)
    row = next(r for r in windows.window_rows(demo_counter, admin, TODAY) if r.number == 12)
    assert (row.in_season, row.open_refusal) == (False, "out_of_season")
    august = dt.datetime(2026, 8, 3, 1, tzinfo=dt.UTC)
    assert windows.open_window(demo_counter, admin, 12, "", august) == []
    assert _window(demo_counter, 12) == (True, 1)
    # Still open on 1 December: the list points out that the season is over; closing is allowed.
    row = next(r for r in windows.window_rows(demo_counter, admin, TODAY) if r.number == 12)
    assert row.open_out_of_season and row.posted == ("薛佳怡", "魏子轩")


def test_closing_a_staffed_window_warns_and_goes_ahead_once_confirmed(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    staff_session(demo_counter, "S0203")  # 马骁 logs in at the seasonal window 13 ...
    assert [(p.code, p.logged_in_today) for p in windows.posted_staff(demo_counter, admin, 13, TODAY)] == [
        ("S0203", False)]  # ... which the hall learns with the next sync
    synchronise(demo_counter)
    assert [(p.code, p.name, p.logged_in_today) for p in windows.posted_staff(demo_counter, admin, 13, TODAY)] == [
        ("S0203", "马骁", True)]
    assert _codes(windows.close_window(demo_counter, admin, 13, "", NOW)) == [("window", "staff_posted")]
    assert _window(demo_counter, 13, hall=True) == (True, 0)
    assert windows.close_window(demo_counter, admin, 13, "客流回落", NOW, despite_staff=True) == []
    [event] = windows.history(demo_counter, admin)
    assert event.staff_posted == ("马骁",) and event.reason == "客流回落"
    # In its season (11-20 to 02-10) it opens again.
    assert windows.open_window(demo_counter, admin, 13, "", NOW + dt.timedelta(hours=1)) == []
    assert _window(demo_counter, 13) == (True, 2)


def test_opening_from_the_suggestion_records_its_figures(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    # 11 windows are open in the demo hall (1 to 10 and the seasonal 13): 15 × 11 = 165 waiting is the edge.
    assert windows.suggestion(demo_counter, admin, 165, TODAY) is None
    found = windows.suggestion(demo_counter, admin, 166, TODAY)
    assert found is not None and found.window_number == 11 and found.waiting_passed and not found.intake_passed
    # The suggestion no longer stands at the hall: a reason is needed like any other opening.
    assert _codes(windows.open_window(demo_counter, admin, 11, "", NOW, waiting=165)) == [("reason", "required")]
    assert _codes(windows.open_window(demo_counter, admin, 11, "", NOW, waiting=-1)) == [
        ("reason", "required"), ("waiting", "out_of_range")]
    assert windows.open_window(demo_counter, admin, 11, "", NOW, waiting=166) == []
    [event] = windows.history(demo_counter, admin)
    intake = _intake(demo_counter, TODAY)  # the demo cases' when the test runs on the demo's day
    assert event.suggestion == {"waiting": 166, "intake": intake, "open_windows": 11, "waiting_per_window": 15,
                                "intake_per_window": 40}
    # Now 12 windows are open: 166 waiting is no longer above 15 per window, and no emergency window is left.
    assert windows.suggestion(demo_counter, admin, 166, TODAY) is None
    assert windows.suggestion(demo_counter, admin, 181, TODAY).window_number is None


def _intake(counter: Counter, day: dt.date) -> int:
    with counter.local() as uow:
        return windows.intake_today(uow.session, day)


def test_intake_counts_each_case_taken_in_today_once(demo_counter: Counter) -> None:
    from test_intake_service import _form

    # The demo cases are dated from the day the demo was loaded: count on top of what they bring.
    base, base_before = _intake(demo_counter, TODAY), _intake(demo_counter, TODAY - dt.timedelta(days=1))
    clerk, comprehensive = staff_session(demo_counter, "S0101"), staff_session(demo_counter, "S9011")
    accept_cases(demo_counter, clerk, 3)
    accept_cases(demo_counter, clerk, 2, start=3, when=NOW - dt.timedelta(days=1))  # yesterday's
    notice = take_in(demo_counter.local(), clerk, _form(materials=[]), IntakeDecision.NOTICE, NOW)
    assert notice.saved
    # Received at the comprehensive window and accepted by the department the same day: one case.
    received = take_in(demo_counter.local(), comprehensive, _form(item_code="MZJ-001", materials=[]),
                       IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert received.saved, received.errors
    accepted = record_step(demo_counter.local(), staff_session(demo_counter, "S1091"), received.case_no,
                           EventKind.ACCEPTED, {}, NOW + dt.timedelta(hours=2))
    assert accepted.saved, accepted.errors
    assert _intake(demo_counter, TODAY) == base + 5
    assert _intake(demo_counter, TODAY - dt.timedelta(days=1)) == base_before + 2
    admin = staff_session(demo_counter, "S9001")
    assert rules_service.save_rules(demo_counter, admin, {**OperatingRules().to_json(),
                                                          "emergency_intake_per_window": 1}, NOW) == []
    # Over 11 open windows, more than 11 cases pass 1 per window.
    assert (windows.suggestion(demo_counter, admin, 0, TODAY) is None) == (base + 5 <= 11)
    accept_cases(demo_counter, clerk, 7, start=10)
    found = windows.suggestion(demo_counter, admin, 0, TODAY)
    assert found is not None and found.intake_passed and found.load.intake == base + 12


def test_only_the_hall_administrator_opens_and_closes_windows(demo_counter: Counter) -> None:
    for code in ("S0101", "S9011", "S0191"):
        who = staff_session(demo_counter, code)
        assert _codes(windows.open_window(demo_counter, who, 11, "人多", NOW)) == [("window", "hall_admin_only")]
        assert _codes(windows.close_window(demo_counter, who, 1, "", NOW)) == [("window", "hall_admin_only")]
        with pytest.raises(PermissionError):
            windows.window_rows(demo_counter, who, TODAY)
        assert _codes(rules_service.save_rules(demo_counter, who, OperatingRules().to_json(), NOW)) == [
            ("rules", "hall_admin_only")]
    assert _window(demo_counter, 11, hall=True) == (False, 0) and _window(demo_counter, 1, hall=True) == (True, 0)


def test_with_the_hall_down_nothing_changes(demo_dir: Path) -> None:
    counter = Counter(config.resolve(str(demo_dir), UNREACHABLE))
    admin = staff_session(counter, "S9001")
    assert _codes(windows.open_window(counter, admin, 11, "人多", NOW)) == [("window", "hall_unreachable")]
    assert _codes(rules_service.save_rules(counter, admin, OperatingRules().to_json(), NOW)) == [
        ("rules", "hall_unreachable")]
    assert [p.logged_in_today for p in windows.posted_staff(counter, admin, 1, TODAY)] == [None, None]
    assert _window(counter, 11) == (False, 0)
    counter.close()


def test_the_administrator_sets_the_operating_rules(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert rules_service.current_rules(demo_counter) == OperatingRules()
    bad = {**OperatingRules().to_json(), "bad_rating_max_level": 5, "yellow_days": 31}
    assert _codes(rules_service.save_rules(demo_counter, admin, bad, NOW)) == [
        ("bad_rating_max_level", "out_of_range"), ("yellow_days", "out_of_range")]
    assert rules_service.current_rules(demo_counter) == OperatingRules()
    new = OperatingRules(emergency_waiting_per_window=10, follow_up_days=3)
    assert rules_service.save_rules(demo_counter, admin, new.to_json(), NOW) == []
    assert rules_service.current_rules(demo_counter) == new
    with demo_counter.local() as uow:
        [entry] = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == rules_service.RULES_CHANGED))
        assert entry.detail["before"]["follow_up_days"] == 5 and entry.detail["after"]["follow_up_days"] == 3


def test_the_hall_write_on_each_engine(tmp_path: Path, hall_url: str) -> None:
    counter, other = open_at(tmp_path, "c1", hall_url), open_at(tmp_path, "c2", hall_url)
    admin = staff_session(counter, "S9001")
    assert windows.open_window(counter, admin, 11, "人多", NOW) == []
    assert windows.close_window(counter, admin, 13, "", NOW, despite_staff=True) == []
    assert rules_service.save_rules(counter, admin, OperatingRules(yellow_days=2).to_json(), NOW) == []
    assert _window(counter, 11, hall=True) == (True, 1) and _window(counter, 13, hall=True) == (False, 1)
    synchronise(other)  # the other counter gets the windows and the rules with its reference data
    assert _window(other, 11) == (True, 1) and _window(other, 13) == (False, 1)
    assert rules_service.current_rules(other).yellow_days == 2
    assert [e.kind for e in windows.history(other, staff_session(other, "S9001"))] == [
        WindowEventKind.CLOSED, WindowEventKind.OPENED]
    counter.close()
    other.close()
