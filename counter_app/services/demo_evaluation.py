"""Demo facts for the evaluation page (绩效考核): inquiries, ratings of visits and extended service of the
front-desk staff over the past four weeks, and last year's annual evaluation as the centre decided it.

Only for the figures to show something: the ratings are of these consultations (visits without a
case: the ratings' own demo rates the demo cases), and none is bad (a bad rating opens a follow-up,
which is theirs to show).
The same hall gets the same facts every time (a fixed seed), dated back from today in working days.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app import Counter
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE, hall_today
from counter_app.domain.evaluation import AnnualEvaluation, Grade, excellent_quota
from counter_app.domain.login import StaffSession
from counter_app.domain.staff import Role
from counter_app.services import auth, evaluation
from counter_app.services.calendar import hall_calendar
from counter_app.services.facts import append_fact
from counter_app.store.models import Consultation, ExtendedService, Rating, Staff

SEED = 20151221  # the day the new hall opened
WORKING_DAYS = 20
FRONT_DESK = frozenset({Role.WINDOW_CLERK, Role.COMPREHENSIVE_CLERK})
OUTCOMES = ("answered", "answered", "answered", "referred", "taken_over")
QUESTIONS = ("个体工商户设立需要带哪些材料", "食品经营许可证到期怎么延续", "办理进度怎么查询", "能否委托他人代办",
             "营业执照遗失如何补领", "周六是否可以预约办理", "材料复印件需要盖章吗", "网上申请后还要到窗口吗")
REFERRAL = {"department": "ZWFW", "name": "郑州市二七区政务服务中心(行政服务中心办公室)"}
LEVELS = (3, 4, 4, 5, 5, 5)  # visits only, none bad
SPANS = (((12, 0), (12, 40)), ((17, 0), (17, 50)), ((17, 0), (18, 30)))  # lunch rota, evenings
INCOMPETENT_REASON = "年内多次超期办结，经约谈后仍未整改"


def create_demo_evaluation(counter: Counter, device_id: uuid.UUID, now: dt.datetime) -> int:
    """Add the facts; returns how many. Last year's evaluation is decided through the service."""
    rng = random.Random(SEED)
    with counter.local() as uow:
        s = uow.session
        calendar = hall_calendar(s)
        days = _working_days(calendar, hall_today(now), WORKING_DAYS)
        people = [p for p in s.scalars(select(Staff).order_by(Staff.code)) if p.active and p.roles & FRONT_DESK]
        made = 0
        for person in people:
            visits = _inquiries(s, rng, person, device_id, days, now)
            made += len(visits) + _ratings(s, rng, person, device_id, visits, now)
            made += _extended(s, rng, person, device_id, days, now)
        admin = next((auth.staff_session(p, device_id) for p in s.scalars(select(Staff).order_by(Staff.code))
                      if Role.HALL_ADMIN in p.roles and p.active), None)
        uow.commit()
    if admin is not None:
        made += _last_year(counter, admin, rng, now)
    return made


def _working_days(calendar: HallCalendar, today: dt.date, count: int) -> list[dt.date]:
    days, day = [], today
    while len(days) < count:
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            days.append(day)
    return days


def _moment(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), HALL_ZONE).astimezone(dt.UTC)


def _inquiries(s: Session, rng: random.Random, person: Staff, device_id: uuid.UUID, days: list[dt.date],
               now: dt.datetime) -> list[tuple[uuid.UUID, dt.datetime]]:
    """The person's consultations (id and time), each with a question as the desk records it."""
    visits = []
    for _ in range(rng.randint(3, 9)):
        at = _moment(rng.choice(days), rng.choice((9, 10, 11, 14, 15, 16)), rng.randrange(0, 60, 5))
        outcome = rng.choice(OUTCOMES)
        data: dict[str, object] = {"question": rng.choice(QUESTIONS), "demo": "evaluation"}
        if outcome == "referred":
            data["referred_to"] = REFERRAL
        consultation = Consultation(staff_id=person.id, actor_id=person.id, outcome=outcome, device_id=device_id,
                                    occurred_at=at, data=data)
        append_fact(s, consultation, now)
        visits.append((consultation.id, at))
    return visits


def _ratings(s: Session, rng: random.Random, person: Staff, device_id: uuid.UUID,
             visits: list[tuple[uuid.UUID, dt.datetime]], now: dt.datetime) -> int:
    """Ratings of most of the person's consultations, a few minutes after each (one per visit)."""
    rated = rng.sample(visits, max(1, len(visits) * 3 // 4))
    for visit_id, at in rated:
        append_fact(s, Rating(visit_id=visit_id, staff_id=person.id, window_id=person.window_id,
                              level=rng.choice(LEVELS), device_id=device_id, occurred_at=at + dt.timedelta(minutes=8),
                              data={"demo": "evaluation"}), now)
    return len(rated)


def _extended(s: Session, rng: random.Random, person: Staff, device_id: uuid.UUID, days: list[dt.date],
              now: dt.datetime) -> int:
    chosen = rng.sample(days, rng.randint(0, 3))
    for day in chosen:
        (h1, m1), (h2, m2) = rng.choice(SPANS)
        append_fact(s, ExtendedService(staff_id=person.id, actor_id=person.id, starts_at=_moment(day, h1, m1),
                                       ends_at=_moment(day, h2, m2), device_id=device_id,
                                       occurred_at=_moment(day, h2, m2), data={"note": "演示：延时服务"}), now)
    return len(chosen)


def _last_year(counter: Counter, admin: StaffSession, rng: random.Random, now: dt.datetime) -> int:
    """Grades within the 20% quota, one incompetent with its reason, weights from 5% to 10%."""
    year = hall_today(now).year - 1
    sheet = evaluation.grading_sheet(counter, admin, year)
    codes = [row.code for row in sheet.staff]
    excellent = set(rng.sample(codes, excellent_quota(len(codes))))
    rest = [c for c in codes if c not in excellent]
    basic = set(rng.sample(rest, min(3, len(rest))))
    incompetent = rng.choice(sorted(basic)) if basic else None
    grades = {c: Grade.EXCELLENT if c in excellent else Grade.BASICALLY_COMPETENT if c in basic else Grade.COMPETENT
              for c in codes}
    if incompetent:
        grades[incompetent] = Grade.INCOMPETENT
    weights: dict[str, int | None] = {w.code: rng.choice((5, 5, 6, 8, 10)) for w in sheet.weights}
    reasons = {incompetent: INCOMPETENT_REASON} if incompetent else {}
    decided = min(now, dt.datetime(year + 1, 1, 12, 2, 0, tzinfo=dt.UTC))  # a January morning in the hall
    errors = evaluation.decide(counter, admin, AnnualEvaluation(year, grades, weights, reasons), decided)
    return 0 if errors else 1
