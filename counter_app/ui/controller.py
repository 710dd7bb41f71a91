"""Wires the log-in dialog, the background start-up and the main window together.

Like dangerzone's GUI adapters: the work is plain functions from services/,
this class only moves their results between threads and widgets.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from counter_app.config import CounterConfig
from counter_app.domain.clock import utc_now
from counter_app.domain.login import LoginOutcome, StaffSession
from counter_app.ui import gc_guard, tasks
from counter_app.ui.i18n import Languages
from counter_app.ui.login_dialog import LoginDialog

if TYPE_CHECKING:
    from counter_app.app import Counter
    from counter_app.services.desk import Desk
    from counter_app.services.startup import CounterStatus
    from counter_app.services.sync import SyncReport
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.sync.controller import SyncController

log = logging.getLogger(__name__)


def _open(config: CounterConfig) -> tuple["Counter", "CounterStatus"]:
    # Imported here, in the worker thread, so the log-in dialog paints before SQLAlchemy loads.
    from counter_app.app import Counter
    from counter_app.services.startup import open_counter

    counter = Counter(config)
    return counter, open_counter(counter)


class AppController(QObject):
    ready = Signal()
    main_window_shown = Signal(object)

    def __init__(self, config: CounterConfig, languages: Languages) -> None:
        super().__init__()
        self.config = config
        self.languages = languages
        self.counter: Counter | None = None
        self.status: CounterStatus | None = None
        self.main_window: MainWindow | None = None
        self.login = LoginDialog(config.settings.language)
        self.login.logged_in.connect(self._show_main_window)
        self.login.language_chosen.connect(self.set_language)
        self.login.rejected.connect(QCoreApplication.quit)
        self._opening: tasks.Task | None = None
        # The idle lock's timeout in milliseconds; None: Settings.idle_lock_minutes (tests set a short one).
        self.idle_lock_ms: int | None = None

    def start(self) -> None:
        self.login.show()
        self._opening = tasks.Task(lambda: _open(self.config))
        self._opening.signals.done.connect(self._opened)
        self._opening.signals.failed.connect(self._failed)
        tasks.start(self._opening)

    def _opened(self, result: tuple["Counter", "CounterStatus"]) -> None:
        self.counter, self.status = result
        self.login.set_ready(self.status.hall_name, self._authenticate)
        log.info("counter ready: device %s, hall reachable %s", self.status.device_code, self.status.hall_reachable)
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        self.login.set_failed(str(error))

    def _authenticate(self, code: str, pin: str) -> LoginOutcome:
        from counter_app.services import auth, startup

        assert self.counter is not None
        return auth.log_in(
            self.counter.local(),
            device_id=startup.device_id(self.counter),
            code=code,
            pin=pin,
            now=utc_now(),
        )

    def _show_main_window(self, session: StaffSession) -> None:
        from counter_app.services.desk import Desk
        from counter_app.ui.main_window import MainWindow
        from counter_app.ui.pages.registry import pages_for
        from counter_app.ui.status_bar import CounterStatusBar
        from counter_app.ui.sync.controller import SyncController

        assert self.counter is not None and self.status is not None
        from counter_app.services.hall_calendar_admin import unconfirmed_years
        from counter_app.ui.pages.calendar_page import CalendarPage

        desk = Desk(self.counter, session)
        status_bar = CounterStatusBar(self.status)
        status_bar.set_unconfirmed_years(unconfirmed_years(self.counter, desk.today()))
        pages = pages_for(desk)
        for _title, page in pages:
            if isinstance(page, CalendarPage):
                page.calendar_changed.connect(
                    lambda: status_bar.set_unconfirmed_years(unconfirmed_years(self.counter, desk.today())))
        sync = SyncController(desk, self.config.settings.sync_interval_seconds)
        _refresh_after_sync(pages, sync)
        idle_ms = self.idle_lock_ms if self.idle_lock_ms is not None else self.config.settings.idle_lock_minutes * 60_000
        window = MainWindow(session, status_bar, pages, self.languages.current, sync, desk=desk, idle_lock_ms=idle_ms)
        _follow_covers(window, pages, sync)
        _follow_register(self, desk, sync)
        window.logged_out.connect(self._log_out)
        window.language_chosen.connect(self.set_language)
        self.main_window = window
        self.login.hide()
        window.show()
        window.activateWindow()
        # The first print would otherwise wait for the fonts to be found and read.
        tasks.start(tasks.Task(desk.prepare_printing))
        sync.start()  # the counts now, a sync shortly, then one on the timer
        # The window and its pages live until log-out: keep them out of every later collection.
        QTimer.singleShot(0, gc_guard.freeze_long_lived)
        self.main_window_shown.emit(window)

    def end_session(self, why: str) -> None:
        """Log out because the hall's register changed under the session, and say why on the log-in dialog."""
        self._log_out()
        if why == "inactive":
            text = self.tr("You are no longer on the hall's staff register: ask the hall office.")
        else:
            text = self.tr("The hall changed your roles or window: log in again to work with them.")
        self.login.show_notice(text)

    def _log_out(self) -> None:
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
            gc_guard.thaw()  # what the last session held may now be collected
        self.login.show()
        self.login.code.setFocus()

    def set_language(self, language: str) -> None:
        if language == self.languages.current:
            return
        self.languages.switch(language)
        self.config.settings.language = language
        self.config.save_settings()
        index = self.login.language.findData(language)
        if index != self.login.language.currentIndex():
            self.login.language.blockSignals(True)
            self.login.language.setCurrentIndex(index)
            self.login.language.blockSignals(False)

    def shut_down(self) -> None:
        if self.main_window is not None and self.main_window.sync is not None:
            self.main_window.sync.stop()  # a sync in the background ends after the batch it is in
        QThreadPool.globalInstance().waitForDone(30_000)  # before the engines it uses are closed
        if self.counter is not None:
            self.counter.close()


