"""Sync against a real hall, SQLite file and PostgreSQL: every fact at the hall and at every counter, once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hall_counters import (
    NOW,
    accept_cases,
    case_events,
    fact_ids,
    hall_log,
    open_at,
    projections,
    step,
    sync,
    waiting,
)
from sqlalchemy import delete, select
from staffing import staff_session

from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.staff import Role
from counter_app.services import sync as sync_service
from counter_app.services.case_queries import case_detail
from counter_app.services.intake import take_in
from counter_app.services.startup import device_id
from counter_app.store.models import CaseEvent, OutboxEntry, Staff, StaffRole
from counter_app.sync import pull, push


def test_every_fact_reaches_the_hall_and_every_other_counter_exactly_once(tmp_path: Path, hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 12)
    made = fact_ids(a)
    report = sync(a, batch=5)
    assert report.pushed == sum(len(v) for v in made.values()) and report.waiting == 0
    assert fact_ids(a, hall=True) == made
    assert len(hall_log(a)) == len(set(hall_log(a))) == report.pushed
    pulled = sync(b, batch=7)
    assert pulled.pulled == report.pushed - len(made["audit_entry"])  # log-ins stay at the hall
    assert {k: v for k, v in fact_ids(b).items() if k != "audit_entry"} == {
        k: v for k, v in made.items() if k != "audit_entry"}
    assert projections(b) == projections(a) and len(projections(b)) == 12
    again_a, again_b = sync(a), sync(b)
    assert (again_a.pushed, again_a.pulled, again_b.pushed, again_b.pulled) == (0, 0, 0, 0)


def test_pulled_facts_are_not_sent_back(tmp_path: Path, hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 3)
    sync(a)
    sync(b)
    assert waiting(b) == 0
    assert sync(b).pushed == 0


def test_a_crash_after_the_hall_committed_repeats_the_push_and_doubles_nothing(tmp_path: Path, hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 4)
    with a.local() as uow:
        batch = push.read_waiting(uow.connection(), 100)
    with a.hall() as hall:
        push.deliver(hall.connection(), batch, device_id(a), NOW)
        hall.commit()
    # The counter died here, before marking the batch: it is all still waiting.
    assert waiting(a) == len(batch)
    report = sync(a)
    assert report.pushed == 0 and report.already_at_hall == len(batch) and waiting(a) == 0
    assert fact_ids(a, hall=True) == fact_ids(a)
    assert len(hall_log(a)) == len(batch)


def test_a_pull_that_never_committed_is_pulled_again(tmp_path: Path, hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 3)
    sync(a)
    with b.hall() as hall, b.local() as local:
        brought = pull.pull_batch(hall.connection(), local.session, device_id(b), 100)
        assert brought.facts > 0
        # Not committed: the rows and the cursor go together or not at all.
    assert case_events(b) == 0
    assert sync(b).pulled == brought.facts
    assert projections(b) == projections(a)


def test_a_fact_the_hall_refuses_is_listed_with_its_reason_and_blocks_nothing(tmp_path: Path, hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    clerk, chief = staff_session(a, "S0101"), staff_session(a, "S0191")
    first, second = accept_cases(a, clerk, 2)
    for kind in (EventKind.UNDERTAKEN, EventKind.REVIEWED):
        step(a, clerk, first, kind)
    step(a, chief, first, EventKind.DECIDED, outcome="granted")
    step(a, clerk, second, EventKind.UNDERTAKEN)  # queued after the decision
    _take_role_away(a, "S0191", Role.CHIEF_REPRESENTATIVE_A)
    report = sync(a)
    assert report.rejected == 1 and report.rejected_total == 1 and report.waiting == 0
    [refused] = sync_service.rejected_facts(a)
    assert (refused.table, refused.case_no, refused.kind, refused.reason) == (
        "case_event", first, "decided", "chief_representative_only")
    at_hall = fact_ids(a, hall=True)["case_event"]
    assert refused.fact_id not in at_hall and len(at_hall) == case_events(a) - 1
    assert sync(a).rejected == 0  # refused once, not again at every sync
    _give_role(a, "S0191", Role.CHIEF_REPRESENTATIVE_A)
    assert sync_service.retry_rejected(a) == 1
    assert sync(a).pushed == 1 and sync_service.status(a).rejected == 0


def test_a_clash_the_checks_do_not_know_is_refused_row_by_row(tmp_path: Path, hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 2)
    with a.local() as uow:
        event = uow.session.scalars(select(CaseEvent).order_by(CaseEvent.device_seq)).first()
        assert event is not None
        clash = {c.name: getattr(event, c.key) for c in CaseEvent.__table__.columns}
    # The hall already holds another fact under this device's sequence number (a restored old backup, say).
    import uuid

    with a.hall() as hall:
        hall.connection().execute(CaseEvent.__table__.insert(), [{**clash, "id": uuid.uuid4()}])
        hall.commit()
    report = sync(a)
    assert report.rejected == 1 and report.pushed > 0
    [refused] = sync_service.rejected_facts(a)
    assert refused.fact_id == event.id and refused.reason.startswith("hall_constraint: ")


def test_a_comprehensive_window_receipt_is_accepted_at_the_department_s_counter(tmp_path: Path, hall_url: str) -> None:
    from domain_forms import cl_form

    window, desk = open_at(tmp_path, "window", hall_url), open_at(tmp_path, "desk", hall_url)
    received = take_in(window.local(), staff_session(window, "S9011"), cl_form(),
                       IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert received.saved
    sync(window)
    sync(desk)
    step(desk, staff_session(desk, "S1191"), received.case_no, EventKind.ACCEPTED, NOW + dt.timedelta(days=2))
    sync(desk)
    sync(window)
    seen = case_detail(window.local(), received.case_no, dt.date(2026, 12, 3))
    assert seen is not None and seen.state.status == "undertaking"
    assert projections(window) == projections(desk)


def test_rival_decisions_on_two_counters_fold_to_one_conflict_that_the_chief_resolves(
        tmp_path: Path, hall_url: str) -> None:
    one, two = open_at(tmp_path, "one", hall_url), open_at(tmp_path, "two", hall_url)
    clerk = staff_session(one, "S0101")
    [case_no] = accept_cases(one, clerk, 1)
    for kind in (EventKind.UNDERTAKEN, EventKind.REVIEWED):
        step(one, clerk, case_no, kind)
    sync(one)
    sync(two)
    # Neither counter sees the other's decision before it syncs.
    step(one, staff_session(one, "S0191"), case_no, EventKind.DECIDED, outcome="granted")
    step(two, staff_session(two, "S0192"), case_no, EventKind.DECIDED, outcome="refused", reasons="材料不实")
    for counter in (one, two, one):
        sync(counter)
    today = dt.date(2026, 12, 2)
    seen = [case_detail(c.local(), case_no, today) for c in (one, two)]
    assert all(s is not None and s.state.has_conflict for s in seen)
    assert projections(one) == projections(two)
    [conflict] = seen[0].state.conflicts  # type: ignore[union-attr]
    chosen = conflict.event_ids[0]
    step(one, staff_session(one, "S0191"), case_no, EventKind.CONFLICT_RESOLVED, chosen=str(chosen))
    for counter in (one, two):
        sync(counter)
    settled = [case_detail(c.local(), case_no, today) for c in (one, two)]
    assert all(s is not None and not s.state.has_conflict for s in settled)
    assert projections(one) == projections(two)


def test_a_day_with_the_hall_down_then_a_catch_up(tmp_path: Path, hall_url: str) -> None:
    from counter_app import config
    from counter_app.app import Counter

    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    a.close()
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:1/hall"
    offline = Counter(config.resolve(str(tmp_path / "a"), unreachable))
    clerk = staff_session(offline, "S0101")
    # A whole working day of intake, 09:00 to 17:00, with the hall down.
    numbers = accept_cases(offline, clerk, 40, when=NOW - dt.timedelta(minutes=30))
    for case_no in numbers[::3]:
        step(offline, clerk, case_no, EventKind.UNDERTAKEN, NOW + dt.timedelta(hours=7))
    with pytest.raises(sync_service.HallUnreachable, match="cannot be reached"):
        sync(offline)
    assert sync_service.status(offline).waiting == waiting(offline) > 40
    offline.close()
    back = Counter(config.resolve(str(tmp_path / "a"), hall_url))
    report = sync(back, batch=25)
    assert report.waiting == 0 and report.pushed > 40
    sync(b)
    assert projections(b) == projections(back) and len(projections(b)) == 40


def test_the_sequence_trap_a_fact_that_commits_late_is_still_pulled(
        tmp_path: Path, hall_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hall transaction that took its sequence number first but commits last is not skipped."""
    import threading

    first, second, reader = (open_at(tmp_path, n, hall_url) for n in ("first", "second", "reader"))
    accept_cases(first, staff_session(first, "S0101"), 1)
    accept_cases(second, staff_session(second, "S0102"), 1, start=500)
    logged, release = threading.Event(), threading.Event()
    original = push._log

    def slow_log(hall, taken, batch, device, now):  # type: ignore[no-untyped-def]
        original(hall, taken, batch, device, now)
        if device == device_id(first):
            logged.set()  # the first push holds its sequence numbers, not yet committed
            assert release.wait(30)

    monkeypatch.setattr(push, "_log", slow_log)
    late = threading.Thread(target=sync, args=(first,))
    late.start()
    assert logged.wait(30)
    early = threading.Thread(target=sync, args=(second,))
    early.start()
    early.join(1.0)  # it waits for the first push's lock, or (without one) commits a later number first
    sync(reader)
    release.set()
    late.join(30)
    early.join(30)
    sync(reader)
    made = {*fact_ids(first)["case_event"], *fact_ids(second)["case_event"]}
    assert set(fact_ids(reader)["case_event"]) == made


