"""Demo cases in every state, made through the same use cases a clerk uses, with dates set back.

Dates are counted back from today in working days, so the yellow and the red
cases stay yellow and red whenever the demo is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from stdnum.cn import ric

from counter_app.app import Counter
from counter_app.domain.calendar import HallCalendar
from counter_app.domain.clock import HALL_ZONE, hall_today
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision, MaterialCheck, MaterialState
from counter_app.domain.login import StaffSession
from counter_app.services import auth
from counter_app.services.calendar import hall_calendar
from counter_app.services.case_steps import record_step
from counter_app.services.intake import IntakeForm, take_in
from counter_app.store.models import Case, Item, Staff

P, M, N, NA = (MaterialState.PROVIDED, MaterialState.MISSING, MaterialState.NONCONFORMING,
               MaterialState.NOT_APPLICABLE)
APPLICANTS = [  # name, birth date, sequence, phone
    ("张伟", "19850312", "031", "13903710001"), ("王秀英", "19790708", "042", "13703710002"),
    ("李娜", "19920115", "064", "15803710003"), ("刘洋", "19880930", "017", "18603710004"),
    ("陈静", "19950221", "028", "13503710005"), ("杨帆", "19830519", "053", "13803710006"),
    ("赵敏", "19900824", "086", "15903710007"), ("黄磊", "19771103", "079", "13603710008"),
    ("周䶮", "19960606", "095", "18703710009"), ("吴昊", "19870427", "011", "13303710010"),
    ("郑爽", "19931209", "022", "15003710011"), ("孙𠇔", "19810316", "033", "18803710012"),
    ("马丽", "19890701", "044", "13203710013"), ("朱军", "19750228", "055", "13103710014"),
    ("胡琳", "19910918", "066", "18503710015"),
]


def has_cases(counter: Counter) -> bool:
    with counter.local() as uow:
        return bool(uow.session.scalar(select(func.count()).select_from(Case)))


def create_demo_cases(counter: Counter, device_id: Any, now: dt.datetime | None = None) -> list[str]:
    """Make the demo cases on this counter; returns their case numbers."""
    now = now or dt.datetime.now(dt.UTC)
    with counter.local() as uow:
        calendar = hall_calendar(uow.session)
        people = {s.code: auth.staff_session(s, device_id) for s in uow.session.scalars(select(Staff))}
        materials = {i.code: [m.requirement.value == "required" for m in i.materials]
                     for i in uow.session.scalars(select(Item))}
    demo = _Demo(counter, calendar, hall_today(now), people, materials)
    for make in demo.recipes():
        make()
    return demo.made


class _Demo:
    def __init__(self, counter: Counter, calendar: HallCalendar, today: dt.date,
                 people: dict[str, StaffSession], materials: dict[str, list[bool]]) -> None:
        self.counter, self.calendar, self.today = counter, calendar, today
        self.people, self.materials = people, materials
        self.made: list[str] = []
        self._next_applicant = 0

    def at(self, working_days_ago: int, hour: int = 9, minute: int = 30) -> dt.datetime:
        day = self.today
        while working_days_ago > 0:
            day -= dt.timedelta(days=1)
            if self.calendar.is_working_day(day):
                working_days_ago -= 1
        return dt.datetime.combine(day, dt.time(hour, minute), HALL_ZONE).astimezone(dt.UTC)

    def take_in(self, clerk: str, item: str, decision: IntakeDecision, days_ago: int,
                marks: list[MaterialState] | None = None, **extra: str) -> str:
        name, birth, seq, phone = APPLICANTS[self._next_applicant % len(APPLICANTS)]
        self._next_applicant += 1
        base = f"410103{birth}{seq}"
        required = self.materials[item]
        marks = marks or [P if r else NA for r in required]
        checks = [MaterialCheck(i + 1, "", r, marks[i] if i < len(marks) else (P if r else NA),
                                "复印件模糊，无法辨认" if i < len(marks) and marks[i] is N else "")
                  for i, r in enumerate(required)]
        form = IntakeForm(item_code=item, name=name, id_number=base + ric.calc_check_digit(base + "0"),
                          phone=phone, materials=checks, **extra)
        result = take_in(self.counter.local(), self.people[clerk], form, decision, self.at(days_ago))
        assert result.case_no, result.errors
        self.made.append(result.case_no)
        return result.case_no

    def step(self, who: str, case_no: str, kind: EventKind, days_ago: int, **data: Any) -> None:
        result = record_step(self.counter.local(), self.people[who], case_no, kind, data, self.at(days_ago, 15))
        assert result.saved, (kind, result.errors)

    def chain(self, case_no: str, upto: EventKind, days: list[int], clerk: str = "S0101",
              chief: str = "S0191") -> None:
        order = [(EventKind.UNDERTAKEN, clerk, {"opinion": "材料齐全，符合法定条件"}),
                 (EventKind.REVIEWED, clerk, {"opinion": "同意，报首席代表审批"}),
                 (EventKind.DECIDED, chief, {"outcome": "granted"}),
                 (EventKind.CERTIFICATE_ISSUED, clerk, {"certificate_no": f"JY{case_no[-4:]}2026"}),
                 (EventKind.DELIVERED, clerk, {"method": "post", "tracking_no": "1176543210987"})]
        for (kind, who, data), days_ago in zip(order, days, strict=False):
            self.step(who, case_no, kind, days_ago, **data)
            if kind is upto:
                return

    def recipes(self) -> list[Callable[[], object]]:
        A, C, K, R, NT = (IntakeDecision.ACCEPT, IntakeDecision.CHECK, IntakeDecision.NOTICE,
                          IntakeDecision.REFER, IntakeDecision.NOT_ACCEPT)
        return [
            lambda: self.take_in("S0101", "SCJG-001", C, 1),  # received for checking, within 5 days
            lambda: self.take_in("S0103", "SCJG-002", C, 7),  # no notice in 5 days: deemed accepted
            lambda: self.take_in("S0101", "SCJG-002", K, 2, [P, M, N, P, M]),  # one-time notice
            lambda: self.step("S0103", self.take_in("S0103", "SCJG-003", K, 6, [P, M]), EventKind.ACCEPTED, 3),
            lambda: self.take_in("S0101", "SCJG-002", A, 1),  # undertaking, normal
            lambda: self.chain(self.take_in("S0101", "SCJG-002", A, 3), EventKind.UNDERTAKEN, [2]),  # yellow
            lambda: self.chain(self.take_in("S0101", "SCJG-002", A, 8), EventKind.REVIEWED, [7, 6]),  # red
            lambda: self.chain(self.take_in("S0101", "SCJG-001", A, 4), EventKind.DECIDED, [4, 3, 2]),
            lambda: self.chain(self.take_in("S0103", "SCJG-003", A, 6), EventKind.CERTIFICATE_ISSUED,
                               [5, 4, 3, 2], clerk="S0103"),
            lambda: self.chain(self.take_in("S0101", "SCJG-001", A, 9), EventKind.DELIVERED, [8, 7, 6, 5, 4]),
            lambda: self.take_in("S0101", "SCJG-001", NT, 2, reasons="申请人已在其他登记机关办理同一经营场所的登记，依法不予受理。"),
            lambda: self.take_in("S0103", "SCJG-003", R, 1, agency="郑州市市场监督管理局（外商投资企业登记）"),
            lambda: self.step("S0101", self.take_in("S0101", "SCJG-002", A, 5), EventKind.SUSPENDED, 2,
                              reason="inspection", start=self.at(2).astimezone(HALL_ZONE).date().isoformat(),
                              expected_days=5),
            lambda: self.step("S0101", self.take_in("S0101", "SCJG-002", A, 4), EventKind.EXTENSION_REQUESTED, 1,
                              days=10, reason="需组织现场核查，无法在法定期限内作出决定"),
            lambda: self.take_in("S9011", "CL-001", IntakeDecision.RECEIVE_FOR_DEPARTMENT, 1),  # comprehensive
            lambda: self.take_in("S9011", "MZJ-001", IntakeDecision.RECEIVE_FOR_DEPARTMENT, 0),
        ]
