"""The figures' pure rules: working days used (the inverse of a due date, suspensions left out), a case
timed at its decision, staff and window figures from plain rows, rates without cases."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from case_factory import CHIEF, CLERK, at, new_case

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.case import fold
from counter_app.domain.deadlines import Pause, due_date, working_days_counted
from counter_app.domain.evaluation_figures import (
    Figures,
    FinishedCase,
    RatingRow,
    Step,
    StepRow,
    finished_case,
    staff_figures,
    total,
    window_figures,
)
from counter_app.domain.events import EventKind

D = dt.date
CAL = HallCalendar()  # chinesecalendar: 2025-09-28 (Sun) and 10-11 (Sat) worked, 10-01..10-08 off
A, B, CHIEF_ID = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
W1, W2, W11 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def test_working_days_across_the_national_day_holiday() -> None:
    assert working_days_counted(CAL, D(2025, 9, 26), D(2025, 10, 13)) == 7  # 9-28 9-29 9-30 10-9 10-10 10-11 10-13
    assert working_days_counted(CAL, D(2025, 9, 30), D(2025, 10, 14), pauses=[Pause(D(2025, 10, 9),
                                                                                    D(2025, 10, 10))]) == 3
    assert working_days_counted(CAL, D(2025, 10, 9), D(2025, 10, 9)) == 0
    assert working_days_counted(CAL, D(2025, 10, 1), D(2025, 10, 8)) == 0  # the whole holiday


def test_an_open_pause_runs_to_the_end() -> None:
    assert working_days_counted(CAL, D(2025, 9, 22), D(2025, 9, 30), pauses=[Pause(D(2025, 9, 25), None)]) == 2


@pytest.mark.parametrize("limit", [1, 5, 10, 20])
@pytest.mark.parametrize("pauses", [(), (Pause(D(2025, 9, 29), D(2025, 10, 10)),),
                                    (Pause(D(2025, 9, 24), D(2025, 9, 24)), Pause(D(2025, 10, 13), D(2025, 10, 15)))])
def test_counting_up_to_the_due_day_gives_the_limit_back(limit: int, pauses: tuple[Pause, ...]) -> None:
    start = D(2025, 9, 23)
    due = due_date(CAL, start, limit, pauses=pauses).day
    assert due is not None
    assert working_days_counted(CAL, start, due, pauses=pauses) == limit


def _case(accepted: str, decided: str, suspended: tuple[str, str] | None = None):  # type: ignore[no-untyped-def]
    device = new_case()
    device.receive(at(accepted), statutory_days=10, promised_days=5)
    device.act(EventKind.ACCEPTED, at(accepted, 1))
    device.act(EventKind.UNDERTAKEN, at(accepted, 2))
    if suspended:
        device.act(EventKind.SUSPENDED, at(suspended[0]), reason="inspection", start=suspended[0])
        device.act(EventKind.RESUMED, at(suspended[1], 480), end=suspended[1])
    device.act(EventKind.REVIEWED, at(decided))
    device.act(EventKind.DECIDED, at(decided, 60), actor=CHIEF, outcome="granted")
    return fold(device.events)


def test_a_case_is_timed_from_acceptance_to_decision() -> None:
    late = finished_case(_case("2025-09-26", "2025-10-13"), CAL)
    assert late == FinishedCase(CLERK, D(2025, 10, 13), D(2025, 10, 10), D(2025, 10, 16), 7)
    paused = finished_case(_case("2025-09-30", "2025-10-14", ("2025-10-09", "2025-10-10")), CAL)
    assert paused == FinishedCase(CLERK, D(2025, 10, 14), D(2025, 10, 16), D(2025, 10, 23), 3)


def test_an_undecided_case_is_not_finished() -> None:
    device = new_case()
    device.receive(at("2025-10-09"))
    device.act(EventKind.ACCEPTED, at("2025-10-09", 1))
    assert finished_case(fold(device.events), CAL) is None


def test_staff_figures_from_rows() -> None:
    steps = [StepRow(A, EventKind.RECEIVED, 1, 3), StepRow(A, EventKind.ACCEPTED, 1, 2),
             StepRow(A, EventKind.REFERRED, 1), StepRow(A, EventKind.NOT_ACCEPTED, 1),
             StepRow(B, EventKind.UNDERTAKEN, None, 4), StepRow(B, EventKind.SUSPENDED, None, 9),
             StepRow(CHIEF_ID, EventKind.DECIDED, 1, 2)]
    finished = [FinishedCase(A, D(2025, 10, 13), D(2025, 10, 10), D(2025, 10, 16), 7),
                FinishedCase(A, D(2025, 10, 9), D(2025, 10, 9), D(2025, 10, 15), 5),
                FinishedCase(A, D(2025, 10, 9), None, None, 2)]  # an item without limits: days only
    ratings = [RatingRow(A, None, 5), RatingRow(A, W11, 3), RatingRow(B, W1, 2)]
    figures = staff_figures(steps, finished, ratings, [A, A, B], {B: 95, CHIEF_ID: 0})
    a, b = figures[A], figures[B]
    assert dict(a.steps) == {Step.RECEIVED: 3, Step.ACCEPTED: 2, Step.NOT_ACCEPTED: 2}
    assert (a.finished, a.with_promised, a.on_time_promised, a.with_statutory, a.on_time_statutory) == (3, 2, 1, 2, 2)
    assert (a.on_time_rate, a.statutory_rate, a.average_days) == (0.5, 1.0, 14 / 3)
    assert (a.rating_count, a.rating_average, a.satisfied_share, a.bad_ratings, a.consultations) == (2, 4.0, 0.5, 0, 2)
    assert dict(b.steps) == {Step.UNDERTAKEN: 4} and b.extended_minutes == 95 and b.bad_ratings == 1
    assert figures[CHIEF_ID].step(Step.DECIDED) == 2


def test_a_hall_that_counts_level_3_as_bad() -> None:
    figures = staff_figures([], [], [RatingRow(A, None, 3), RatingRow(A, None, 4)], [], {}, bad_max=3)
    assert figures[A].bad_ratings == 1


def test_windows_take_their_staff_their_receipts_and_their_ratings() -> None:
    steps = [StepRow(A, EventKind.RECEIVED, 1, 2), StepRow(A, EventKind.RECEIVED, 11, 1),
             StepRow(B, EventKind.RECEIVED, 2, 5), StepRow(A, EventKind.ACCEPTED, 1, 3)]
    ratings = [RatingRow(A, None, 5), RatingRow(A, W11, 1), RatingRow(B, None, 4)]
    by_staff = staff_figures(steps, [], ratings, [A], {})
    windows = window_figures(by_staff, {A: W1, B: W2, CHIEF_ID: None}, {W1: 1, W2: 2, W11: 11}, steps, ratings)
    assert windows[W1].step(Step.RECEIVED) == 2 and windows[W1].step(Step.ACCEPTED) == 3
    assert windows[W11].step(Step.RECEIVED) == 1 and windows[W11].ratings == (1, 0, 0, 0, 0)
    assert windows[W1].ratings == (0, 0, 0, 0, 1) and windows[W1].consultations == 1
    assert windows[W2].step(Step.RECEIVED) == 5 and windows[W2].ratings == (0, 0, 0, 1, 0)


def test_no_cases_no_rates_and_figures_add_up() -> None:
    empty = Figures()
    assert (empty.on_time_rate, empty.statutory_rate, empty.average_days, empty.rating_average,
            empty.satisfied_share) == (None, None, None, None, None)
    one = Figures(steps={Step.ACCEPTED: 1}, finished=1, with_promised=1, on_time_promised=1, handling_days=4,
                  ratings=(0, 0, 0, 0, 1))
    two = Figures(steps={Step.ACCEPTED: 2, Step.DECIDED: 1}, finished=1, with_promised=1, handling_days=2,
                  ratings=(1, 0, 0, 0, 0), extended_minutes=30)
    both = total([one, two])
    assert dict(both.steps) == {Step.ACCEPTED: 3, Step.DECIDED: 1} and both.total_steps == 4
    assert (both.on_time_rate, both.average_days, both.rating_average, both.extended_hours) == (0.5, 3.0, 3.0, 0.5)
