"""The main window: who is at the counter, the pages they may use, the hall state.

It knows the pages only as (title, widget) pairs handed in by the controller;
each page lives in its own module under ui/pages/.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
from counter_app.domain.permissions import Action, role_refusal
from counter_app.ui import labels
from counter_app.ui.b_role_banner import BRoleBanner, CoverWatch
from counter_app.ui.idle_lock import IdleLock, IdleWatch
from counter_app.ui.login_dialog import LANGUAGE_CHOICES
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.status_bar import CounterStatusBar

if TYPE_CHECKING:
    from counter_app.services.desk import Desk
    from counter_app.ui.account.pin_change_dialog import PinChangeDialog
    from counter_app.ui.account.pin_reset_dialog import PinResetDialog
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
        desk: Desk | None = None,
        idle_lock_ms: int = 0,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.sync = sync
        self.desk = desk
        self.banner = BRoleBanner()
        self.covers: CoverWatch | None = None
        self.idle_lock: IdleLock | None = None
        self.idle_watch: IdleWatch | None = None
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
        layout.addWidget(self.banner)
        layout.addWidget(self.who)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setStatusBar(status_bar)
        self._build_menus(language)
        if desk is not None:
            self._build_desk_security(desk, idle_lock_ms)
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

    def _build_desk_security(self, desk: Desk, idle_lock_ms: int) -> None:
        """The PIN dialogs, the lock (now, or after idle_lock_ms without input; 0: never) and the B-role banner."""
        self.covers = CoverWatch(desk, self)
        self.covers.changed.connect(self.banner.show_covers)
        self.idle_lock = IdleLock(self, self.session, desk.confirm_pin)
        self.idle_lock.log_out_requested.connect(self._log_out)
        if idle_lock_ms > 0:
            self.idle_watch = IdleWatch(idle_lock_ms, self)
            self.idle_watch.idle.connect(self.idle_lock.lock)
            self.idle_lock.unlocked.connect(self.idle_watch.resume)
        self.change_pin_action = self._account_action("changePin", None, self.open_change_pin)
        self.reset_pin_action: QAction | None = None
        if role_refusal(self.session.roles, Action.RESET_PIN) is None:
            self.reset_pin_action = self._account_action("resetPin", None, self.open_reset_pin)
        self.lock_action = self._account_action("lockNow", "Ctrl+Shift+K", self.lock_now)

    def _account_action(self, name: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _c=False: slot())
        self.account_menu.insertAction(self.log_out_action, action)
        self.addAction(action)
        return action

    def open_change_pin(self) -> PinChangeDialog | None:
        from counter_app.ui.account.pin_change_dialog import PinChangeDialog

        if self.desk is None:
            return None
        dialog = PinChangeDialog(self.desk, self)
        dialog.saved.connect(lambda: self.statusBar().showMessage(self.tr("Your PIN was changed."), 8000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_reset_pin(self) -> PinResetDialog | None:
        from counter_app.ui.account.pin_reset_dialog import PinResetDialog

        if self.desk is None or self.reset_pin_action is None:
            return None
        dialog = PinResetDialog(self.desk, self)
        dialog.saved.connect(lambda: self.statusBar().showMessage(
            self.tr("The PIN of %1 was reset.").replace("%1", dialog.reset_code), 8000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def lock_now(self) -> None:
        if self.idle_lock is not None:
            if self.idle_watch is not None:
                self.idle_watch.pause()
            self.idle_lock.lock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """A closed window neither locks later nor leaves its lock behind (log-out, quit)."""
        if self.idle_watch is not None:
            self.idle_watch.stop()
        if self.idle_lock is not None and self.idle_lock.locked:
            self.idle_lock.lift()
        super().closeEvent(event)

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
        if self.idle_watch is not None:
            self.idle_watch.stop()
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
        if self.desk is not None:
            self.change_pin_action.setText(self.tr("Change &PIN…"))
            self.lock_action.setText(self.tr("&Lock the counter"))
            if self.reset_pin_action is not None:
                self.reset_pin_action.setText(self.tr("&Reset a PIN…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Counter"))
        if self.sync is not None:
            self.sync_menu.setTitle(self.tr("&Sync"))
            self.sync_action.setText(self.tr("Sync &now"))
            self.rejected_action.setText(self.tr("&Facts the hall refused…"))
