"""The hall's windows for its administrator (窗口管理): open and close them, see their history, and the
suggestion to open an emergency window (应急窗口) when applicants crowd in.

Opening and closing is written at the hall (the window's state and a WindowEvent fact with who,
where, why and whether it answered the suggestion), then pulled at once, so this counter shows it
without waiting for the next sync; the other counters get it with their next one.

Closing a window that staff are posted to is allowed, after a warning: the posting is the staff
register's business, and the staff of a closed window often go on working (at the department's
other window, in the back office). The service asks for despite_staff=True once the administrator
has seen who is posted there; the event records them.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, selectinload

from counter_app.app import Counter
from counter_app.domain import windows as rules
from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.clock import hall_days, hall_time, hall_today
from counter_app.domain.hall import WindowType
from counter_app.domain.hall_rules import OperatingRules
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services.auth import LOGIN_SUCCEEDED
from counter_app.services.calendar import operating_rules
from counter_app.store.models import AuditEntry, CaseEvent, Device, ServiceWindow, Staff, WindowEvent
from counter_app.sync.reference import pull_reference

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowRow:
    number: int
    name: str
    type: WindowType
    is_open: bool
    departments: tuple[str, ...]
    season: tuple[str, str] | None
    in_season: bool | None  # None: not a seasonal window
    posted: tuple[str, ...]  # names of the active staff posted to it
    open_refusal: str | None  # why it may not be opened today (None: it may)
    since: dt.datetime | None  # hall time of its last opening or closing

    @property
    def open_out_of_season(self) -> bool:
        return self.is_open and self.in_season is False


@dataclass(frozen=True)
class WindowEventRow:
    occurred_at: dt.datetime  # hall time
    number: int
    window_name: str
    kind: rules.WindowEventKind
    actor: str
    device: str
    reason: str
    suggestion: dict[str, int] | None  # the figures of the suggestion it answered
    staff_posted: tuple[str, ...]  # closed despite these staff being posted


@dataclass(frozen=True)
class PostedStaff:
    code: str
    name: str
    logged_in_today: bool | None  # None: the hall could not be asked


def window_rows(counter: Counter, who: StaffSession, today: dt.date) -> list[WindowRow]:
    _require(who)
    with counter.local() as uow:
        s = uow.session
        posted: dict[uuid.UUID | None, list[str]] = {}
        for window_id, name in s.execute(select(Staff.window_id, Staff.name).where(Staff.active)
                                         .order_by(Staff.code)):
            posted.setdefault(window_id, []).append(name)
        since = dict(s.execute(select(WindowEvent.window_id, func.max(WindowEvent.occurred_at))
                               .group_by(WindowEvent.window_id)).all())
        windows = s.scalars(select(ServiceWindow).options(selectinload(ServiceWindow.departments))
                            .order_by(ServiceWindow.number)).all()
        return [_row(w, posted.get(w.id, []), since.get(w.id), today) for w in windows]


def _row(w: ServiceWindow, posted: list[str], since: dt.datetime | None, today: dt.date) -> WindowRow:
    facts = _facts(w)
    season = (w.season_from, w.season_to) if w.season_from and w.season_to else None
    return WindowRow(w.number, w.name, w.type, w.is_open, tuple(d.name for d in w.departments), season,
                     rules.in_season(facts, today), tuple(posted), rules.change_refusal(facts, True, today),
                     hall_time(since) if since else None)


def history(counter: Counter, who: StaffSession, limit: int = 200) -> list[WindowEventRow]:
    """The windows' openings and closings, latest first (窗口开闭记录)."""
    _require(who)
    with counter.local() as uow:
        s = uow.session
        people = dict(s.execute(select(Staff.id, Staff.name)).all())
        codes = dict(s.execute(select(Staff.code, Staff.name)).all())
        devices = dict(s.execute(select(Device.id, Device.code)).all())
        windows = {w.id: (w.number, w.name) for w in s.scalars(select(ServiceWindow))}
        events = s.scalars(select(WindowEvent).order_by(WindowEvent.occurred_at.desc(), WindowEvent.id.desc())
                           .limit(limit)).all()
        return [_event_row(e, windows, people, codes, devices) for e in events]


