"""Windows (窗口管理) for the hall administrator: the four types of window opened and closed, their history,
the suggestion to open an emergency window when applicants crowd in, and the hall's operating rules.

The people waiting come from the hall's queue display: the administrator types them in (nothing is
stored unless an emergency window is opened on them). Today's intake is counted off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.windows import Suggestion
from counter_app.services import operating_rules, overview, windows
from counter_app.services.desk import Desk
from counter_app.services.windows import TodayLoad, WindowRow
from counter_app.ui import tasks
from counter_app.ui.pages.hall_page import HallPage
from counter_app.ui.retranslate import Retranslating
from counter_app.ui.windows import labels as window_labels
from counter_app.ui.windows import tables
from counter_app.ui.windows.change_dialog import WindowChangeDialog
from counter_app.ui.windows.rules_dialog import RulesDialog

BANNER_STYLE = ("QFrame#emergencySuggestion { background: #fde7e9; border: 1px solid #f0a3ab; border-radius: 4px; }"
                " QLabel#suggestionText { color: #8a0012; font-weight: bold; }")


class WindowsPage(Retranslating, QWidget):
    changed = Signal()  # a window opened or closed, or the rules changed
    load_ready = Signal()
    suggested_open_finished = Signal(bool)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("windowsPage")
        self.desk = desk
        self.rows: list[WindowRow] = []
        self.load: TodayLoad | None = None
        self.suggestion: Suggestion | None = None
        self.heading, self.summary, self.hint, self.result = QLabel(), QLabel(), QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.summary.setObjectName("loadSummary")
        self.hint.setObjectName("windowHint")
        self.hint.setWordWrap(True)
        self.result.setObjectName("windowsResult")
        self.result.setWordWrap(True)
        self.waiting_label = QLabel()
        self.waiting = QSpinBox()
        self.waiting.setObjectName("waitingCount")
        self.waiting.setRange(0, 9999)
        self.waiting_label.setBuddy(self.waiting)
        self.banner, self.banner_text, self.open_suggested_button = QFrame(), QLabel(), QPushButton()
        self.banner.setObjectName("emergencySuggestion")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text.setObjectName("suggestionText")
        self.banner_text.setWordWrap(True)
        self.open_suggested_button.setObjectName("openSuggested")
        self.table = tables.table("windowTable", stretch=7)
        self.history = tables.table("windowHistory", stretch=5)
        self.history_box = QGroupBox()
        self.open_button, self.close_button, self.rules_button = QPushButton(), QPushButton(), QPushButton()
        self.open_button.setObjectName("openWindow")
        self.close_button.setObjectName("closeWindow")
        self.rules_button.setObjectName("operatingRules")
        self._task: tasks.Task | None = None
        self._build()
        self._connect()
        self.retranslate()

    def _build(self) -> None:
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.open_suggested_button)
        self.banner.hide()
        load = QHBoxLayout()
        load.addWidget(self.waiting_label)
        load.addWidget(self.waiting)
        load.addWidget(self.summary, 1)
        load.addWidget(self.rules_button)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.close_button)
        actions.addWidget(self.result, 1)
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.hint)
        upper.addLayout(actions)
        QVBoxLayout(self.history_box).addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.history_box)
        splitter.setSizes([430, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addLayout(load)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.waiting.valueChanged.connect(lambda _v: self._show_suggestion())
        self.open_suggested_button.clicked.connect(self.open_suggested)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.rules_button.clicked.connect(self.open_rules)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _i: self._toggle_selected())
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (("Ctrl+E", self.open_suggested), ("Ctrl+O", self.open_selected),
                          ("Ctrl+W", self.close_selected), ("Ctrl+R", self.open_rules)):
            QShortcut(QKeySequence(key), self, slot, context=within)

    # -- reading -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # a sync may have brought another administrator's changes

    def refresh(self) -> None:
        chosen = self.selected()
        self.rows = windows.window_rows(self.desk.counter, self.desk.who, self.desk.today())
        tables.fill_windows(self.table, self.rows)
        tables.fill_history(self.history, windows.history(self.desk.counter, self.desk.who))
        if chosen is not None:
            self.select(chosen.number)
        self._selection_changed()
        self._count_load()

    def _count_load(self) -> None:
        desk = self.desk
        self._load_task = tasks.Task(lambda: windows.today_load(desk.counter, desk.who, desk.today()))
        self._load_task.signals.done.connect(self._load_done)
        tasks.start(self._load_task)

    def _load_done(self, load: TodayLoad) -> None:
        self.load = load
        self._show_suggestion()
        self.load_ready.emit()

    def _show_suggestion(self) -> None:
        load = self.load
        self.suggestion = load.suggestion(self.waiting.value()) if load else None
        if load is not None:
            self.summary.setText(self.tr("Today: %1 cases taken in · %2 windows open · an emergency window is "
                                         "suggested above %3 waiting or %4 cases per open window")
                                 .replace("%1", str(load.intake)).replace("%2", str(load.open_windows))
                                 .replace("%3", str(load.rules.emergency_waiting_per_window))
                                 .replace("%4", str(load.rules.emergency_intake_per_window)))
        found = self.suggestion
        self.banner.setVisible(found is not None)
        if found is None or load is None:
            return
        self.banner_text.setText(window_labels.suggestion(found, load.rules.emergency_waiting_per_window,
                                                          load.rules.emergency_intake_per_window))
        self.open_suggested_button.setVisible(found.window_number is not None)
        if found.window_number is not None:
            self.open_suggested_button.setText(self.tr("Open emergency window %1 (Ctrl+E)")
                                               .replace("%1", str(found.window_number)))

    def selected(self) -> WindowRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select(self, number: int) -> bool:
        for n, row in enumerate(self.rows):
            if row.number == number:
                self.table.selectRow(n)
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.open_refusal is None)
        self.close_button.setEnabled(row is not None and row.is_open)
        self.hint.setText(self._hint(row))

    def _hint(self, row: WindowRow | None) -> str:
        if row is None:
            return self.tr("Choose a window to open or close it.")
        if row.open_refusal == "out_of_season" and row.season:
            return (self.tr("Window %1 opens only in its season, %2 to %3.").replace("%1", str(row.number))
                    .replace("%2", row.season[0]).replace("%3", row.season[1]))
        if row.open_out_of_season:
            return self.tr("Window %1 is open after its season: close it until the next one.").replace(
                "%1", str(row.number))
        return ""

    # -- changing ----------------------------------------------------------------------

    def open_suggested(self) -> tasks.Task | None:
        """Open the suggested emergency window at once; the suggestion's figures are its reason."""
        found = self.suggestion
        if found is None or found.window_number is None or not self.open_suggested_button.isEnabled():
            return None
        desk, number, waiting = self.desk, found.window_number, self.waiting.value()
        self.open_suggested_button.setEnabled(False)
        self.result.setText(self.tr("Opening window %1 at the hall…").replace("%1", str(number)))
        self._task = tasks.Task(lambda: windows.open_window(desk.counter, desk.who, number, "", desk.clock(),
                                                            waiting=waiting))
        self._task.signals.done.connect(lambda errors: self._suggested_done(number, errors))
        self._task.signals.failed.connect(lambda error: self._suggested_done(number, [], str(error)))
        return tasks.start(self._task)

    def _suggested_done(self, number: int, errors: list[FieldError], failure: str = "") -> None:
        self.open_suggested_button.setEnabled(True)
        if errors or failure:
            self.result.setText(self.tr("Window %1 not opened: %2").replace("%1", str(number)).replace(
                "%2", failure or " ".join(window_labels.error(e.code, e.field) for e in errors)))
        else:
            self.result.setText(self.tr("Emergency window %1 is open.").replace("%1", str(number)))
            self._changed(number)
        self.suggested_open_finished.emit(not (errors or failure))

    def open_selected(self) -> WindowChangeDialog | None:
        return self._dialog(True)

    def close_selected(self) -> WindowChangeDialog | None:
        return self._dialog(False)

    def _toggle_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._dialog(not row.is_open)

    def _dialog(self, opening: bool) -> WindowChangeDialog | None:
        row = self.selected()
        if row is None or not (self.open_button if opening else self.close_button).isEnabled():
            return None
        dialog = WindowChangeDialog(self.desk, row, opening, self)
        dialog.changed.connect(lambda number, opened: self._dialog_done(number, opened))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _dialog_done(self, number: int, opened: bool) -> None:
        text = self.tr("Window %1 is open.") if opened else self.tr("Window %1 is closed.")
        self.result.setText(text.replace("%1", str(number)))
        self._changed(number)

    def _changed(self, number: int) -> None:
        self.refresh()
        self.select(number)
        self.changed.emit()

    def open_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.desk, operating_rules.current_rules(self.desk.counter), self)
        dialog.saved.connect(self._rules_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _rules_saved(self) -> None:
        self.result.setText(self.tr("The operating rules are saved at the hall."))
        self.refresh()
        self.changed.emit()

    def follow_hall_page(self, hall_page: QWidget) -> None:
        """Keep the read-only hall page's list of windows in step with the changes made here."""
        if not isinstance(hall_page, HallPage):
            return

        def reload() -> None:
            hall_page.overview = overview.hall_overview(self.desk.counter.local(), self.desk.today())
            hall_page.retranslate()

        self.changed.connect(reload)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Windows"))
        self.waiting_label.setText(self.tr("People &waiting now (queue display):"))
        self.open_button.setText(self.tr("Open… (Ctrl+O)"))
        self.close_button.setText(self.tr("Close… (Ctrl+W)"))
        self.rules_button.setText(self.tr("Operating rules… (Ctrl+R)"))
        self.history_box.setTitle(self.tr("Openings and closings"))
        if self.rows:
            self.refresh()  # the tables' words
        else:
            self._selection_changed()
