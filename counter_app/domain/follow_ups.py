"""The follow-up of a bad rating (差评整改): the chief representative looks into it and closes it.

A bad rating opens the follow-up by itself; there is no "opened" event. It is due a number of
working days after the day of the rating (the day itself not counted, as with every limit), the
rules as they stood when the rating was given. Its events are notes (noted) and the closing
(closed), which says what was rectified. A closed follow-up stays closed: a later event, say a
second closing made on another counter without seeing the first, is passed over. While open it
carries a warning like a case: yellow near the due day, red once past it.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import hall_time
from counter_app.domain.deadlines import DEFAULT_YELLOW_DAYS, WarningLevel, warning_level
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.staff import Role

TEXT_MAX = 500


class FollowUpKind(enum.StrEnum):
    NOTED = "noted"  # 跟进记录
    CLOSED = "closed"  # 整改完成


class FollowUpState(enum.StrEnum):
    OPEN = "open"  # 待整改
    CLOSED = "closed"  # 已整改


@dataclass(frozen=True)
class BadRating:
    """A bad rating as the fold needs it: whose department answers for it and when it is due."""

    rating_id: uuid.UUID
    staff_id: uuid.UUID
    department_id: uuid.UUID | None
    level: int
    rated_at: dt.datetime
    follow_up_days: int

    @property
    def rated_on(self) -> dt.date:
        return hall_time(self.rated_at).date()


@dataclass(frozen=True)
class FollowUpEventView:
    rating_id: uuid.UUID
    kind: FollowUpKind
    actor_id: uuid.UUID
    occurred_at: dt.datetime
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Note:
    at: dt.datetime
    actor_id: uuid.UUID
    text: str


@dataclass(frozen=True)
class FollowUp:
    rating: BadRating
    due: dt.date
    state: FollowUpState = FollowUpState.OPEN
    notes: tuple[Note, ...] = ()
    closed_at: dt.datetime | None = None
    closed_by: uuid.UUID | None = None
    rectification: str = ""

    @property
    def closed_on(self) -> dt.date | None:
        return hall_time(self.closed_at).date() if self.closed_at else None

    @property
    def closed_late(self) -> bool:
        return self.closed_on is not None and self.closed_on > self.due

    def warning(self, calendar: HallCalendar, today: dt.date,
                yellow_days: int = DEFAULT_YELLOW_DAYS) -> WarningLevel:
        """An open follow-up's warning on the day; a closed one has none."""
        if self.state is FollowUpState.CLOSED:
            return WarningLevel.NORMAL
        return warning_level(calendar, today, self.due, yellow_days=yellow_days)


def due_on(calendar: HallCalendar, rated_on: dt.date, days: int) -> dt.date:
    """The last day of the follow-up: `days` working days after the day of the rating."""
    return calendar.add_working_days(rated_on, days)


def fold(ratings: Iterable[BadRating], events: Iterable[FollowUpEventView],
         calendar: HallCalendar) -> dict[uuid.UUID, FollowUp]:
    """Every bad rating's follow-up as its events leave it; events of unknown ratings wait unseen."""
    follow_ups = {r.rating_id: FollowUp(r, due_on(calendar, r.rated_on, r.follow_up_days)) for r in ratings}
    for e in sorted(events, key=lambda x: (x.occurred_at, str(x.actor_id), x.kind.value)):
        current = follow_ups.get(e.rating_id)
        if current is None or current.state is FollowUpState.CLOSED:
            continue
        text = str(e.data.get("text", ""))
        if e.kind is FollowUpKind.NOTED:
            follow_ups[e.rating_id] = replace(current, notes=current.notes + (Note(e.occurred_at, e.actor_id, text),))
        else:
            follow_ups[e.rating_id] = replace(current, state=FollowUpState.CLOSED, closed_at=e.occurred_at,
                                              closed_by=e.actor_id, rectification=text)
    return follow_ups


def text_errors(text: str, kind: FollowUpKind) -> tuple[str, list[FieldError]]:
    """A note or the rectification done: both required, both free text."""
    del kind  # the same rule for both today; the kind is asked so that a difference stays in one place
    return validate_text(text, "text", required=True, max_length=TEXT_MAX, multiline=True)


def refusal(roles: frozenset[Role], own_department: uuid.UUID | None, follow_up: FollowUp | None) -> str | None:
    """Why this person may not note or close the follow-up, or None."""
    matrix = role_refusal(roles, Action.FOLLOW_UP_RATING)
    if matrix:
        return matrix
    if follow_up is None:
        return "unknown"
    if follow_up.rating.department_id != own_department:
        return "other_department"
    if follow_up.state is FollowUpState.CLOSED:
        return "already_closed"
    return None
