"""Printing through the services: numbers, reprints, permissions, what each document says."""

from __future__ import annotations

import datetime as dt

import pytest
from domain_forms import cl_form
from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from staffing import NOW, staff_session
from test_intake_service import _form

from counter_app.app import Counter
from counter_app.domain.documents import DocumentKind
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision, MaterialCheck, MaterialState
from counter_app.services import printing
from counter_app.services.case_steps import record_step
from counter_app.services.intake import take_in
from counter_app.store.models import OutboxEntry, PrintRecord

LATER = NOW + dt.timedelta(hours=2)
NEXT_DAY = NOW + dt.timedelta(days=1)
P, M, N, NA = MaterialState.PROVIDED, MaterialState.MISSING, MaterialState.NONCONFORMING, MaterialState.NOT_APPLICABLE


def _take_in(counter: Counter, decision: IntakeDecision, **changes) -> str:  # type: ignore[no-untyped-def]
    result = take_in(counter.local(), staff_session(counter, "S0101"), _form(**changes), decision, NOW)
    assert result.saved, result.errors
    assert result.case_no is not None
    return result.case_no


def _print(counter: Counter, case_no: str, kind: DocumentKind, *, code: str = "S0101", copies: int = 1,
           when: dt.datetime = LATER, destination: str = "printer", target: str = "HP-1"):  # type: ignore[no-untyped-def]
    return printing.record_print(counter.local(), staff_session(counter, code), case_no, kind, copies=copies,
                                 destination=destination, target=target, now=when)


def _records(counter: Counter) -> int:
    with counter.local() as uow:
        return uow.session.scalar(select(func.count()).select_from(PrintRecord)) or 0


def test_first_print_takes_the_number_the_preview_showed(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    shown = printing.preview(demo_counter.local(), staff_session(demo_counter, "S0101"), case_no,
                             DocumentKind.ACCEPTANCE, LATER)
    assert shown.ok and shown.document is not None
    assert _records(demo_counter) == 0  # a preview records nothing and takes no number
    done = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE, copies=2)
    assert done.ok and done.document is not None
    assert done.document.number == shown.document.number
    assert done.document.number.startswith("二七市监审受字〔2026〕第C")
    assert done.document.number.endswith("-0001号")
    assert not done.document.reprint
    assert _records(demo_counter) == 1


def test_a_reprint_keeps_number_and_date_and_says_so(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    first = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE)
    again = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE, when=NEXT_DAY, destination="pdf",
                   target="/tmp/x.pdf")
    assert again.document.number == first.document.number
    assert again.document.reprint and again.document.issued_on == dt.date(2026, 12, 1)
    assert again.document.reprinted_on == dt.date(2026, 12, 2)
    history = printing.print_history(demo_counter.local(), case_no)
    assert [(h.reprint, h.destination, h.copies) for h in history] == [(False, "printer", 1), (True, "pdf", 1)]
    assert history[0].actor_name == "王晓堃"


def test_numbers_count_per_department_kind_and_year_and_are_never_reused(demo_counter: Counter) -> None:
    one = _take_in(demo_counter, IntakeDecision.ACCEPT)
    two = _take_in(demo_counter, IntakeDecision.ACCEPT)
    numbers = [_print(demo_counter, c, DocumentKind.ACCEPTANCE).document.number for c in (one, two)]
    receipt = _print(demo_counter, one, DocumentKind.RECEIPT).document.number
    assert numbers[0].endswith("-0001号") and numbers[1].endswith("-0002号")
    assert "审收字" in receipt and receipt.endswith("-0001号")
    next_year = _print(demo_counter, two, DocumentKind.RECEIPT,
                       when=dt.datetime(2027, 1, 4, 2, tzinfo=dt.UTC)).document.number
    assert "〔2027〕" in next_year and next_year.endswith("-0001号")


def test_print_facts_are_append_only_and_queued_for_the_hall(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    done = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE)
    with demo_counter.local() as uow:
        s = uow.session
        assert s.get(OutboxEntry, ("print_record", done.record_id)) is not None
    with demo_counter.local_engine.begin() as connection, pytest.raises(DatabaseError, match="append-only"):
        connection.exec_driver_sql("UPDATE print_record SET copies = 9")


def test_a_document_the_case_does_not_have_is_refused(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.NOT_ACCEPT, reasons="不属于登记范围")
    assert printing.printable(demo_counter.local(), case_no) == [DocumentKind.NON_ACCEPTANCE, DocumentKind.RECEIPT]
    result = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE)
    assert [(e.field, e.code) for e in result.errors] == [("kind", "not_for_this_case")]
    assert _records(demo_counter) == 0


