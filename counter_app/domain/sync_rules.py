"""What the hall checks before it takes a counter's fact (同步校验).

A counter may have worked for a day on reference data that the hall has since
changed: a member of staff moved or stripped of a role, a device retired. The
hall takes a fact only if it still stands against the hall's own register; one
it refuses keeps its reason at the counter, where people see it, and never
holds up the facts behind it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from counter_app.domain.events import EventKind
from counter_app.domain.permissions import CHIEF_ONLY, CHIEFS
from counter_app.domain.staff import Role

# Reasons a fact is refused; the UI words each one.
UNKNOWN_DEVICE = "unknown_device"
UNKNOWN_STAFF = "unknown_staff"
CHIEF_REPRESENTATIVE_ONLY = "chief_representative_only"
MISSING_PRINT_RECORD = "missing_print_record"
MISSING_AT_COUNTER = "missing_at_counter"  # an outbox mark whose row is gone from the local store
# A rating of a case or visit the hall already holds a rating of (one rating per case or visit: 好差评).
ALREADY_RATED = "already_rated"
# A database constraint the checks above do not know of; the database's message follows the prefix.
HALL_CONSTRAINT = "hall_constraint"
REFUSAL_REASONS = (UNKNOWN_DEVICE, UNKNOWN_STAFF, CHIEF_REPRESENTATIVE_ONLY, MISSING_PRINT_RECORD,
                   MISSING_AT_COUNTER, ALREADY_RATED, HALL_CONSTRAINT)


@dataclass(frozen=True)
class HallRegister:
    """What the hall knows of the people and devices a batch of facts names."""

    devices: frozenset[uuid.UUID]
    roles: Mapping[uuid.UUID, frozenset[Role]]  # every member of staff the hall has, with their roles
    print_records: frozenset[uuid.UUID] = frozenset()  # print records at the hall or taken in this batch
    rated: frozenset[uuid.UUID] = frozenset()  # cases and visits rated at the hall or in this batch


@dataclass(frozen=True)
class IncomingFact:
    """The parts of a fact that the hall's checks read."""

    table: str
    device_id: uuid.UUID | None
    people: tuple[uuid.UUID, ...]  # actor first, then whoever the fact names (acting for, absent)
    case_event_kind: str | None = None
    print_record_id: uuid.UUID | None = None
    rated: tuple[uuid.UUID, ...] = ()  # for a rating: the case or visit it rates


def refusal(fact: IncomingFact, hall: HallRegister) -> str | None:
    """Why the hall refuses this fact, or None when it takes it."""
    if fact.device_id is not None and fact.device_id not in hall.devices:
        return UNKNOWN_DEVICE
    if any(person not in hall.roles for person in fact.people):
        return UNKNOWN_STAFF
    if fact.case_event_kind is not None and _chief_only(fact.case_event_kind):
        actor = fact.people[0]
        if not hall.roles[actor] & CHIEFS:
            return CHIEF_REPRESENTATIVE_ONLY
    if fact.print_record_id is not None and fact.print_record_id not in hall.print_records:
        return MISSING_PRINT_RECORD
    if any(subject in hall.rated for subject in fact.rated):
        return ALREADY_RATED
    return None


def _chief_only(kind: str) -> bool:
    try:
        return EventKind(kind) in CHIEF_ONLY
    except ValueError:
        return False
