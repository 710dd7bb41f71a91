"""Demo hall operations: two demo cases under agency help (代办帮办), recorded through the service as a
clerk would, after the demo cases on the first run of the embedded demo hall.

The windows' history starts empty: the demo hall's windows are as its data file sets them.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from counter_app.app import Counter
from counter_app.services import agency_help, auth
from counter_app.store.models import Case, Item, Staff

HELP = (  # (item, status, helper, why, what was done since)
    ("CL-001", "received", "S9011", "申请人为肢体残疾人，行动不便，由综合窗口代为递交残联审核材料",
     "已电话通知残联首席代表到大厅受理"),
    ("SCJG-002", "awaiting_correction", "S0101", "申请人年逾七旬，补正材料由窗口帮办",
     "电话告知申请人需补正的两份材料，约定送达时间"),
)


def create_demo_operations(counter: Counter, device_id: uuid.UUID, now: dt.datetime) -> None:
    for item, status, helper, why, done in HELP:
        with counter.local() as uow:
            s = uow.session
            found = s.execute(select(Case.case_no, Case.last_event_at).join(Item, Item.id == Case.item_id)
                              .where(Item.code == item, Case.status == status).order_by(Case.case_no)).first()
            staff = s.scalars(select(Staff).where(Staff.code == helper)).one()
            who = auth.staff_session(staff, device_id)
        if found is None or found.last_event_at is None:
            continue
        started = found.last_event_at + dt.timedelta(minutes=20)
        errors = agency_help.start(counter, who, found.case_no, why, started)
        errors += agency_help.add_note(counter, who, found.case_no, done, min(started + dt.timedelta(hours=2), now))
        assert not errors, (found.case_no, errors)
