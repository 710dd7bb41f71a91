"""Run plain functions off the UI thread and hear back through signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A function to run in the thread pool; its result or exception arrives as a signal."""

    def __init__(self, function: Callable[[], Any], signals: TaskSignals | None = None) -> None:
        super().__init__()
        self.function = function
        # Made here, on the GUI thread, so that its signals reach the GUI thread queued.
        self.signals = signals if signals is not None else TaskSignals()

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # noqa: BLE001 - handed to the UI, which shows it
            log.exception("background task failed")
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
