"""Applicants' ratings (好差评) through the service: one per case or visit, five levels, bad ones followed up."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from chief_cases import accepted
from domain_forms import cl_form
from rating_helpers import appointment, consultation, hall_at, set_rules
from sqlalchemy import func, select
from staffing import staff_session
from test_role_matrix import MATRIX, PEOPLE, ROLES

from counter_app.app import Counter
from counter_app.domain.applicant import FieldError
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.permissions import Action
from counter_app.domain.ratings import RatingLevel, VisitKind, is_bad, rating_errors
from counter_app.domain.staff import Role
from counter_app.services import ratings
from counter_app.services.intake import take_in
from counter_app.store.models import Case, OutboxEntry, Rating, ServiceWindow

# Wednesday before National Day (2026-10-01..07, with Saturday 10-10 a make-up working day).
NOW = hall_at("2026-09-30")


def _rate(counter: Counter, code: str, level: object = 5, comment: str = "", **target: object):  # type: ignore[no-untyped-def]
    return ratings.record_rating(counter.local(), staff_session(counter, code), level=level, comment=comment,
                                 now=NOW, **target)  # type: ignore[arg-type]


def _ratings_of(counter: Counter, visits: list[uuid.UUID]) -> list[Rating]:
    with counter.local() as uow:
        return list(uow.session.scalars(select(Rating).where(Rating.visit_id.in_(visits))))


def _count(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(Rating)) or 0


def test_levels_and_comments_are_checked() -> None:
    assert rating_errors(5, "很满意，一次办好")[1] == []
    assert rating_errors(None, "")[1] == [FieldError("level", "required")]
    for wrong in (0, 6, -1, True, "5", 4.5):
        assert rating_errors(wrong, "")[1] == [FieldError("level", "out_of_range")], wrong
    assert rating_errors(3, "长" * 201)[1] == [FieldError("comment", "too_long")]
    assert rating_errors(3, "好\x07")[1] == [FieldError("comment", "control_characters")]
    assert rating_errors(3, "  第一行\r\n第二行 ")[0] == "第一行\n第二行"
    assert [int(level) for level in RatingLevel] == [1, 2, 3, 4, 5]


def test_bad_is_at_or_below_the_hall_s_threshold() -> None:
    assert [is_bad(level, OperatingRules()) for level in range(1, 6)] == [True, True, False, False, False]
    assert is_bad(3, OperatingRules(bad_rating_max_level=3))


def test_a_case_is_rated_once_and_the_rating_is_synced(demo_counter: Counter) -> None:
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    before = _count(demo_counter)  # the demo hall's own ratings
    done = _rate(demo_counter, "S0101", 5, "办事快", case_no=case_no)
    assert done.saved and done.follow_up_due is None and not done.errors
    with demo_counter.local() as uow:
        s = uow.session
        rating = s.get(Rating, done.rating_id)
        window = s.scalar(select(ServiceWindow.id).where(ServiceWindow.number == 1))
        assert (rating.level, rating.window_id, rating.visit_id) == (5, window, None)
        assert rating.staff_id == staff_session(demo_counter, "S0101").staff_id
        assert rating.data["visit"] == "case" and rating.data["comment"] == "办事快" and rating.data["bad"] is False
        assert s.scalar(select(OutboxEntry.fact_table).where(OutboxEntry.fact_id == rating.id)) == "rating"
    again = _rate(demo_counter, "S0102", 1, case_no=case_no)
    assert again.errors == (FieldError("visit", "already_rated"),) and _count(demo_counter) == before + 1
    status = ratings.case_rating(demo_counter.local(), staff_session(demo_counter, "S0101"), case_no)
    assert status == ratings.CaseRating(False, 5)


def test_a_rejected_rating_saves_nothing(demo_counter: Counter) -> None:
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    before = _count(demo_counter)
    assert _rate(demo_counter, "S0101", None, case_no=case_no).errors == (FieldError("level", "required"),)
    assert _rate(demo_counter, "S0101", 7, case_no=case_no).errors == (FieldError("level", "out_of_range"),)
    assert _rate(demo_counter, "S0101", 4, "x" * 201, case_no=case_no).errors == (FieldError("comment", "too_long"),)
    assert _rate(demo_counter, "S0101", 4, "坏\x1b[0m", case_no=case_no).errors == \
        (FieldError("comment", "control_characters"),)
    assert _count(demo_counter) == before


def test_what_is_rated_must_be_this_person_s(demo_counter: Counter) -> None:
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    before = _count(demo_counter)
    assert _rate(demo_counter, "S0101").errors == (FieldError("visit", "required"),)
    assert _rate(demo_counter, "S0101", case_no=case_no, visit_id=uuid.uuid4()).errors == \
        (FieldError("visit", "required"),)
    assert _rate(demo_counter, "S0101", case_no="410103-20990101-C01-0001").errors == (FieldError("visit", "unknown"),)
    assert _rate(demo_counter, "S0201", case_no=case_no).errors == (FieldError("visit", "other_department"),)
    assert _rate(demo_counter, "S0101", visit_id=uuid.uuid4()).errors == (FieldError("visit", "unknown"),)
    colleague = consultation(demo_counter, staff_session(demo_counter, "S0102"), NOW)
    assert _rate(demo_counter, "S0101", visit_id=colleague).errors == (FieldError("visit", "not_your_visit"),)
    clerk = staff_session(demo_counter, "S0101")
    not_in = appointment(demo_counter, clerk, None, NOW)
    assert _rate(demo_counter, "S0101", visit_id=not_in).errors == (FieldError("visit", "not_your_visit"),)
    # Errors of the rating and of its target come together, the target's first.
    assert _rate(demo_counter, "S0201", 9, case_no=case_no).errors == \
        (FieldError("visit", "other_department"), FieldError("level", "out_of_range"))
    assert _count(demo_counter) == before


def test_visits_without_a_case_are_rated_once(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    asked = consultation(demo_counter, clerk, NOW)
    came = appointment(demo_counter, staff_session(demo_counter, "S0102"), clerk, NOW)
    assert _rate(demo_counter, "S0101", 4, visit_id=asked).saved
    assert _rate(demo_counter, "S0101", 3, visit_id=came).saved
    assert _rate(demo_counter, "S0101", 5, visit_id=asked).errors == (FieldError("visit", "already_rated"),)
    got = {r.rating_id: r for r in ratings.received(demo_counter.local(), clerk)}
    mine = {r.visit_id: r.id for r in _ratings_of(demo_counter, [asked, came])}
    assert (got[mine[asked]].kind, got[mine[asked]].level) == (VisitKind.CONSULTATION, 4)
    assert (got[mine[came]].kind, got[mine[came]].level) == (VisitKind.APPOINTMENT, 3)
    assert got[mine[asked]].what == "个体工商户登记注册(设立)" and got[mine[came]].follow_up is None


def test_the_comprehensive_window_rates_what_it_received(demo_counter: Counter) -> None:
    received = take_in(demo_counter.local(), staff_session(demo_counter, "S9011"), cl_form(),
                       IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW)
    assert received.saved
    assert _rate(demo_counter, "S9011", 5, case_no=received.case_no).saved
    other = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    assert _rate(demo_counter, "S9011", 5, case_no=other).errors == (FieldError("visit", "other_department"),)


def test_only_front_desk_staff_record_ratings(demo_counter: Counter) -> None:
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    with pytest.raises(PermissionError):
        _rate(demo_counter, "S9001", 5, case_no=case_no)
    assert _rate(demo_counter, "S0191", 5, case_no=case_no).saved  # a chief serving at the counter
    admin = staff_session(demo_counter, "S9001")
    assert ratings.case_rating(demo_counter.local(), admin, case_no) == ratings.CaseRating(False)
    with pytest.raises(PermissionError):
        ratings.unrated_visits(demo_counter.local(), admin, NOW.date())


def test_a_bad_rating_is_due_for_follow_up_after_the_holiday(demo_counter: Counter) -> None:
    """Rated on 09-30: five working days are 10-08, 10-09, Saturday 10-10 (make-up), 10-12, 10-13."""
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    done = _rate(demo_counter, "S0101", 2, "等了很久", case_no=case_no)
    assert done.follow_up_due == dt.date(2026, 10, 13)
    with demo_counter.local() as uow:
        data = uow.session.get(Rating, done.rating_id).data
    assert data["bad"] is True and data["follow_up_days"] == 5
    assert data["department_id"] == str(staff_session(demo_counter, "S0101").department_id)
    fair = accepted(demo_counter, "S0101", "SCJG-001", NOW, "李四", "301")
    assert _rate(demo_counter, "S0101", 3, case_no=fair).follow_up_due is None


def test_the_hall_s_rules_decide_what_is_bad_and_how_long_the_follow_up_takes(demo_counter: Counter) -> None:
    set_rules(demo_counter, bad_rating_max_level=3, follow_up_days=2)
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    assert _rate(demo_counter, "S0101", 3, case_no=case_no).follow_up_due == dt.date(2026, 10, 9)


def test_what_is_left_to_rate_today(demo_counter: Counter) -> None:
    clerk, colleague = staff_session(demo_counter, "S0101"), staff_session(demo_counter, "S0102")
    case_no = accepted(demo_counter, "S0101", "SCJG-001", NOW)
    yesterday = accepted(demo_counter, "S0101", "SCJG-001", NOW - dt.timedelta(days=1), "王五", "302")
    asked = consultation(demo_counter, clerk, NOW + dt.timedelta(minutes=5))
    consultation(demo_counter, colleague, NOW)  # the colleague's
    consultation(demo_counter, clerk, NOW - dt.timedelta(days=1))  # yesterday's
    came = appointment(demo_counter, colleague, clerk, NOW + dt.timedelta(minutes=10), name="赵六")
    linked = accepted(demo_counter, "S0101", "SCJG-001", NOW, "钱七", "303")
    with demo_counter.local() as uow:
        linked_id = uow.session.scalar(select(Case.id).where(Case.case_no == linked))
    appointment(demo_counter, colleague, clerk, NOW, case=(linked_id, linked))  # rated as its case
    visits = ratings.unrated_visits(demo_counter.local(), clerk, dt.date(2026, 9, 30))
    keys = [(v.kind, v.key) for v in visits]
    assert keys[:2] == [(VisitKind.APPOINTMENT, str(came)), (VisitKind.CONSULTATION, str(asked))]
    assert set(keys[2:]) == {(VisitKind.CASE, case_no), (VisitKind.CASE, linked)}
    assert yesterday not in [v.key for v in visits]
    assert next(v for v in visits if v.kind is VisitKind.APPOINTMENT).applicant == "赵六"
    assert next(v for v in visits if v.key == case_no).applicant == "张三"
    assert _rate(demo_counter, "S0101", 5, case_no=case_no).saved
    assert _rate(demo_counter, "S0101", 5, visit_id=asked).saved
    left = ratings.unrated_visits(demo_counter.local(), clerk, dt.date(2026, 9, 30))
    assert [(v.kind, v.key) for v in left] == [(VisitKind.APPOINTMENT, str(came)), (VisitKind.CASE, linked)]
    assert ratings.unrated_visits(demo_counter.local(), colleague, dt.date(2026, 9, 30))[0].kind is \
        VisitKind.CONSULTATION


def test_two_counters_rating_the_same_case_offline(tmp_path: Path, hall_url: str) -> None:
    """The hall takes the first rating that reaches it and refuses the other, which is listed with its reason."""
    from hall_counters import open_at, sync

    from counter_app.services import sync as sync_service

    a, b = open_at(tmp_path, "a", hall_url), open_at(tmp_path, "b", hall_url)
    try:
        case_no = accepted(a, "S0101", "SCJG-001", NOW)
        sync(a)
        sync(b)
        assert ratings.record_rating(a.local(), staff_session(a, "S0101"), level=5, comment="", now=NOW,
                                     case_no=case_no).saved
        second = ratings.record_rating(b.local(), staff_session(b, "S0102"), level=1, comment="", now=NOW,
                                       case_no=case_no)
        assert second.saved  # b has not seen a's rating
        assert sync(a).rejected == 0
        assert sync(b).rejected == 1
        [refused] = sync_service.rejected_facts(b)
        assert refused.table == "rating" and refused.fact_id == second.rating_id and refused.reason == "already_rated"
        with a.hall() as hall:
            assert [r.level for r in hall.session.scalars(select(Rating))] == [5]
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("action", [Action.RECORD_RATING, Action.FOLLOW_UP_RATING, Action.EXPORT_SUPERVISION])
@pytest.mark.parametrize("role", ROLES)
def test_the_services_enforce_the_matrix(demo_counter: Counter, role: Role, action: Action) -> None:
    """The role matrix's cells of ratings, follow-ups and the supervision export, asked of the services."""
    from counter_app.domain.supervision import Period
    from counter_app.services import follow_ups, supervision

    who = staff_session(demo_counter, PEOPLE[role])
    ask = {
        Action.RECORD_RATING: lambda: ratings.unrated_visits(demo_counter.local(), who, dt.date(2026, 9, 30)),
        Action.FOLLOW_UP_RATING: lambda: follow_ups.follow_ups(demo_counter.local(), who, dt.date(2026, 9, 30)),
        Action.EXPORT_SUPERVISION: lambda: supervision.export(
            demo_counter.local(), who, Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30)), NOW),
    }[action]
    try:
        ask()
        allowed = True
    except PermissionError:
        allowed = False
    assert allowed == MATRIX[action][ROLES.index(role)]
