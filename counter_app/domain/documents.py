"""The documents a case produces (文书) and their numbers, as plain data.

Each document records one event of the case: the acceptance notice (受理通知书)
records the acceptance, the one-time notice (一次性告知书) the request for
corrections, and so on. Printing the same event's document again is a reprint
(补打): it keeps the original number and date and says so on the page.

Document numbers follow 机关代字〔年份〕第N号, per department, kind and year, made
offline: N carries the device code, and each device's sequence only grows, so
two counters never make the same number, e.g. 二七市监审告字〔2026〕第C01-0007号.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from counter_app.domain.case_state import CaseState
from counter_app.domain.events import CaseEvent, EventKind


class DocumentKind(enum.StrEnum):
    """The kinds of document a counter prints; the values are the CLI's KIND names."""

    ONE_TIME_NOTICE = "one-time-notice"  # 一次性告知书 (补正)
    ACCEPTANCE = "acceptance"  # 受理通知书
    NON_ACCEPTANCE = "non-acceptance"  # 不予受理决定书
    RECEIPT = "receipt"  # 材料接收凭证
    EXTENSION = "extension"  # 延期告知书 (art. 42)
    SUSPENSION = "suspension"  # 特别程序告知书 (art. 45)


# The character of the document number that names the kind (审告字, 审受字, ...).
NUMBER_WORD: dict[DocumentKind, str] = {
    DocumentKind.ONE_TIME_NOTICE: "审告",
    DocumentKind.ACCEPTANCE: "审受",
    DocumentKind.NON_ACCEPTANCE: "审不受",
    DocumentKind.RECEIPT: "审收",
    DocumentKind.EXTENSION: "审延",
    DocumentKind.SUSPENSION: "审特",
}

# The events a kind of document records; the latest applied one is the document's source.
SOURCE_EVENTS: dict[DocumentKind, frozenset[EventKind]] = {
    DocumentKind.ONE_TIME_NOTICE: frozenset({EventKind.CORRECTION_REQUESTED}),
    DocumentKind.ACCEPTANCE: frozenset({EventKind.ACCEPTED}),
    # Art. 32: a matter outside this agency's powers is also not accepted, naming the competent agency.
    DocumentKind.NON_ACCEPTANCE: frozenset({EventKind.NOT_ACCEPTED, EventKind.REFERRED}),
    DocumentKind.RECEIPT: frozenset({EventKind.RECEIVED}),
    DocumentKind.EXTENSION: frozenset({EventKind.EXTENSION_APPROVED}),
    DocumentKind.SUSPENSION: frozenset({EventKind.SUSPENDED}),
}

# The document a decision's keystroke prints at once.
DOCUMENT_OF_EVENT: dict[EventKind, DocumentKind] = {
    EventKind.ACCEPTED: DocumentKind.ACCEPTANCE,
    EventKind.CORRECTION_REQUESTED: DocumentKind.ONE_TIME_NOTICE,
    EventKind.NOT_ACCEPTED: DocumentKind.NON_ACCEPTANCE,
    EventKind.REFERRED: DocumentKind.NON_ACCEPTANCE,
    EventKind.RECEIVED: DocumentKind.RECEIPT,
    EventKind.EXTENSION_APPROVED: DocumentKind.EXTENSION,
    EventKind.SUSPENDED: DocumentKind.SUSPENSION,
}

# The document a decision at the counter prints (F5 accept, F6 notice, F7 not accepted, ...).
DOCUMENT_OF_DECISION: dict[str, DocumentKind] = {
    "accept": DocumentKind.ACCEPTANCE, "notice": DocumentKind.ONE_TIME_NOTICE,
    "not_accept": DocumentKind.NON_ACCEPTANCE, "refer": DocumentKind.NON_ACCEPTANCE,
    "check": DocumentKind.RECEIPT, "receive_for_department": DocumentKind.RECEIPT,
}

MAX_COPIES = 20
# 一式两份: one for the applicant, one for the file; the receipt stays with the applicant.
DEFAULT_COPIES: dict[DocumentKind, int] = {kind: 2 for kind in DocumentKind} | {DocumentKind.RECEIPT: 1}

# Art. 45's procedures as a document names them; documents print in Chinese whatever the UI language.
SUSPENSION_REASON_TEXT: dict[str, str] = {
    "hearing": "听证", "tendering": "招标", "auction": "拍卖", "inspection": "检验", "testing": "检测",
    "quarantine": "检疫", "appraisal": "鉴定", "expert_review": "专家评审",
}


def number_sequence_name(department_code: str, kind: DocumentKind, year: int) -> str:
    """The device-local counter a department's documents of one kind and year are numbered from."""
    return f"doc_no:{department_code}:{kind.value}:{year}"


def document_number(short_name: str, kind: DocumentKind, year: int, device_code: str, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("document sequences start at 1")
    return f"{short_name}{NUMBER_WORD[kind]}字〔{year}〕第{device_code}-{sequence:04d}号"


def source_event(kind: DocumentKind, state: CaseState, events: Sequence[CaseEvent]) -> CaseEvent | None:
    """The applied event this kind of document records, the latest if several; None: the case has none."""
    applied = set(state.applied)
    wanted = SOURCE_EVENTS[kind]
    found = [e for e in events if e.kind in wanted and e.id in applied]
    return max(found, key=lambda e: e.order_key) if found else None


def printable_kinds(state: CaseState, events: Sequence[CaseEvent]) -> list[DocumentKind]:
    """The documents this case can print now, in the order of the enum."""
    return [k for k in DocumentKind if source_event(k, state, events) is not None]


def copies_error(copies: int) -> str | None:
    if copies < 1:
        return "copies_too_few"
    if copies > MAX_COPIES:
        return "copies_too_many"
    return None


@dataclass(frozen=True)
class Issuer:
    """Who issues the document: the department, at the hall, through a clerk at a window."""

    department_name: str
    department_phone: str
    hall_name: str
    hall_address: str
    hall_phones: tuple[str, ...]
    clerk_name: str
    window_number: int | None
    window_name: str
    # Art. 38 remedies, named on a non-acceptance decision.
    review_body: str
    court: str


@dataclass(frozen=True)
class ApplicantLines:
    """The applicant as a document names them: no full identity number on a notice."""

    name: str
    kind: str  # "person" or "organisation"
    phone: str
    legal_representative: str = ""
    agent_name: str = ""
    agent_phone: str = ""


@dataclass(frozen=True)
class MaterialLine:
    """One material as a document lists it."""

    position: int
    name: str
    state: str  # MaterialState value
    problem: str = ""
    form: str = ""  # MaterialForm value: original, copy, original_and_copy
    copies: int = 1


@dataclass(frozen=True)
class Document:
    """Everything one printed document shows; printing/ turns it into PDF pages."""

    kind: DocumentKind
    number: str
    case_id: uuid.UUID
    case_no: str
    source_event_id: uuid.UUID
    issued_on: dt.date  # the date the document was first issued (出具日期)
    issuer: Issuer
    applicant: ApplicantLines
    item_name: str
    item_code: str
    received_on: dt.date
    accepted_on: dt.date | None = None
    promised_due: dt.date | None = None
    statutory_due: dt.date | None = None
    calendar_confirmed: bool = True
    materials: tuple[MaterialLine, ...] = ()
    reasons: str = ""  # non-acceptance; extension; suspension
    agency: str = ""  # referred: the competent agency
    extension_days: int = 0
    suspension_start: dt.date | None = None
    suspension_days: int | None = None
    reprint: bool = False  # 补打
    reprinted_on: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)
