"""The seal log (用印登记): the department's seals, their stamping entries, the chain check and the
daily register; heads sent to the hall."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased

from counter_app.app import Counter
from counter_app.domain import seal_chain
from counter_app.domain.clock import hall_days
from counter_app.domain.login import StaffSession
from counter_app.domain.permissions import Action, role_refusal
from counter_app.domain.seal_chain import ChainEntry, Fault
from counter_app.domain.seals import DailyRegister, RegisterChain, RegisterLine, SealState, stamping_refusal
from counter_app.domain.staff import Role
from counter_app.services.absences import is_away
from counter_app.services.stamping import view
from counter_app.store.models import Case, Department, Device, Hall, PrintRecord, Seal, SealStamping, Staff
from counter_app.sync import seal_heads


@dataclass(frozen=True)
class SealRow:
    code: str
    name: str
    department: str
    state: SealState
    custodian_a: str
    custodian_b: str


@dataclass(frozen=True)
class ChainFault:
    """One fault, named as `seal verify` and the badge report it."""

    seal_code: str
    device_code: str
    fault: Fault


@dataclass(frozen=True)
class ChainReport:
    chains: int
    entries: int
    faults: tuple[ChainFault, ...]
    heads_from: str  # "hall", or "local copy" when the hall cannot be reached

    @property
    def intact(self) -> bool:
        return not self.faults


def may_see_seal_log(who: StaffSession) -> bool:
    return role_refusal(who.roles, Action.SEE_SEAL_LOG) is None


def seals_for(counter: Counter, who: StaffSession) -> list[SealRow]:
    """The seals of the person's department (every seal for the hall administrator)."""
    a, b = aliased(Staff), aliased(Staff)
    with counter.local() as uow:
        query = (select(Seal, Department.name, a.name, b.name).join(Department, Department.id == Seal.department_id)
                 .outerjoin(a, a.id == Seal.custodian_a_id).outerjoin(b, b.id == Seal.custodian_b_id)
                 .order_by(Seal.code))
        if Role.HALL_ADMIN not in who.roles:
            query = query.where(Seal.department_id == who.department_id)
        return [SealRow(seal.code, seal.name, dept, SealState(seal.state), an or "", bn or "")
                for seal, dept, an, bn in uow.session.execute(query)]


def seal_to_stamp(counter: Counter, who: StaffSession, case_no: str, today: dt.date) -> str | None:
    """The seal this person may stamp the case's documents with now, if any (what the print dialog offers)."""
    with counter.local() as uow:
        s = uow.session
        department = s.scalar(select(Case.department_id).where(Case.case_no == case_no.strip()))
        for seal in s.scalars(select(Seal).where(Seal.department_id == department).order_by(Seal.code)):
            if stamping_refusal(view(seal), who.staff_id, a_absent=is_away(s, seal.custodian_a_id, today)) is None:
                return seal.code
        return None


def entries_on(counter: Counter, seal_code: str, day: dt.date) -> list[RegisterLine]:
    """A seal's stampings on one hall day, in the order they were made."""
    start, _end = hall_days(day)
    actor, acting = aliased(Staff), aliased(Staff)
    with counter.local() as uow:
        rows = uow.session.execute(
            select(SealStamping, PrintRecord.kind, Case.case_no, actor.name, acting.name, Device.code)
            .join(Seal, Seal.id == SealStamping.seal_id).join(PrintRecord, PrintRecord.id == SealStamping.print_record_id)
            .join(Case, Case.id == SealStamping.case_id).join(actor, actor.id == SealStamping.actor_id)
            .outerjoin(acting, acting.id == SealStamping.acting_for_id).join(Device, Device.id == SealStamping.device_id)
            .where(Seal.code == seal_code, SealStamping.stamped_at >= start,
                   SealStamping.stamped_at < start + dt.timedelta(days=1))
            .order_by(SealStamping.stamped_at, Device.code, SealStamping.chain_seq)
        ).all()
        return [RegisterLine(r.chain_seq, r.stamped_at, r.document_no, kind, case_no, r.impressions, r.purpose,
                             name, acting_name or "", device) for r, kind, case_no, name, acting_name, device in rows]