def _event_row(e: WindowEvent, windows: dict[uuid.UUID, tuple[int, str]], people: dict[uuid.UUID, str],
               codes: dict[str, str], devices: dict[uuid.UUID, str]) -> WindowEventRow:
    number, name = windows.get(e.window_id, (0, "?"))
    data: dict[str, Any] = dict(e.data or {})
    return WindowEventRow(hall_time(e.occurred_at), number, name, rules.WindowEventKind(e.kind),
                          people.get(e.actor_id, "?"), devices.get(e.device_id, "?"), str(data.get("reason", "")),
                          data.get("suggestion"), tuple(codes.get(c, c) for c in data.get("staff_posted", ())))


def intake_today(s: Session, today: dt.date) -> int:
    """Cases taken in today at this counter's store (other counters' once synced), each case once."""
    lo, hi = hall_days(today)
    return s.scalar(select(func.count(func.distinct(CaseEvent.case_id))).where(
        CaseEvent.occurred_at >= lo, CaseEvent.occurred_at < hi,
        CaseEvent.kind.in_([k.value for k in rules.INTAKE_KINDS]))) or 0


@dataclass(frozen=True)
class TodayLoad:
    """What the suggestion needs besides the people waiting, which the administrator types in."""

    intake: int
    open_windows: int
    closed_emergency: tuple[int, ...]
    rules: OperatingRules

    def suggestion(self, waiting: int) -> rules.Suggestion | None:
        return rules.suggest(self.rules, rules.Load(waiting, self.intake, self.open_windows), self.closed_emergency)


def today_load(counter: Counter, who: StaffSession, today: dt.date) -> TodayLoad:
    """Today's intake and open windows at this counter's store (a count over the day's case events:
    the pages read it off the UI thread)."""
    _require(who)
    with counter.local() as uow:
        s = uow.session
        return _today_load(s, operating_rules(s), intake_today(s, today))


def suggestion(counter: Counter, who: StaffSession, waiting: int, today: dt.date) -> rules.Suggestion | None:
    """Whether today's load asks for an emergency window, by the hall's operating rules (read at this counter)."""
    return today_load(counter, who, today).suggestion(waiting)


def _today_load(s: Session, op_rules: OperatingRules, intake: int) -> TodayLoad:
    """The load by the windows in this session's store (the hall's when writing there)."""
    open_count = s.scalar(select(func.count()).select_from(ServiceWindow).where(ServiceWindow.is_open)) or 0
    closed = s.scalars(select(ServiceWindow.number).where(ServiceWindow.type == WindowType.EMERGENCY,
                                                           ServiceWindow.is_open.is_(False)))
    return TodayLoad(intake, open_count, tuple(sorted(closed)), op_rules)


def posted_staff(counter: Counter, who: StaffSession, number: int, today: dt.date) -> list[PostedStaff]:
    """Who is posted to the window, and whether each logged in today as far as the hall knows
    (log-ins reach the hall with each counter's sync; None when the hall does not answer)."""
    _require(who)
    with counter.local() as uow:
        people = uow.session.execute(
            select(Staff.id, Staff.code, Staff.name).join(ServiceWindow, ServiceWindow.id == Staff.window_id)
            .where(ServiceWindow.number == number, Staff.active).order_by(Staff.code)).all()
    if not people:
        return []
    lo, _hi = hall_days(today)
    try:
        with counter.hall() as hall:
            logged_in: set[uuid.UUID] | None = set(hall.session.scalars(select(AuditEntry.actor_id).where(
                AuditEntry.action == LOGIN_SUCCEEDED, AuditEntry.occurred_at >= lo,
                AuditEntry.occurred_at < lo + dt.timedelta(days=1),
                AuditEntry.actor_id.in_([p.id for p in people]))))
    except OperationalError:
        logged_in = None
    return [PostedStaff(code, name, None if logged_in is None else staff_id in logged_in)
            for staff_id, code, name in people]