def test_unknown_case_bad_copies_and_missing_target_save_nothing(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    assert [e.code for e in _print(demo_counter, "410103-20261201-C99-0001", DocumentKind.RECEIPT).errors] == [
        "unknown"]
    assert [e.code for e in _print(demo_counter, case_no, DocumentKind.RECEIPT, copies=0).errors] == [
        "copies_too_few"]
    assert [e.code for e in _print(demo_counter, case_no, DocumentKind.RECEIPT, copies=21).errors] == [
        "copies_too_many"]
    assert [e.field for e in _print(demo_counter, case_no, DocumentKind.RECEIPT, destination="pdf",
                                    target=" ").errors] == ["target"]
    assert _records(demo_counter) == 0
    # No number was taken either: the next print is still the first.
    assert _print(demo_counter, case_no, DocumentKind.RECEIPT).document.number.endswith("-0001号")


def test_other_departments_may_not_print(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    result = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE, code="S0201")
    assert [(e.field, e.code) for e in result.errors] == [("print", "other_department")]
    assert _records(demo_counter) == 0


def test_a_comprehensive_window_prints_only_the_receipt_of_its_own_intake(demo_counter: Counter) -> None:
    clerk = staff_session(demo_counter, "S9011")
    case_no = take_in(demo_counter.local(), clerk, cl_form(), IntakeDecision.RECEIVE_FOR_DEPARTMENT, NOW).case_no
    assert _print(demo_counter, case_no, DocumentKind.RECEIPT, code="S9011").ok
    refused = _print(demo_counter, case_no, DocumentKind.ACCEPTANCE, code="S9011")
    assert [e.code for e in refused.errors] == ["department_staff_only"]


def test_the_one_time_notice_lists_every_material_to_correct(demo_counter: Counter) -> None:
    marks = [MaterialCheck(1, "", True, P), MaterialCheck(2, "", True, M),
             MaterialCheck(3, "", True, N, "复印件不清晰，无法辨认"), *[MaterialCheck(i, "", False, NA) for i in (4, 5, 6)]]
    case_no = _take_in(demo_counter, IntakeDecision.NOTICE, materials=marks, name="周䶮")
    document = _print(demo_counter, case_no, DocumentKind.ONE_TIME_NOTICE).document
    assert [(m.position, m.state, m.problem) for m in document.materials] == [
        (2, "missing", ""), (3, "nonconforming", "复印件不清晰，无法辨认")]
    assert document.materials[0].name == "经营者身份证明"
    assert document.applicant.name == "周䶮" and document.applicant.phone == "13812345678"
    assert document.issuer.clerk_name == "王晓堃" and document.issuer.window_number == 1
    assert document.issuer.hall_address.startswith("郑州市二七区")
    assert document.received_on == dt.date(2026, 12, 1)


def test_the_receipt_lists_what_was_received_with_form_and_copies(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    document = _print(demo_counter, case_no, DocumentKind.RECEIPT).document
    assert [(m.position, m.form, m.copies) for m in document.materials] == [
        (1, "original", 1), (2, "original_and_copy", 1), (3, "copy", 1)]


def test_acceptance_and_non_acceptance_carry_dates_reasons_and_remedies(demo_counter: Counter) -> None:
    accepted = _print(demo_counter, _take_in(demo_counter, IntakeDecision.ACCEPT), DocumentKind.ACCEPTANCE).document
    assert accepted.accepted_on == dt.date(2026, 12, 1)
    # SCJG-001: promised 1, statutory 3 working days; the day of acceptance is not counted.
    assert (accepted.promised_due, accepted.statutory_due) == (dt.date(2026, 12, 2), dt.date(2026, 12, 4))
    refused = _print(demo_counter, _take_in(demo_counter, IntakeDecision.NOT_ACCEPT, reasons="经营范围属于禁止类项目"),
                     DocumentKind.NON_ACCEPTANCE).document
    assert refused.reasons == "经营范围属于禁止类项目"
    assert refused.issuer.review_body == "郑州市二七区人民政府" and refused.issuer.court
    referred = _print(demo_counter, _take_in(demo_counter, IntakeDecision.REFER, agency="郑州市二七区卫生健康委员会"),
                      DocumentKind.NON_ACCEPTANCE).document
    assert referred.agency == "郑州市二七区卫生健康委员会"


def test_suspension_and_extension_notices_show_the_case_as_it_stood(demo_counter: Counter) -> None:
    case_no = _take_in(demo_counter, IntakeDecision.ACCEPT)
    clerk, chief = staff_session(demo_counter, "S0101"), staff_session(demo_counter, "S0191")
    assert record_step(demo_counter.local(), clerk, case_no, EventKind.EXTENSION_REQUESTED,
                       {"reason": "需现场核查经营场所", "days": 10}, LATER).saved
    assert record_step(demo_counter.local(), chief, case_no, EventKind.EXTENSION_APPROVED, {}, LATER).saved
    extension = _print(demo_counter, case_no, DocumentKind.EXTENSION).document
    assert extension.reasons == "需现场核查经营场所" and extension.extension_days == 10
    assert extension.statutory_due == dt.date(2026, 12, 18)
    assert record_step(demo_counter.local(), clerk, case_no, EventKind.SUSPENDED,
                       {"reason": "expert_review", "start": "2026-12-02", "expected_days": 15}, NEXT_DAY).saved
    suspension = _print(demo_counter, case_no, DocumentKind.SUSPENSION, when=NEXT_DAY).document
    assert (suspension.reasons, suspension.suspension_start, suspension.suspension_days) == (
        "专家评审", dt.date(2026, 12, 2), 15)
    # The extension notice, reprinted after the suspension, still says what it said.
    assert _print(demo_counter, case_no, DocumentKind.EXTENSION, when=NEXT_DAY).document.statutory_due == dt.date(
        2026, 12, 18)
