"""Python's cycle collector, run on the GUI thread only.

A widget caught in a reference cycle (a lambda slot that refers back to it) is freed by the
cycle collector, and automatic collection runs in whichever thread happens to allocate. When
that is a worker thread (the store opening, a chain-head push), Qt destroys the widget there:
its destructor takes Qt's locks and then waits for the GIL, while the GUI thread holds those
locks and waits too. The process hangs. So automatic collection is switched off and a timer
on the GUI thread collects by the same thresholds instead.

Collections on the GUI thread must stay short (a sync in the background allocates a lot):
the timer runs often, so each collection has little to look at, and what the window holds
for its whole life is frozen after log-in (freeze_long_lived), so that a full collection no
longer walks the whole heap (150 ms measured, against a 50 ms budget for the GUI thread).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QThreadPool, QTimer

INTERVAL_MS = 200


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        # A full collection walks everything a background task (a sync) allocated: it waits till they end.
        return collect_due(self.thresholds, full=QThreadPool.globalInstance().activeThreadCount() == 0)


def collect_due(thresholds: tuple[int, int, int], *, full: bool = True) -> int:
    """Collect the generations whose counts passed their thresholds, as automatic collection would;
    the oldest generation only when full is allowed."""
    first, second, third = gc.get_count()
    freed = 0
    if first > thresholds[0]:
        freed += gc.collect(0)
        if second > thresholds[1]:
            freed += gc.collect(1)
            if third > thresholds[2] and full:
                freed += gc.collect(2)
    return freed


def freeze_long_lived() -> int:
    """Collect once, then move every object alive now out of the collector's sight; how many."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


def thaw() -> None:
    """Give what was frozen back to the collector (at log-out: the last session's window goes)."""
    gc.unfreeze()


_collector: MainThreadCollector | None = None


def install(app: QObject) -> MainThreadCollector:
    """Once per process, owned by the application object."""
    global _collector
    if _collector is None:
        _collector = MainThreadCollector(app)
    return _collector