def open_window(counter: Counter, who: StaffSession, number: int, reason: str, now: dt.datetime, *,
                waiting: int | None = None) -> list[FieldError]:
    """Open a window (开启). waiting: the people waiting that the administrator read off the queue
    display, given when this answers the emergency suggestion; it is checked again at the hall."""
    return _change(counter, who, number, reason, now, opening=True, waiting=waiting)


def close_window(counter: Counter, who: StaffSession, number: int, reason: str, now: dt.datetime, *,
                 despite_staff: bool = False) -> list[FieldError]:
    """Close a window (关闭); refused with "staff_posted" until the administrator confirms despite_staff."""
    return _change(counter, who, number, reason, now, opening=False, despite_staff=despite_staff)


def _change(counter: Counter, who: StaffSession, number: int, reason: str, now: dt.datetime, *, opening: bool,
            waiting: int | None = None, despite_staff: bool = False) -> list[FieldError]:
    refusal = role_refusal(who.roles, Action.OPEN_WINDOWS)
    if refusal:
        return [FieldError("window", refusal)]
    text, errors = validate_text(reason, "reason", required=False, max_length=rules.REASON_MAX, multiline=True)
    if waiting is not None and waiting < 0:
        errors.append(FieldError("waiting", "out_of_range"))
        waiting = None
    today = hall_today(now)
    intake = 0
    if waiting is not None:
        with counter.local() as uow:
            intake = intake_today(uow.session, today)
    try:
        with counter.hall() as hall:
            s = hall.session
            window = s.scalars(select(ServiceWindow).where(ServiceWindow.number == number).with_for_update()).first()
            if window is None:
                return [FieldError("window", "unknown_window"), *errors]
            data, problems = _check(s, window, text, opening, today, waiting, intake, despite_staff)
            if problems or errors:
                return problems + errors
            window.is_open = opening
            s.add(WindowEvent(window_id=window.id, kind=(rules.WindowEventKind.OPENED if opening
                                                         else rules.WindowEventKind.CLOSED).value,
                              actor_id=who.staff_id, device_id=who.device_id, occurred_at=now, data=data))
            hall.commit()
    except OperationalError:
        return [FieldError("window", "hall_unreachable")]
    _pull(counter, now)
    return []


def _check(s: Session, window: ServiceWindow, text: str, opening: bool, today: dt.date, waiting: int | None,
           intake: int, despite_staff: bool) -> tuple[dict[str, Any], list[FieldError]]:
    """The event's data and what stops the change, read at the hall under the window's lock."""
    problems: list[FieldError] = []
    refusal = rules.change_refusal(_facts(window), opening, today)
    if refusal:
        problems.append(FieldError("window", refusal))
    data: dict[str, Any] = {"reason": text, "number": window.number, "type": window.type.value}
    answered = None
    if opening and waiting is not None and window.type is WindowType.EMERGENCY:
        answered = _today_load(s, operating_rules(s), intake).suggestion(waiting)
        if answered is not None:
            data["suggestion"] = answered.as_data(operating_rules(s))
    if rules.reason_required(window.type, opening, answered is not None) and not text:
        problems.append(FieldError("reason", "required"))
    if not opening and not refusal:
        posted = list(s.scalars(select(Staff.code).where(Staff.window_id == window.id, Staff.active)
                                .order_by(Staff.code)))
        if posted and not despite_staff:
            problems.append(FieldError("window", "staff_posted"))
        if posted:
            data["staff_posted"] = posted
    return data, problems


def _facts(w: ServiceWindow) -> rules.WindowFacts:
    return rules.WindowFacts(w.number, w.type, w.is_open, w.season_from, w.season_to)


def _pull(counter: Counter, now: dt.datetime) -> None:
    """Bring the hall's change to this counter now; if the hall went away just after the write, the
    next sync brings it (the change itself stands at the hall)."""
    try:
        with counter.hall() as hall, counter.local() as local:
            pull_reference(hall.session, local.session, now)
            local.commit()
    except OperationalError as error:
        log.warning("window change written at the hall, not pulled yet: %s", error.orig)


def _require(who: StaffSession) -> None:
    refusal = role_refusal(who.roles, Action.OPEN_WINDOWS)
    if refusal:
        raise PermissionError(refusal)
