"""The supervision export (电子监察): steps against their limits, pauses and extensions, the cards, the schema."""

from __future__ import annotations

import datetime as dt

import jsonschema
import pytest
from case_factory import new_case
from domain_forms import scjg002_accepted
from rating_helpers import hall_at
from staffing import staff_session
from test_intake_service import valid_id

from counter_app.app import Counter
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.supervision import Period, RedReason, has_step_in, report
from counter_app.services import supervision
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in

OCTOBER = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 20))
CALENDAR = HallCalendar()  # chinesecalendar's 2026: National Day 10-01..07, Saturday 10-10 worked


def validator() -> jsonschema.Draft202012Validator:
    schema = supervision.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


# --- the rules, on events as devices write them ---


def test_a_step_s_limit_is_the_stage_s_and_a_late_one_is_red() -> None:
    """Promised 5 working days from Monday 09-28: 09-29, 09-30, 10-08, 10-09, Saturday 10-10."""
    case = new_case()
    case.receive(hall_at("2026-09-28", 9, 0), promised_days=5, statutory_days=10)
    case.act(EventKind.ACCEPTED, hall_at("2026-09-28", 9, 5))
    case.act(EventKind.UNDERTAKEN, hall_at("2026-10-09", 10))
    case.act(EventKind.REVIEWED, hall_at("2026-10-12", 10))
    r = report(case.events, CALENDAR, dt.date(2026, 10, 13), OCTOBER)
    steps = {s.event.kind: s for s in r.steps}
    assert r.intake_due == r.timing.promised_due.day == dt.date(2026, 10, 10)
    assert steps[EventKind.RECEIVED].limit is None and steps[EventKind.RECEIVED].status_before is None
    assert steps[EventKind.ACCEPTED].limit == dt.date(2026, 10, 10)  # art. 32
    assert (steps[EventKind.UNDERTAKEN].limit, steps[EventKind.UNDERTAKEN].warning.value) == \
        (dt.date(2026, 10, 10), "yellow")
    assert steps[EventKind.REVIEWED].late and steps[EventKind.REVIEWED].warning.value == "red"
    assert [c.reason for c in r.red] == [RedReason.OVERDUE_NOW, RedReason.STEP_OVERDUE]
    assert r.red[1].step is EventKind.REVIEWED and r.red[1].taken_on == dt.date(2026, 10, 12)
    assert [s.in_period for s in r.steps] == [False, False, True, True]


def test_lateness_before_the_period_is_not_the_period_s_red_card() -> None:
    case = new_case()
    case.receive(hall_at("2026-09-14", 9, 0), promised_days=1, statutory_days=10)
    case.act(EventKind.ACCEPTED, hall_at("2026-09-14", 9, 5))
    case.act(EventKind.UNDERTAKEN, hall_at("2026-09-17", 10))  # due 09-15: late, but in September
    case.act(EventKind.REVIEWED, hall_at("2026-10-08", 10))  # due 09-15 too: overdue into October
    r = report(case.events, CALENDAR, dt.date(2026, 10, 8), OCTOBER)
    assert [(c.reason, c.step) for c in r.red] == [(RedReason.OVERDUE_NOW, None),
                                                   (RedReason.STEP_OVERDUE, EventKind.REVIEWED)]
    september = Period(dt.date(2026, 9, 1), dt.date(2026, 9, 15))
    assert [c.step for c in report(case.events, CALENDAR, dt.date(2026, 10, 8), september).red] == [None]
    assert has_step_in(case.events, OCTOBER) and has_step_in(case.events, september)
    assert not has_step_in(case.events, Period(dt.date(2026, 9, 1), dt.date(2026, 9, 13)))


