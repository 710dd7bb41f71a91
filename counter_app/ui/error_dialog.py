"""Uncaught exceptions: logged, then shown to the clerk in a dialog instead of a silent exit."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app import logs


def install() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        logs.log_uncaught(exc_type, exc, tb)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Counter: unexpected error"),
                          QCoreApplication.translate(
                              "Errors",
                              "Something went wrong that Counter did not expect. Your last saved work is safe. "
                              "The details are in the log file; please tell the hall administrator."))
        box.setObjectName("errorDialog")
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()

    sys.excepthook = hook
