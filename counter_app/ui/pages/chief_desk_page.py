"""The chief representative's desk (首席代表工作台): sign-off, extensions, absences, conflicts, the
department's board and its seals, in one place. Each panel is a module of ui/chief_desk/."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from counter_app.services.desk import Desk
from counter_app.ui.chief_desk.absences import AbsencePanel
from counter_app.ui.chief_desk.board import BoardPanel
from counter_app.ui.chief_desk.common import Panel
from counter_app.ui.chief_desk.conflicts import ConflictPanel
from counter_app.ui.chief_desk.extensions import ExtensionPanel
from counter_app.ui.chief_desk.follow_ups import FollowUpPanel
from counter_app.ui.chief_desk.seals import SealPanel
from counter_app.ui.chief_desk.sign_off import SignOffPanel
from counter_app.ui.retranslate import Retranslating


class ChiefDeskPage(Retranslating, QWidget):
    changed = Signal()  # a decision was saved here: the case and absence pages read again

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chiefDeskPage")
        self.desk = desk
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chiefDeskTabs")
        self.sign_off, self.extensions = SignOffPanel(desk), ExtensionPanel(desk)
        self.absences, self.conflicts = AbsencePanel(desk), ConflictPanel(desk)
        self.board, self.seals = BoardPanel(desk), SealPanel(desk)
        self.follow_ups = FollowUpPanel(desk)  # 差评整改
        self.work: list[Panel] = [self.sign_off, self.extensions, self.absences, self.conflicts, self.follow_ups,
                                  self.board]
        for panel in [*self.work, self.seals]:
            self.tabs.addTab(panel, "")
        for panel in self.work:
            panel.changed.connect(self._after_action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.refresh()
        self.seals.refresh()
        self._read_at_show = False  # just read; from the next time it is shown, read again
        self.retranslate()
        self.setFocusProxy(self.sign_off.table)

    def refresh(self) -> None:
        """Read every work panel again (the seals change only at the hall: they are read when shown)."""
        for panel in self.work:
            panel.refresh()
        self._tab_titles()

    def _after_action(self) -> None:
        self.refresh()
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous() and self._read_at_show:
            self.refresh()
            self.seals.refresh()
        self._read_at_show = True
        super().showEvent(event)

    def _tab_titles(self) -> None:
        titles = [self.tr("Sign-off (%1)"), self.tr("Extensions (%1)"), self.tr("Absences (%1)"),
                  self.tr("Conflicts (%1)"), self.tr("Follow-ups (%1)")]
        for i, (panel, title) in enumerate(zip(self.work, titles, strict=False)):
            self.tabs.setTabText(i, title.replace("%1", str(panel.count())))
        self.tabs.setTabText(self.tabs.indexOf(self.board), self.tr("Board"))
        self.tabs.setTabText(self.tabs.indexOf(self.seals), self.tr("Seals"))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Chief representative's desk"))
        self._tab_titles()
