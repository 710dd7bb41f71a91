"""Sync with the hall in the background: on a timer, shortly after log-in, and when the clerk asks (F12).

desk.sync is slow and blocks, so it runs in the thread pool, never on the GUI
thread. One runs at a time; a request made meanwhile is remembered and runs once
after it. The sync reports its progress from the worker thread; the report is
queued to this object, which lives on the GUI thread, and emitted again from here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from counter_app.services.desk import Desk
from counter_app.services.sync import HallUnreachable, SyncProgress, SyncReport, SyncStatus
from counter_app.ui import tasks

log = logging.getLogger(__name__)
FIRST_SYNC_DELAY_MS = 2_000  # after log-in: the window paints first
STATUS_INTERVAL_MS = 10_000  # the waiting count follows the facts the clerk records
# One sync per process, whoever asks: the next clerk logging in while the last one's sync
# still runs waits for it (in the worker thread) instead of running a second beside it.
_ONE_AT_A_TIME = threading.Lock()


class SyncSignals(tasks.TaskSignals):
    progress = Signal(object)  # SyncProgress, emitted in the worker thread


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)  # SyncProgress, on the GUI thread
    finished = Signal(object)  # SyncReport
    failed = Signal(str)  # the hall cannot be reached (then hall_reachable is False), or the sync broke
    status_changed = Signal(object)  # SyncStatus

    def __init__(self, desk: Desk, interval_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.interval_ms = max(0, int(interval_seconds)) * 1000
        # None: not known (no sync yet, or the last one broke for another reason than the hall)
        self.hall_reachable: bool | None = None
        self.last_error = ""  # why the last sync failed; empty after one that finished
        self.status: SyncStatus | None = None
        self._task: tasks.Task | None = None
        self._last_task: tasks.Task | None = None  # released on the GUI thread, never in the worker
        self._again = False
        self._stopping = threading.Event()  # read by the running sync between its batches
        self.timer = _timer(self, self.interval_ms, self.sync_now)
        self.first_sync = _timer(self, FIRST_SYNC_DELAY_MS, self.sync_now)
        self.first_sync.setSingleShot(True)
        self.status_timer = _timer(self, STATUS_INTERVAL_MS, self.refresh_status)

    def start(self) -> None:
        """Show the local state now; sync shortly and then on the timer, unless the interval is 0."""
        self.refresh_status()
        self.status_timer.start()
        if self.interval_ms:
            self.first_sync.start()
            self.timer.start()

    def stop(self) -> None:
        """No more syncs from here (log-out, quit); one already running ends after the batch it is in."""
        for timer in (self.timer, self.first_sync, self.status_timer):
            timer.stop()
        self._again = False
        self._stopping.set()

    @property
    def running(self) -> bool:
        return self._task is not None

    def sync_now(self) -> bool:
        """Start a sync; while one runs, remember to run one more after it. True when one started now."""
        if self._stopping.is_set():
            return False
        if self._task is not None:
            self._again = True
            return False
        signals = SyncSignals()
        signals.progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        signals.done.connect(self._done)
        signals.failed.connect(self._broke)
        desk, stopping = self.desk, self._stopping

        def run() -> SyncReport | HallUnreachable:
            with _ONE_AT_A_TIME:
                try:
                    return desk.sync(signals.progress.emit, stopping.is_set)
                except HallUnreachable as error:  # an everyday state, not a fault: no traceback in the log
                    log.warning("sync: %s", error)
                    return error

        task = tasks.Task(run, signals)
        task.setAutoDelete(False)  # this object keeps it, and lets it go on the GUI thread
        self._task = task
        self.started.emit()
        tasks.start(task)
        return True

    def refresh_status(self) -> SyncStatus:
        """The counts from the local store (fast; it answers with the hall down)."""
        self.status = self.desk.sync_status()
        self.status_changed.emit(self.status)
        return self.status

    def retry_rejected(self) -> int:
        """Queue the refused facts again (the register was put right at the hall) and sync."""
        count = self.desk.retry_rejected()
        self.refresh_status()
        self.sync_now()
        return count

    def _relay_progress(self, progress: SyncProgress) -> None:
        if self._task is not None:
            self.progress.emit(progress)

    def _done(self, result: SyncReport | HallUnreachable) -> None:
        self._ended()
        if isinstance(result, HallUnreachable):
            self.hall_reachable = False
            self._fail(str(result))
        else:
            self.hall_reachable, self.last_error = True, ""
            self.status = SyncStatus(result.waiting, result.rejected_total, result.finished_at)
            self.finished.emit(result)
            self.status_changed.emit(self.status)
        self._run_again()

    def _broke(self, error: Exception) -> None:
        """Anything but an unreachable hall: a fault, logged with its traceback by the task."""
        self._ended()
        self.hall_reachable = None
        self._fail(str(error) or type(error).__name__)
        self._run_again()

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.failed.emit(message)
        self.refresh_status()  # what was finished before it failed is kept

    def _ended(self) -> None:
        self._last_task, self._task = self._task, None

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()


def _timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
