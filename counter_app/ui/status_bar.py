"""The status bar: the hall connection as it really is, the sync, this device, the time.

Until a sync controller is followed it shows the state found at start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from counter_app.domain.clock import hall_time, utc_now
from counter_app.services.startup import CounterStatus
from counter_app.services.sync import BATCH, SyncProgress, SyncStatus
from counter_app.ui.retranslate import Retranslating

if TYPE_CHECKING:
    from counter_app.ui.sync.controller import SyncController

SAY_SYNCING_AFTER_MS = 700

class CounterStatusBar(Retranslating, QStatusBar):
    rejected_requested = Signal()  # the clerk clicked the rejected count

    def __init__(self, status: CounterStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.hall_reachable = status.hall_reachable
        self.hall_error = ""  # why the last sync failed
        self.syncing = False  # a sync runs; said only once it has taken a moment (no flicker every minute)
        self.syncing_shown = False
        self.sync_status: SyncStatus | None = None
        self.progress: SyncProgress | None = None
        self.hall = _label("hallState")
        self.last_sync = _label("lastSync")
        self.waiting = _label("waitingCount")
        self.rejected = QPushButton()
        self.rejected.setObjectName("rejectedCount")
        self.rejected.setFlat(True)
        self.rejected.setCursor(Qt.CursorShape.PointingHandCursor)
        self.rejected.clicked.connect(self.rejected_requested)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.hide()
        self.calendar = _label("calendarWarning")
        self.calendar.setProperty("error", True)
        self.unconfirmed: list[int] = []
        self.device = _label("deviceCode")
        self.clock = _label("clock")
        for widget in (self.hall, self.last_sync, self.waiting, self.rejected, self.progress_bar):
            self.addWidget(widget)
        for widget in (self.calendar, self.device, self.clock):
            self.addPermanentWidget(widget)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(15_000)
        self._syncing_delay = QTimer(self)
        self._syncing_delay.setSingleShot(True)
        self._syncing_delay.setInterval(SAY_SYNCING_AFTER_MS)
        self._syncing_delay.timeout.connect(self._say_syncing)
        self.retranslate()

    def follow(self, sync: SyncController) -> None:
        """Show what the sync controller does from now on."""
        sync.started.connect(self.sync_started)
        sync.progress.connect(self.show_progress)
        sync.finished.connect(lambda _report: self.sync_ended(True))
        sync.failed.connect(lambda message: self.sync_ended(sync.hall_reachable, message))
        sync.status_changed.connect(self.show_sync_status)

    def set_unconfirmed_years(self, years: list[int]) -> None:
        self.unconfirmed = list(years)
        self.retranslate()

    def sync_started(self) -> None:
        self.syncing = True
        self._syncing_delay.start()

    def _say_syncing(self) -> None:
        self.syncing_shown = self.syncing
        self.retranslate()

    def sync_ended(self, reachable: bool | None, error: str = "") -> None:
        """reachable None: the sync broke for another reason than the hall (error says which)."""
        self._syncing_delay.stop()
        self.syncing = self.syncing_shown = False
        self.hall_reachable, self.hall_error = reachable, error
        self.show_progress(None)
        self.retranslate()

    def show_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        self.retranslate()

    def show_progress(self, progress: SyncProgress | None) -> None:
        """A bar only for a long catch-up: a sync that takes more than one batch."""
        self.progress = progress
        long = progress is not None and progress.total > BATCH
        if long and progress is not None:
            self.progress_bar.setRange(0, progress.total)
            self.progress_bar.setValue(min(progress.done, progress.total))
            self._word_progress()
        self.progress_bar.setVisible(long)

    def _tick(self) -> None:
        self.clock.setText(hall_time(utc_now()).strftime("%Y-%m-%d %H:%M"))

    def retranslate(self) -> None:
        self._word_hall()
        self._word_counts()
        self._word_progress()
        self.device.setText(self.tr("Counter %1").replace("%1", self.status.device_code))
        self.calendar.setText(
            self.tr("calendar %1 not confirmed").replace("%1", "、".join(str(y) for y in self.unconfirmed))
            if self.unconfirmed else "")
        self._tick()

    def _word_hall(self) -> None:
        if self.syncing_shown:
            text = self.tr("Hall: syncing…")
        elif self.hall_reachable:
            text = self.tr("Hall: connected")
        elif self.hall_reachable is False:
            text = self.tr("Hall: not reachable, working offline")
        else:
            text = self.tr("Hall: the last sync failed")
        self.hall.setText(text)
        self.hall.setToolTip(self.hall_error)
        _mark_error(self.hall, not self.syncing_shown and not self.hall_reachable)

    def _word_counts(self) -> None:
        s = self.sync_status
        known = s is not None
        for widget in (self.waiting, self.rejected):
            widget.setVisible(known)
        if s is None:
            self.last_sync.setText(self.tr("not synced yet"))
            return
        self.last_sync.setText(self.tr("last sync %1").replace("%1", _when(s.last_sync_at))
                               if s.last_sync_at else self.tr("not synced yet"))
        self.waiting.setText(self.tr("%n waiting", "", s.waiting))
        self.waiting.setToolTip(self.tr("Facts recorded at this counter that the hall has not received yet"))
        self.rejected.setText(self.tr("%n rejected", "", s.rejected))
        self.rejected.setToolTip(self.tr("Facts the hall refused: click to see why"))
        _mark_error(self.rejected, s.rejected > 0)

    def _word_progress(self) -> None:
        p = self.progress
        if p is not None:
            self.progress_bar.setFormat(self.tr("Sending %v of %m") if p.phase == "push"
                                        else self.tr("Receiving %v of %m"))


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    return label


def _mark_error(widget: QWidget, error: bool) -> None:
    if widget.property("error") != error:
        widget.setProperty("error", error)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _when(moment: dt.datetime) -> str:
    """The time in the hall; the date too when it was not today."""
    local = hall_time(moment)
    return local.strftime("%H:%M" if local.date() == hall_time(utc_now()).date() else "%m-%d %H:%M")