def _refresh_after_sync(pages: list[tuple[object, QWidget]], sync: "SyncController") -> None:
    """A sync that brought the other counters' facts shows them on the pages that list them."""
    from counter_app.ui.pages.absence_page import AbsencePage
    from counter_app.ui.pages.appointments_page import AppointmentsPage
    from counter_app.ui.pages.cases_page import CasesPage
    from counter_app.ui.pages.chief_desk_page import ChiefDeskPage
    from counter_app.ui.pages.windows_page import WindowsPage

    # The chief's desk: conflicts and bad ratings come by sync; appointments: other counters' bookings;
    # windows: today's intake at the other counters.
    listing = CasesPage | AbsencePage | ChiefDeskPage | AppointmentsPage | WindowsPage
    for _title, page in pages:
        if isinstance(page, listing):
            sync.finished.connect(lambda report, p=page: _brought_facts(report) and p.refresh())


def _follow_covers(window: "MainWindow", pages: list[tuple[object, QWidget]], sync: "SyncController") -> None:
    """The B-role banner and the cases page's extra queues, now and whenever whom one covers changes."""
    from counter_app.ui.pages.cases_page import CasesPage

    assert window.covers is not None
    for _title, page in pages:
        if isinstance(page, CasesPage):
            window.covers.changed.connect(page.set_covers)
    sync.finished.connect(lambda report, w=window.covers: _brought_facts(report) and w.check())
    window.covers.check()


def _follow_register(controller: "AppController", desk: "Desk", sync: "SyncController") -> None:
    """A sync that brought a changed register ends a session whose rights it took away or changed."""
    def check(report: "SyncReport") -> None:
        if not report.reference_rows or controller.main_window is None:
            return
        change = desk.register_change()
        if change:
            controller.end_session(change)

    sync.finished.connect(check)


def _brought_facts(report: "SyncReport") -> bool:
    return bool(report.pulled or report.cases_refolded)
