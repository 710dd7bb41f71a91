"""The hall administrator enters a year's holidays; open cases' limits follow; 2027 stops being unconfirmed."""

from __future__ import annotations

import datetime as dt

import pytest
from domain_forms import scjg002_accepted
from sqlalchemy import select
from staffing import NOW, staff_session

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.calendar_entry import ArrangementLine
from counter_app.services.hall_calendar_admin import enter_arrangement, unconfirmed_years, year_state
from counter_app.store.models import AuditEntry, Case

D = dt.date.fromisoformat
NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试用）"
LINES = [ArrangementLine(False, D("2027-01-01"), D("2027-01-01"), "元旦"),
         ArrangementLine(False, D("2027-02-06"), D("2027-02-13"), "春节"),
         ArrangementLine(True, D("2027-02-14"), D("2027-02-14"), "春节调休")]


def test_2027_is_unconfirmed_until_entered(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert unconfirmed_years(demo_counter, D("2026-11-28")) == [2027]
    assert year_state(demo_counter, 2026).confirmed
    assert enter_arrangement(demo_counter, admin, 2027, LINES, NOTICE, NOW) == []
    assert unconfirmed_years(demo_counter, D("2026-11-28")) == []
    state = year_state(demo_counter, 2027)
    assert state.source == "hall" and state.notice == NOTICE and len(state.days) == 10
    with demo_counter.local() as uow:
        assert uow.session.scalars(select(AuditEntry.action).where(AuditEntry.action == "calendar_entered")).all()


def test_open_cases_follow_the_new_calendar(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    accepted_at = dt.datetime(2026, 12, 28, 2, 0, tzinfo=dt.UTC)
    case_no = scjg002_accepted(demo_counter, clerk, accepted_at)

    def row() -> tuple[dt.date, bool]:
        with demo_counter.local() as uow:
            return uow.session.execute(select(Case.statutory_due, Case.calendar_confirmed)
                                       .where(Case.case_no == case_no)).one()

    # 10 working days from Mon 2026-12-28: 2027-01-01 counts as a plain weekday while 2027 is unconfirmed.
    assert tuple(row()) == (D("2027-01-11"), False)
    enter_arrangement(demo_counter, staff_session(demo_counter, "S9001"), 2027, LINES, NOTICE, NOW)
    assert tuple(row()) == (D("2027-01-12"), True)


@pytest.mark.parametrize(("lines", "notice", "error"), [
    ([ArrangementLine(True, D("2027-02-15"), D("2027-02-15"), "调休")], NOTICE, ("line_1", "workday_not_weekend")),
    ([ArrangementLine(False, D("2026-12-31"), D("2027-01-01"), "元旦")], NOTICE, ("line_1", "outside_year")),
    ([ArrangementLine(False, D("2027-01-03"), D("2027-01-01"), "元旦")], NOTICE, ("line_1", "before_start")),
    ([ArrangementLine(False, D("2027-01-01"), D("2027-01-01"), "")], NOTICE, ("line_1", "required")),
    (LINES, "", ("notice", "required")),
    ([], NOTICE, ("lines", "required")),
    (LINES + [ArrangementLine(True, D("2027-02-13"), D("2027-02-13"), "调休")], NOTICE, ("line_4", "contradicts_line")),
])
def test_bad_arrangements_are_refused_and_nothing_changes(demo_counter: Counter, lines, notice, error) -> None:  # type: ignore[no-untyped-def]
    admin = staff_session(demo_counter, "S9001")
    assert error in {(e.field, e.code) for e in enter_arrangement(demo_counter, admin, 2027, lines, notice, NOW)}
    assert not year_state(demo_counter, 2027).confirmed and year_state(demo_counter, 2027).days == ()


def test_only_the_hall_administrator_enters_the_calendar(demo_counter: Counter) -> None:
    errors = enter_arrangement(demo_counter, staff_session(demo_counter, "S0101"), 2027, LINES, NOTICE, NOW)
    assert [(e.field, e.code) for e in errors] == [("calendar", "hall_admin_only")]


def test_unreachable_hall_is_reported(demo_dir) -> None:  # type: ignore[no-untyped-def]
    counter = Counter(config.resolve(str(demo_dir), "postgresql://nobody@127.0.0.1:1/none"))
    admin = staff_session(counter, "S9001")
    errors = enter_arrangement(counter, admin, 2027, LINES, NOTICE, NOW)
    assert [(e.field, e.code) for e in errors] == [("calendar", "hall_unreachable")]
    counter.close()
