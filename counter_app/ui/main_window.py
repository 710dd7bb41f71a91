"""The main window: who is at the counter, the pages they may use, the hall state.

It knows the pages only as (title, widget) pairs handed in by the controller;
each page lives in its own module under ui/pages/.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app import __version__
from counter_app.domain.login import StaffSession
from counter_app.ui import labels
from counter_app.ui.login_dialog import LANGUAGE_CHOICES
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.status_bar import CounterStatusBar

if TYPE_CHECKING:
    from counter_app.ui.sync.controller import SyncController
    from counter_app.ui.sync.rejected_dialog import RejectedDialog

PageTitle = Callable[[], str]
SYNC_KEY = "F12"


class MainWindow(Retranslating, QMainWindow):
    logged_out = Signal()
    language_chosen = Signal(str)

    def __init__(
        self,
        session: StaffSession,
        status_bar: CounterStatusBar,
        pages: list[tuple[PageTitle, QWidget]],
        language: str,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.sync = sync
        self.rejected_dialog: RejectedDialog | None = None
        self.who = QLabel()
        self.who.setObjectName("whoIsHere")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(160)
        self.stack = QStackedWidget()
        self._titles: list[PageTitle] = []
        for title, page in pages:
            self._titles.append(title)
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.who)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setStatusBar(status_bar)
        self._build_menus(language)
        if sync is not None:
            sync.setParent(self)  # it stops with the window at log-out
            self._build_sync_menu(sync)
            status_bar.follow(sync)
            status_bar.rejected_requested.connect(self.open_rejected)
        self.nav.setCurrentRow(0)
        self.resize(1200, 760)
        self.retranslate()

    def _build_menus(self, language: str) -> None:
        bar = self.menuBar()
        self.account_menu = bar.addMenu("")
        self.log_out_action = QAction(self)
        self.log_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_out_action.triggered.connect(self._log_out)
        self.account_menu.addAction(self.log_out_action)
        self.addAction(self.log_out_action)
        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for row in range(self.nav.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
            self.view_menu.addAction(action)
            self.addAction(action)  # shortcuts work even where the menu bar is native or hidden
            self.page_actions.append(action)
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        for code, name in LANGUAGE_CHOICES:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.language_chosen.emit(c))
            group.addAction(action)
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _build_sync_menu(self, sync: SyncController) -> None:
        self.sync_menu = QMenu(self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.sync_menu)  # before Help
        self.sync_action = QAction(self)
        self.sync_action.setObjectName("syncNow")
        # F12, apart from F5–F9, the intake page's decision keys (F9 there refers the case).
        self.sync_action.setShortcut(QKeySequence(SYNC_KEY))
        self.sync_action.triggered.connect(lambda _c=False: sync.sync_now())
        self.rejected_action = QAction(self)
        self.rejected_action.setObjectName("showRejected")
        self.rejected_action.triggered.connect(lambda _c=False: self.open_rejected())
        for action in (self.sync_action, self.rejected_action):
            self.sync_menu.addAction(action)
            self.addAction(action)

    def open_rejected(self) -> RejectedDialog | None:
        """The list of the facts the hall refused; one dialog, read again each time it opens."""
        from counter_app.ui.sync.rejected_dialog import RejectedDialog

        if self.sync is None:
            return None
        if self.rejected_dialog is None:
            self.rejected_dialog = RejectedDialog(self.sync, self)
        else:
            self.rejected_dialog.refresh()
        self.rejected_dialog.open()
        return self.rejected_dialog

    def _log_out(self) -> None:
        if self.sync is not None:
            self.sync.stop()
        self.logged_out.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Counter"),
            self.tr("Counter %1\nThe window clerk's program of the administrative approval service hall.")
            .replace("%1", __version__),
        )


    def retranslate(self) -> None:
        s = self.session
        place = []
        if s.window_number is not None:
            place.append(self.tr("Window %1").replace("%1", str(s.window_number)) + f" {s.window_name or ''}".rstrip())
        if s.department_name:
            place.append(s.department_name)
        roles = "、".join(labels.role(r) for r in sorted(s.roles))
        place.append(f"{s.name} ({s.code}) · {roles}")
        self.who.setText("  ·  ".join(place))
        self.setWindowTitle(self.tr("Counter") + " — " + s.name)
        for row, title in enumerate(self._titles):
            self.nav.item(row).setText(title())
            self.page_actions[row].setText(title())
        self.account_menu.setTitle(self.tr("&Account"))
        self.log_out_action.setText(self.tr("Log &out"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Counter"))
        if self.sync is not None:
            self.sync_menu.setTitle(self.tr("&Sync"))
            self.sync_action.setText(self.tr("Sync &now"))
            self.rejected_action.setText(self.tr("&Facts the hall refused…"))
