"""Sync as the clerk sees it: in the background, on demand (F12) and on a timer; the status bar; the rejected list."""

from __future__ import annotations

import threading
from pathlib import Path

from gui_helpers import open_main_window, page_named
from hall_counters import accept_cases, open_at
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import delete, select
from staffing import staff_session
from test_intake_service import _form

from counter_app import config
from counter_app.domain.events import EventKind
from counter_app.domain.intake import IntakeDecision
from counter_app.domain.staff import Role
from counter_app.services.sync import SyncProgress
from counter_app.store.models import Case, Staff, StaffRole
from counter_app.ui.pages.intake_page import KEYS

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/x"
SYNC_TIMEOUT = 60_000


def _bar_text(window, name: str) -> str:  # type: ignore[no-untyped-def]
    return window.statusBar().findChild(QLabel, name).text()


def _sync_with_f12(qtbot, window):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT) as done:
        qtbot.keyClick(window, Qt.Key.Key_F12)
    return done.args[0]


def test_f12_sends_what_waits_off_the_ui_thread_and_the_status_bar_says_so(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    desk, threads = window.sync.desk, []
    real_sync = desk.sync

    def watched(progress=None, stop=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_sync(progress, stop)

    desk.sync = watched
    assert desk.take_in(_form(), IntakeDecision.ACCEPT).saved
    waiting = window.sync.refresh_status().waiting
    assert waiting > 2  # the demo's facts, the log-in, the new case's two events
    assert _bar_text(window, "waitingCount") == f"{waiting} waiting"
    assert _bar_text(window, "lastSync") == "not synced yet"
    assert window.sync_action.shortcut().toString() == "F12" and window.sync_action.text() == "Sync &now"
    assert "F12" not in KEYS.values()  # F5–F9 decide an intake; F9 refers the case
    report = _sync_with_f12(qtbot, window)
    assert threads and threads[0] is not threading.main_thread()
    assert report.pushed == waiting and report.waiting == 0 and report.rejected_total == 0
    assert _bar_text(window, "waitingCount") == "0 waiting"
    assert _bar_text(window, "lastSync").startswith("last sync ") and ":" in _bar_text(window, "lastSync")
    assert _bar_text(window, "hallState") == "Hall: connected"
    assert window.statusBar().rejected.text() == "0 rejected"
    assert not window.statusBar().rejected.property("error")
    assert not window.statusBar().progress_bar.isVisible()
    window.close()
    ctl.shut_down()


def test_with_the_hall_unreachable_the_window_works_on_and_the_facts_wait(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", hall_url=UNREACHABLE)
    assert _bar_text(window, "hallState") == "Hall: not reachable, working offline"  # found so at start-up
    before = window.sync.status.waiting
    assert before > 0
    with qtbot.waitSignal(window.sync.failed, timeout=SYNC_TIMEOUT) as failed:
        window.sync_action.trigger()
    assert "cannot be reached" in failed.args[0]
    assert window.sync.hall_reachable is False and not window.sync.running
    hall = window.statusBar().findChild(QLabel, "hallState")
    assert hall.text() == "Hall: not reachable, working offline" and "cannot be reached" in hall.toolTip()
    assert hall.property("error")
    assert _bar_text(window, "waitingCount") == f"{before} waiting"
    assert QApplication.activeModalWidget() is None  # no error dialog
    cases = page_named(window, "casesPage")
    cases.refresh()
    assert cases.model.rows  # the window works on
    window.close()
    ctl.shut_down()


def _awaiting_sign_off(desk) -> str:  # type: ignore[no-untyped-def]
    with desk.counter.local() as uow:
        return uow.session.scalars(select(Case.case_no).where(Case.status == "awaiting_approval")
                                   .order_by(Case.case_no)).first()


def _chief_role(desk, present: bool) -> None:  # type: ignore[no-untyped-def]
    """Take the chief representative's role away from S0191 at the hall, or give it back."""
    with desk.counter.hall() as hall:
        staff_id = hall.session.scalar(select(Staff.id).where(Staff.code == "S0191"))
        if present:
            hall.session.add(StaffRole(staff_id=staff_id, role=Role.CHIEF_REPRESENTATIVE_A))
        else:
            hall.session.execute(delete(StaffRole).where(StaffRole.staff_id == staff_id,
                                                         StaffRole.role == Role.CHIEF_REPRESENTATIVE_A))
        hall.commit()


def test_a_refused_decision_is_listed_with_its_reason_blocks_nothing_and_goes_on_retry(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0191")
    desk = window.sync.desk
    _sync_with_f12(qtbot, window)  # the demo's facts reach the hall first (the chief's own decisions among them)
    case_no = _awaiting_sign_off(desk)
    assert desk.record_step(case_no, EventKind.DECIDED, {"outcome": "granted"}).saved
    _chief_role(desk, present=False)  # the hall's register changed while the chief worked
    waiting = window.sync.refresh_status().waiting
    report = _sync_with_f12(qtbot, window)
    assert report.rejected == 1 and report.pushed == waiting - 1 and report.waiting == 0
    # The hall took the role away: that session ends with a notice, and the B chief logs in at this counter.
    qtbot.waitUntil(lambda: ctl.main_window is None, timeout=10_000)
    assert "log in again" in ctl.login.code_error.text()
    with qtbot.waitSignal(ctl.main_window_shown, timeout=10_000) as shown:
        ctl.login.code.clear()
        qtbot.keyClicks(ctl.login.code, "S0192")
        qtbot.keyClicks(ctl.login.pin, "1234")
        qtbot.mouseClick(ctl.login.submit, Qt.MouseButton.LeftButton)
    window = shown.args[0]
    window.sync.refresh_status()
    count = window.statusBar().rejected
    assert count.text() == "1 rejected" and count.property("error")
    qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
    dialog = window.rejected_dialog
    assert dialog is not None and dialog.isVisible()
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert dialog.table.rowCount() == 1
    assert cells[1:] == ["Case step: Decide", case_no,
                         "only a chief representative may do this (the hall's register says this person is not one)"]
    assert dialog.table.item(0, 3).toolTip() == "chief_representative_only"
    _chief_role(desk, present=True)
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT) as done:
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    # the refused decision, and the log-in of the B chief made since
    assert done.args[0].pushed == 2 and done.args[0].rejected == 0 and done.args[0].rejected_total == 0
    assert dialog.table.rowCount() == 0 and not dialog.retry_button.isEnabled() and dialog.empty.isVisibleTo(dialog)
    assert count.text() == "0 rejected" and not count.property("error")
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert window.open_rejected() is dialog  # the menu's way in: the same dialog, read again
    dialog.close()
    window.close()
    ctl.shut_down()


def test_a_long_catch_up_shows_progress_relayed_to_the_ui_thread(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    desk, gate, seen = window.sync.desk, threading.Event(), []
    real_sync = desk.sync

    def slow(progress, stop):  # type: ignore[no-untyped-def]
        progress(SyncProgress("pull", 500, 2600))
        gate.wait(30)
        return real_sync(progress, stop)

    desk.sync = slow
    window.sync.progress.connect(lambda p: seen.append((p, threading.current_thread())))
    bar = window.statusBar().progress_bar
    window.sync.sync_now()
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10_000)
    assert (bar.value(), bar.maximum(), bar.text()) == (500, 2600, "Receiving 500 of 2600")
    assert seen[0] == (SyncProgress("pull", 500, 2600), threading.main_thread())
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT):
        gate.set()
    assert not bar.isVisible()  # a sync within one batch shows no bar
    window.close()
    ctl.shut_down()


def test_a_request_during_a_sync_runs_once_after_it(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    sync, gate, calls = window.sync, threading.Event(), []
    real_sync = sync.desk.sync

    def held(progress, stop):  # type: ignore[no-untyped-def]
        calls.append(1)
        gate.wait(30)
        return real_sync(progress, stop)

    sync.desk.sync = held
    assert sync.sync_now() is True
    assert sync.running and sync.sync_now() is False and sync.sync_now() is False
    with qtbot.waitSignals([sync.finished, sync.started], timeout=SYNC_TIMEOUT):
        gate.set()
    qtbot.waitUntil(lambda: not sync.running, timeout=SYNC_TIMEOUT)
    qtbot.wait(200)
    assert len(calls) == 2
    window.close()
    ctl.shut_down()


def test_sync_runs_shortly_after_log_in_then_on_the_timer(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert config.Settings().sync_interval_seconds == 60
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", sync_interval=3600)
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 3_600_000
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT) as done:
        pass  # nobody asks: the sync after log-in
    assert done.args[0].waiting == 0
    window.close()
    ctl.shut_down()


def test_no_timer_when_the_interval_is_0(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", sync_interval=0)
    assert not window.sync.timer.isActive() and not window.sync.first_sync.isActive()
    assert window.sync.status_timer.isActive()  # the counts still follow the clerk's work
    window.close()
    ctl.shut_down()


def test_facts_from_another_counter_show_on_the_cases_page_after_a_sync(qtbot, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = open_at(tmp_path, "other", config.embedded_hall_url(demo_dir))
    [case_no] = accept_cases(other, staff_session(other, "S0101"), 1)
    assert other_sync(other).pushed > 0
    other.close()
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    cases = page_named(window, "casesPage")
    assert case_no not in [r.case_no for r in cases.model.rows]
    report = _sync_with_f12(qtbot, window)
    assert report.pulled >= 2 and report.cases_refolded == 1
    assert case_no in [r.case_no for r in cases.model.rows]
    window.close()
    ctl.shut_down()


def other_sync(counter):  # type: ignore[no-untyped-def]
    from counter_app.services.sync import synchronise

    return synchronise(counter)


def test_every_refusal_reason_and_every_fact_table_is_said_in_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from counter_app.domain import sync_rules
    from counter_app.sync.tables import PUSHED
    from counter_app.ui.sync import labels

    for code in sync_rules.REFUSAL_REASONS:
        if code != sync_rules.HALL_CONSTRAINT:
            assert labels.reason(code) != code
    assert (labels.reason("hall_constraint: NOT NULL constraint failed: case_event.data")
            == "the hall database refused it: NOT NULL constraint failed: case_event.data")
    assert all(labels.table(t.name) != t.name for t in PUSHED)
    assert labels.what("case_event", "decided") == "Case step: Decide"
    assert labels.what("print_record", None) == "Printed document"


def test_the_status_bar_and_the_reasons_in_chinese(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from counter_app.ui.sync import labels

    ctl, window = open_main_window(qtbot, demo_dir, "S0101", language="zh_CN")
    waiting = window.sync.status.waiting
    assert _bar_text(window, "hallState") == "大厅：已连接"
    assert _bar_text(window, "lastSync") == "尚未同步"
    assert _bar_text(window, "waitingCount") == f"待上传 {waiting} 条"
    assert window.statusBar().rejected.text() == "被拒收 0 条"
    assert window.sync_action.text() == "立即同步(&N)"
    assert labels.reason("unknown_staff") == "大厅人员名册中没有此人"
    assert labels.reason("chief_representative_only") == "仅首席代表可办理（大厅名册显示此人不是首席代表）"
    window.close()
    ctl.languages.switch("en")
    ctl.shut_down()


def test_quitting_stops_a_running_sync_after_its_batch(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    sync, started, asked = window.sync, threading.Event(), []
    real_sync = sync.desk.sync

    def long_one(progress, stop):  # type: ignore[no-untyped-def]
        started.set()
        _wait_for(stop)  # the sync's batches ask this between them
        asked.append(stop())
        return real_sync(progress, stop)

    sync.desk.sync = long_one
    sync.sync_now()
    assert started.wait(10)
    ctl.shut_down()  # as on quit: asks the sync to stop and waits for it before closing the stores
    assert asked == [True] and not sync.sync_now()
    window.close()


def _wait_for(condition) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + 10
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_session_whose_rights_the_hall_took_away_ends_at_the_next_sync(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from counter_app.app import Counter

    ctl, window = open_main_window(qtbot, demo_dir, "S0191")
    window.sync.sync_now()  # the first sync: nothing of the register changed yet
    qtbot.waitUntil(lambda: not window.sync.running, timeout=SYNC_TIMEOUT)
    hall = Counter(config.resolve(str(demo_dir)))
    with hall.hall() as uow:  # the centre takes the chief role away at the hall
        chief = uow.session.scalars(select(Staff).where(Staff.code == "S0191")).one()
        uow.session.execute(delete(StaffRole).where(StaffRole.staff_id == chief.id,
                                                    StaffRole.role == Role.CHIEF_REPRESENTATIVE_A))
        uow.commit()
    hall.close()
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT):
        window.sync.sync_now()
    qtbot.waitUntil(lambda: ctl.main_window is None and ctl.login.isVisible(), timeout=10_000)
    assert "log in again" in ctl.login.code_error.text()
    ctl.shut_down()


def test_a_sync_that_changed_nothing_of_the_person_keeps_the_session(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    with qtbot.waitSignal(window.sync.finished, timeout=SYNC_TIMEOUT):
        window.sync.sync_now()
    qtbot.wait(100)
    assert ctl.main_window is window
    ctl.shut_down()
