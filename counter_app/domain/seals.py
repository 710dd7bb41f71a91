"""The special approval seal (行政审批专用章): its register, who may stamp, and the daily register.

The hall's rule: the seal is used for every approval document and is kept and used by
the department's chief representative, A and B, who answer for every stamping. A
stamping is always of a printed document (its document number), never of blank paper.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass

from counter_app.domain.applicant import FieldError, validate_text
from counter_app.domain.documents import DocumentKind

MAX_IMPRESSIONS = 10
PURPOSE_MAX = 200

# Art. 32 wants acceptance and non-acceptance sealed; the hall seals every notice it issues.
NEEDS_SEAL = frozenset({DocumentKind.ONE_TIME_NOTICE, DocumentKind.ACCEPTANCE, DocumentKind.NON_ACCEPTANCE,
                        DocumentKind.EXTENSION, DocumentKind.SUSPENSION})


class SealState(enum.StrEnum):
    IN_USE = "in_use"  # 在用
    SUSPENDED = "suspended"  # 暂停使用
    RETIRED = "retired"  # 停用 (缴销)


class SealEventKind(enum.StrEnum):
    REGISTERED = "registered"  # 启用登记
    CUSTODY_CHANGED = "custody_changed"  # 保管人变更
    STATE_CHANGED = "state_changed"  # 暂停 / 恢复 / 停用


@dataclass(frozen=True)
class SealView:
    """A seal as the register shows it now."""

    id: uuid.UUID
    code: str
    name: str
    department_id: uuid.UUID
    state: SealState
    custodian_a_id: uuid.UUID | None
    custodian_b_id: uuid.UUID | None


def stamping_refusal(seal: SealView, staff_id: uuid.UUID, *, a_absent: bool) -> str | None:
    """Why this person may not stamp with this seal now, or None.

    A uses the seal; B (the B-role chief) only while A's absence is approved, when B stands in for A.
    """
    if seal.state is not SealState.IN_USE:
        return "seal_not_in_use"
    if staff_id == seal.custodian_a_id:
        return None
    if staff_id == seal.custodian_b_id:
        return None if a_absent else "custodian_b_only_when_a_absent"
    return "not_a_custodian"


def custody_errors(a_id: uuid.UUID | None, b_id: uuid.UUID | None, *, a_is_chief: bool, b_is_chief: bool,
                   same_department: bool) -> list[FieldError]:
    """A seal is kept by two different chief representatives of its own department."""
    errors = []
    if a_id is None:
        errors.append(FieldError("custodian_a", "required"))
    elif not a_is_chief:
        errors.append(FieldError("custodian_a", "chief_representative_only"))
    if b_id is not None and not b_is_chief:
        errors.append(FieldError("custodian_b", "chief_representative_only"))
    if a_id is not None and a_id == b_id:
        errors.append(FieldError("custodian_b", "same_as_a"))
    if not same_department:
        errors.append(FieldError("custodian_a", "other_department"))
    return errors


def stamping_errors(impressions: int, purpose: str) -> tuple[str, list[FieldError]]:
    """The cleaned purpose and the errors of a stamping's own fields."""
    errors = []
    if impressions < 1 or impressions > MAX_IMPRESSIONS:
        errors.append(FieldError("impressions", "out_of_range"))
    cleaned, purpose_errors = validate_text(purpose, "purpose", required=True, max_length=PURPOSE_MAX)
    return (cleaned or ""), errors + purpose_errors


@dataclass(frozen=True)
class RegisterLine:
    """One stamping as the daily register (用印登记簿) lists it."""

    seq: int
    stamped_at: dt.datetime
    document_no: str
    document_kind: str
    case_no: str
    impressions: int
    purpose: str
    stamped_by: str
    acting_for: str
    device_code: str


@dataclass(frozen=True)
class RegisterChain:
    """A chain's head at the end of the day, printed at the bottom of the register."""

    device_code: str
    seq: int
    hash: str


@dataclass(frozen=True)
class DailyRegister:
    """Plain data of one seal's register for one day; printing/ makes the PDF."""

    hall_name: str
    department_name: str
    seal_code: str
    seal_name: str
    custodian_a: str
    custodian_b: str
    day: dt.date
    lines: tuple[RegisterLine, ...]
    heads: tuple[RegisterChain, ...]
    intact: bool
    printed_at: dt.datetime
