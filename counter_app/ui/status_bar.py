"""The status bar: the hall connection as it really is, this device, the time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from counter_app.domain.clock import hall_time, utc_now
from counter_app.services.startup import CounterStatus
from counter_app.ui.retranslate import Retranslating


class CounterStatusBar(Retranslating, QStatusBar):
    def __init__(self, status: CounterStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.hall = QLabel()
        self.hall.setObjectName("hallState")
        self.calendar = QLabel()
        self.calendar.setObjectName("calendarWarning")
        self.calendar.setProperty("error", True)
        self.unconfirmed: list[int] = []
        self.device = QLabel()
        self.device.setObjectName("deviceCode")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.addWidget(self.hall, 1)
        self.addPermanentWidget(self.calendar)
        self.addPermanentWidget(self.device)
        self.addPermanentWidget(self.clock)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(15_000)
        self.retranslate()

    def set_unconfirmed_years(self, years: list[int]) -> None:
        self.unconfirmed = list(years)
        self.retranslate()

    def _tick(self) -> None:
        self.clock.setText(hall_time(utc_now()).strftime("%Y-%m-%d %H:%M"))


    def retranslate(self) -> None:
        s = self.status
        if s.hall_reachable:
            reach = self.tr("Hall: reachable at start-up")
        else:
            reach = self.tr("Hall: not reachable, working offline")
        pulled = self.tr("reference data never pulled")
        if s.reference_pulled_at:
            pulled = self.tr("reference data pulled %1").replace("%1", _short(s.reference_pulled_at))
        self.hall.setText(" · ".join((reach, pulled, self.tr("cases not synced yet"))))
        self.device.setText(self.tr("Counter %1").replace("%1", s.device_code))
        self.calendar.setText(
            self.tr("calendar %1 not confirmed").replace("%1", "、".join(str(y) for y in self.unconfirmed))
            if self.unconfirmed else "")
        self._tick()


def _short(moment: dt.datetime) -> str:
    return hall_time(moment).strftime("%m-%d %H:%M")
