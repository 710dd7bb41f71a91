"""A case's state as a pure fold of its events.

The fold is a function of the *set* of events: merging two devices' work is
the union of their events, and every device folds the union to the same
state. Two decisions made without seeing each other never produce a silent
winner: they fold to a visible conflict until the chief representative
resolves it with a new event.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterable, Mapping

from counter_app.domain.case_state import CaseState, Conflict, Ignored
from counter_app.domain.case_state import with_changes as _replace
from counter_app.domain.case_steps import APPLY, start
from counter_app.domain.events import DECISIONS, INTAKE_DECISIONS, CaseEvent, EventKind


def fold(events: Iterable[CaseEvent]) -> CaseState:
    """Fold a case's events, in any order, into its state."""
    pool = {e.id: e for e in events}
    received = [e for e in pool.values() if e.kind is EventKind.RECEIVED]
    if not received:
        raise ValueError("a case starts with its received event")
    first = min(received, key=lambda e: e.order_key)
    ordered = _causal_order(pool)
    skipped, conflicts = _rival_decisions(pool, ordered)
    state = start(first)
    applied = [first.id]
    ignored: list[Ignored] = []
    for event in ordered:
        if event.id == first.id:
            continue
        if event.id in skipped:
            if not any(event.id in c.event_ids for c in conflicts):
                ignored.append(Ignored(event.id, "depends_on_rejected_decision"))
            continue
        step = APPLY.get(event.kind)
        outcome = step(state, event) if step else None
        if isinstance(outcome, str) or outcome is None:
            ignored.append(Ignored(event.id, outcome or "unknown_kind"))
            continue
        state = outcome
        applied.append(event.id)
    last = max(pool.values(), key=lambda e: e.order_key)
    return _replace(
        state,
        conflicts=tuple(conflicts),
        ignored=tuple(ignored),
        applied=tuple(applied),
        event_count=len(pool),
        last_event_at=last.occurred_at,
    )


def _causal_order(pool: Mapping[uuid.UUID, CaseEvent]) -> list[CaseEvent]:
    """Parents before children, otherwise by (time, device, sequence): deterministic for a set."""
    children: dict[uuid.UUID | None, list[CaseEvent]] = {}
    for e in pool.values():
        parent = e.parent_id if e.parent_id in pool else None
        children.setdefault(parent, []).append(e)
    ready = [(e.order_key, e.id.int, e) for e in children.get(None, [])]
    heapq.heapify(ready)
    ordered: list[CaseEvent] = []
    while ready:
        _key, _tie, event = heapq.heappop(ready)
        ordered.append(event)
        for child in children.get(event.id, []):
            heapq.heappush(ready, (child.order_key, child.id.int, child))
    return ordered


def _ancestors(ordered: list[CaseEvent]) -> dict[uuid.UUID, frozenset[uuid.UUID]]:
    """Each event's ancestors within the case, from the events in causal order."""
    memo: dict[uuid.UUID, frozenset[uuid.UUID]] = {}
    for event in ordered:
        parent = event.parent_id
        memo[event.id] = (memo[parent] | {parent}) if parent in memo else frozenset()
    return memo


def _rival_decisions(
    pool: Mapping[uuid.UUID, CaseEvent], ordered: list[CaseEvent],
) -> tuple[set[uuid.UUID], list[Conflict]]:
    """Events to skip (rival decisions and what was built on them) and the open conflicts."""
    ancestors = _ancestors(ordered)
    decisions = sorted((e for e in pool.values() if e.kind in DECISIONS), key=lambda e: e.order_key)
    groups: list[set[uuid.UUID]] = []
    for i, a in enumerate(decisions):
        for b in decisions[i + 1 :]:
            if _rivals(a, b, ancestors):
                joined = [g for g in groups if a.id in g or b.id in g]
                merged = set().union(*joined) | {a.id, b.id}
                groups = [g for g in groups if g not in joined] + [merged]
    chosen = {
        uuid.UUID(str(e.data.get("chosen")))
        for e in pool.values()
        if e.kind is EventKind.CONFLICT_RESOLVED and e.data.get("chosen")
    }
    skipped: set[uuid.UUID] = set()
    open_conflicts: list[Conflict] = []
    for group in groups:
        winner = group & chosen
        if len(winner) == 1:
            skipped |= group - winner
            continue
        skipped |= group
        members = sorted((pool[i] for i in group), key=lambda e: e.order_key)
        open_conflicts.append(Conflict(tuple(e.id for e in members), tuple(_label(e) for e in members)))
    for event_id, above in ancestors.items():
        if above & skipped:
            skipped.add(event_id)
    return skipped, open_conflicts


def _rivals(a: CaseEvent, b: CaseEvent, ancestors: Mapping[uuid.UUID, frozenset[uuid.UUID]]) -> bool:
    if a.id in ancestors.get(b.id, frozenset()) or b.id in ancestors.get(a.id, frozenset()):
        return False  # one was made knowing the other: sequential, not rival
    same_point = (a.kind in INTAKE_DECISIONS and b.kind in INTAKE_DECISIONS) or (
        a.kind is EventKind.DECIDED and b.kind is EventKind.DECIDED
    )
    return same_point and _label(a) != _label(b)


def _label(event: CaseEvent) -> str:
    if event.kind is EventKind.DECIDED:
        return f"decided:{event.data.get('outcome')}"
    return event.kind.value


