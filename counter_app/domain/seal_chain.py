"""The stamping log's hash chain (用印登记链): one chain per seal and device.

Each entry's hash is sha256 over a canonical encoding of what it records and the
previous entry's hash, so an entry cannot be edited, removed or moved without
breaking the links after it. A forger who recomputes every hash after a change
still cannot match the heads the hall was sent at each sync: the hall keeps every
head (sequence, entry id, hash), and a head that no longer fits names the fault.

The chain order is the links; the sequence number is only where an entry claims
to stand, which is why it is not hashed: moving an entry shows as reordered, not
as edited.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainEntry:
    """One stamping entry as the chain sees it."""

    id: uuid.UUID
    seal_code: str
    device_id: uuid.UUID
    seq: int
    document_no: str
    impressions: int
    purpose: str
    actor_id: uuid.UUID
    acting_for_id: uuid.UUID | None
    stamped_at: dt.datetime
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Head:
    """A chain head the hall received: the last entry a sync saw."""

    seq: int
    entry_id: uuid.UUID
    hash: str


class FaultKind(enum.StrEnum):
    EDITED = "edited"  # an entry's content no longer matches its hash, or it was rewritten
    REMOVED = "removed"  # an entry the links (or a head) point to is gone
    REORDERED = "reordered"  # entries stand in another order than their links
    INSERTED = "inserted"  # an entry that does not belong to the chain
    CUT_TAIL = "cut_tail"  # the newest entries the hall knew of are gone


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    seq: int  # where in the chain
    entry_id: uuid.UUID | None  # the entry named, when there is one left to name
    detail: str = ""


def canonical(entry: ChainEntry) -> bytes:
    """A fixed encoding of what the entry records: sorted keys, UTC time to the microsecond, UTF-8."""
    fields = {
        "id": str(entry.id),
        "seal": entry.seal_code,
        "device": str(entry.device_id),
        "document_no": entry.document_no,
        "impressions": entry.impressions,
        "purpose": entry.purpose,
        "actor": str(entry.actor_id),
        "acting_for": str(entry.acting_for_id) if entry.acting_for_id else None,
        "stamped_at": entry.stamped_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def link_hash(prev_hash: str, entry: ChainEntry) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


def verify(entries: Sequence[ChainEntry], heads: Sequence[Head] = ()) -> list[Fault]:
    """Every fault of one seal-and-device chain, entries as stored (any order), heads as the hall kept them."""
    ordered = sorted(entries, key=lambda e: (e.seq, str(e.id)))
    faults = [Fault(FaultKind.EDITED, e.seq, e.id, "content does not match its hash")
              for e in ordered if link_hash(e.prev_hash, e) != e.hash]
    faults += _link_faults(ordered)
    faults += _head_faults(ordered, heads)
    return faults


def _link_faults(ordered: list[ChainEntry]) -> list[Fault]:
    by_hash = {e.hash: e for e in ordered}
    followers: dict[str, list[ChainEntry]] = {}
    for e in ordered:
        followers.setdefault(e.prev_hash, []).append(e)
    faults: list[Fault] = []
    # Two entries claiming the same predecessor: the rightful one is followed (or, at the end, stands
    # right after it); the other is the intruder.
    for prev, claimants in followers.items():
        if len(claimants) > 1:
            before = by_hash.get(prev)
            rightful = next((c for c in claimants if c.hash in followers), None) or next(
                (c for c in claimants if c.seq == (before.seq + 1 if before else 1)), claimants[0])
            faults += [Fault(FaultKind.INSERTED, c.seq, c.id, "a second entry after the same one")
                       for c in claimants if c is not rightful]
    # An entry pointing at a hash nobody has: what stood before it is gone.
    for e in ordered:
        if e.prev_hash != GENESIS and e.prev_hash not in by_hash:
            faults.append(Fault(FaultKind.REMOVED, e.seq - 1, None, f"the entry before {e.id} is missing"))
    if not any(f.kind is FaultKind.INSERTED for f in faults):
        faults += _order_faults(ordered, by_hash)
    return faults


def _order_faults(ordered: list[ChainEntry], by_hash: dict[str, ChainEntry]) -> list[Fault]:
    """Entries whose sequence disagrees with the links: each named once."""
    position = {e.id: i for i, e in enumerate(ordered)}
    named: set[uuid.UUID] = set()
    faults = []
    for i, e in enumerate(ordered):
        before = by_hash.get(e.prev_hash)
        if before is not None and position[before.id] > i and e.id not in named:
            named.update({e.id, before.id})
            faults.append(Fault(FaultKind.REORDERED, e.seq, e.id, f"stands before {before.id}, which it follows"))
    return faults


def _head_faults(ordered: list[ChainEntry], heads: Sequence[Head]) -> list[Fault]:
    by_id = {e.id: e for e in ordered}
    by_seq = {e.seq: e for e in ordered}
    last = ordered[-1].seq if ordered else 0
    faults: list[Fault] = []
    for head in sorted(heads, key=lambda h: h.seq):
        entry = by_id.get(head.entry_id)
        if entry is None and head.seq > last:
            faults.append(Fault(FaultKind.CUT_TAIL, head.seq, head.entry_id,
                                f"the hall knew entries up to {head.seq}; the chain ends at {last}"))
            break
        if entry is None:
            faults.append(Fault(FaultKind.REMOVED, head.seq, head.entry_id, "an entry the hall knew is gone"))
        elif entry.seq > head.seq:
            first = by_seq.get(head.seq)
            faults.append(Fault(FaultKind.INSERTED, head.seq, first.id if first else None,
                                f"entries were put before {head.entry_id}, which stood at {head.seq}"))
        elif entry.hash != head.hash:
            faults.append(Fault(FaultKind.EDITED, head.seq, entry.id, "rewritten since the hall saw it"))
    return _distinct(faults)


def _distinct(faults: list[Fault]) -> list[Fault]:
    seen: set[tuple[FaultKind, int]] = set()
    kept = []
    for f in faults:
        if (f.kind, f.seq) not in seen:
            seen.add((f.kind, f.seq))
            kept.append(f)
    return kept
