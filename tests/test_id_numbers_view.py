"""Identity numbers in the case detail: masked; in full only through the audited call, and only for those who may."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import open_main_window, page_named
from PySide6.QtCore import Qt
from sqlalchemy import select
from staffing import NOW, staff_session
from test_intake_service import _form, valid_id

from counter_app.app import Counter
from counter_app.domain.intake import IntakeDecision
from counter_app.services.desk import Desk
from counter_app.services.id_reveal import ID_NUMBER_SHOWN
from counter_app.services.intake import take_in
from counter_app.store.models import AuditEntry
from counter_app.ui.cases.case_detail_view import CaseDetailView

APPLICANT = valid_id("19900101", "123")
AGENT = valid_id("19851212", "457")


def _shown(counter: Counter) -> list[dict[str, str]]:
    with counter.local() as uow:
        return [dict(e.detail) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == ID_NUMBER_SHOWN).order_by(AuditEntry.occurred_at))]


def _case_with_agent(counter: Counter) -> str:
    clerk = staff_session(counter, "S0101")
    form = _form(id_number=APPLICANT, agent_name="李四", agent_id_number=AGENT, agent_phone="13912345678")
    return take_in(counter.local(), clerk, form, IntakeDecision.ACCEPT, NOW).case_no


def test_masked_until_asked_then_shown_and_recorded(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from counter_app import config

    seed = Counter(config.resolve(str(demo_dir)))
    case_no = _case_with_agent(seed)
    seed.close()
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    page = page_named(window, "casesPage")
    page.refresh(case_no)
    ids = page.detail.id_numbers
    applicant, agent = ids.numbers["applicant"], ids.numbers["agent"]
    assert applicant.text() == APPLICANT[:6] + "*" * 8 + APPLICANT[-4:]
    assert agent.text() == AGENT[:6] + "*" * 8 + AGENT[-4:]
    assert APPLICANT not in page.detail.text.toPlainText() and _shown(ctl.counter) == []
    qtbot.mouseClick(ids.buttons["applicant"], Qt.MouseButton.LeftButton)
    assert applicant.text() == APPLICANT and agent.text() != AGENT
    assert _shown(ctl.counter) == [{"case_no": case_no, "whose": "applicant"}]
    qtbot.mouseClick(ids.buttons["agent"], Qt.MouseButton.LeftButton)
    assert agent.text() == AGENT
    assert _shown(ctl.counter)[-1] == {"case_no": case_no, "whose": "agent"}
    page.refresh(case_no)  # shown again: masked again
    assert applicant.text() != APPLICANT
    window.close()
    ctl.shut_down()


def test_no_agent_no_agent_row(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    clerk = staff_session(demo_counter, "S0101")
    case_no = take_in(demo_counter.local(), clerk, _form(), IntakeDecision.ACCEPT, NOW).case_no
    desk = Desk(demo_counter, clerk, clock=lambda: NOW)
    view = CaseDetailView(reveal=desk.reveal_id_number)
    qtbot.addWidget(view)
    view.show()
    view.show_case(desk.case_detail(case_no))
    assert view.id_numbers.numbers["applicant"].isVisible()
    assert not view.id_numbers.numbers["agent"].isVisible()


def test_another_department_sees_no_detail_and_is_refused_the_number(qtbot, demo_counter: Counter) -> None:  # type: ignore[no-untyped-def]
    case_no = _case_with_agent(demo_counter)
    other = Desk(demo_counter, staff_session(demo_counter, "S0201"), clock=lambda: NOW)  # 城管局
    assert other.case_detail(case_no) is None  # another department's case reads as none
    number, errors = other.reveal_id_number(case_no, "applicant")  # and asked by its number all the same
    assert number is None and [e.code for e in errors] == ["other_department"]
    assert _shown(demo_counter) == []
