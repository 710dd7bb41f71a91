"""Cases for the chief representative's desk: driven to sign-off through the services, and rival
decisions written as two counters would have made them without seeing each other."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from staffing import staff_session
from test_intake_service import valid_id

from counter_app.app import Counter
from counter_app.domain.case import fold
from counter_app.domain.case_timing import timing
from counter_app.domain.events import CaseEvent, EventKind
from counter_app.domain.ids import new_id
from counter_app.domain.intake import IntakeDecision, MaterialCheck, MaterialState
from counter_app.services.calendar import hall_calendar
from counter_app.services.case_steps import record_step
from counter_app.services.intake import IntakeForm, take_in
from counter_app.store import cases
from counter_app.store.models import Case, Device, Item, Staff
from counter_app.store.models import CaseEvent as CaseEventRow


def form_for(counter: Counter, item_code: str, name: str, seq: str) -> IntakeForm:
    with counter.local() as uow:
        item = uow.session.scalars(select(Item).where(Item.code == item_code)).one()
        required = [m.requirement.value == "required" for m in item.materials]
    marks = [MaterialState.PROVIDED if r else MaterialState.NOT_APPLICABLE for r in required]
    return IntakeForm(item_code=item_code, name=name, id_number=valid_id(seq=seq), phone="13812345678",
                      materials=[MaterialCheck(i + 1, "", r, m) for i, (r, m) in enumerate(zip(required, marks,
                                                                                                 strict=True))])


def accepted(counter: Counter, clerk: str, item_code: str, now: dt.datetime, name: str = "张三",
             seq: str = "002") -> str:
    result = take_in(counter.local(), staff_session(counter, clerk), form_for(counter, item_code, name, seq),
                     IntakeDecision.ACCEPT, now)
    assert result.saved, result.errors
    return result.case_no


def step(counter: Counter, who: str, case_no: str, kind: EventKind, now: dt.datetime, **data: object) -> None:
    result = record_step(counter.local(), staff_session(counter, who), case_no, kind, dict(data), now)
    assert result.saved, (kind, result.errors)


def to_sign_off(counter: Counter, clerk: str, item_code: str, now: dt.datetime, name: str = "张三",
                seq: str = "002", opinion: str = "同意，报首席代表审批") -> str:
    """A case accepted, undertaken and reviewed: awaiting the chief's sign-off."""
    case_no = accepted(counter, clerk, item_code, now, name, seq)
    step(counter, clerk, case_no, EventKind.UNDERTAKEN, now, opinion="材料齐全")
    step(counter, clerk, case_no, EventKind.REVIEWED, now, opinion=opinion)
    return case_no


def rival_decisions(counter: Counter, case_no: str, now: dt.datetime, a: str = "S0191",
                    b: str = "S0192") -> tuple[uuid.UUID, uuid.UUID]:
    """Chief A grants on this counter; chief B, on counter C99 that had not seen it, refuses. Returns both ids."""
    step(counter, a, case_no, EventKind.DECIDED, now, outcome="granted")
    with counter.local() as uow:
        s = uow.session
        row = s.scalars(select(Case).where(Case.case_no == case_no)).one()
        events = cases.events_of(s, row.id)
        granted = next(e for e in events if e.kind is EventKind.DECIDED)
        other = s.scalar(select(Device.id).where(Device.code == "C99"))
        if other is None:
            other = new_id()
            s.add(Device(id=other, code="C99", name="另一台窗口电脑"))
        seq = (s.scalar(select(func.max(CaseEventRow.device_seq)).where(CaseEventRow.device_id == other)) or 0) + 1
        b_chief = s.scalar(select(Staff.id).where(Staff.code == b))
        rival = CaseEvent(id=new_id(), case_id=row.id, kind=EventKind.DECIDED, occurred_at=now, device_id=other,
                          device_seq=seq, actor_id=b_chief, parent_id=granted.parent_id,
                          data={"outcome": "refused", "reasons": "经营场所与登记不符"})
        cases.append(s, rival, now)
        state = fold([*events, rival])
        cases.write_projection(s, state, timing(state, hall_calendar(s)), item_id=row.item_id,
                               department_id=row.department_id)
        uow.commit()
    assert state.has_conflict
    return granted.id, rival.id
