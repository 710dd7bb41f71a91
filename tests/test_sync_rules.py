"""What the hall refuses, in domain/ (no database)."""

from __future__ import annotations

import uuid

from counter_app.domain import sync_rules
from counter_app.domain.staff import Role
from counter_app.domain.sync_rules import HallRegister, IncomingFact, refusal

DEVICE, CLERK, CHIEF, PRINT = (uuid.uuid4() for _ in range(4))
HALL = HallRegister(devices=frozenset({DEVICE}),
                    roles={CLERK: frozenset({Role.WINDOW_CLERK}), CHIEF: frozenset({Role.CHIEF_REPRESENTATIVE_B})},
                    print_records=frozenset({PRINT}))


def _event(kind: str, actor: uuid.UUID = CLERK, device: uuid.UUID = DEVICE, *more: uuid.UUID) -> IncomingFact:
    return IncomingFact("case_event", device, (actor, *more), case_event_kind=kind)


def test_a_fact_that_stands_is_taken() -> None:
    assert refusal(_event("undertaken"), HALL) is None
    assert refusal(_event("decided", CHIEF), HALL) is None
    assert refusal(IncomingFact("seal_stamping", DEVICE, (CHIEF,), print_record_id=PRINT), HALL) is None
    assert refusal(IncomingFact("audit_entry", DEVICE, ()), HALL) is None  # a log-in by an unknown code


def test_an_unknown_device_or_person_is_refused() -> None:
    assert refusal(_event("undertaken", device=uuid.uuid4()), HALL) == sync_rules.UNKNOWN_DEVICE
    assert refusal(_event("undertaken", uuid.uuid4()), HALL) == sync_rules.UNKNOWN_STAFF
    assert refusal(_event("undertaken", CLERK, DEVICE, uuid.uuid4()), HALL) == sync_rules.UNKNOWN_STAFF


def test_only_a_chief_representative_s_decisions_are_taken() -> None:
    for kind in ("decided", "extension_approved", "extension_refused", "conflict_resolved"):
        assert refusal(_event(kind), HALL) == sync_rules.CHIEF_REPRESENTATIVE_ONLY
    assert refusal(_event("a kind from a newer version"), HALL) is None


def test_a_stamping_needs_its_print_record_at_the_hall() -> None:
    stamping = IncomingFact("seal_stamping", DEVICE, (CHIEF,), print_record_id=uuid.uuid4())
    assert refusal(stamping, HALL) == sync_rules.MISSING_PRINT_RECORD


def test_a_second_rating_of_a_case_or_visit_is_refused() -> None:
    case, visit = uuid.uuid4(), uuid.uuid4()
    rated = HallRegister(HALL.devices, HALL.roles, rated=frozenset({case}))
    assert refusal(IncomingFact("rating", DEVICE, (CLERK,), rated=(case,)), rated) == sync_rules.ALREADY_RATED
    assert refusal(IncomingFact("rating", DEVICE, (CLERK,), rated=(visit,)), rated) is None