def test_a_pause_stops_the_clock_and_a_step_during_it_has_no_limit() -> None:
    """Paused 09-29 to 10-08: the five days run 10-09, 10-10, 10-12, 10-13, 10-14."""
    case = new_case()
    case.receive(hall_at("2026-09-28", 9, 0), promised_days=5, statutory_days=10)
    case.act(EventKind.ACCEPTED, hall_at("2026-09-28", 9, 5))
    case.act(EventKind.SUSPENDED, hall_at("2026-09-29", 10), reason="inspection", start="2026-09-29",
             expected_days=5)
    case.act(EventKind.RESUMED, hall_at("2026-10-08", 15), end="2026-10-08")
    case.act(EventKind.UNDERTAKEN, hall_at("2026-10-13", 10))
    r = report(case.events, CALENDAR, dt.date(2026, 10, 13), OCTOBER)
    steps = {s.event.kind: s for s in r.steps}
    assert r.timing.promised_due.day == dt.date(2026, 10, 14)
    assert r.timing.statutory_due.day == dt.date(2026, 10, 21)
    assert steps[EventKind.SUSPENDED].limit == dt.date(2026, 10, 10)  # before the pause began
    assert steps[EventKind.RESUMED].limit is None
    assert steps[EventKind.UNDERTAKEN].limit == dt.date(2026, 10, 14) and not steps[EventKind.UNDERTAKEN].late
    assert r.case_warning.value == "yellow" and r.yellow_card and not r.red_card


# --- the export of a counter's store ---


def _cases(counter: Counter) -> dict[str, str]:
    """Cases of 食品经营许可 (promised 5, statutory 10) around National Day, through the services."""
    clerk, chief = staff_session(counter, "S0101"), staff_session(counter, "S0191")

    def step(who, case_no, kind, when, **data):  # type: ignore[no-untyped-def]
        done = record_step(counter.local(), who, case_no, kind, data, when)
        assert done.saved, (kind, done.errors)

    paused = scjg002_accepted(counter, clerk, hall_at("2026-09-28", 9))
    step(clerk, paused, EventKind.SUSPENDED, hall_at("2026-09-29", 10), reason="inspection", start="2026-09-29",
         expected_days=5)
    step(clerk, paused, EventKind.RESUMED, hall_at("2026-10-08", 15), end="2026-10-08")
    step(clerk, paused, EventKind.UNDERTAKEN, hall_at("2026-10-13", 10), opinion="材料齐全")
    step(clerk, paused, EventKind.REVIEWED, hall_at("2026-10-15", 10), opinion="同意")
    extended = scjg002_accepted(counter, clerk, hall_at("2026-10-12", 9))
    step(clerk, extended, EventKind.EXTENSION_REQUESTED, hall_at("2026-10-14", 10), days=10, reason="需现场核查")
    step(chief, extended, EventKind.EXTENSION_APPROVED, hall_at("2026-10-15", 10))
    step(clerk, extended, EventKind.UNDERTAKEN, hall_at("2026-10-20", 10), opinion="材料齐全")
    yellow = scjg002_accepted(counter, clerk, hall_at("2026-10-16", 9))
    forgotten = scjg002_accepted(counter, clerk, hall_at("2026-09-14", 9))
    refused = take_in(counter.local(), clerk, _refusal_form(counter), IntakeDecision.NOT_ACCEPT,
                      hall_at("2026-09-14", 10))
    assert refused.saved, refused.errors
    return {"paused": paused, "extended": extended, "yellow": yellow, "forgotten": forgotten,
            "refused": refused.case_no}


def _refusal_form(counter: Counter):  # type: ignore[no-untyped-def]
    from chief_cases import form_for

    form = form_for(counter, "SCJG-001", "王五", "777")
    form.reasons = "不属于本机关职权范围的经营项目"
    return form


