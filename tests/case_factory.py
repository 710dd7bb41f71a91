"""Build case events the way devices write them: each knows its own last event of the case."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from counter_app.domain.events import CaseEvent, EventKind

CLERK = uuid.UUID(int=1)
CHIEF = uuid.UUID(int=2)
ITEM = {"code": "SCJG-001", "name": "个体工商户设立登记", "department_code": "SCJG",
        "statutory_days": 20, "promised_days": 10}


def at(day: str, minute: int = 0) -> dt.datetime:
    """09:00 hall time on day, plus minutes, in UTC."""
    return dt.datetime.fromisoformat(day).replace(hour=1, minute=0, tzinfo=dt.UTC) + dt.timedelta(
        minutes=minute
    )


@dataclass
class Device:
    case_id: uuid.UUID
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    seq: int = 0
    last: uuid.UUID | None = None
    events: list[CaseEvent] = field(default_factory=list)

    def act(self, kind: EventKind, when: dt.datetime, actor: uuid.UUID = CLERK, **data: Any) -> CaseEvent:
        self.seq += 1
        event = CaseEvent(id=uuid.uuid4(), case_id=self.case_id, kind=kind, occurred_at=when, device_id=self.id,
                          device_seq=self.seq, actor_id=actor, parent_id=self.last, data=data)
        self.last = event.id
        self.events.append(event)
        return event

    def learn(self, events: list[CaseEvent]) -> None:
        """Sync: this device now knows these events (its next event descends from the last of them)."""
        if events:
            self.last = max(events, key=lambda e: e.order_key).id

    def receive(self, when: dt.datetime, channel: str = "window", **item: Any) -> CaseEvent:
        return self.act(EventKind.RECEIVED, when, case_no="410103-20261201-C01-0001",
                        item={**ITEM, **item}, channel=channel, window_number=1,
                        applicant={"kind": "person", "name": "张三"}, materials=[])


def new_case() -> Device:
    return Device(case_id=uuid.uuid4())
