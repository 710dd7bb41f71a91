"""Who may stamp, and who may keep a seal: the rules in domain/, whole matrix."""

from __future__ import annotations

import uuid

import pytest

from counter_app.domain.seals import SealState, SealView, custody_errors, stamping_errors, stamping_refusal

A, B, OTHER = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def _seal(state: SealState = SealState.IN_USE) -> SealView:
    return SealView(uuid.uuid4(), "SCJG-SP01", "专用章", uuid.uuid4(), state, A, B)


@pytest.mark.parametrize(("who", "a_absent", "state", "expected"), [
    (A, False, SealState.IN_USE, None),
    (A, True, SealState.IN_USE, None),
    (B, True, SealState.IN_USE, None),  # B stands in for an absent A
    (B, False, SealState.IN_USE, "custodian_b_only_when_a_absent"),
    (OTHER, True, SealState.IN_USE, "not_a_custodian"),
    (A, False, SealState.SUSPENDED, "seal_not_in_use"),
    (B, True, SealState.RETIRED, "seal_not_in_use"),
])
def test_stamping_matrix(who: uuid.UUID, a_absent: bool, state: SealState, expected: str | None) -> None:
    assert stamping_refusal(_seal(state), who, a_absent=a_absent) == expected


def test_stamping_fields() -> None:
    assert stamping_errors(1, "受理通知书") == ("受理通知书", [])
    assert [e.code for e in stamping_errors(0, "x")[1]] == ["out_of_range"]
    assert [e.field for e in stamping_errors(10, "")[1]] == ["purpose"]


@pytest.mark.parametrize(("a", "b", "a_chief", "b_chief", "same", "expected"), [
    (A, B, True, True, True, []),
    (A, None, True, False, True, []),  # a seal may be kept by A alone for a while
    (None, B, False, True, True, [("custodian_a", "required")]),
    (A, B, False, True, True, [("custodian_a", "chief_representative_only")]),
    (A, B, True, False, True, [("custodian_b", "chief_representative_only")]),
    (A, A, True, True, True, [("custodian_b", "same_as_a")]),
    (A, B, True, True, False, [("custodian_a", "other_department")]),
])
def test_custody_matrix(a, b, a_chief, b_chief, same, expected) -> None:  # type: ignore[no-untyped-def]
    errors = custody_errors(a, b, a_is_chief=a_chief, b_is_chief=b_chief, same_department=same)
    assert [(e.field, e.code) for e in errors] == expected