def test_the_export_of_a_month_around_national_day(demo_counter: Counter) -> None:
    made = _cases(demo_counter)
    admin = staff_session(demo_counter, "S9001")
    document = supervision.export(demo_counter.local(), admin, OCTOBER, hall_at("2026-10-21", 10))
    validator().validate(document)
    cases = {c["case_no"]: c for c in document["cases"]}
    assert set(cases) == {made["paused"], made["extended"], made["yellow"], made["forgotten"]}
    assert document["export_day"] == "2026-10-21" and document["exported_by"] == {"code": "S9001", "name": "杜明远"}

    paused = cases[made["paused"]]
    assert paused["suspensions"] == [{"reason": "inspection", "from": "2026-09-29", "to": "2026-10-08",
                                      "expected_days": 5}]
    assert paused["limits"]["promised"]["due"] == "2026-10-14" and paused["limits"]["statutory"]["due"] == "2026-10-21"
    assert paused["limits"]["intake_art32"] == {"working_days": 5, "due": "2026-10-10"}
    reviewed = paused["steps"][-1]
    assert (reviewed["kind"], reviewed["limit"], reviewed["late"], reviewed["warning"]) == \
        ("reviewed", "2026-10-14", True, "red")
    assert reviewed["occurred_at"] == "2026-10-15T02:30:00Z" and reviewed["occurred_at_local"] == \
        "2026-10-15T10:30:00+08:00"
    assert reviewed["actor"] == {"code": "S0101", "name": "王晓堃"} and reviewed["acting_for"] is None
    assert [s["in_period"] for s in paused["steps"]] == [False, False, False, True, True, True]
    assert paused["warning"] == {"case": "red", "step": "red"} and paused["red_card"]

    extended = cases[made["extended"]]
    assert extended["extensions"] == [{
        "requested_on": "2026-10-14", "requested_by": {"code": "S0101", "name": "王晓堃"}, "days": 10,
        "reason": "需现场核查", "decision": "approved", "decided_on": "2026-10-15",
        "decided_by": {"code": "S0191", "name": "张建军"}, "days_granted": 10}]
    assert extended["limits"]["promised"] == {"working_days": 5, "extension_days": 10, "due": "2026-11-02",
                                              "calendar_confirmed": True}
    assert extended["limits"]["statutory"]["due"] == "2026-11-09"
    undertaken = extended["steps"][-1]
    assert (undertaken["limit"], undertaken["late"]) == ("2026-11-02", False)  # late without the extension
    assert not extended["red_card"] and not extended["yellow_card"]

    assert [c["case_no"] for c in document["yellow_cards"]] == [made["yellow"]]
    assert document["yellow_cards"][0]["current_step_due"] == "2026-10-23"
    red = {c["case_no"]: [r["reason"] for r in c["reasons"]] for c in document["red_cards"]}
    assert red == {made["paused"]: ["overdue_now", "step_overdue"], made["forgotten"]: ["overdue_now"]}
    # The forgotten case has no step in October: it is there because it is red on the export day.
    assert not any(s["in_period"] for s in cases[made["forgotten"]]["steps"])


def test_identity_numbers_are_masked_and_phones_left_out(demo_counter: Counter) -> None:
    made = _cases(demo_counter)
    document = supervision.export(demo_counter.local(), staff_session(demo_counter, "S9001"), OCTOBER,
                                  hall_at("2026-10-21", 10))
    applicant = next(c for c in document["cases"] if c["case_no"] == made["paused"])["applicant"]
    assert applicant == {"kind": "person", "name": "张三",
                         "id_number": "410103********" + valid_id("19800101", "055")[-4:]}
    text = str(document)
    assert "13912345678" not in text and "19800101" not in text
    assert supervision.applicant({"kind": "organisation", "name": "某公司", "credit_code": "91410103MA44XXXX1X",
                                  "legal_representative": "李四", "phone": "13800000000",
                                  "agent": {"name": "王五", "id_number": "410103199001011234"}}) == {
        "kind": "organisation", "name": "某公司", "credit_code": "914101********XX1X",
        "legal_representative": "李四", "agent": {"name": "王五", "id_number": "410103********1234"}}


def test_only_the_hall_administrator_exports(demo_counter: Counter) -> None:
    for code in ("S0101", "S9011", "S0191"):
        with pytest.raises(PermissionError):
            supervision.export(demo_counter.local(), staff_session(demo_counter, code), OCTOBER,
                               hall_at("2026-10-21"))


def test_the_demo_hall_s_export_meets_its_schema(demo_counter: Counter) -> None:
    from counter_app.domain.clock import hall_today, utc_now

    now = utc_now()
    today = hall_today(now)  # the demo's days are the hall's: after 16:00 UTC it is already tomorrow there
    document = supervision.export(demo_counter.local(), staff_session(demo_counter, "S9001"),
                                  Period(today - dt.timedelta(days=60), today), now)
    validator().validate(document)
    assert len(document["cases"]) >= 16 and document["yellow_cards"] and document["red_cards"]
    assert any(c["suspensions"] for c in document["cases"]) and any(c["extensions"] for c in document["cases"])
    bad = dict(document, cases=[dict(document["cases"][0], status="lost")])
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(bad)


def test_the_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError):
        Period(dt.date(2026, 10, 2), dt.date(2026, 10, 1))
    assert dt.date(2026, 10, 1) in OCTOBER and dt.date(2026, 10, 21) not in OCTOBER
