"""The evaluation's figures (绩效统计) per member of staff and per window, from plain rows.

What counts, and for whom:

- Steps (办件环节): every step a person recorded in the period, by kind: 收件 (materials taken
  in, at any window: every intake starts with one, and at the comprehensive window it is the
  work done for the departments), 受理, 一次性告知, 不予受理 (with the referrals to another
  agency), 承办, 审核, 审批, 发证, 送达. A B role acting for an absent A counts for B, who did
  the work; A's queue is only where the case waited.
- Finished cases (办结): the cases whose decision (审批: 准予 or 不予许可) falls in the period.
  The promised and statutory limits (承诺时限, 法定时限, art. 42) run from acceptance to the
  decision, so that is what is timed; delivery has its own limit (art. 44) and is not mixed in.
  A case counts for the person who answers for it: the one who accepted it (A, when B accepted
  for A). On time: decided on or before the limit's last day, an approved extension included.
  Handling days: working days from the (effective, art. 32) acceptance to the decision, the
  suspensions of art. 45 left out.
- Ratings (好差评): count, average level, satisfied (4 or 5), bad (at or below the hall's
  bad-rating level, 2 by default).
- Inquiries (咨询): consultations recorded with the person as the first-inquiry person (首问).
- Extended service (延时服务): minutes, from services/extended_service.

A window's figures are those of the staff posted to it, except two: its receipts (收件) are
those taken in at the window, whoever was at it, and its ratings those given to the window.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.case_state import CaseState
from counter_app.domain.case_timing import effective_acceptance, timing
from counter_app.domain.deadlines import Pause, working_days_counted
from counter_app.domain.events import EventKind

LEVELS = (1, 2, 3, 4, 5)
SATISFIED_FROM = 4  # 满意 and 非常满意
DEFAULT_BAD_MAX = 2  # as domain.hall_rules.OperatingRules.bad_rating_max_level


class Step(enum.StrEnum):
    """A column of the step counts, in the order of the chain."""

    RECEIVED = "received"  # 收件
    ACCEPTED = "accepted"  # 受理
    NOTICE = "notice"  # 一次性告知
    NOT_ACCEPTED = "not_accepted"  # 不予受理 (and 告知向有关机关申请)
    UNDERTAKEN = "undertaken"  # 承办
    REVIEWED = "reviewed"  # 审核
    DECIDED = "decided"  # 审批
    ISSUED = "issued"  # 发证
    DELIVERED = "delivered"  # 送达


STEP_OF: dict[str, Step] = {
    EventKind.RECEIVED: Step.RECEIVED,
    EventKind.ACCEPTED: Step.ACCEPTED,
    EventKind.CORRECTION_REQUESTED: Step.NOTICE,
    EventKind.NOT_ACCEPTED: Step.NOT_ACCEPTED,
    EventKind.REFERRED: Step.NOT_ACCEPTED,
    EventKind.UNDERTAKEN: Step.UNDERTAKEN,
    EventKind.REVIEWED: Step.REVIEWED,
    EventKind.DECIDED: Step.DECIDED,
    EventKind.CERTIFICATE_ISSUED: Step.ISSUED,
    EventKind.DELIVERED: Step.DELIVERED,
}
STEP_KINDS = tuple(STEP_OF)  # the event kinds that are counted


@dataclass(frozen=True)
class StepRow:
    """Steps of one kind one person recorded: who acted (B, not A), where the case was received."""

    actor_id: uuid.UUID
    kind: str  # an EventKind value
    window_number: int | None = None
    count: int = 1


@dataclass(frozen=True)
class FinishedCase:
    """A case decided in the period, timed."""

    responsible_id: uuid.UUID
    decided_on: dt.date
    promised_due: dt.date | None
    statutory_due: dt.date | None
    handling_days: int


@dataclass(frozen=True)
class RatingRow:
    staff_id: uuid.UUID
    window_id: uuid.UUID | None
    level: int


def finished_case(state: CaseState, calendar: HallCalendar) -> FinishedCase | None:
    """The case's timing at its decision, or None when it has no applied decision or acceptance."""
    if state.decided_on is None or state.accepted_by is None:
        return None
    limits = timing(state, calendar)
    start = effective_acceptance(state, calendar)
    if start is None:
        return None
    pauses = tuple(Pause(s.start, s.end) for s in state.suspensions)
    return FinishedCase(
        responsible_id=state.accepted_by, decided_on=state.decided_on,
        promised_due=limits.promised_due.day if limits.promised_due else None,
        statutory_due=limits.statutory_due.day if limits.statutory_due else None,
        handling_days=working_days_counted(calendar, start, state.decided_on, pauses=pauses),
    )