def verify(counter: Counter, device_id: uuid.UUID) -> ChainReport:
    """Check every chain of this device against the hall's heads (the local copy when it is out of reach)."""
    with counter.local() as uow:
        local = uow.session
        try:
            with counter.hall() as hall:
                return _report(local, hall.session, device_id, "hall")
        except OperationalError:
            return _report(local, local, device_id, "local copy")


def _report(local: Session, heads_store: Session, device_id: uuid.UUID, heads_from: str) -> ChainReport:
    device_code = local.scalar(select(Device.code).where(Device.id == device_id)) or "?"
    seal_ids = set(local.scalars(select(SealStamping.seal_id).where(SealStamping.device_id == device_id).distinct()))
    seal_ids |= set(seal_heads.chains_with_heads(heads_store, device_id))
    faults: list[ChainFault] = []
    entries = 0
    for seal_id in sorted(seal_ids, key=str):
        code = local.scalar(select(Seal.code).where(Seal.id == seal_id)) or str(seal_id)
        chain = chain_entries(local, seal_id, device_id, code)
        entries += len(chain)
        heads = seal_heads.heads_of(heads_store, seal_id, device_id)
        faults += [ChainFault(code, device_code, f) for f in seal_chain.verify(chain, heads)]
    return ChainReport(len(seal_ids), entries, tuple(faults), heads_from)


def chain_entries(s: Session, seal_id: uuid.UUID, device_id: uuid.UUID, seal_code: str) -> list[ChainEntry]:
    rows = s.scalars(select(SealStamping).where(SealStamping.seal_id == seal_id,
                                                SealStamping.device_id == device_id)).all()
    return [ChainEntry(r.id, seal_code, r.device_id, r.chain_seq, r.document_no, r.impressions, r.purpose,
                       r.actor_id, r.acting_for_id, r.stamped_at, r.prev_hash, r.hash) for r in rows]


def push_heads(counter: Counter, device_id: uuid.UUID, now: dt.datetime) -> int | None:
    """Send the chain heads to the hall; None when the hall cannot be reached (they go at the next sync)."""
    try:
        with counter.local() as local, counter.hall() as hall:
            sent = seal_heads.push_heads(local.session, hall.session, device_id, now)
            hall.commit()
            return sent
    except OperationalError:
        return None


def daily_register(counter: Counter, seal_code: str, day: dt.date, device_id: uuid.UUID, now: dt.datetime,
                   report: ChainReport | None = None) -> DailyRegister | None:
    """The day's register; report: a chain check just made (the seal log page's), else one is made here."""
    lines = entries_on(counter, seal_code, day)
    report = report or verify(counter, device_id)
    with counter.local() as uow:
        s = uow.session
        seal = s.scalars(select(Seal).where(Seal.code == seal_code)).first()
        if seal is None:
            return None
        names = {st.id: st.name for st in s.scalars(select(Staff).where(
            Staff.id.in_([i for i in (seal.custodian_a_id, seal.custodian_b_id) if i])))}
        department = s.get(Department, seal.department_id)
        heads = [RegisterChain(h.device_code, h.seq, h.hash) for h in _day_heads(s, seal.id, lines)]
        return DailyRegister(
            hall_name=s.scalars(select(Hall.name)).one(), department_name=department.name if department else "",
            seal_code=seal.code, seal_name=seal.name, custodian_a=names.get(seal.custodian_a_id, ""),
            custodian_b=names.get(seal.custodian_b_id, ""), day=day, lines=tuple(lines), heads=tuple(heads),
            intact=not [f for f in report.faults if f.seal_code == seal_code], printed_at=now,
        )


@dataclass(frozen=True)
class _DayHead:
    device_code: str
    seq: int
    hash: str


def _day_heads(s: Session, seal_id: uuid.UUID, lines: list[RegisterLine]) -> list[_DayHead]:
    """Per device, the last entry of the day: what the register's bottom line vouches for."""
    last: dict[str, int] = {}
    for line in lines:
        last[line.device_code] = max(last.get(line.device_code, 0), line.seq)
    heads = []
    for code, seq in sorted(last.items()):
        digest = s.scalar(select(SealStamping.hash).join(Device, Device.id == SealStamping.device_id)
                          .where(SealStamping.seal_id == seal_id, Device.code == code, SealStamping.chain_seq == seq))
        heads.append(_DayHead(code, seq, digest or ""))
    return heads
