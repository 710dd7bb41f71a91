"""The case state is a pure fold of its events; rival decisions fold to a visible conflict."""

from __future__ import annotations

import random

from case_factory import CHIEF, Device, at, new_case
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.domain.case import _label, fold
from counter_app.domain.case_state import CaseStatus, Outcome, with_changes
from counter_app.domain.events import DECISIONS, INTAKE_DECISIONS, EventKind


def _full_chain(device: Device) -> None:
    device.receive(at("2026-12-01"))
    device.act(EventKind.ACCEPTED, at("2026-12-01", 5))
    device.act(EventKind.UNDERTAKEN, at("2026-12-02"))
    device.act(EventKind.REVIEWED, at("2026-12-03"))
    device.act(EventKind.DECIDED, at("2026-12-04"), actor=CHIEF, outcome="granted")
    device.act(EventKind.CERTIFICATE_ISSUED, at("2026-12-07"), certificate_no="JY41010320260001")
    device.act(EventKind.DELIVERED, at("2026-12-08"), method="post", tracking_no="SF1234567890")


def test_the_whole_chain() -> None:
    device = new_case()
    _full_chain(device)
    state = fold(device.events)
    assert state.status is CaseStatus.COMPLETED
    assert state.accepted_on.isoformat() == "2026-12-01"
    assert state.outcome is Outcome.GRANTED and state.decided_on.isoformat() == "2026-12-04"
    assert state.certificate_no == "JY41010320260001"
    assert state.delivery["tracking_no"] == "SF1234567890"
    assert state.ignored == () and state.conflicts == ()


def test_refusal_skips_the_certificate() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.ACCEPTED, at("2026-12-01", 1))
    device.act(EventKind.UNDERTAKEN, at("2026-12-02"))
    device.act(EventKind.REVIEWED, at("2026-12-03"))
    device.act(EventKind.DECIDED, at("2026-12-04"), actor=CHIEF, outcome="refused", reasons="不符合条件")
    assert fold(device.events).status is CaseStatus.DELIVERING


def test_one_step_back_with_a_reason() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.ACCEPTED, at("2026-12-01", 1))
    device.act(EventKind.UNDERTAKEN, at("2026-12-02"))
    device.act(EventKind.REVIEWED, at("2026-12-03"))
    device.act(EventKind.RETURNED, at("2026-12-04"), actor=CHIEF, reason="缺少现场核查意见")
    assert fold(device.events).status is CaseStatus.REVIEWING


def test_correction_then_acceptance_dates_from_complete_materials() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.CORRECTION_REQUESTED, at("2026-12-01", 2),
               materials=[{"name": "营业执照复印件", "state": "missing"}])
    assert fold(device.events).status is CaseStatus.AWAITING_CORRECTION
    device.act(EventKind.ACCEPTED, at("2026-12-09"))
    state = fold(device.events)
    assert state.status is CaseStatus.UNDERTAKING and state.accepted_on.isoformat() == "2026-12-09"
    assert state.notices == 1


def test_an_event_that_does_not_fit_is_ignored_visibly() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    stray = device.act(EventKind.CERTIFICATE_ISSUED, at("2026-12-02"))
    state = fold(device.events)
    assert state.status is CaseStatus.RECEIVED
    assert [(i.event_id, i.reason) for i in state.ignored] == [(stray.id, "not_issuing")]


def test_suspension_and_extension() -> None:
    device = new_case()
    device.receive(at("2026-12-01"))
    device.act(EventKind.ACCEPTED, at("2026-12-01", 1))
    device.act(EventKind.SUSPENDED, at("2026-12-03"), reason="inspection", start="2026-12-03", expected_days=5)
    assert fold(device.events).suspended
    device.act(EventKind.UNDERTAKEN, at("2026-12-03", 5))  # refused while the clock is stopped
    device.act(EventKind.RESUMED, at("2026-12-05"), end="2026-12-04")
    device.act(EventKind.EXTENSION_REQUESTED, at("2026-12-07"), days=10, reason="需专家评审")
    assert fold(device.events).extension_days == 0
    device.act(EventKind.EXTENSION_APPROVED, at("2026-12-08"), actor=CHIEF)
    state = fold(device.events)
    assert not state.suspended and state.extension_days == 10
    assert state.suspensions[0].start.isoformat() == "2026-12-03" and state.suspensions[0].end.isoformat() == "2026-12-04"
    assert [i.reason for i in state.ignored] == ["suspended"]


def test_comprehensive_window_receipt_waits_in_the_department_queue() -> None:
    device = new_case()
    device.receive(at("2026-12-01"), channel="comprehensive")
    state = fold(device.events)
    assert state.channel == "comprehensive" and state.holder_id is None
    assert state.status is CaseStatus.RECEIVED


def _fork(decision_a: EventKind, decision_b: EventKind) -> tuple[Device, Device]:
    a = new_case()
    received = a.receive(at("2026-12-01"))
    b = Device(case_id=a.case_id)
    b.learn([received])
    a.act(decision_a, at("2026-12-01", 10), materials=[{"name": "x"}], reason="r")
    b.act(decision_b, at("2026-12-01", 11), materials=[{"name": "x"}], reason="r")
    return a, b


