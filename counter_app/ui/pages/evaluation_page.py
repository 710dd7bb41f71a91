"""The evaluation (绩效考核) for chief representatives (their department) and the hall administrator (the
hall): the period's figures per member of staff and per window, charts, the annual grades, and the
export as PDF and CSV. The administrator decides the annual evaluation from here (Ctrl+G).

The figures are counted off the UI thread (a year folds every case decided in it); a result that
arrives for a period no longer chosen is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.clock import hall_time
from counter_app.domain.evaluation import EvaluationReport, Period, excellent_quota
from counter_app.domain.permissions import Action, role_refusal
from counter_app.services import evaluation
from counter_app.services.desk import Desk
from counter_app.ui import tasks
from counter_app.ui.evaluation import labels
from counter_app.ui.evaluation.charts import EvaluationCharts
from counter_app.ui.evaluation.figures_model import FiguresModel
from counter_app.ui.evaluation.grading_dialog import GradingDialog
from counter_app.ui.evaluation.period_bar import PeriodBar
from counter_app.ui.retranslate import Retranslating


class EvaluationPage(Retranslating, QWidget):
    loaded = Signal()  # a period's figures are shown
    exported = Signal(str)  # the file written

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPage")
        self.desk = desk
        self.may_decide = role_refusal(desk.who.roles, Action.DECIDE_EVALUATION) is None
        self.heading, self.scope, self.status, self.annual = QLabel(), QLabel(), QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.scope.setObjectName("evaluationScope")
        self.status.setObjectName("evaluationStatus")
        self.annual.setObjectName("evaluationAnnual")
        self.annual.setWordWrap(True)
        self.period_bar = PeriodBar(desk.today())
        self.staff_model, self.window_model = FiguresModel("staff"), FiguresModel("window")
        self.staff_table = self._table("evaluationStaffTable", self.staff_model)
        self.window_table = self._table("evaluationWindowTable", self.window_model)
        self.charts = EvaluationCharts()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("evaluationTabs")
        for widget in (self.staff_table, self.window_table, self.charts):
            self.tabs.addTab(widget, "")
        self.grade_button, self.csv_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        self.grade_button.setObjectName("openGrading")
        self.csv_button.setObjectName("exportCsv")
        self.pdf_button.setObjectName("exportPdf")
        self.grade_button.setVisible(self.may_decide)
        self.report: EvaluationReport | None = None
        self._generation = 0
        self._task: tasks.Task | None = None
        self._build()
        self._connect()
        self.retranslate()
        self.refresh()
        self._read_at_show = False
        self.setFocusProxy(self.staff_table)

    def _table(self, name: str, model: FiguresModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        return table

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.scope, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.period_bar, 1)
        for button in (self.grade_button, self.csv_button, self.pdf_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.annual)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.period_bar.changed.connect(lambda _period: self.refresh())
        self.grade_button.clicked.connect(self.open_grading)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.period_bar.step(-1), context=within)
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.period_bar.step(1), context=within)
        QShortcut(QKeySequence("Ctrl+E"), self, self._ask_csv, context=within)
        QShortcut(QKeySequence("Ctrl+P"), self, self._ask_pdf, context=within)
        if self.may_decide:
            QShortcut(QKeySequence("Ctrl+G"), self, self.open_grading, context=within)

    # -- the figures ----------------------------------------------------------------------

    @property
    def period(self) -> Period:
        return self.period_bar.period

    def refresh(self) -> tasks.Task:
        """Count the chosen period's figures off the UI thread; loaded is emitted when they are shown."""
        self._generation += 1
        generation, period = self._generation, self.period
        desk = self.desk
        self.status.setText(self.tr("Counting %1…").replace("%1", labels.period(period)))
        self._task = tasks.Task(lambda: evaluation.report(desk.counter, desk.who, period, desk.clock()))
        self._task.signals.done.connect(lambda report: self._show(generation, report))
        self._task.signals.failed.connect(lambda error: self._failed(generation, error))
        return tasks.start(self._task)

    def _show(self, generation: int, report: EvaluationReport) -> None:
        if generation != self._generation:
            return  # another period was chosen meanwhile
        self.report = report
        self.staff_model.set_report(report)
        self.window_model.set_report(report)
        self.charts.show_report(report)
        for table in (self.staff_table, self.window_table):
            table.resizeColumnsToContents()
        self._describe(report)
        self.status.setText(self.tr("%1: %2 staff, %3 windows.").replace("%1", labels.period(report.period))
                            .replace("%2", str(len(report.staff))).replace("%3", str(len(report.windows))))
        self.loaded.emit()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("The figures cannot be counted: %1").replace("%1", str(error)))

    def _describe(self, report: EvaluationReport) -> None:
        self.scope.setText(report.scope or self.tr("Whole hall"))
        year = str(report.period.year)
        if report.decided_at is None:
            self.annual.setText(self.tr("Annual evaluation %1: not decided yet.").replace("%1", year))
            return
        at = hall_time(report.decided_at).strftime("%Y-%m-%d")
        self.annual.setText(
            self.tr("Annual evaluation %1: decided %2 by %3. Excellent here: %4; the hall may grade at most %5 "
                    "of %6 excellent (20%).").replace("%1", year).replace("%2", at).replace("%3", report.decided_by)
            .replace("%4", str(report.excellent)).replace("%5", str(excellent_quota(report.graded)))
            .replace("%6", str(report.graded)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous() and self._read_at_show:
            self.refresh()  # a sync may have brought ratings or steps
        self._read_at_show = True
        super().showEvent(event)

    # -- the annual evaluation ---------------------------------------------------------------

    def open_grading(self) -> GradingDialog | None:
        if not self.may_decide:
            return None
        dialog = GradingDialog(self.desk, self.period.year, self)
        dialog.saved.connect(self._graded)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _graded(self, year: int) -> None:
        self.status.setText(self.tr("The annual evaluation %1 is saved.").replace("%1", str(year)))
        self.refresh()

    # -- export ----------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        self._ask("csv", self.tr("Export the figures as CSV"), self.tr("CSV (*.csv)"), self.export_csv)

    def _ask_pdf(self) -> None:
        self._ask("pdf", self.tr("Export the figures as PDF"), self.tr("PDF (*.pdf)"), self.export_pdf)

    def _ask(self, suffix: str, title: str, kinds: str, write) -> None:  # type: ignore[no-untyped-def]
        if self.report is None:
            return
        from counter_app.printing.evaluation_csv import file_name

        chosen, _ = QFileDialog.getSaveFileName(self, title, file_name(self.report, suffix), kinds)
        if chosen:
            write(Path(chosen))

    def export_csv(self, path: Path) -> bool:
        from counter_app.printing.evaluation_csv import evaluation_csv

        if self.report is None:
            return False
        return self._write(path, evaluation_csv(self.report))

    def export_pdf(self, path: Path) -> tasks.Task | None:
        """Render off the UI thread (fonts, many pages), then write; exported is emitted once written."""
        if self.report is None:
            return None
        report, font = self.report, self.desk.counter.config.settings.print_font or None

        def render() -> bytes:
            from counter_app.printing.evaluation import render_evaluation

            return render_evaluation(report, font_path=font)

        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self._task = tasks.Task(render)
        self._task.signals.done.connect(lambda pdf: self._write(path, pdf))
        self._task.signals.failed.connect(
            lambda error: self.status.setText(self.tr("Not exported: %1").replace("%1", str(error))))
        return tasks.start(self._task)

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            path.write_bytes(data)
        except OSError as error:
            self.status.setText(self.tr("The file cannot be written: %1").replace("%1", error.strerror or str(error)))
            return False
        self.status.setText(self.tr("Exported to %1.").replace("%1", str(path)))
        self.exported.emit(str(path))
        return True

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Evaluation"))
        self.grade_button.setText(self.tr("Annual evaluation… (Ctrl+G)"))
        self.csv_button.setText(self.tr("Export CSV… (Ctrl+E)"))
        self.pdf_button.setText(self.tr("Export PDF… (Ctrl+P)"))
        for i, title in enumerate((self.tr("Staff"), self.tr("Windows"), self.tr("Charts"))):
            self.tabs.setTabText(i, title)
        self.staff_model.retranslate()
        self.window_model.retranslate()
        for table in (self.staff_table, self.window_table):
            table.resizeColumnsToContents()  # the headers' words have changed
        if self.report is not None:
            self._describe(self.report)
