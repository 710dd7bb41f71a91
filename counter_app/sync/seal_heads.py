"""Chain heads of the stamping log, sent to the hall at each sync and kept there for good.

The hall inserts a head once and never replaces it, so a rewritten local chain can no
longer match what the hall saw. Sending is idempotent: a head already there is skipped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.seal_chain import Head
from counter_app.store.models import SealChainHead, SealStamping


@dataclass(frozen=True)
class LocalHead:
    seal_id: uuid.UUID
    device_id: uuid.UUID
    seq: int
    entry_id: uuid.UUID
    hash: str


def local_heads(local: Session, device_id: uuid.UUID) -> list[LocalHead]:
    """The newest entry of each of this device's chains."""
    newest = (select(SealStamping.seal_id, func.max(SealStamping.chain_seq).label("seq"))
              .where(SealStamping.device_id == device_id).group_by(SealStamping.seal_id).subquery())
    rows = local.execute(
        select(SealStamping.seal_id, SealStamping.chain_seq, SealStamping.id, SealStamping.hash)
        .join(newest, (newest.c.seal_id == SealStamping.seal_id) & (newest.c.seq == SealStamping.chain_seq))
        .where(SealStamping.device_id == device_id)
    ).all()
    return [LocalHead(seal, device_id, seq, entry, digest) for seal, seq, entry, digest in rows]


def push_heads(local: Session, hall: Session, device_id: uuid.UUID, now: dt.datetime) -> int:
    """Send this device's chain heads the hall does not have yet (the caller commits the hall)."""
    sent = 0
    for head in local_heads(local, device_id):
        known = hall.scalar(select(SealChainHead.id).where(
            SealChainHead.seal_id == head.seal_id, SealChainHead.device_id == head.device_id,
            SealChainHead.chain_seq == head.seq))
        if known is None:
            hall.add(SealChainHead(seal_id=head.seal_id, device_id=head.device_id, chain_seq=head.seq,
                                   entry_id=head.entry_id, hash=head.hash, received_at=now))
            sent += 1
    return sent


def heads_of(session: Session, seal_id: uuid.UUID, device_id: uuid.UUID) -> list[Head]:
    rows = session.execute(
        select(SealChainHead.chain_seq, SealChainHead.entry_id, SealChainHead.hash)
        .where(SealChainHead.seal_id == seal_id, SealChainHead.device_id == device_id)
        .order_by(SealChainHead.chain_seq)
    ).all()
    return [Head(seq, entry, digest) for seq, entry, digest in rows]


def chains_with_heads(session: Session, device_id: uuid.UUID) -> Sequence[uuid.UUID]:
    """Seals for which the hall holds heads of this device's chain (a chain may be gone locally)."""
    return list(session.scalars(select(SealChainHead.seal_id).where(SealChainHead.device_id == device_id)
                                .distinct()))
