"""Opening and closing the hall's windows (窗口开启 / 关闭), and when to open an emergency window.

The hall's notice: emergency windows (应急窗口) are opened for a while when applicants crowd in;
seasonal windows (季节性窗口) are closed out of season and opened in it. The administrator opens and
closes them; the rules below say what is refused and when the program suggests an emergency window.

The suggestion: the load per open window *passes* a threshold when it is above it, so with 10
open windows and 15 waiting per window as the threshold, 150 people waiting do not trigger a
suggestion and 151 do. Only windows that are open count (a closed emergency or seasonal window
serves nobody); with none open, anyone waiting or any intake passes.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from counter_app.domain.events import INTAKE_DECISIONS, EventKind
from counter_app.domain.hall import Season, WindowType
from counter_app.domain.hall_rules import OperatingRules

REASON_MAX = 200


class WindowEventKind(enum.StrEnum):
    OPENED = "opened"
    CLOSED = "closed"


@dataclass(frozen=True)
class WindowFacts:
    """What the rules read of a window."""

    number: int
    type: WindowType
    is_open: bool
    season_from: str | None = None
    season_to: str | None = None


def season_of(window: WindowFacts) -> Season | None:
    if window.season_from and window.season_to:
        return Season.parse(window.season_from, window.season_to)
    return None


def in_season(window: WindowFacts, today: dt.date) -> bool | None:
    """Whether a seasonal window is in its season today (None: not a seasonal window)."""
    if window.type is not WindowType.SEASONAL:
        return None
    season = season_of(window)
    return season is not None and season.contains(today)


def change_refusal(window: WindowFacts, opening: bool, today: dt.date) -> str | None:
    """Why this window may not be opened (or closed) today, or None.

    A seasonal window opens only in its season (one without a season never); closing is always
    allowed, in season or out of it. Opening an open window or closing a closed one is refused.
    """
    if opening and window.is_open:
        return "already_open"
    if not opening and not window.is_open:
        return "already_closed"
    if opening and window.type is WindowType.SEASONAL and not in_season(window, today):
        return "out_of_season"
    return None


def open_out_of_season(window: WindowFacts, today: dt.date) -> bool:
    """A seasonal window left open after its season: the page points it out (闲时关闭)."""
    return window.is_open and in_season(window, today) is False


def reason_required(window_type: WindowType, opening: bool, answers_suggestion: bool) -> bool:
    """An emergency window is opened for a stated reason; the suggestion it answers is one."""
    return opening and window_type is WindowType.EMERGENCY and not answers_suggestion


@dataclass(frozen=True)
class Load:
    """Today's load of the hall: people waiting (from the queue display) and cases taken in."""

    waiting: int
    intake: int
    open_windows: int


def passes(count: int, per_window: int, open_windows: int) -> bool:
    """Whether count per open window is above per_window (integers: no rounding at the edge)."""
    return count > per_window * open_windows


@dataclass(frozen=True)
class Suggestion:
    """Open an emergency window: which figures passed, and the first closed emergency window (None: none left)."""

    load: Load
    waiting_passed: bool
    intake_passed: bool
    window_number: int | None

    def as_data(self, rules: OperatingRules) -> dict[str, int]:
        """The figures a window event records when it answers the suggestion."""
        return {"waiting": self.load.waiting, "intake": self.load.intake, "open_windows": self.load.open_windows,
                "waiting_per_window": rules.emergency_waiting_per_window,
                "intake_per_window": rules.emergency_intake_per_window}


def suggest(rules: OperatingRules, load: Load, closed_emergency: Iterable[int]) -> Suggestion | None:
    """The emergency-window suggestion for today's load, or None when neither figure passes."""
    waiting = passes(load.waiting, rules.emergency_waiting_per_window, load.open_windows)
    intake = passes(load.intake, rules.emergency_intake_per_window, load.open_windows)
    if not (waiting or intake):
        return None
    return Suggestion(load, waiting, intake, min(closed_emergency, default=None))


# Case events that take a case in at a window: receipt, acceptance, one-time notice, non-acceptance
# and referral (an applicant served at a window in each). A case counts once a day however many of
# them it had (received at the comprehensive window and accepted by the department the same day).
INTAKE_KINDS = INTAKE_DECISIONS | {EventKind.RECEIVED}
