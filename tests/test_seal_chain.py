"""The stamping log's hash chain: fixed vectors, and every kind of tampering named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import uuid
from pathlib import Path

import pytest

from counter_app.domain.seal_chain import GENESIS, ChainEntry, FaultKind, Head, canonical, link_hash, verify

VECTORS = json.loads((Path(__file__).parent / "data" / "seal_chain_vectors.json").read_text(encoding="utf-8"))


def _entry(v: dict) -> ChainEntry:  # type: ignore[type-arg]
    return ChainEntry(
        id=uuid.UUID(v["id"]), seal_code=v["seal"], device_id=uuid.UUID(v["device"]), seq=v["seq"],
        document_no=v["document_no"], impressions=v["impressions"], purpose=v["purpose"],
        actor_id=uuid.UUID(v["actor"]), acting_for_id=uuid.UUID(v["acting_for"]) if v["acting_for"] else None,
        stamped_at=dt.datetime.fromisoformat(v["stamped_at"]), prev_hash=v["prev_hash"], hash=v["hash"])


def test_the_fixed_vectors_hash_as_published() -> None:
    prev = VECTORS["genesis"]
    assert prev == GENESIS
    for v in VECTORS["entries"]:
        entry = _entry(v)
        assert canonical(entry).decode("utf-8") == v["canonical"]
        # Recomputed with nothing but hashlib: the encoding is the whole contract.
        assert hashlib.sha256(prev.encode() + b"\n" + v["canonical"].encode("utf-8")).hexdigest() == v["hash"]
        assert link_hash(prev, entry) == v["hash"] and entry.prev_hash == prev
        prev = v["hash"]


def _chain(n: int = 6) -> list[ChainEntry]:
    device, actor = uuid.uuid4(), uuid.uuid4()
    entries, prev = [], GENESIS
    for seq in range(1, n + 1):
        e = ChainEntry(uuid.uuid4(), "SCJG-SP01", device, seq, f"二七市监审受字〔2026〕第C01-{seq:04d}号", 1, "受理通知书",
                       actor, None, dt.datetime(2026, 12, 1, 1, seq, tzinfo=dt.UTC), prev, "")
        e = dataclasses.replace(e, hash=link_hash(prev, e))
        entries.append(e)
        prev = e.hash
    return entries


def _rechain(entries: list[ChainEntry]) -> list[ChainEntry]:
    """What a forger with the code does: renumber and recompute every hash."""
    out, prev = [], GENESIS
    for seq, e in enumerate(entries, 1):
        e = dataclasses.replace(e, seq=seq, prev_hash=prev)
        e = dataclasses.replace(e, hash=link_hash(prev, e))
        out.append(e)
        prev = e.hash
    return out


def _heads(entries: list[ChainEntry], *at: int) -> list[Head]:
    return [Head(e.seq, e.id, e.hash) for e in entries if e.seq in at]


def _kinds(faults) -> list[tuple[FaultKind, int]]:  # type: ignore[no-untyped-def]
    return [(f.kind, f.seq) for f in faults]


def test_an_intact_chain_has_no_faults() -> None:
    chain = _chain()
    assert verify(chain, _heads(chain, 3, 6)) == []
    assert verify(list(reversed(chain))) == []  # stored order does not matter, the sequence does


def test_an_edited_field_is_named() -> None:
    chain = _chain()
    chain[2] = dataclasses.replace(chain[2], impressions=3)
    assert _kinds(verify(chain)) == [(FaultKind.EDITED, 3)]
    assert verify(chain)[0].entry_id == chain[2].id


def test_a_removed_middle_entry_is_named() -> None:
    chain = _chain()
    del chain[2]
    assert _kinds(verify(chain)) == [(FaultKind.REMOVED, 3)]


def test_two_swapped_entries_are_named_reordered() -> None:
    chain = _chain()
    chain[2], chain[3] = dataclasses.replace(chain[3], seq=3), dataclasses.replace(chain[2], seq=4)
    faults = verify(chain)
    assert _kinds(faults) == [(FaultKind.REORDERED, 3)]


def test_a_cut_tail_is_caught_by_the_hall_heads() -> None:
    chain = _chain()
    heads = _heads(chain, 2, 5)
    assert verify(chain[:4]) == []  # on its own, a shorter chain looks whole
    faults = verify(chain[:4], heads)
    assert _kinds(faults) == [(FaultKind.CUT_TAIL, 5)]


def test_a_naive_insertion_is_named() -> None:
    chain = _chain()
    forged = dataclasses.replace(chain[3], id=uuid.uuid4(), seq=7, document_no="伪造", prev_hash=chain[2].hash)
    forged = dataclasses.replace(forged, hash=link_hash(forged.prev_hash, forged))
    faults = verify([*chain, forged])
    assert _kinds(faults) == [(FaultKind.INSERTED, 7)]
    assert faults[0].entry_id == forged.id


def test_a_forged_insertion_with_a_recomputed_chain_is_caught_by_the_heads() -> None:
    chain = _chain()
    heads = _heads(chain, 3, 6)
    forged = dataclasses.replace(chain[1], id=uuid.uuid4(), document_no="伪造的文书")
    rewritten = _rechain([*chain[:2], forged, *chain[2:]])
    assert verify(rewritten) == []  # internally consistent
    faults = verify(rewritten, heads)
    assert faults and faults[0].kind is FaultKind.INSERTED and faults[0].seq == 3


def test_a_rewritten_entry_with_a_recomputed_chain_is_named_edited() -> None:
    chain = _chain()
    heads = _heads(chain, 4, 6)
    chain[1] = dataclasses.replace(chain[1], purpose="改过的用途")
    rewritten = _rechain(chain)
    assert _kinds(verify(rewritten, heads)) == [(FaultKind.EDITED, 4), (FaultKind.EDITED, 6)]


@pytest.mark.parametrize("drop", [0, 5])
def test_removing_the_first_or_last_entry(drop: int) -> None:
    chain = _chain()
    heads = _heads(chain, 6)
    del chain[drop]
    kinds = {f.kind for f in verify(chain, heads)}
    assert kinds == ({FaultKind.REMOVED} if drop == 0 else {FaultKind.CUT_TAIL})
