"""Security at the desk: PIN change, the administrator's PIN reset, and showing a full identity number."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from staffing import NOW, staff_session
from test_intake_service import _form, valid_id

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.login import LoggedIn, WrongPin
from counter_app.services import auth, startup
from counter_app.services.id_reveal import ID_NUMBER_SHOWN, reveal_id_number
from counter_app.services.intake import take_in
from counter_app.services.pin_changes import PIN_CHANGED, PIN_RESET, change_pin, reset_pin
from counter_app.store.models import AuditEntry

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/hall"


def _log_in(counter: Counter, code: str, pin: str):  # type: ignore[no-untyped-def]
    return auth.log_in(counter.local(), device_id=startup.device_id(counter), code=code, pin=pin, now=NOW)


def _audit(counter: Counter, action: str) -> list[AuditEntry]:
    with counter.local() as uow:
        return list(uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_clerk_changes_their_pin(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    assert change_pin(demo_counter, clerk, "1234", "90817", "90817", NOW) == []
    assert isinstance(_log_in(demo_counter, "S0101", "1234"), WrongPin)
    assert isinstance(_log_in(demo_counter, "S0101", "90817"), LoggedIn)
    [entry] = _audit(demo_counter, PIN_CHANGED)
    assert entry.actor_id == clerk.staff_id and "90817" not in str(entry.detail)


@pytest.mark.parametrize(("current", "new", "repeat", "errors"), [
    ("0000", "5678", "5678", [("current", "wrong_pin")]),
    ("1234", "12a4", "12a4", [("new", "digits_only")]),
    ("1234", "123", "123", [("new", "length")]),
    ("1234", "123456789", "123456789", [("new", "length")]),
    ("1234", "5678", "5679", [("repeat", "mismatch")]),
    ("1234", "1234", "1234", [("new", "unchanged")]),
    ("0000", "", "", [("current", "wrong_pin"), ("new", "required")]),
])
def test_a_bad_pin_change_changes_nothing(demo_counter: Counter, current: str, new: str, repeat: str,
                                          errors: list[tuple[str, str]]) -> None:
    clerk = staff_session(demo_counter, "S0101")
    found = change_pin(demo_counter, clerk, current, new, repeat, NOW)
    assert [(e.field, e.code) for e in found] == errors
    assert isinstance(_log_in(demo_counter, "S0101", "1234"), LoggedIn)
    assert _audit(demo_counter, PIN_CHANGED) == []


def test_wrong_current_pins_count_toward_the_lock(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    for _ in range(4):
        assert [e.code for e in change_pin(demo_counter, clerk, "0000", "5678", "5678", NOW)] == ["wrong_pin"]
    assert [e.code for e in change_pin(demo_counter, clerk, "0000", "5678", "5678", NOW)] == ["locked"]  # the 5th
    assert [e.code for e in change_pin(demo_counter, clerk, "1234", "5678", "5678", NOW)] == ["locked"]
    assert not isinstance(_log_in(demo_counter, "S0101", "1234"), LoggedIn)


def test_no_pin_change_with_the_hall_down(demo_dir) -> None:  # type: ignore[no-untyped-def]
    counter = Counter(config.resolve(str(demo_dir), UNREACHABLE))
    clerk = staff_session(counter, "S0101")
    assert [(e.field, e.code) for e in change_pin(counter, clerk, "1234", "5678", "5678", NOW)] == [
        ("pin", "hall_unreachable")]
    assert isinstance(_log_in(counter, "S0101", "1234"), LoggedIn)
    counter.close()


def test_the_hall_administrator_resets_a_pin(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert reset_pin(demo_counter, admin, "s0102", "246810", "246810", NOW) == []
    assert isinstance(_log_in(demo_counter, "S0102", "246810"), LoggedIn)
    [entry] = _audit(demo_counter, PIN_RESET)
    assert entry.actor_id == admin.staff_id and entry.detail["code"] == "S0102"


def test_only_the_hall_administrator_resets_and_bad_resets_change_nothing(demo_counter: Counter) -> None:
    chief = staff_session(demo_counter, "S0191")
    assert [e.code for e in reset_pin(demo_counter, chief, "S0102", "5678", "5678", NOW)] == ["hall_admin_only"]
    admin = staff_session(demo_counter, "S9001")
    assert [(e.field, e.code) for e in reset_pin(demo_counter, admin, "S7777", "5678", "5678", NOW)] == [
        ("staff", "unknown")]
    assert [(e.field, e.code) for e in reset_pin(demo_counter, admin, "S0102", "56", "56", NOW)] == [
        ("new", "length")]
    assert isinstance(_log_in(demo_counter, "S0102", "1234"), LoggedIn)
    assert _audit(demo_counter, PIN_RESET) == []


def test_showing_a_full_identity_number_is_an_audit_fact(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    number = valid_id("19900101", "123")
    case_no = take_in(demo_counter.local(), clerk, _form(id_number=number), IntakeDecision.ACCEPT, NOW).case_no
    shown, errors = reveal_id_number(demo_counter.local(), clerk, case_no, "applicant", NOW)
    assert (shown, errors) == (number, [])
    [entry] = _audit(demo_counter, ID_NUMBER_SHOWN)
    assert entry.actor_id == clerk.staff_id and entry.detail == {"case_no": case_no, "whose": "applicant"}


def test_a_full_identity_number_is_not_shown_outside_the_department(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S0101")
    case_no = take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT, NOW).case_no
    other = staff_session(demo_counter, "S0201")  # 城管局
    assert [e.code for e in reveal_id_number(demo_counter.local(), other, case_no, "applicant", NOW)[1]] == [
        "other_department"]
    assert [e.code for e in reveal_id_number(demo_counter.local(), clerk, "NO-SUCH", "applicant", NOW)[1]] == [
        "unknown"]
    assert [e.code for e in reveal_id_number(demo_counter.local(), clerk, case_no, "agent", NOW)[1]] == [
        "no_id_number"]
    assert _audit(demo_counter, ID_NUMBER_SHOWN) == []
