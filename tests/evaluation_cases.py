"""A small hall month for the evaluation, made by hand: October 2025, around the National Day holiday.

2025 calendar: 09-28 (Sun) and 10-11 (Sat) are make-up working days, 10-01 to 10-08 are holidays.
Cases go through the services; ratings, consultations and extended service are written as facts
(their own pages are built elsewhere). The expectations in test_evaluation_service.py are counted
by hand from what is below.

SCJG-002 (食品经营许可): promised 5, statutory 10 working days.
- A: S0101 accepts Thu 09-25, undertakes 09-26, reviews 10-09; S0191 grants 10-09; S0101 issues 10-10,
  delivers Sat 10-11. Promised due 10-09 (09-26, 09-28, 09-29, 09-30, 10-09): on time. 5 days.
- B: S0103 accepts Tue 09-30, undertakes the same day; suspended 10-09..10-10 (inspection); reviews
  10-13; S0191 refuses 10-14. Promised due 10-16, statutory 10-23: on time. 5 - 2 = 3 days.
- C: S0101 accepts Fri 09-26; S0102 undertakes 09-29 as B for the absent S0101; S0101 reviews 10-09;
  S0191 grants Mon 10-13. Promised due 10-10: late; statutory due 10-16: on time. 7 days.
- E: S0103 accepts Mon 09-22 … S0191 grants 09-25 (September: not in October). 3 days.
SCJG-001: D: S0101 accepts 10-09, not decided. H: S0101 accepts 11-01 07:30 (10-31 23:30 UTC: November).
Intake only: F1 S0103 one-time notice Fri 10-10; F2 S0101 not accepted Sat 10-11; F3 S0101 refers
Mon 10-13; G S9011 receives CL-001 for 残联 at window 10, Tue 10-14.
"""

from __future__ import annotations

import datetime as dt
import uuid

from chief_cases import accepted, form_for, step
from sqlalchemy import select
from staffing import staff_session

from counter_app.app import Counter
from counter_app.domain.clock import HALL_ZONE
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision, MaterialState
from counter_app.services import absences
from counter_app.services.facts import append_fact
from counter_app.services.intake import take_in
from counter_app.store.models import Consultation, ExtendedService, Rating, ServiceWindow, Staff

D = dt.date


def at(day: str, hour: int = 9, minute: int = 30) -> dt.datetime:
    """A moment in hall time, as the UTC time stored."""
    return dt.datetime.combine(D.fromisoformat(day), dt.time(hour, minute), HALL_ZONE).astimezone(dt.UTC)


def make_october(counter: Counter) -> None:
    _cases(counter)
    _intakes(counter)
    _facts(counter)


def _cases(counter: Counter) -> None:
    a = accepted(counter, "S0101", "SCJG-002", at("2025-09-25"), "张伟", "031")
    step(counter, "S0101", a, EventKind.UNDERTAKEN, at("2025-09-26"), opinion="材料齐全")
    b = accepted(counter, "S0103", "SCJG-002", at("2025-09-30"), "王秀英", "042")
    step(counter, "S0103", b, EventKind.UNDERTAKEN, at("2025-09-30", 15), opinion="材料齐全")
    c = accepted(counter, "S0101", "SCJG-002", at("2025-09-26"), "李娜", "064")
    _b_for_a(counter, c)
    e = accepted(counter, "S0103", "SCJG-002", at("2025-09-22"), "刘洋", "017")
    step(counter, "S0103", e, EventKind.UNDERTAKEN, at("2025-09-23"), opinion="材料齐全")
    step(counter, "S0103", e, EventKind.REVIEWED, at("2025-09-24"), opinion="同意")
    step(counter, "S0191", e, EventKind.DECIDED, at("2025-09-25"), outcome="granted")
    step(counter, "S0101", a, EventKind.REVIEWED, at("2025-10-09"), opinion="同意")
    step(counter, "S0191", a, EventKind.DECIDED, at("2025-10-09", 15), outcome="granted")
    step(counter, "S0101", c, EventKind.REVIEWED, at("2025-10-09", 10), opinion="同意")
    step(counter, "S0103", b, EventKind.SUSPENDED, at("2025-10-09"), reason="inspection", start="2025-10-09",
         expected_days=2)
    step(counter, "S0103", b, EventKind.RESUMED, at("2025-10-11"), end="2025-10-10")
    step(counter, "S0101", a, EventKind.CERTIFICATE_ISSUED, at("2025-10-10"), certificate_no="JY14101032025")
    step(counter, "S0101", a, EventKind.DELIVERED, at("2025-10-11"), method="in_person")
    step(counter, "S0103", b, EventKind.REVIEWED, at("2025-10-13"), opinion="不同意")
    step(counter, "S0191", c, EventKind.DECIDED, at("2025-10-13", 15), outcome="granted")
    step(counter, "S0191", b, EventKind.DECIDED, at("2025-10-14", 15), outcome="refused", reasons="现场核查不合格")
    accepted(counter, "S0101", "SCJG-001", at("2025-10-09", 11), "陈静", "028")
    accepted(counter, "S0101", "SCJG-001", at("2025-11-01", 7), "杨帆", "053")


