"""Appointments through the services: the administrator opens slots at the hall (every wrong field
named), clerks book, cancel, check in and mark missed in one transaction each, and two counters
booking the last place offline show an overbooked slot after they synced."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hall_counters import open_at, sync
from sqlalchemy import func, select
from staffing import NOW, staff_session
from test_intake_service import _form, valid_id

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.appointments import AppointmentState, SlotPlan
from counter_app.domain.intake import IntakeDecision, MaterialCheck, MaterialState
from counter_app.services import appointments
from counter_app.services.appointment_slots import open_slots
from counter_app.services.appointments import BookingForm
from counter_app.services.intake import take_in
from counter_app.store.models import AppointmentEvent, AppointmentSlot, Item, OutboxEntry

DAY = dt.date(2026, 12, 1)  # NOW's day, a Tuesday, 09:30 in the hall
ID = valid_id("19900101", "123")


def _plan(**changes: object) -> SlotPlan:
    values: dict[str, object] = dict(first_day=DAY, last_day=DAY, starts="14:00", ends="15:00", step_minutes=30,
                                     capacity=2)
    values.update(changes)
    return SlotPlan(**values)  # type: ignore[arg-type]


def _open(counter: Counter, item: str = "SCJG-003", window: int | None = 1, **changes: object):  # type: ignore[no-untyped-def]
    return open_slots(counter, staff_session(counter, "S9001"), item, window, _plan(**changes), NOW)


def _slots(counter: Counter, code: str = "S0101", day: dt.date = DAY, item: str = "SCJG-003"):  # type: ignore[no-untyped-def]
    return [s for s in appointments.day_slots(counter, staff_session(counter, code), day) if s.item_code == item]


def _book(counter: Counter, slot, code: str = "S0101", name: str = "张三", phone: str = "13800138000",  # type: ignore[no-untyped-def]
          id_number: str = "", channel: str = "phone", now: dt.datetime = NOW):
    return appointments.book(counter, staff_session(counter, code),
                             BookingForm(slot.id if slot else None, channel, name, phone, id_number), now)


def _intake(name: str, id_number: str):  # type: ignore[no-untyped-def]
    """An SCJG-003 intake with every material provided."""
    return _form(item_code="SCJG-003", name=name, id_number=id_number,
                 materials=[MaterialCheck(n, "", False, MaterialState.PROVIDED) for n in range(1, 8)])


def _facts(counter: Counter) -> tuple[int, int]:
    with counter.local() as uow:
        s = uow.session
        return (s.scalar(select(func.count()).select_from(AppointmentEvent)) or 0,
                s.scalar(select(func.count()).select_from(OutboxEntry).where(
                    OutboxEntry.fact_table == AppointmentEvent.__tablename__)) or 0)


def test_slots_open_on_working_days_and_a_second_plan_changes_them_instead_of_doubling(
        demo_counter: Counter) -> None:
    outcome = _open(demo_counter, first_day=dt.date(2026, 12, 4), last_day=dt.date(2026, 12, 7))
    assert outcome.saved and (outcome.opened, outcome.days) == (4, 2)  # Friday and Monday, two slots each
    friday = _slots(demo_counter, day=dt.date(2026, 12, 4))
    assert [(s.starts, s.ends, s.load.capacity) for s in friday] == [("14:00", "14:30", 2), ("14:30", "15:00", 2)]
    assert _slots(demo_counter, day=dt.date(2026, 12, 5)) == []  # Saturday
    again = _open(demo_counter, first_day=dt.date(2026, 12, 4), last_day=dt.date(2026, 12, 7), capacity=5)
    assert (again.opened, again.changed, again.closed) == (0, 4, 0)
    assert [s.load.capacity for s in _slots(demo_counter, day=dt.date(2026, 12, 4))] == [5, 5]
    closed = _open(demo_counter, first_day=dt.date(2026, 12, 4), last_day=dt.date(2026, 12, 4), capacity=0)
    assert (closed.changed, closed.closed) == (2, 2)
    slot = _slots(demo_counter, day=dt.date(2026, 12, 4))[0]
    assert slot.load.closed
    assert _book(demo_counter, slot).errors == (FieldError("slot", "slot_closed"),)
    with demo_counter.hall() as hall:  # written at the hall, one row per slot
        assert hall.session.scalar(select(func.count()).select_from(AppointmentSlot).join(Item).where(
            AppointmentSlot.day == dt.date(2026, 12, 4), Item.code == "SCJG-003")) == 2


@pytest.mark.parametrize("item, window, changes, expected", [
    ("", 1, {}, FieldError("item", "required")),
    ("NO-SUCH", 1, {}, FieldError("item", "unknown")),
    ("SCJG-003", None, {}, FieldError("window", "required")),
    ("SCJG-003", 99, {}, FieldError("window", "unknown")),
    ("SCJG-003", 6, {}, FieldError("window", "window_does_not_serve_item")),
    ("SCJG-003", 1, {"first_day": DAY - dt.timedelta(days=1)}, FieldError("first_day", "in_the_past")),
    ("SCJG-003", 1, {"last_day": DAY - dt.timedelta(days=1)}, FieldError("last_day", "before_start")),
    ("SCJG-003", 1, {"last_day": DAY + dt.timedelta(days=92)}, FieldError("last_day", "range_too_long")),
    ("SCJG-003", 1, {"starts": "2pm"}, FieldError("starts", "time_format")),
    ("SCJG-003", 1, {"ends": "13:00"}, FieldError("ends", "not_after_start")),
    ("SCJG-003", 1, {"step_minutes": 300}, FieldError("step", "step_out_of_range")),
    ("SCJG-003", 1, {"step_minutes": 90}, FieldError("step", "longer_than_span")),
    ("SCJG-003", 1, {"capacity": 100}, FieldError("capacity", "capacity_out_of_range")),
    ("SCJG-003", 1, {"first_day": dt.date(2026, 12, 5), "last_day": dt.date(2026, 12, 6)},
     FieldError("last_day", "no_working_day")),
])
def test_each_wrong_field_of_a_plan_is_named_and_nothing_is_written(
        demo_counter: Counter, item: str, window: int | None, changes: dict[str, object],
        expected: FieldError) -> None:
    with demo_counter.hall() as hall:
        before = hall.session.scalar(select(func.count()).select_from(AppointmentSlot))
    assert _open(demo_counter, item, window, **changes).errors == (expected,)
    with demo_counter.hall() as hall:
        assert hall.session.scalar(select(func.count()).select_from(AppointmentSlot)) == before


def test_an_unreachable_hall_is_said_and_only_the_administrator_opens_slots(demo_dir: Path,
                                                                           demo_counter: Counter) -> None:
    with pytest.raises(PermissionError):
        open_slots(demo_counter, staff_session(demo_counter, "S0101"), "SCJG-003", 1, _plan(), NOW)
    admin = staff_session(demo_counter, "S9001")
    offline = Counter(config.resolve(str(demo_dir), f"sqlite+pysqlite:///{demo_dir}/no-such-dir/hall.sqlite3"))
    try:
        outcome = open_slots(offline, admin, "SCJG-003", 1, _plan(), NOW)
    finally:
        offline.close()
    assert outcome.errors == (FieldError("window", "hall_unreachable"),)


def test_a_booking_is_one_fact_and_every_wrong_field_is_named(demo_counter: Counter) -> None:
    assert _open(demo_counter).saved
    slot = _slots(demo_counter)[0]
    before = _facts(demo_counter)
    cases = [
        ({"name": ""}, FieldError("name", "required")),
        ({"name": "Zhang3"}, FieldError("name", "not_a_name")),
        ({"phone": "12345"}, FieldError("phone", "phone_format")),
        ({"id_number": ID[:-1] + ("0" if ID[-1] != "0" else "1")}, FieldError("id_number", "check_digit")),
        ({"channel": "email"}, FieldError("channel", "required")),
    ]
    for changes, expected in cases:
        assert _book(demo_counter, slot, **changes).errors == (expected,), changes  # type: ignore[arg-type]
    assert _book(demo_counter, None).errors == (FieldError("slot", "required"),)
    wjw = open_slots(demo_counter, staff_session(demo_counter, "S9001"), "WJW-002", 6, _plan(), NOW)
    assert wjw.saved
    other = _slots(demo_counter, code="S9001", item="WJW-002")[0]
    assert _book(demo_counter, other).errors == (FieldError("slot", "other_department"),)
    assert _facts(demo_counter) == before  # a refused booking writes nothing
    done = _book(demo_counter, slot, id_number=ID, channel="counter")
    assert done.saved and _facts(demo_counter) == (before[0] + 1, before[1] + 1)
    assert _book(demo_counter, slot, name="李四").saved
    assert _book(demo_counter, slot, name="王五").errors == (FieldError("slot", "slot_full"),)
    late = NOW.replace(hour=6, minute=30)  # 14:30 in the hall: the first slot is over
    assert _book(demo_counter, slot, name="王五", now=late).errors == (FieldError("slot", "slot_over"),)
    rows = _slots(demo_counter)[0].appointments
    assert [(r.name, r.id_masked, r.state) for r in rows] == [
        ("张三", ID[:6] + "********" + ID[-4:], AppointmentState.BOOKED), ("李四", "", AppointmentState.BOOKED)]


def test_cancel_check_in_missed_and_the_case_the_check_in_led_to(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    assert _open(demo_counter, first_day=DAY, last_day=dt.date(2026, 12, 2)).saved
    today, tomorrow = _slots(demo_counter)[0], _slots(demo_counter, day=dt.date(2026, 12, 2))[0]
    come = _book(demo_counter, today, name="张三", id_number=ID).appointment_id
    away = _book(demo_counter, today, name="李四").appointment_id
    later = _book(demo_counter, tomorrow, name="王五").appointment_id
    assert come and away and later
    counter = demo_counter
    assert appointments.check_in(counter, clerk, later, NOW).errors == (
        FieldError("appointment", "check_in_other_day"),)
    assert appointments.mark_missed(counter, clerk, away, NOW).errors == (FieldError("appointment", "slot_not_over"),)
    over = NOW.replace(hour=7)  # 15:00 in the hall
    assert appointments.mark_missed(counter, clerk, away, over).saved
    assert appointments.cancel(counter, clerk, away, "", over).errors == (
        FieldError("appointment", "appointment_missed"),)
    assert appointments.cancel(counter, clerk, later, "x" * 201, NOW).errors == (FieldError("note", "too_long"),)
    assert appointments.cancel(counter, clerk, later, "改期", NOW).saved
    checked = appointments.check_in(counter, clerk, come, NOW)
    assert checked.saved and checked.prefill is not None
    assert (checked.prefill.name, checked.prefill.id_number, checked.prefill.item_code) == ("张三", ID, "SCJG-003")
    assert appointments.check_in(counter, clerk, come, NOW).errors == (
        FieldError("appointment", "appointment_checked_in"),)
    # Someone else's case links nothing; the applicant's own does, once.
    other = take_in(counter.local(), clerk, _intake("赵六", valid_id("19850101", "111")), IntakeDecision.ACCEPT, NOW)
    assert other.saved and not appointments.link_case(counter, clerk, come, other.case_no or "", NOW)
    mine = take_in(counter.local(), clerk, _intake("张三", ID), IntakeDecision.ACCEPT, NOW)
    assert mine.saved and appointments.link_case(counter, clerk, come, mine.case_no or "", NOW)
    assert not appointments.link_case(counter, clerk, come, mine.case_no or "", NOW)
    states = {r.name: (r.state, r.case_no) for r in _slots(demo_counter)[0].appointments}
    assert states == {"张三": (AppointmentState.CHECKED_IN, mine.case_no), "李四": (AppointmentState.MISSED, "")}
    assert [r.state for r in _slots(demo_counter, day=dt.date(2026, 12, 2))[0].appointments] == [
        AppointmentState.CANCELLED]
    assert _slots(demo_counter)[0].load.holding == 2  # missed and checked in kept their places


def test_two_counters_offline_overbook_a_slot_visibly_after_sync(tmp_path: Path, hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    try:
        assert open_slots(a, staff_session(a, "S9001"), "SCJG-003", 1, _plan(capacity=1, ends="14:30"), NOW).saved
        sync(b)  # b pulls the new slot with the reference data
        slot_a, slot_b = _slots(a)[0], _slots(b, code="S0102")[0]
        assert slot_a.id == slot_b.id and slot_b.load.free == 1
        # The network is down: each counter sees a free place and takes it.
        assert _book(a, slot_a, name="张三").saved
        assert _book(b, slot_b, code="S0102", name="李四").saved
        for counter in (a, b, a):
            sync(counter)
        for counter, code in ((a, "S0101"), (b, "S0102")):
            view = _slots(counter, code=code)[0]
            assert (view.load.holding, view.load.capacity, view.load.overbooked) == (2, 1, True)
            assert sorted(r.name for r in view.appointments) == ["张三", "李四"]
    finally:
        a.close()
        b.close()


def test_re_planning_a_day_with_another_length_closes_the_slots_it_no_longer_has(demo_counter: Counter) -> None:
    friday = dt.date(2026, 12, 4)
    morning = _open(demo_counter, first_day=friday, last_day=friday, starts="09:00", ends="10:00")
    first = _open(demo_counter, first_day=friday, last_day=friday)  # 14:00 and 14:30
    assert morning.opened == first.opened == 2
    booked = [s for s in _slots(demo_counter, day=friday) if s.starts == "14:30"][0]
    assert _book(demo_counter, booked).saved
    again = _open(demo_counter, first_day=friday, last_day=friday, step_minutes=20)  # 14:00, 14:20, 14:40
    assert (again.opened, again.changed, again.closed) == (2, 2, 1)  # 14:00 ends sooner, 14:30 closes
    open_now = [(s.starts, s.ends) for s in _slots(demo_counter, day=friday) if not s.load.closed]
    assert open_now == [("09:00", "09:30"), ("09:30", "10:00"), ("14:00", "14:20"), ("14:20", "14:40"),
                        ("14:40", "15:00")]  # the morning was not in this plan's hours: it stays
    [old] = [s for s in _slots(demo_counter, day=friday) if s.starts == "14:30"]
    assert old.load.closed and old.load.holding == 1 and old.load.overbooked  # its booking is kept, and shows
    assert _book(demo_counter, old).errors == (FieldError("slot", "slot_closed"),)