def _take_role_away(counter, code: str, role: Role) -> None:  # type: ignore[no-untyped-def]
    with counter.hall() as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.code == code)).one()
        uow.session.execute(delete(StaffRole).where(StaffRole.staff_id == staff.id, StaffRole.role == role))
        uow.commit()


def _give_role(counter, code: str, role: Role) -> None:  # type: ignore[no-untyped-def]
    with counter.hall() as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.code == code)).one()
        uow.session.add(StaffRole(staff_id=staff.id, role=role))
        uow.commit()


def test_outbox_rows_are_marked_not_deleted(tmp_path: Path, hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 1)
    sync(a)
    with a.local() as uow:
        rows = uow.session.scalars(select(OutboxEntry)).all()
    assert rows and all(r.pushed_at is not None for r in rows)


def test_the_hall_restarted_in_the_middle_of_a_batch(tmp_path: Path, pg_hall_url: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection to the hall is cut after the batch was written and before it committed."""
    from conftest import _pg_admin
    from sqlalchemy.engine import make_url

    a, b = open_at(tmp_path, "a", pg_hall_url), open_at(tmp_path, "b", pg_hall_url)
    accept_cases(a, staff_session(a, "S0101"), 10)
    made = fact_ids(a)
    original, cut = push._log, []

    def restart_midway(hall, taken, batch, device, now):  # type: ignore[no-untyped-def]
        original(hall, taken, batch, device, now)
        if len(cut) == 1:  # the second batch: the first is committed by now
            with _pg_admin() as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", [make_url(pg_hall_url).database])
        cut.append(len(taken))

    monkeypatch.setattr(push, "_log", restart_midway)
    with pytest.raises(sync_service.HallUnreachable):
        sync(a, batch=8)
    assert 0 < len(hall_log(a)) < sum(len(v) for v in made.values())  # the first batch only
    assert waiting(a) == sum(len(v) for v in made.values()) - 8
    monkeypatch.setattr(push, "_log", original)
    report = sync(a, batch=8)
    assert report.waiting == 0 and fact_ids(a, hall=True) == made
    assert len(hall_log(a)) == len(set(hall_log(a))) == sum(len(v) for v in made.values())
    sync(b)
    assert projections(b) == projections(a)


def test_stampings_travel_after_their_print_records_with_the_chain_heads(tmp_path: Path, hall_url: str) -> None:
    from test_seal_service import _stamped_chain

    from counter_app.services import seal_log
    from counter_app.store.models import SealChainHead

    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    _stamped_chain(a, 3)
    report = sync(a, batch=2)  # batches that split a print record from its stamping
    assert report.rejected == 0 and report.heads_sent == 1
    sync(b)
    assert fact_ids(b)["seal_stamping"] == fact_ids(a)["seal_stamping"] != []
    assert fact_ids(b)["print_record"] == fact_ids(a)["print_record"]
    with a.hall() as uow:
        assert uow.session.scalar(select(SealChainHead.chain_seq)) == 3
    assert seal_log.verify(a, device_id(a)).intact


def test_reference_data_is_copied_only_when_the_hall_changed_it(tmp_path: Path, hall_url: str) -> None:
    from counter_app.services.calendar import reference_version

    a = open_at(tmp_path, "a", hall_url)
    sync(a)

    def version() -> str:
        with a.local() as uow:
            return reference_version(uow.connection())

    seen = version()
    assert sync(a).reference_rows == 0 and version() == seen  # nothing changed: caches stay warm
    _take_role_away(a, "S0102", Role.WINDOW_CLERK)
    assert sync(a).reference_rows > 0 and version() != seen
    with a.local() as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.code == "S0102")).one()
        assert Role.WINDOW_CLERK not in staff.roles


def test_a_calendar_entered_at_one_counter_moves_the_limits_at_another(tmp_path: Path, hall_url: str) -> None:
    from domain_forms import scjg002_accepted
    from test_hall_calendar import LINES, NOTICE

    from counter_app.services.hall_calendar_admin import enter_arrangement, year_state
    from counter_app.store.models import Case

    office, window = open_at(tmp_path, "office", hall_url), open_at(tmp_path, "window", hall_url)
    case_no = scjg002_accepted(window, staff_session(window, "S0101"), dt.datetime(2026, 12, 28, 2, tzinfo=dt.UTC))

    def due() -> tuple[dt.date, bool]:
        with window.local() as uow:
            return tuple(uow.session.execute(select(Case.statutory_due, Case.calendar_confirmed)
                                             .where(Case.case_no == case_no)).one())  # type: ignore[return-value]

    assert due() == (dt.date(2027, 1, 11), False)  # 2027 unconfirmed: 1 January counts as a weekday
    admin = staff_session(office, "S9001")
    assert enter_arrangement(office, admin, 2027, LINES, NOTICE, NOW) == []
    sync(window)
    assert due() == (dt.date(2027, 1, 12), True)
    # Entered again without the Spring Festival: the days the hall dropped go from the counter too.
    assert enter_arrangement(office, admin, 2027, LINES[:1], NOTICE, NOW) == []
    sync(window)
    assert [d for d, _w, _n in year_state(window, 2027).days] == [dt.date(2027, 1, 1)]


def test_a_sync_asked_to_stop_ends_after_its_batch_and_the_next_one_finishes(tmp_path: Path, hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    accept_cases(a, staff_session(a, "S0101"), 6)
    seen: list[object] = []
    report = sync(a, batch=3, progress=seen.append, stop=lambda: bool(seen))
    assert report.stopped and report.pushed == 3 and report.waiting > 0 and report.pulled == 0
    after = sync(a, batch=3)
    assert not after.stopped and after.waiting == 0
    assert fact_ids(a, hall=True) == fact_ids(a)


def test_a_mark_without_its_fact_is_refused_once_and_never_retried(tmp_path: Path, hall_url: str) -> None:
    import uuid

    a = open_at(tmp_path, "a", hall_url)
    with a.local() as uow:
        uow.session.add(OutboxEntry(fact_table="case_event", fact_id=uuid.uuid4(), queued_at=NOW))
        uow.commit()
    assert sync(a).rejected == 1
    [refused] = sync_service.rejected_facts(a)
    assert refused.reason == "missing_at_counter"
    assert sync_service.retry_rejected(a) == 0 and sync_service.status(a).rejected == 1


def test_the_staff_register_s_events_reach_the_other_counters(tmp_path: Path, hall_url: str) -> None:
    from counter_app.domain.staff_register import RotationState
    from counter_app.services.staff_register import register, request_rotation

    office, other = open_at(tmp_path, "office", hall_url), open_at(tmp_path, "other", hall_url)
    admin = staff_session(office, "S9001")
    assert request_rotation(office, admin, "S0101", dt.date(2026, 11, 30), dt.date(2027, 1, 4), "调回原单位", NOW) == []
    sync(office)
    sync(other)
    rows = {r.code: r for r in register(other, staff_session(other, "S9001"), dt.date(2026, 12, 1))}
    assert rows["S0101"].rotation is RotationState.REQUESTED