def _b_for_a(counter: Counter, case_no: str) -> None:
    """S0101 is away 09-29..09-30 (approved by the chief); S0102, the B role, undertakes the case."""
    a = staff_session(counter, "S0101")
    reported = absences.report_absence(counter.local(), a, D(2025, 9, 29), D(2025, 9, 30), "年休假",
                                       at("2025-09-25", 16))
    assert reported.saved, reported.errors
    assert reported.absence_id is not None
    decided = absences.decide_absence(counter.local(), staff_session(counter, "S0191"), reported.absence_id, True,
                                      "", at("2025-09-25", 17))
    assert decided.saved, decided.errors
    step(counter, "S0102", case_no, EventKind.UNDERTAKEN, at("2025-09-29"), opinion="B角代办：材料齐全")


def _intakes(counter: Counter) -> None:
    form = form_for(counter, "SCJG-002", "赵敏", "086")
    form.materials[1] = form.materials[1].__class__(2, "", True, MaterialState.MISSING)
    _take_in(counter, "S0103", form, IntakeDecision.NOTICE, at("2025-10-10"))
    form = form_for(counter, "SCJG-001", "黄磊", "079")
    form.reasons = "申请人已在其他登记机关办理同一经营场所的登记"
    _take_in(counter, "S0101", form, IntakeDecision.NOT_ACCEPT, at("2025-10-11"))
    form = form_for(counter, "SCJG-001", "吴昊", "011")
    form.agency = "郑州市市场监督管理局"
    _take_in(counter, "S0101", form, IntakeDecision.REFER, at("2025-10-13"))
    _take_in(counter, "S9011", form_for(counter, "CL-001", "郑爽", "022"), IntakeDecision.RECEIVE_FOR_DEPARTMENT,
             at("2025-10-14"))


def _take_in(counter: Counter, clerk: str, form, decision: IntakeDecision, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    result = take_in(counter.local(), staff_session(counter, clerk), form, decision, now)
    assert result.saved, result.errors


RATINGS = [  # staff, window (None: the rating names none), level, when
    ("S0101", None, 5, at("2025-10-09", 16)), ("S0101", 1, 4, at("2025-10-10")), ("S0101", 1, 2, at("2025-10-13")),
    ("S0101", 11, 5, at("2025-10-14")), ("S0103", None, 1, at("2025-10-15")), ("S0103", 2, 3, at("2025-10-16")),
    ("S0101", 1, 1, at("2025-11-01", 7, 30)),  # November in the hall
]
CONSULTATIONS = [("S0101", at("2025-10-09")), ("S0101", at("2025-10-31", 20)),
                 ("S9011", at("2025-10-01", 1)),  # 09-30 17:30 UTC: October in the hall
                 ("S0103", at("2025-11-01", 7, 30))]
EXTENDED = [("S0101", at("2025-10-10", 17, 0), at("2025-10-10", 18, 30)),  # Friday after hours: 90 minutes
            ("S0101", at("2025-10-12", 10, 0), at("2025-10-12", 11, 0))]  # Sunday: 60 minutes


def _facts(counter: Counter) -> None:
    who = staff_session(counter, "S0101")
    with counter.local() as uow:
        s = uow.session
        staff = dict(s.execute(select(Staff.code, Staff.id)).all())
        windows = dict(s.execute(select(ServiceWindow.number, ServiceWindow.id)).all())
        for code, window, level, when in RATINGS:
            append_fact(s, Rating(visit_id=uuid.uuid4(), staff_id=staff[code], window_id=windows.get(window),
                                  level=level, device_id=who.device_id, occurred_at=when), when)
        for code, when in CONSULTATIONS:
            append_fact(s, Consultation(staff_id=staff[code], actor_id=staff[code], outcome="answered",
                                        device_id=who.device_id, occurred_at=when), when)
        for code, start, end in EXTENDED:
            append_fact(s, ExtendedService(staff_id=staff[code], actor_id=staff[code], starts_at=start, ends_at=end,
                                           device_id=who.device_id, occurred_at=end), end)
        uow.commit()
