"""Stamping with the special approval seal (用印): each use logged against a printed document,
as the next link of this device's chain for that seal, in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain import seal_chain
from counter_app.domain.applicant import FieldError
from counter_app.domain.clock import hall_today
from counter_app.domain.ids import new_id
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.seal_chain import GENESIS, ChainEntry
from counter_app.domain.seals import SealState, SealView, stamping_errors, stamping_refusal
from counter_app.services.absences import is_away
from counter_app.store.bookkeeping import OutboxEntry
from counter_app.store.models import Case, PrintRecord, Seal, SealStamping
from counter_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class StampRequest:
    """What the custodian enters: which seal, how many impressions, what for."""

    seal_code: str
    impressions: int = 1
    purpose: str = ""


@dataclass(frozen=True)
class StampingOutcome:
    errors: tuple[FieldError, ...] = ()
    entry_id: uuid.UUID | None = None
    chain_seq: int | None = None

    @property
    def saved(self) -> bool:
        return self.entry_id is not None


def view(seal: Seal) -> SealView:
    return SealView(seal.id, seal.code, seal.name, seal.department_id, SealState(seal.state),
                    seal.custodian_a_id, seal.custodian_b_id)


def check(s: Session, who: StaffSession, request: StampRequest, department_id: uuid.UUID | None,
          now: dt.datetime) -> tuple[Seal | None, str, list[FieldError]]:
    """The seal, the cleaned purpose and every reason the stamping may not be logged."""
    purpose, errors = stamping_errors(request.impressions, request.purpose)
    seal = s.scalars(select(Seal).where(Seal.code == request.seal_code.strip())).first()
    if seal is None:
        return None, purpose, errors + [FieldError("seal", "unknown")]
    # Custody first: it says more to the person refused; the role check catches a custodian no longer a chief.
    refusal = stamping_refusal(view(seal), who.staff_id, a_absent=is_away(s, seal.custodian_a_id, hall_today(now))) \
        or role_refusal(who.roles, Action.STAMP_SEAL)
    if refusal:
        errors.append(FieldError("seal", refusal))
    elif department_id is not None and seal.department_id != department_id:
        errors.append(FieldError("seal", "other_department"))
    return seal, purpose, errors


def append(s: Session, who: StaffSession, seal: Seal, record: PrintRecord, impressions: int, purpose: str,
           now: dt.datetime) -> SealStamping:
    """The next link of this device's chain for the seal, with its outbox mark."""
    last = s.execute(
        select(SealStamping.chain_seq, SealStamping.hash)
        .where(SealStamping.seal_id == seal.id, SealStamping.device_id == who.device_id)
        .order_by(SealStamping.chain_seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    # The B custodian stamps only while A is away, and then stamps for A (B角代A角).
    acting_for = seal.custodian_a_id if who.staff_id != seal.custodian_a_id else None
    entry = ChainEntry(id=new_id(), seal_code=seal.code, device_id=who.device_id, seq=seq,
                       document_no=record.document_no, impressions=impressions, purpose=purpose,
                       actor_id=who.staff_id, acting_for_id=acting_for, stamped_at=now, prev_hash=prev, hash="")
    row = SealStamping(
        id=entry.id, seal_id=seal.id, device_id=who.device_id, chain_seq=seq, document_no=record.document_no,
        print_record_id=record.id, case_id=record.case_id, impressions=impressions, purpose=purpose,
        actor_id=who.staff_id, acting_for_id=acting_for, stamped_at=now, prev_hash=prev,
        hash=seal_chain.link_hash(prev, entry),
    )
    s.add(row)
    s.add(OutboxEntry(fact_table=SealStamping.__tablename__, fact_id=row.id, queued_at=now))
    return row


def record_stamping(uow: UnitOfWork, who: StaffSession, document_no: str, request: StampRequest,
                    now: dt.datetime) -> StampingOutcome:
    """Log a stamping of an already printed document; nothing is saved when anything is wrong."""
    with uow:
        s = uow.session
        record = s.scalars(select(PrintRecord).where(PrintRecord.document_no == document_no.strip())
                           .order_by(PrintRecord.printed_at.desc()).limit(1)).first()
        department = s.scalar(select(Case.department_id).where(Case.id == record.case_id)) if record else None
        seal, purpose, errors = check(s, who, request, department, now)
        if record is None:
            # No stamping of blank paper: only a printed document's number will do.
            errors.insert(0, FieldError("document_no", "not_printed"))
        if errors:
            return StampingOutcome(tuple(errors))
        assert seal is not None and record is not None
        row = append(s, who, seal, record, request.impressions, purpose, now)
        uow.commit()
        return StampingOutcome(entry_id=row.id, chain_seq=row.chain_seq)
