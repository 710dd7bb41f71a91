"""The evaluation's charts (QtCharts): on-time rates per window, the ratings by level, steps per person.

Each chart is redrawn from the report as a whole; the charts hold no data of their own.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from counter_app.domain.evaluation import EvaluationReport, StaffLine
from counter_app.domain.evaluation_figures import LEVELS, Step
from counter_app.ui.evaluation import labels
from counter_app.ui.retranslate import Retranslating

MOST_STAFF = 12  # the busiest people: more bars than this cannot be read
STEP_COLOURS = ("#4e79a7", "#59a14f", "#edc948", "#e15759", "#76b7b2", "#f28e2b", "#b07aa1", "#9c755f", "#bab0ac")
LEVEL_COLOURS = ("#c0392b", "#e67e22", "#f1c40f", "#7dbb57", "#27ae60")


def _view(name: str) -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


class EvaluationCharts(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationCharts")
        self.on_time = _view("onTimeChart")
        self.ratings = _view("ratingsChart")
        self.steps = _view("stepsChart")
        layout = QGridLayout(self)
        layout.addWidget(self.on_time, 0, 0)
        layout.addWidget(self.ratings, 0, 1)
        layout.addWidget(self.steps, 1, 0, 1, 2)
        layout.setRowStretch(1, 1)
        self.report: EvaluationReport | None = None

    def show_report(self, report: EvaluationReport) -> None:
        self.report = report
        self._on_time(report)
        self._ratings(report)
        self._steps(report)

    def _on_time(self, report: EvaluationReport) -> None:
        chart = self.on_time.chart()
        _reset(chart)
        windows = [w for w in report.windows if w.figures.finished]
        promised, statutory = QBarSet(self.tr("Within promised limit")), QBarSet(self.tr("Within statutory limit"))
        promised.setColor(QColor("#4e79a7"))
        statutory.setColor(QColor("#a0cbe8"))
        for window in windows:
            promised.append(round((window.figures.on_time_rate or 0) * 100, 1))
            statutory.append(round((window.figures.statutory_rate or 0) * 100, 1))
        title = self.tr("On-time rate per window (%)")
        if not windows:
            title = self.tr("On-time rate per window: no case was decided in this period")
        chart.setTitle(title)
        series = QBarSeries()
        series.append(promised)
        series.append(statutory)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Window %1").replace("%1", str(w.number)) for w in windows])
        self._axes(chart, series, axis_x, 0, 100)

    def _ratings(self, report: EvaluationReport) -> None:
        chart = self.ratings.chart()
        _reset(chart)
        figures = report.total
        chart.setTitle(self.tr("Ratings by level: %1, average %2").replace("%1", str(figures.rating_count))
                       .replace("%2", labels.decimal(figures.rating_average, 2)))
        series = QBarSeries()
        for level, count, colour in zip(LEVELS, figures.ratings, LEVEL_COLOURS, strict=True):
            bar = QBarSet(self.tr("Level %1").replace("%1", str(level)))
            bar.setColor(QColor(colour))
            bar.append(count)
            series.append(bar)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Ratings")])
        self._axes(chart, series, axis_x, 0, max([*figures.ratings, 1]))

    def _steps(self, report: EvaluationReport) -> None:
        chart = self.steps.chart()
        _reset(chart)
        busiest = sorted((s for s in report.staff if s.figures.total_steps), key=_busiest)[:MOST_STAFF]
        busiest.reverse()  # horizontal bars are drawn from the bottom up: the busiest on top
        chart.setTitle(self.tr("Steps per person (the %1 busiest)").replace("%1", str(len(busiest))))
        series = QHorizontalStackedBarSeries()
        for step, colour in zip(Step, STEP_COLOURS, strict=True):
            bar = QBarSet(labels.step(step))
            bar.setColor(QColor(colour))
            bar.append([s.figures.step(step) for s in busiest])
            series.append(bar)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([f"{s.name} {s.code}" for s in busiest])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setRange(0, max([s.figures.total_steps for s in busiest] + [1]))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def _axes(self, chart: QChart, series: QBarSeries, axis_x: QBarCategoryAxis, low: float, high: float) -> None:
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(low, high)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)

    def retranslate(self) -> None:
        if self.report is not None:
            self.show_report(self.report)


def _busiest(line: StaffLine) -> tuple[int, str]:
    return -line.figures.total_steps, line.code
