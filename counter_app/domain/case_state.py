"""The state of a case (办件状态): plain values the fold produces and the pages show."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any


class CaseStatus(enum.StrEnum):
    RECEIVED = "received"  # 收件, acceptance pending (art. 32: 5 working days)
    AWAITING_CORRECTION = "awaiting_correction"  # 待补正, after a one-time notice
    UNDERTAKING = "undertaking"  # 已受理, 承办
    REVIEWING = "reviewing"  # 审核
    AWAITING_APPROVAL = "awaiting_approval"  # 审批 (the chief representative's sign-off)
    ISSUING = "issuing"  # 准予许可, 发证
    DELIVERING = "delivering"  # 送达
    COMPLETED = "completed"  # 办结
    NOT_ACCEPTED = "not_accepted"  # 不予受理
    REFERRED = "referred"  # 告知向有关行政机关申请


CLOSED = frozenset({CaseStatus.COMPLETED, CaseStatus.NOT_ACCEPTED, CaseStatus.REFERRED})
HANDLING = frozenset({CaseStatus.UNDERTAKING, CaseStatus.REVIEWING, CaseStatus.AWAITING_APPROVAL})


class Outcome(enum.StrEnum):
    GRANTED = "granted"  # 准予许可
    REFUSED = "refused"  # 不予许可


@dataclass(frozen=True)
class ItemTerms:
    """The item as it stood at intake; later catalogue edits do not move a running case."""

    code: str
    name: str
    department_code: str
    statutory_days: int | None
    promised_days: int | None
    joint_handling: bool = False

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> "ItemTerms":
        return cls(
            code=str(data["code"]),
            name=str(data["name"]),
            department_code=str(data["department_code"]),
            statutory_days=data.get("statutory_days"),
            promised_days=data.get("promised_days"),
            joint_handling=bool(data.get("joint_handling", False)),
        )


@dataclass(frozen=True)
class Suspension:
    """A stop of the clock under art. 45, as the events record it."""

    reason: str
    start: dt.date
    end: dt.date | None
    expected_days: int | None


@dataclass(frozen=True)
class Conflict:
    """Rival decisions, none applied until one is chosen."""

    event_ids: tuple[uuid.UUID, ...]
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Ignored:
    event_id: uuid.UUID
    reason: str


@dataclass(frozen=True)
class CaseState:
    case_id: uuid.UUID
    case_no: str
    item: ItemTerms
    channel: str  # "window" or "comprehensive"
    window_number: int | None
    applicant: Mapping[str, Any]
    received_on: dt.date
    received_by: uuid.UUID
    status: CaseStatus
    holder_id: uuid.UUID | None
    suspended: bool = False
    suspensions: tuple[Suspension, ...] = ()
    accepted_on: dt.date | None = None
    accepted_by: uuid.UUID | None = None
    notices: int = 0
    correction: tuple[Mapping[str, Any], ...] = ()
    decided_on: dt.date | None = None
    outcome: Outcome | None = None
    certificate_no: str | None = None
    delivered_on: dt.date | None = None
    delivery: Mapping[str, Any] | None = None
    closing_reason: str | None = None
    extension_days: int = 0
    extension_pending: bool = False
    conflicts: tuple[Conflict, ...] = ()
    ignored: tuple[Ignored, ...] = ()
    applied: tuple[uuid.UUID, ...] = ()
    event_count: int = 0
    last_event_at: dt.datetime | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED


_FIELDS = frozenset(f.name for f in fields(CaseState))


def with_changes(state: CaseState, **changes: Any) -> CaseState:
    """dataclasses.replace without calling __init__ again: the fold makes one state per event."""
    unknown = changes.keys() - _FIELDS
    if unknown:
        raise TypeError(f"CaseState has no field {sorted(unknown)}")
    changed = object.__new__(CaseState)
    changed.__dict__.update(state.__dict__, **changes)
    return changed
