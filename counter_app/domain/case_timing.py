"""A case's time limits (时限) and warning levels (预警), from its state and the hall calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counter_app.domain.calendar import HallCalendar
from counter_app.domain.case_state import HANDLING, CaseState, CaseStatus
from counter_app.domain.deadlines import (
    CORRECTION_NOTICE_DAYS,
    DEFAULT_YELLOW_DAYS,
    ISSUE_DAYS,
    Due,
    Pause,
    WarningLevel,
    due_date,
    warning_level,
)


@dataclass(frozen=True)
class CaseTiming:
    # Art. 32: notice or acceptance within 5 working days of receipt.
    intake_due: dt.date | None
    # Counted from acceptance; while still received, from the day of receipt (deemed acceptance).
    promised_due: Due | None
    statutory_due: Due | None
    # Art. 44: certificate issued and delivered within 10 working days of the decision.
    issue_due: dt.date | None
    # The limit of the step the case is at now: what the queue sorts by.
    step_due: dt.date | None
    confirmed: bool


def timing(state: CaseState, calendar: HallCalendar) -> CaseTiming:
    waiting = state.status in (CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION)
    intake_due = calendar.add_working_days(state.received_on, CORRECTION_NOTICE_DAYS) if waiting else None
    base = effective_acceptance(state, calendar)
    pauses = tuple(Pause(s.start, s.end) for s in state.suspensions)
    promised = statutory = None
    if base is not None:
        if state.item.promised_days is not None:
            promised = due_date(calendar, base, state.item.promised_days, pauses=pauses,
                                extension_days=state.extension_days)
        if state.item.statutory_days is not None:
            statutory = due_date(calendar, base, state.item.statutory_days, pauses=pauses,
                                 extension_days=state.extension_days)
    issue_due = calendar.add_working_days(state.decided_on, ISSUE_DAYS) if state.decided_on else None
    step_due = _step_due(state, intake_due, promised or statutory, issue_due)
    confirmed = all(d.confirmed for d in (promised, statutory) if d is not None)
    for day in (intake_due, issue_due):
        if day is not None:
            confirmed = confirmed and calendar.is_confirmed(day)
    return CaseTiming(intake_due, promised, statutory, issue_due, step_due, confirmed)


def effective_acceptance(state: CaseState, calendar: HallCalendar) -> dt.date | None:
    """The day the hall's clock starts (art. 32).

    Accepted within 5 working days of receipt, or after a one-time notice: the
    day of acceptance. Accepted later with no notice in time (a comprehensive
    window's receipt the department was slow to take up, say): the day of
    receipt, as the law deems it. Still received: the day of receipt, provisionally.
    """
    if state.accepted_on is None:
        return state.received_on if state.status is CaseStatus.RECEIVED else None
    limit = calendar.add_working_days(state.received_on, CORRECTION_NOTICE_DAYS)
    if state.notices == 0 and state.accepted_on > limit:
        return state.received_on
    return state.accepted_on


def intake_working_days(state: CaseState, calendar: HallCalendar) -> int | None:
    """Working days from receipt to formal acceptance (measured for comprehensive-window receipts)."""
    if state.accepted_on is None:
        return None
    return calendar.working_days_between(state.received_on, state.accepted_on)


def _step_due(state: CaseState, intake_due: dt.date | None, handling: Due | None,
              issue_due: dt.date | None) -> dt.date | None:
    if state.status is CaseStatus.RECEIVED:
        return intake_due
    if state.status in HANDLING:
        return handling.day if handling else None
    if state.status in (CaseStatus.ISSUING, CaseStatus.DELIVERING):
        return issue_due
    return None  # awaiting the applicant's corrections, or closed: no clock runs against the hall


def deemed_accepted(state: CaseState, case_timing: CaseTiming, today: dt.date) -> bool:
    """Art. 32: no notice within 5 working days, so the case counts as accepted from receipt."""
    return (
        state.status is CaseStatus.RECEIVED
        and case_timing.intake_due is not None
        and today > case_timing.intake_due
    )


def step_warning(state: CaseState, case_timing: CaseTiming, calendar: HallCalendar, today: dt.date,
                 yellow_days: int = DEFAULT_YELLOW_DAYS) -> WarningLevel:
    if state.is_closed or state.suspended:
        return WarningLevel.NORMAL
    return warning_level(calendar, today, case_timing.step_due, yellow_days=yellow_days)


def case_warning(state: CaseState, case_timing: CaseTiming, calendar: HallCalendar, today: dt.date,
                 yellow_days: int = DEFAULT_YELLOW_DAYS) -> WarningLevel:
    """The worse of the current step and the whole case's statutory limit."""
    levels = [step_warning(state, case_timing, calendar, today, yellow_days)]
    if state.status in HANDLING and case_timing.statutory_due and not state.suspended:
        levels.append(warning_level(calendar, today, case_timing.statutory_due.day, yellow_days=yellow_days))
    order = [WarningLevel.NORMAL, WarningLevel.YELLOW, WarningLevel.RED]
    return max(levels, key=order.index)
