"""What the electronic supervision system (电子监察) is shown of a case: every step with the limit it
stood under, the case's limits, its pauses and extensions, and its yellow and red cards.

A step's limit is the limit of the stage the case was at just before the step: the art. 32 limit
before the intake decision, the handling limit (promised, else statutory, with pauses and an
extension as they stood then) before 承办 审核 审批, the art. 44 limit before 发证 and 送达. A step
taken after its limit was taken late: its warning is red, and stays so. The warning of a step is
the one it carried on the day it was taken; the case's own warning is as of the export day.

Cards, as of the export day:
- yellow (黄牌): the case is yellow on the export day;
- red (红牌): the case is overdue on the export day, or one of its steps was overdue on some day
  of the period (its limit passed before the period ended and it was taken, or is still open,
  on or after the period's first day).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.case import fold
from counter_app.domain.case_state import CaseState, CaseStatus
from counter_app.domain.case_timing import (
    CaseTiming,
    case_warning,
    effective_acceptance,
    step_warning,
    timing,
)
from counter_app.domain.deadlines import (
    CORRECTION_NOTICE_DAYS,
    DEFAULT_YELLOW_DAYS,
    ISSUE_DAYS,
    WarningLevel,
    warning_level,
)
from counter_app.domain.events import CaseEvent, EventKind


@dataclass(frozen=True)
class Period:
    """The days of an export, both included (hall dates)."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last}) before it starts ({self.first})")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


class RedReason(enum.StrEnum):
    OVERDUE_NOW = "overdue_now"  # overdue on the export day
    STEP_OVERDUE = "step_overdue"  # a step was overdue on some day of the period


@dataclass(frozen=True)
class Step:
    event: CaseEvent
    in_period: bool
    applied: bool
    ignored_reason: str | None
    status_before: CaseStatus | None  # None for the receipt, which starts the case
    limit: dt.date | None
    warning: WarningLevel  # on the day the step was taken

    @property
    def late(self) -> bool:
        return self.limit is not None and self.event.day > self.limit


@dataclass(frozen=True)
class Extension:
    """A request to extend the statutory limit (art. 42) and what became of it."""

    requested_on: dt.date
    requested_by: uuid.UUID
    days: int
    reason: str
    decision: str = "pending"  # approved, refused, pending
    decided_on: dt.date | None = None
    decided_by: uuid.UUID | None = None

    @property
    def days_granted(self) -> int:
        return self.days if self.decision == "approved" else 0


@dataclass(frozen=True)
class RedCard:
    reason: RedReason
    limit: dt.date | None
    step: EventKind | None = None  # the step that was overdue (STEP_OVERDUE)
    taken_on: dt.date | None = None  # None: still open


@dataclass(frozen=True)
class CaseReport:
    state: CaseState
    timing: CaseTiming
    clock_starts: dt.date | None
    intake_due: dt.date  # art. 32: 5 working days after receipt
    issue_due: dt.date | None  # art. 44: 10 working days after the decision
    step_warning: WarningLevel  # as of the export day
    case_warning: WarningLevel  # as of the export day
    steps: tuple[Step, ...]
    extensions: tuple[Extension, ...]
    red: tuple[RedCard, ...]

    @property
    def yellow_card(self) -> bool:
        return self.case_warning is WarningLevel.YELLOW

    @property
    def red_card(self) -> bool:
        return bool(self.red)


def has_step_in(events: Sequence[CaseEvent], period: Period) -> bool:
    return any(e.day in period for e in events)


def report(events: Sequence[CaseEvent], calendar: HallCalendar, today: dt.date, period: Period,
           yellow_days: int = DEFAULT_YELLOW_DAYS) -> CaseReport:
    """The case as supervision sees it on `today`, with its steps judged against their limits."""
    ordered = sorted(events, key=lambda e: e.order_key)
    state = fold(ordered)
    t = timing(state, calendar)
    applied = set(state.applied)
    ignored = {i.event_id: i.reason for i in state.ignored}
    steps = tuple(_step(ordered, i, calendar, period, yellow_days, e.id in applied, ignored.get(e.id))
                  for i, e in enumerate(ordered))
    case_level = case_warning(state, t, calendar, today, yellow_days)
    return CaseReport(
        state=state, timing=t, clock_starts=effective_acceptance(state, calendar),
        intake_due=calendar.add_working_days(state.received_on, CORRECTION_NOTICE_DAYS),
        issue_due=calendar.add_working_days(state.decided_on, ISSUE_DAYS) if state.decided_on else None,
        step_warning=step_warning(state, t, calendar, today, yellow_days), case_warning=case_level,
        steps=steps, extensions=extensions(ordered, applied),
        red=_red_cards(t, steps, case_level, today, period))


def _step(ordered: Sequence[CaseEvent], index: int, calendar: HallCalendar, period: Period, yellow_days: int,
          applied: bool, ignored_reason: str | None) -> Step:
    event = ordered[index]
    before = _state_before(ordered[:index])
    limit = timing(before, calendar).step_due if before is not None and not before.suspended else None
    level = warning_level(calendar, event.day, limit, yellow_days=yellow_days)
    return Step(event, event.day in period, applied, ignored_reason, before.status if before else None, limit, level)


def _state_before(earlier: Sequence[CaseEvent]) -> CaseState | None:
    if not any(e.kind is EventKind.RECEIVED for e in earlier):
        return None  # the receipt itself (or a step whose clock ran before the receipt's)
    return fold(earlier)


def extensions(ordered: Sequence[CaseEvent], applied: set[uuid.UUID]) -> tuple[Extension, ...]:
    found: list[Extension] = []
    for e in ordered:
        if e.id not in applied:
            continue
        if e.kind is EventKind.EXTENSION_REQUESTED:
            found.append(Extension(e.day, e.actor_id, int(e.data.get("days", 0)), str(e.data.get("reason", ""))))
        elif e.kind in (EventKind.EXTENSION_APPROVED, EventKind.EXTENSION_REFUSED) and found:
            decision = "approved" if e.kind is EventKind.EXTENSION_APPROVED else "refused"
            last = found[-1]
            found[-1] = Extension(last.requested_on, last.requested_by, last.days, last.reason, decision, e.day,
                                  e.actor_id)
    return tuple(found)


def _red_cards(t: CaseTiming, steps: Sequence[Step], level: WarningLevel, today: dt.date,
               period: Period) -> tuple[RedCard, ...]:
    cards = []
    if level is WarningLevel.RED:
        passed = [d for d in (t.step_due, t.statutory_due.day if t.statutory_due else None)
                  if d is not None and d < today]
        cards.append(RedCard(RedReason.OVERDUE_NOW, min(passed) if passed else None))
    for step in steps:
        if step.late and _overdue_in(step.limit, step.event.day, period):
            cards.append(RedCard(RedReason.STEP_OVERDUE, step.limit, step.event.kind, step.event.day))
    return tuple(cards)


def _overdue_in(limit: dt.date | None, until: dt.date, period: Period) -> bool:
    """Whether the days after the limit, up to `until`, reach into the period."""
    return limit is not None and limit < until and limit < period.last and until >= period.first
