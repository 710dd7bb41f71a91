"""The B-role banner (B角顶岗): on top of the main window for the whole time someone acts for another.

CoverWatch asks the desk whom the person stands in for today, at log-in, every minute (an
absence ends at midnight, a sync may bring an approval) and when asked; it tells the
banner and the cases page only when that changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.ui.retranslate import Retranslating

if TYPE_CHECKING:
    from counter_app.services.absences import Cover
    from counter_app.services.desk import Desk

CHECK_EVERY_MS = 60_000


class CoverWatch(QObject):
    changed = Signal(list)  # list[Cover]

    def __init__(self, desk: Desk, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.desk = desk
        self.covers: list[Cover] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Cover]:
        covers = self.desk.standing_in()
        if covers != self.covers:
            self.covers = covers
            self.changed.emit(covers)
        return covers


class BRoleBanner(Retranslating, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bRoleBanner")
        self.setWordWrap(True)
        self.covers: list[Cover] = []
        self.hide()

    def show_covers(self, covers: list[Cover]) -> None:
        self.covers = list(covers)
        self.retranslate()
        self.setVisible(bool(self.covers))

    def retranslate(self) -> None:
        parts = [self.tr("B for %1 until %2").replace("%1", c.name).replace("%2", c.until.strftime("%m-%d"))
                 for c in self.covers]
        self.setText("  ·  ".join(parts))
        self.setToolTip(self.tr("You stand in for an absent colleague (B role): every step you record on their "
                                "cases is recorded as done by you for them.") if self.covers else "")
