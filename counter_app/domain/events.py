"""Case events (办件事件): the append-only facts a case's state is folded from."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from counter_app.domain.clock import hall_time


class EventKind(enum.StrEnum):
    RECEIVED = "received"  # 收件: materials taken in (for checking, or at the comprehensive window)
    ACCEPTED = "accepted"  # 受理
    CORRECTION_REQUESTED = "correction_requested"  # 一次性告知 (补正)
    NOT_ACCEPTED = "not_accepted"  # 不予受理
    REFERRED = "referred"  # not this agency's matter: the applicant is told where to apply
    UNDERTAKEN = "undertaken"  # 承办 done, handed to 审核
    REVIEWED = "reviewed"  # 审核 done, handed to 审批 (sign-off)
    DECIDED = "decided"  # 审批: 准予 / 不予许可
    CERTIFICATE_ISSUED = "certificate_issued"  # 发证
    DELIVERED = "delivered"  # 送达
    RETURNED = "returned"  # sent one step back, with a reason
    SUSPENDED = "suspended"  # art. 45: the clock stops
    RESUMED = "resumed"
    EXTENSION_REQUESTED = "extension_requested"  # art. 42: +10 working days, once approved
    EXTENSION_APPROVED = "extension_approved"
    EXTENSION_REFUSED = "extension_refused"
    CONFLICT_RESOLVED = "conflict_resolved"  # the chief representative picks one of rival decisions


# Decisions that rival each other when two devices make them without seeing the other.
INTAKE_DECISIONS = frozenset(
    {EventKind.ACCEPTED, EventKind.CORRECTION_REQUESTED, EventKind.NOT_ACCEPTED, EventKind.REFERRED}
)
DECISIONS = INTAKE_DECISIONS | {EventKind.DECIDED}


@dataclass(frozen=True)
class CaseEvent:
    """One fact of a case, as the fold sees it (no ORM)."""

    id: uuid.UUID
    case_id: uuid.UUID
    kind: EventKind
    occurred_at: dt.datetime
    device_id: uuid.UUID
    device_seq: int
    actor_id: uuid.UUID
    acting_for_id: uuid.UUID | None = None
    # The last event of this case the writing device knew of: it tells concurrent from sequential.
    parent_id: uuid.UUID | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Every fold sorts by it several times; an event never changes, so it is made once, with the event.
        object.__setattr__(self, "order_key", (self.occurred_at, str(self.device_id), self.device_seq))

    # Time, then device, then the device's own sequence: never the wall clock alone (set by __post_init__).
    order_key: tuple[dt.datetime, str, int] = field(init=False, repr=False, compare=False)

    @property
    def day(self) -> dt.date:
        """The hall's calendar day of the event."""
        return hall_time(self.occurred_at).date()
