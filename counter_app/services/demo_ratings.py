"""Demo ratings (好差评) of the demo cases, and the follow-ups of the bad ones, through the services.

Dated back in working days like the demo cases, so the chief representative of 市场监管 always
finds one follow-up near its due day (yellow), one overdue (red) with a note, and one closed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from counter_app.app import Counter
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE, hall_today
from counter_app.services import auth, follow_ups, ratings
from counter_app.services.calendar import hall_calendar
from counter_app.store.models import Case, Department, Staff

# (the case's state, who served, level, working days ago, what the applicant said)
RATINGS = [
    ("completed", "S0101", 5, 4, "一次办好，工作人员讲解很耐心"),
    ("undertaking", "S0101", 4, 1, "办事效率高"),
    ("issuing", "S0101", 2, 4, "排队等了很久，窗口人员解释不清楚"),
    ("delivering", "S0103", 1, 7, "材料被退回三次，每次说法不一样"),
    ("awaiting_approval", "S0101", 2, 9, "一次性告知不完整，多跑了一趟"),
]
NOTES = {  # level 1 of S0103: noted, still open and overdue
    "S0103": ("S0191", 5, "已调取窗口录像，约谈当事人，核实退件原因"),
}
CLOSED = {  # the oldest bad rating of S0101: closed
    "awaiting_approval": ("S0191", 3, "已对窗口人员批评教育，补充完善一次性告知清单并在窗口公示"),
}


def create_demo_ratings(counter: Counter, device_id: uuid.UUID, now: dt.datetime) -> int:
    """Rate the demo cases; returns how many ratings were made."""
    with counter.local() as uow:
        s = uow.session
        calendar = hall_calendar(s)
        people = {p.code: auth.staff_session(p, device_id) for p in s.scalars(select(Staff))}
        scjg = s.scalar(select(Department.id).where(Department.code == "SCJG"))
        cases = {}
        for state, *_rest in RATINGS:
            cases[state] = s.scalar(select(Case.case_no).where(Case.status == state, Case.department_id == scjg,
                                                               Case.channel == "window").order_by(Case.case_no))
    made = 0
    for state, clerk, level, days_ago, comment in RATINGS:
        case_no = cases.get(state)
        if case_no is None:
            continue
        done = ratings.record_rating(counter.local(), people[clerk], level=level, comment=comment,
                                     now=_at(calendar, now, days_ago, 16), case_no=case_no)
        if not done.saved or done.rating_id is None:
            continue
        made += 1
        if clerk in NOTES and done.follow_up_due:
            chief, ago, text = NOTES[clerk]
            follow_ups.note(counter.local(), people[chief], done.rating_id, text, _at(calendar, now, ago, 10))
        if state in CLOSED:
            chief, ago, text = CLOSED[state]
            follow_ups.close(counter.local(), people[chief], done.rating_id, text, _at(calendar, now, ago, 11))
    return made


def _at(calendar: HallCalendar, now: dt.datetime, working_days_ago: int, hour: int) -> dt.datetime:
    day = hall_today(now)
    while working_days_ago > 0:
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            working_days_ago -= 1
    return dt.datetime.combine(day, dt.time(hour, 0), HALL_ZONE).astimezone(dt.UTC)