def test_rival_intake_decisions_fold_to_a_conflict_not_a_winner() -> None:
    a, b = _fork(EventKind.ACCEPTED, EventKind.NOT_ACCEPTED)
    state = fold(a.events + b.events)
    assert state.has_conflict
    assert state.status is CaseStatus.RECEIVED  # neither decision applied
    assert set(state.conflicts[0].kinds) == {"accepted", "not_accepted"}


def test_the_chief_resolves_a_conflict_with_a_new_event() -> None:
    a, b = _fork(EventKind.ACCEPTED, EventKind.NOT_ACCEPTED)
    a_decision = a.events[-1]
    a.act(EventKind.UNDERTAKEN, at("2026-12-02"))  # built on A's acceptance: waits for the resolution
    chief = Device(case_id=a.case_id)
    chief.learn(a.events + b.events)
    chief.act(EventKind.CONFLICT_RESOLVED, at("2026-12-03"), actor=CHIEF, chosen=str(a_decision.id))
    state = fold(a.events + b.events + chief.events)
    assert not state.has_conflict
    assert state.status is CaseStatus.REVIEWING


def test_same_decision_on_two_devices_is_no_conflict() -> None:
    a, b = _fork(EventKind.ACCEPTED, EventKind.ACCEPTED)
    state = fold(a.events + b.events)
    assert not state.has_conflict and state.status is CaseStatus.UNDERTAKING
    assert len(state.ignored) == 1


def test_rival_approval_decisions() -> None:
    a = new_case()
    a.receive(at("2026-12-01"))
    a.act(EventKind.ACCEPTED, at("2026-12-01", 1))
    a.act(EventKind.UNDERTAKEN, at("2026-12-02"))
    a.act(EventKind.REVIEWED, at("2026-12-03"))
    b = Device(case_id=a.case_id)
    b.learn(a.events)
    a.act(EventKind.DECIDED, at("2026-12-04"), actor=CHIEF, outcome="granted")
    b.act(EventKind.DECIDED, at("2026-12-04", 1), actor=CHIEF, outcome="refused")
    state = fold(a.events + b.events)
    assert state.has_conflict and state.status is CaseStatus.AWAITING_APPROVAL


STEPS = [EventKind.ACCEPTED, EventKind.CORRECTION_REQUESTED, EventKind.NOT_ACCEPTED, EventKind.UNDERTAKEN,
         EventKind.REVIEWED, EventKind.DECIDED, EventKind.RETURNED, EventKind.SUSPENDED, EventKind.RESUMED,
         EventKind.EXTENSION_REQUESTED, EventKind.EXTENSION_APPROVED, EventKind.CERTIFICATE_ISSUED,
         EventKind.DELIVERED]


def _walk(device: Device, kinds: list[EventKind], start_minute: int, outcome: str) -> None:
    for n, kind in enumerate(kinds):
        device.act(kind, at("2026-12-02", start_minute + 7 * n), outcome=outcome, materials=[{"name": "x"}],
                   days=10, reason="r")


@settings(max_examples=300, deadline=None)
@given(
    a_steps=st.lists(st.sampled_from(STEPS), max_size=8),
    b_steps=st.lists(st.sampled_from(STEPS), max_size=8),
    fork=st.integers(min_value=0, max_value=8),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    same_clock=st.booleans(),
)
def test_any_interleaving_of_two_devices_folds_to_the_same_state(a_steps, b_steps, fork, seed, same_clock) -> None:  # type: ignore[no-untyped-def]
    a = new_case()
    a.receive(at("2026-12-01"))
    _walk(a, a_steps[:fork], 0, "granted")
    b = Device(case_id=a.case_id)
    b.learn(list(a.events))
    _walk(a, a_steps[fork:], 200, "granted")
    # Device clocks disagree: B may write the same minutes as A, or earlier ones.
    _walk(b, b_steps, 200 if same_clock else 100, "refused")
    union = a.events + b.events
    expected = fold(union)
    for _ in range(3):
        shuffled = list(union)
        random.Random(seed).shuffle(shuffled)
        seed += 1
        assert fold(shuffled) == expected
    # Never a silent winner: every rival pair (one decision from each side of the fork, made without
    # seeing the other) is left unapplied and shown in a conflict.
    fork_point = len(a.events) - len(a_steps[fork:])
    a_after = [e for e in a.events[fork_point:] if e.kind in DECISIONS]
    b_all = [e for e in b.events if e.kind in DECISIONS]
    in_conflict = {i for c in expected.conflicts for i in c.event_ids}
    for x in a_after:
        for y in b_all:
            if _label(x) != _label(y) and (x.kind in INTAKE_DECISIONS) == (y.kind in INTAKE_DECISIONS):
                assert {x.id, y.id} <= in_conflict
                assert x.id not in expected.applied and y.id not in expected.applied


def test_with_changes_is_replace() -> None:
    import dataclasses

    import pytest

    d = new_case()
    d.receive(at("2026-12-01"))
    state = fold(d.events)
    changed = with_changes(state, status=CaseStatus.UNDERTAKING, notices=2)
    assert changed == dataclasses.replace(state, status=CaseStatus.UNDERTAKING, notices=2) and changed != state
    assert state.status is CaseStatus.RECEIVED and changed.notices == 2
    with pytest.raises(TypeError, match="no field"):
        with_changes(state, colour="red")
