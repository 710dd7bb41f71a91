"""Stamping through the services: who may stamp, no blank paper, and tampering in a real store named."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.documents import DocumentKind
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.seal_chain import FaultKind
from counter_app.domain.seals import SealState
from counter_app.services import printing, seal_log, seal_register, startup
from counter_app.services.intake import take_in
from counter_app.services.stamping import StampRequest, record_stamping
from counter_app.store.models import OutboxEntry, PrintRecord, Seal, SealEvent, SealStamping

SEAL = "SCJG-SP01"
LATER = NOW + dt.timedelta(hours=1)


def _printed(counter: Counter, kind: DocumentKind = DocumentKind.ACCEPTANCE) -> str:
    case_no = take_in(counter.local(), staff_session(counter, "S0101"), _form(), IntakeDecision.ACCEPT, NOW).case_no
    done = printing.record_print(counter.local(), staff_session(counter, "S0101"), case_no, kind, copies=2,
                                 destination="printer", target="HP", now=NOW)
    assert done.document is not None
    return done.document.number


def _stamp(counter: Counter, number: str, code: str = "S0191", **request):  # type: ignore[no-untyped-def]
    fields = {"seal_code": SEAL, "impressions": 2, "purpose": "受理通知书用印"} | request
    return record_stamping(counter.local(), staff_session(counter, code), number, StampRequest(**fields), LATER)


def _stampings(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(SealStamping)) or 0


def test_the_custodian_a_stamps_a_printed_document(demo_counter: Counter) -> None:
    outcome = _stamp(demo_counter, _printed(demo_counter))
    assert outcome.saved and outcome.chain_seq == 1
    assert _stamp(demo_counter, _printed(demo_counter)).chain_seq == 2
    with demo_counter.local() as uow:
        assert uow.session.get(OutboxEntry, ("seal_stamping", outcome.entry_id)) is not None


@pytest.mark.parametrize(("code", "field", "reason"), [
    ("S0192", "seal", "custodian_b_only_when_a_absent"),  # B, while A is not away
    ("S0101", "seal", "not_a_custodian"),  # a window clerk
    ("S9001", "seal", "not_a_custodian"),  # the hall administrator
])
def test_anyone_but_a_current_custodian_is_refused(demo_counter: Counter, code: str, field: str,
                                                   reason: str) -> None:
    outcome = _stamp(demo_counter, _printed(demo_counter), code)
    assert [(e.field, e.code) for e in outcome.errors] == [(field, reason)]
    assert _stampings(demo_counter) == 0


def test_a_seal_is_used_only_on_its_own_department_documents(demo_counter: Counter) -> None:
    outcome = _stamp(demo_counter, _printed(demo_counter), "S0291", seal_code="CGJ-SP01")
    assert [(e.field, e.code) for e in outcome.errors] == [("seal", "other_department")]


def test_no_stamping_of_blank_paper(demo_counter: Counter) -> None:
    outcome = _stamp(demo_counter, "二七市监审受字〔2026〕第C01-9999号")
    assert [(e.field, e.code) for e in outcome.errors] == [("document_no", "not_printed")]
    assert _stampings(demo_counter) == 0


@pytest.mark.parametrize(("request_fields", "errors"), [
    ({"impressions": 0}, [("impressions", "out_of_range")]),
    ({"impressions": 11}, [("impressions", "out_of_range")]),
    ({"purpose": " "}, [("purpose", "required")]),
    ({"purpose": "用印\x07"}, [("purpose", "control_characters")]),
    ({"purpose": "长" * 201}, [("purpose", "too_long")]),
    ({"seal_code": "NOPE"}, [("seal", "unknown")]),
])
def test_bad_stamping_fields_save_nothing(demo_counter: Counter, request_fields, errors) -> None:  # type: ignore[no-untyped-def]
    outcome = _stamp(demo_counter, _printed(demo_counter), **request_fields)
    assert [(e.field, e.code) for e in outcome.errors] == errors
    assert _stampings(demo_counter) == 0


def test_a_suspended_seal_is_refused(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert seal_register.change_state(demo_counter, admin, SEAL, SealState.SUSPENDED, "印章送检", NOW) == []
    outcome = _stamp(demo_counter, _printed(demo_counter))
    assert [e.code for e in outcome.errors] == ["seal_not_in_use"]


def test_printing_and_stamping_in_one_step_or_not_at_all(demo_counter: Counter) -> None:
    case_no = take_in(demo_counter.local(), staff_session(demo_counter, "S0191"), _form(), IntakeDecision.ACCEPT,
                      NOW).case_no
    chief = staff_session(demo_counter, "S0191")
    refused = printing.record_print(demo_counter.local(), chief, case_no, DocumentKind.ACCEPTANCE, copies=2,
                                    destination="printer", target="HP", now=NOW,
                                    stamp=StampRequest(SEAL, impressions=0, purpose="用印"))
    assert [e.field for e in refused.errors] == ["impressions"]
    with demo_counter.local() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PrintRecord)) == 0
    done = printing.record_print(demo_counter.local(), chief, case_no, DocumentKind.ACCEPTANCE, copies=2,
                                 destination="printer", target="HP", now=NOW,
                                 stamp=StampRequest(SEAL, impressions=2, purpose="受理通知书"))
    assert done.ok
    lines = seal_log.entries_on(demo_counter, SEAL, dt.date(2026, 12, 1))
    assert [(x.document_no, x.impressions, x.stamped_by) for x in lines] == [(done.document.number, 2, "张建军")]


def test_custody_changes_are_events_and_reach_the_counter(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert [e.code for e in seal_register.change_custody(demo_counter, staff_session(demo_counter, "S0191"), SEAL,
                                                         "S0192", "", "交接", NOW)] == ["hall_admin_only"]
    errors = seal_register.change_custody(demo_counter, admin, SEAL, "S0101", "S0101", "", NOW)
    assert {(e.field, e.code) for e in errors} == {("reason", "required"), ("custodian_a", "chief_representative_only"),
                                                   ("custodian_b", "chief_representative_only"),
                                                   ("custodian_b", "same_as_a")}
    assert [e.code for e in seal_register.change_custody(demo_counter, admin, SEAL, "S0291", "", "交接", NOW)] == [
        "other_department"]
    assert seal_register.change_custody(demo_counter, admin, SEAL, "S0192", "S0191", "A角轮岗交接", NOW) == []
    # The former B now keeps the seal as A, and stamps.
    assert _stamp(demo_counter, _printed(demo_counter), "S0192").saved
    with demo_counter.local() as uow:
        kinds = list(uow.session.scalars(select(SealEvent.kind).join(Seal).where(Seal.code == SEAL)
                                         .order_by(SealEvent.occurred_at)))
    assert kinds == ["registered", "custody_changed"]


# --- tampering with a real store, the way someone with the file and sqlite3 would ---------------------


def _stamped_chain(counter: Counter, n: int = 5, *, push: bool = False) -> None:
    """n stampings; with push, each head goes to the hall at once, as the desk does when the hall is up."""
    for _ in range(n):
        assert _stamp(counter, _printed(counter)).saved
        if push:
            _push(counter)


def _tamper(counter: Counter, *statements: str) -> None:
    path = counter.config.local_store_path
    counter.close()
    db = sqlite3.connect(path)
    db.execute("DROP TRIGGER seal_stamping_no_update")
    db.execute("DROP TRIGGER seal_stamping_no_delete")
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()


def _faults(counter: Counter) -> list[tuple[str, FaultKind, int]]:
    report = seal_log.verify(counter, startup.device_id(counter))
    return [(f.seal_code, f.fault.kind, f.fault.seq) for f in report.faults]


def _push(counter: Counter) -> None:
    assert seal_log.push_heads(counter, startup.device_id(counter), LATER) == 1


def test_an_intact_log_verifies(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter)
    _push(demo_counter)
    report = seal_log.verify(demo_counter, startup.device_id(demo_counter))
    assert report.intact and report.entries == 5 and report.heads_from == "hall"


def test_a_field_edited_in_the_database_is_named(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter)
    _tamper(demo_counter, "UPDATE seal_stamping SET impressions = 9 WHERE chain_seq = 3")
    assert _faults(demo_counter) == [(SEAL, FaultKind.EDITED, 3)]


def test_a_middle_entry_deleted_is_named(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter)
    _tamper(demo_counter, "DELETE FROM seal_stamping WHERE chain_seq = 3")
    assert _faults(demo_counter) == [(SEAL, FaultKind.REMOVED, 3)]


def test_two_entries_swapped_are_named(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter)
    _tamper(demo_counter, "UPDATE seal_stamping SET chain_seq = -1 WHERE chain_seq = 2",
            "UPDATE seal_stamping SET chain_seq = 2 WHERE chain_seq = 3",
            "UPDATE seal_stamping SET chain_seq = 3 WHERE chain_seq = -1")
    assert _faults(demo_counter) == [(SEAL, FaultKind.REORDERED, 2)]


def test_the_tail_dropped_after_a_sync_is_named(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter)
    _push(demo_counter)
    _tamper(demo_counter, "DELETE FROM seal_stamping WHERE chain_seq >= 4")
    assert _faults(demo_counter) == [(SEAL, FaultKind.CUT_TAIL, 5)]


def test_a_forged_entry_with_a_recomputed_chain_is_caught_by_the_hall(demo_counter: Counter) -> None:
    _stamped_chain(demo_counter, 4, push=True)
    device = startup.device_id(demo_counter)
    with demo_counter.local() as uow:
        chain = seal_log.chain_entries(uow.session, uow.session.scalar(select(Seal.id).where(Seal.code == SEAL)),
                                       device, SEAL)
    chain.sort(key=lambda e: e.seq)
    from dataclasses import replace

    from counter_app.domain.seal_chain import GENESIS, link_hash
    forged = replace(chain[1], id=chain[1].id.__class__(int=chain[1].id.int + 1), document_no="伪造文书")
    statements, prev = [], GENESIS
    for seq, e in enumerate([*chain[:2], forged, *chain[2:]], 1):
        e = replace(e, seq=seq, prev_hash=prev)
        e = replace(e, hash=link_hash(prev, e))
        statements.append(e)
        prev = e.hash
    sql = ["UPDATE seal_stamping SET chain_seq = chain_seq + 100"]
    for e in statements:
        if e.id == forged.id:
            sql.append(f"INSERT INTO seal_stamping SELECT '{e.id.hex}', seal_id, device_id, {e.seq}, "
                       f"'{e.document_no}', print_record_id, case_id, impressions, purpose, actor_id, "
                       f"acting_for_id, stamped_at, '{e.prev_hash}', '{e.hash}' FROM seal_stamping "
                       f"WHERE id = '{chain[1].id.hex}'")
        else:
            sql.append(f"UPDATE seal_stamping SET chain_seq = {e.seq}, prev_hash = '{e.prev_hash}', "
                       f"hash = '{e.hash}' WHERE id = '{e.id.hex}'")
    _tamper(demo_counter, *sql)
    report = seal_log.verify(demo_counter, device)
    first = report.faults[0].fault
    assert (first.kind, first.seq, first.entry_id) == (FaultKind.INSERTED, 3, forged.id)


def test_cli_seal_verify_exits_0_when_intact_and_names_the_fault_otherwise(demo_dir: Path,
                                                                          demo_counter: Counter) -> None:
    _stamped_chain(demo_counter, 3)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", str(demo_dir), "seal", "verify"],
                              capture_output=True, text=True, timeout=120)

    demo_counter.close()
    intact = run()
    assert intact.returncode == 0, intact.stderr
    assert "intact" in intact.stdout
    _tamper(demo_counter, "UPDATE seal_stamping SET purpose = '改' WHERE chain_seq = 2")
    broken = run()
    assert broken.returncode == 1
    assert f"seal {SEAL}" in broken.stderr and "entry 2" in broken.stderr and "edited" in broken.stderr


def test_the_hall_administrator_registers_a_new_seal(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    name = "郑州市二七区市场监督管理局行政审批专用章（2）"
    assert [e.code for e in seal_register.register_seal(demo_counter, staff_session(demo_counter, "S0191"), "SCJG",
                                                        "SCJG-SP02", name, "S0191", "", NOW)] == ["hall_admin_only"]
    errors = seal_register.register_seal(demo_counter, admin, "NOPE", SEAL, "", "S0101", "", NOW)
    assert {(e.field, e.code) for e in errors} == {("name", "required"), ("department", "unknown"),
                                                   ("code", "taken"), ("custodian_a", "chief_representative_only")}
    assert seal_register.register_seal(demo_counter, admin, "SCJG", "SCJG-SP02", name, "S0191", "S0192", NOW) == []
    with demo_counter.local() as uow:  # pulled to the counter at once
        seal = uow.session.scalars(select(Seal).where(Seal.code == "SCJG-SP02")).one()
        assert seal.state == SealState.IN_USE
    assert _stamp(demo_counter, _printed(demo_counter), seal_code="SCJG-SP02").saved


def test_a_retired_seal_stays_retired(demo_counter: Counter) -> None:
    admin = staff_session(demo_counter, "S9001")
    assert seal_register.change_state(demo_counter, admin, SEAL, SealState.RETIRED, "印章更换，旧章缴销", NOW) == []
    errors = seal_register.change_state(demo_counter, admin, SEAL, SealState.IN_USE, "恢复", NOW)
    assert [(e.field, e.code) for e in errors] == [("state", "seal_retired")]


def test_heads_kept_by_a_postgresql_hall_catch_a_cut_tail(tmp_path: Path, pg_url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    from counter_app import config
    from counter_app.store.models import SealChainHead

    counter = Counter(config.resolve(str(tmp_path / "pg-counter"), pg_url))
    startup.open_counter(counter, demo_if_empty=True)
    _stamped_chain(counter, 3, push=True)
    with counter.hall() as hall:
        assert hall.session.scalar(select(func.count()).select_from(SealChainHead)) == 3
    with counter.hall_engine.begin() as connection, pytest.raises(DBAPIError, match="append-only"):
        connection.exec_driver_sql("DELETE FROM seal_chain_head")  # the witness cannot be quietly cut either
    _tamper(counter, "DELETE FROM seal_stamping WHERE chain_seq = 3")
    report = seal_log.verify(counter, startup.device_id(counter))
    assert report.heads_from == "hall"
    assert [(f.fault.kind, f.fault.seq) for f in report.faults] == [(FaultKind.CUT_TAIL, 3)]
    counter.close()