@dataclass(frozen=True)
class Figures:
    """One person's, one window's or a whole scope's figures for a period; they add up."""

    steps: Mapping[Step, int] = field(default_factory=dict)
    finished: int = 0
    with_promised: int = 0  # finished cases that have a promised limit
    on_time_promised: int = 0
    with_statutory: int = 0
    on_time_statutory: int = 0
    handling_days: int = 0  # summed over the finished cases
    ratings: tuple[int, ...] = (0, 0, 0, 0, 0)  # how many of each level, 1 to 5
    consultations: int = 0
    extended_minutes: int = 0
    bad_max: int = DEFAULT_BAD_MAX

    def __add__(self, other: Figures) -> Figures:
        steps = Counter(self.steps)
        steps.update(other.steps)
        return Figures(
            steps=dict(steps), finished=self.finished + other.finished,
            with_promised=self.with_promised + other.with_promised,
            on_time_promised=self.on_time_promised + other.on_time_promised,
            with_statutory=self.with_statutory + other.with_statutory,
            on_time_statutory=self.on_time_statutory + other.on_time_statutory,
            handling_days=self.handling_days + other.handling_days,
            ratings=tuple(a + b for a, b in zip(self.ratings, other.ratings, strict=True)),
            consultations=self.consultations + other.consultations,
            extended_minutes=self.extended_minutes + other.extended_minutes, bad_max=self.bad_max,
        )

    def step(self, step: Step) -> int:
        return self.steps.get(step, 0)

    @property
    def total_steps(self) -> int:
        return sum(self.steps.values())

    @property
    def on_time_rate(self) -> float | None:
        """按时办结率: share of the finished cases decided within the promised limit; None without any."""
        return self.on_time_promised / self.with_promised if self.with_promised else None

    @property
    def statutory_rate(self) -> float | None:
        return self.on_time_statutory / self.with_statutory if self.with_statutory else None

    @property
    def average_days(self) -> float | None:
        """平均办理天数 in working days; None without a finished case."""
        return self.handling_days / self.finished if self.finished else None

    @property
    def rating_count(self) -> int:
        return sum(self.ratings)

    @property
    def rating_average(self) -> float | None:
        n = self.rating_count
        return sum(level * k for level, k in zip(LEVELS, self.ratings, strict=True)) / n if n else None

    @property
    def satisfied_share(self) -> float | None:
        n = self.rating_count
        return sum(self.ratings[SATISFIED_FROM - 1:]) / n if n else None

    @property
    def bad_ratings(self) -> int:
        return sum(self.ratings[:self.bad_max])

    @property
    def extended_hours(self) -> float:
        return self.extended_minutes / 60


def _rating_counts(levels: Iterable[int]) -> tuple[int, ...]:
    counts = Counter(levels)
    return tuple(counts.get(level, 0) for level in LEVELS)


def staff_figures(steps: Iterable[StepRow], finished: Iterable[FinishedCase], ratings: Iterable[RatingRow],
                  consultations: Iterable[uuid.UUID], extended_minutes: Mapping[uuid.UUID, int],
                  bad_max: int = DEFAULT_BAD_MAX) -> dict[uuid.UUID, Figures]:
    """Each person's figures (only those with any); consultations: the first-inquiry person of each."""
    counted: dict[uuid.UUID, Counter[Step]] = defaultdict(Counter)
    for row in steps:
        if row.kind in STEP_OF:
            counted[row.actor_id][STEP_OF[row.kind]] += row.count
    cases: dict[uuid.UUID, list[FinishedCase]] = defaultdict(list)
    for case in finished:
        cases[case.responsible_id].append(case)
    levels: dict[uuid.UUID, list[int]] = defaultdict(list)
    for rating in ratings:
        levels[rating.staff_id].append(rating.level)
    inquiries = Counter(consultations)
    people = set(counted) | set(cases) | set(levels) | set(inquiries) | {k for k, v in extended_minutes.items() if v}
    return {person: Figures(steps=dict(counted[person]), **_timeliness(cases[person]),
                            ratings=_rating_counts(levels[person]), consultations=inquiries[person],
                            extended_minutes=extended_minutes.get(person, 0), bad_max=bad_max)
            for person in people}


def _timeliness(cases: list[FinishedCase]) -> dict[str, int]:
    promised = [c for c in cases if c.promised_due is not None]
    statutory = [c for c in cases if c.statutory_due is not None]
    return {
        "finished": len(cases), "handling_days": sum(c.handling_days for c in cases),
        "with_promised": len(promised),
        "on_time_promised": sum(1 for c in promised if c.decided_on <= c.promised_due),  # type: ignore[operator]
        "with_statutory": len(statutory),
        "on_time_statutory": sum(1 for c in statutory if c.decided_on <= c.statutory_due),  # type: ignore[operator]
    }


def window_figures(by_staff: Mapping[uuid.UUID, Figures], posted: Mapping[uuid.UUID, uuid.UUID | None],
                   window_numbers: Mapping[uuid.UUID, int], steps: Iterable[StepRow],
                   ratings: Iterable[RatingRow], bad_max: int = DEFAULT_BAD_MAX) -> dict[uuid.UUID, Figures]:
    """Each window's figures: its posted staff's, with receipts where taken in and ratings given to it.

    posted: each person's window (None: no window, e.g. a chief representative); a rating without
    a window counts for the window its person is posted to.
    """
    figures = {window: Figures(bad_max=bad_max) for window in window_numbers}
    for person, own in by_staff.items():
        window = posted.get(person)
        if window in figures:
            figures[window] = figures[window] + own
    by_number = {number: window for window, number in window_numbers.items()}
    receipts: Counter[uuid.UUID] = Counter()
    for row in steps:
        if row.kind == EventKind.RECEIVED and row.window_number in by_number:
            receipts[by_number[row.window_number]] += row.count
    levels: dict[uuid.UUID, list[int]] = defaultdict(list)
    for rating in ratings:
        window = rating.window_id or posted.get(rating.staff_id)
        if window in figures:
            levels[window].append(rating.level)
    result = {}
    for window, own in figures.items():
        steps_here = {**own.steps, Step.RECEIVED: receipts[window]}
        result[window] = Figures(**{**_fields(own), "steps": steps_here, "ratings": _rating_counts(levels[window])})
    return result


def _fields(figures: Figures) -> dict[str, object]:
    return {name: getattr(figures, name) for name in Figures.__dataclass_fields__}


def total(figures: Iterable[Figures], bad_max: int = DEFAULT_BAD_MAX) -> Figures:
    result = Figures(bad_max=bad_max)
    for one in figures:
        result = result + one
    return result
