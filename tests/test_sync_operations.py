"""The hall operations' facts travel like case events: once each, to every counter; the hall's own
rows (window events, appointment slots, operating rules) come down with the reference data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hall_counters import NOW, accept_cases, fact_ids, open_at, sync
from sqlalchemy import select
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.evaluation import Period, PeriodKind
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.ids import new_id
from counter_app.services import ratings
from counter_app.services import sync as sync_service
from counter_app.services.evaluation_reads import period_rows
from counter_app.services.facts import append_fact
from counter_app.store.models import (
    AgencyHelpEvent,
    AppointmentEvent,
    AppointmentSlot,
    Case,
    Consultation,
    EvaluationRecord,
    ExtendedService,
    FollowUpEvent,
    Hall,
    Item,
    Rating,
    ServiceWindow,
    Staff,
    WindowEvent,
)
from counter_app.sync.reference import pull_reference
from counter_app.sync.tables import PUSHED

OPERATIONS = ("appointment_event", "consultation", "extended_service", "agency_help_event", "rating",
              "follow_up_event", "evaluation_record")


def _slot(counter: Counter) -> AppointmentSlot:
    """A slot opened at the hall, as the administrator does, and pulled by the counter."""
    with counter.hall() as hall:
        s = hall.session
        # SCJG-003 has no demo slots, and a day far ahead stays clear of any the demo opens.
        item = s.scalar(select(Item).where(Item.code == "SCJG-003"))
        window = s.scalar(select(ServiceWindow).order_by(ServiceWindow.number))
        slot = AppointmentSlot(item_id=item.id, window_id=window.id, day=dt.date(2027, 3, 2), starts="09:00",
                               ends="09:30", capacity=4)
        s.add(slot)
        hall.commit()
        return slot


def _operations(counter: Counter, code: str, case_no: str, slot: AppointmentSlot) -> None:
    who = staff_session(counter, code)
    with counter.local() as uow:
        s = uow.session
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        base = {"actor_id": who.staff_id, "device_id": who.device_id, "occurred_at": NOW}
        consultation = Consultation(staff_id=who.staff_id, outcome="answered", data={"question": "营业执照怎么办"},
                                    **base)
        rating = Rating(case_id=case_id, staff_id=who.staff_id, level=1, device_id=who.device_id, occurred_at=NOW)
        for fact in (
            AppointmentEvent(appointment_id=new_id(), slot_id=slot.id, kind="booked", data={"name": "张三"}, **base),
            consultation,
            ExtendedService(staff_id=who.staff_id, starts_at=NOW + dt.timedelta(hours=8),
                            ends_at=NOW + dt.timedelta(hours=9), **base),
            AgencyHelpEvent(case_id=case_id, kind="started", staff_id=who.staff_id, **base),
            rating,
        ):
            append_fact(s, fact, NOW)
        s.flush()
        append_fact(s, FollowUpEvent(rating_id=rating.id, kind="noted", data={"note": "电话回访"}, **base), NOW)
        uow.commit()


def test_every_operation_fact_reaches_the_hall_and_the_other_counter_once(tmp_path: Path, hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    [case_no] = accept_cases(a, staff_session(a, "S0101"), 1)
    slot = _slot(a)
    sync(a)
    _operations(a, "S0101", case_no, slot)
    admin = staff_session(a, "S9001")
    with a.local() as uow:
        append_fact(uow.session, EvaluationRecord(year=2026, actor_id=admin.staff_id, device_id=admin.device_id,
                                                  occurred_at=NOW, data={"grades": {}}), NOW)
        uow.commit()
    assert sync(a).rejected == 0
    sync(a)
    sync(b)
    at_a, at_b, at_hall = fact_ids(a), fact_ids(b), fact_ids(a, hall=True)
    for table in OPERATIONS:
        assert len(at_a[table]) >= 1, table
        assert at_a[table] == at_hall[table] == at_b[table], table
    assert {t.name for t in PUSHED} >= set(OPERATIONS)


def test_two_counters_rating_one_case_offline_keep_the_first_and_name_the_second(tmp_path: Path,
                                                                                  hall_url: str) -> None:
    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    [case_no] = accept_cases(a, staff_session(a, "S0101"), 1)
    sync(a)
    sync(b)
    for counter, level in ((a, 5), (b, 2)):
        who = staff_session(counter, "S0101")
        with counter.local() as uow:
            case_id = uow.session.scalar(select(Case.id).where(Case.case_no == case_no))
            append_fact(uow.session, Rating(case_id=case_id, staff_id=who.staff_id, level=level,
                                            device_id=who.device_id, occurred_at=NOW), NOW)
            uow.commit()
    assert sync(a).rejected == 0
    report = sync(b)
    assert report.rejected == 1
    [refused] = sync_service.rejected_facts(b)
    assert refused.table == "rating" and refused.reason == "already_rated"
    with a.hall() as hall:
        assert hall.session.scalars(select(Rating.level)).all() == [5]
    # The counter that lost keeps its own (refused) rating beside the hall's: nothing is lost, and the
    # refused list says which one the hall holds no copy of.
    sync(b)
    with b.local() as uow:
        assert sorted(uow.session.scalars(select(Rating.level))) == [2, 5]
        # ... and the evaluation at that counter counts the hall's rating only.
        month = Period(PeriodKind.MONTH, 2026, 12)
        assert [r.level for r in period_rows(uow.session, month, None, None, 2).ratings] == [5]
    # So do the pages: the case's rating, "ratings I received" and its tally are the hall's.
    clerk = staff_session(b, "S0101")
    assert ratings.case_rating(b.local(), clerk, case_no).level == 5
    assert [(r.level, r.what) for r in ratings.received(b.local(), clerk)] == [(5, case_no)]
    assert ratings.tally(b.local(), clerk) == {5: 1}


def test_window_events_slots_and_operating_rules_come_down_with_the_reference_data(tmp_path: Path,
                                                                                    hall_url: str) -> None:
    a = open_at(tmp_path, "a", hall_url)
    slot = _slot(a)
    with a.hall() as hall:
        s = hall.session
        admin = s.scalar(select(Staff).where(Staff.code == "S9001"))
        window = s.scalar(select(ServiceWindow).where(ServiceWindow.is_open.is_(False)).order_by(ServiceWindow.number))
        window.is_open = True
        s.add(WindowEvent(window_id=window.id, kind="opened", actor_id=admin.id,
                          device_id=staff_session(a, "S9001").device_id, occurred_at=NOW, data={"reason": "人多"}))
        s.scalar(select(Hall)).operating_rules = {"follow_up_days": 7}
        hall.commit()
        number = window.number
    with a.hall() as hall, a.local() as local:
        pull_reference(hall.session, local.session, NOW, if_changed=True)
        local.commit()
    with a.local() as uow:
        s = uow.session
        assert s.scalar(select(ServiceWindow.is_open).where(ServiceWindow.number == number)) is True
        assert [e.kind for e in s.scalars(select(WindowEvent))] == ["opened"]
        assert s.get(AppointmentSlot, slot.id) is not None
        rules = OperatingRules.from_json(s.scalar(select(Hall.operating_rules)))
        assert rules.follow_up_days == 7 and rules.bad_rating_max_level == 2
