"""The follow-up of a bad rating (差评整改): due in working days, yellow and red like a case, closed in words."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from chief_cases import accepted
from rating_helpers import hall_at
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.follow_ups import (
    BadRating,
    FollowUpEventView,
    FollowUpKind,
    FollowUpState,
    fold,
    refusal,
)
from counter_app.domain.staff import Role
from counter_app.services import follow_ups, ratings
from counter_app.services.calendar import hall_calendar

RATED = hall_at("2026-09-30", 16)  # Wednesday before National Day
DEPARTMENT = uuid.uuid4()


def _calendar(counter: Counter):  # type: ignore[no-untyped-def]
    with counter.local() as uow:
        return hall_calendar(uow.session)


def _bad(rating_id: uuid.UUID | None = None, days: int = 5) -> BadRating:
    return BadRating(rating_id or uuid.uuid4(), uuid.uuid4(), DEPARTMENT, 1, RATED, days)


def _event(rating: BadRating, kind: FollowUpKind, day: str, text: str) -> FollowUpEventView:
    return FollowUpEventView(rating.rating_id, kind, uuid.uuid4(), hall_at(day, 10), {"text": text})


def test_due_after_national_day_and_warned_like_a_case(demo_counter: Counter) -> None:
    calendar = _calendar(demo_counter)
    bad = _bad()
    [found] = fold([bad], [], calendar).values()
    # 10-08, 10-09, Saturday 10-10 (a make-up working day), 10-12, 10-13.
    assert found.due == dt.date(2026, 10, 13) and found.state is FollowUpState.OPEN
    levels = {day: found.warning(calendar, dt.date.fromisoformat(day)).value
              for day in ("2026-09-30", "2026-10-05", "2026-10-08", "2026-10-09", "2026-10-13", "2026-10-14")}
    assert levels == {"2026-09-30": "normal", "2026-10-05": "normal", "2026-10-08": "normal",
                      "2026-10-09": "yellow", "2026-10-13": "yellow", "2026-10-14": "red"}
    assert found.warning(calendar, dt.date(2026, 10, 9), yellow_days=1) is WarningLevel.NORMAL
    # The working days the rules gave when the rating was made are the follow-up's.
    [short] = fold([_bad(days=2)], [], calendar).values()
    assert short.due == dt.date(2026, 10, 9)


def test_notes_then_the_closing_and_nothing_after_it(demo_counter: Counter) -> None:
    calendar = _calendar(demo_counter)
    bad = _bad()
    events = [_event(bad, FollowUpKind.CLOSED, "2026-10-14", "已约谈窗口人员，优化叫号流程"),
              _event(bad, FollowUpKind.NOTED, "2026-10-08", "已电话回访申请人"),
              _event(bad, FollowUpKind.CLOSED, "2026-10-15", "另一台电脑上的第二次整改记录"),
              _event(bad, FollowUpKind.NOTED, "2026-10-16", "之后的记录")]
    [found] = fold([bad], events, calendar).values()
    assert found.state is FollowUpState.CLOSED and found.rectification == "已约谈窗口人员，优化叫号流程"
    assert [n.text for n in found.notes] == ["已电话回访申请人"]
    assert found.closed_on == dt.date(2026, 10, 14) and found.closed_late
    assert found.warning(calendar, dt.date(2026, 10, 20)) is WarningLevel.NORMAL
    # Events of a rating the counter does not hold (yet) change nothing.
    assert fold([], events, calendar) == {}


def test_who_may_act_on_a_follow_up(demo_counter: Counter) -> None:
    [open_one] = fold([_bad()], [], _calendar(demo_counter)).values()
    chief = frozenset({Role.CHIEF_REPRESENTATIVE_A})
    assert refusal(chief, DEPARTMENT, open_one) is None
    assert refusal(frozenset({Role.CHIEF_REPRESENTATIVE_B}), DEPARTMENT, open_one) is None
    assert refusal(chief, uuid.uuid4(), open_one) == "other_department"
    assert refusal(frozenset({Role.WINDOW_CLERK}), DEPARTMENT, open_one) == "chief_representative_only"
    assert refusal(chief, DEPARTMENT, None) == "unknown"


def _bad_rating(counter: Counter, clerk: str = "S0101", level: int = 1, seq: str = "401") -> uuid.UUID:
    case_no = accepted(counter, clerk, "SCJG-001" if clerk.startswith("S01") else "CGJ-001", RATED, "张三", seq)
    done = ratings.record_rating(counter.local(), staff_session(counter, clerk), level=level, comment="态度不好",
                                 now=RATED, case_no=case_no)
    assert done.saved, done.errors
    assert done.rating_id is not None
    return done.rating_id


def _mine(rows: list[follow_ups.FollowUpRow], rating_id: uuid.UUID) -> list[follow_ups.FollowUpRow]:
    """The test's own follow-up among the demo hall's."""
    return [r for r in rows if r.rating_id == rating_id]


def test_the_chief_notes_and_closes_the_department_s_follow_up(demo_counter: Counter) -> None:
    rating_id = _bad_rating(demo_counter)
    chief = staff_session(demo_counter, "S0191")
    [row] = _mine(follow_ups.follow_ups(demo_counter.local(), chief, dt.date(2026, 10, 9)), rating_id)
    assert (row.staff_name, row.window_number, row.level) == ("王晓堃", 1, 1)
    assert row.due == dt.date(2026, 10, 13) and row.warning is WarningLevel.YELLOW and row.comment == "态度不好"
    assert row.kind.value == "case" and row.what.startswith("410103-20260930-")
    when = hall_at("2026-10-09", 11)
    assert follow_ups.note(demo_counter.local(), chief, rating_id, "  已电话回访 ", when) == []
    b_chief = staff_session(demo_counter, "S0192")
    assert follow_ups.close(demo_counter.local(), b_chief, rating_id, "已约谈，整改叫号流程", when) == []
    assert _mine(follow_ups.follow_ups(demo_counter.local(), chief, dt.date(2026, 10, 9)), rating_id) == []
    [closed] = _mine(follow_ups.follow_ups(demo_counter.local(), chief, dt.date(2026, 10, 9), closed=True),
                     rating_id)
    assert closed.state is FollowUpState.CLOSED and closed.notes == ("已电话回访",)
    assert closed.rectification == "已约谈，整改叫号流程" and closed.closed_on == dt.date(2026, 10, 9)
    assert follow_ups.note(demo_counter.local(), chief, rating_id, "再记一笔", when) == \
        [FieldError("follow_up", "already_closed")]


def test_a_follow_up_s_errors_save_nothing(demo_counter: Counter) -> None:
    rating_id = _bad_rating(demo_counter)
    chief, other = staff_session(demo_counter, "S0191"), staff_session(demo_counter, "S0291")
    when = hall_at("2026-10-08")
    assert follow_ups.close(demo_counter.local(), chief, rating_id, "   ", when) == [FieldError("text", "required")]
    assert follow_ups.close(demo_counter.local(), chief, rating_id, "整" * 501, when) == \
        [FieldError("text", "too_long")]
    assert follow_ups.note(demo_counter.local(), chief, rating_id, "回访\x00", when) == \
        [FieldError("text", "control_characters")]
    assert follow_ups.close(demo_counter.local(), other, rating_id, "已整改", when) == \
        [FieldError("follow_up", "other_department")]
    assert follow_ups.close(demo_counter.local(), chief, uuid.uuid4(), "", when) == \
        [FieldError("follow_up", "unknown"), FieldError("text", "required")]
    assert follow_ups.follow_ups(demo_counter.local(), other, dt.date(2026, 10, 8)) == []
    with pytest.raises(PermissionError):
        follow_ups.close(demo_counter.local(), staff_session(demo_counter, "S0101"), rating_id, "已整改", when)
    with pytest.raises(PermissionError):
        follow_ups.follow_ups(demo_counter.local(), staff_session(demo_counter, "S9001"), dt.date(2026, 10, 8))
    [row] = _mine(follow_ups.follow_ups(demo_counter.local(), chief, dt.date(2026, 10, 14)), rating_id)
    assert row.state is FollowUpState.OPEN and row.notes == () and row.warning is WarningLevel.RED


def test_a_fair_rating_opens_no_follow_up(demo_counter: Counter) -> None:
    fair = _bad_rating(demo_counter, level=3)
    listed = follow_ups.follow_ups(demo_counter.local(), staff_session(demo_counter, "S0191"), dt.date(2026, 10, 9),
                                   closed=True)
    assert listed and _mine(listed, fair) == []  # the demo hall's bad ratings are there, not this one
