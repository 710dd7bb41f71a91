"""Choosing the period the figures are counted over: a month, a quarter or a year, and stepping through them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from counter_app.domain.evaluation import FIRST_YEAR, Period, PeriodKind
from counter_app.ui.evaluation import labels
from counter_app.ui.retranslate import Retranslating

KINDS = list(PeriodKind)


class PeriodBar(Retranslating, QWidget):
    changed = Signal(object)  # the Period chosen

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodBar")
        self.today = today
        self.label = QLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(FIRST_YEAR, today.year)
        self.number = QComboBox()
        self.number.setObjectName("periodNumber")
        self.previous, self.next = QPushButton(), QPushButton()
        self.previous.setObjectName("previousPeriod")
        self.next.setObjectName("nextPeriod")
        self.label.setBuddy(self.kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.kind, self.year, self.number, self.previous, self.next):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._period = Period.containing(PeriodKind.MONTH, today)
        self.retranslate()
        self._show(self._period)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._edited)
        self.number.currentIndexChanged.connect(self._edited)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show the period and announce it (a period that has not begun is not offered)."""
        if period.first_day > self.today:
            return
        self._period = period
        self._show(period)
        self.changed.emit(period)

    def step(self, by: int) -> None:
        self.set_period(self._period.shifted(by))

    def _kind_changed(self) -> None:
        if self._updating:
            return  # refilled for another language, not chosen
        kind = KINDS[self.kind.currentIndex()]
        # The new kind's period around the old one's last day, or today when that is later.
        day = min(self._period.last_day, self.today)
        self.set_period(Period.containing(kind, day))

    def _edited(self) -> None:
        if self._updating:
            return
        kind = KINDS[self.kind.currentIndex()]
        number = self.number.currentIndex() + 1 if kind is not PeriodKind.YEAR else 1
        period = Period(kind, self.year.value(), max(number, 1))
        if period.first_day > self.today:  # a month of this year still to come: the latest that has begun
            period = Period.containing(kind, self.today)
        self.set_period(period)

    _updating = False

    def _show(self, period: Period) -> None:
        self._updating = True
        try:
            self.kind.setCurrentIndex(KINDS.index(period.kind))
            self.year.setValue(period.year)
            self._fill_numbers(period.kind)
            self.number.setCurrentIndex(period.number - 1)
            self.number.setVisible(period.kind is not PeriodKind.YEAR)
            self.next.setEnabled(period.shifted(1).first_day <= self.today)
        finally:
            self._updating = False

    def _fill_numbers(self, kind: PeriodKind) -> None:
        wanted = self._numbers(kind)
        if [self.number.itemText(i) for i in range(self.number.count())] != wanted:
            self.number.clear()
            self.number.addItems(wanted)

    def _numbers(self, kind: PeriodKind) -> list[str]:
        if kind is PeriodKind.MONTH:
            return [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"), self.tr("May"),
                    self.tr("June"), self.tr("July"), self.tr("August"), self.tr("September"), self.tr("October"),
                    self.tr("November"), self.tr("December")]
        if kind is PeriodKind.QUARTER:
            return [self.tr("Q%1").replace("%1", str(n)) for n in range(1, 5)]
        return [""]

    def retranslate(self) -> None:
        self._updating = True
        try:
            index = self.kind.currentIndex()
            self.kind.clear()
            self.kind.addItems([labels.period_kind(k) for k in KINDS])
            self.kind.setCurrentIndex(max(index, 0))
            self.number.clear()
        finally:
            self._updating = False
        self.label.setText(self.tr("&Period"))
        self.previous.setText(self.tr("◀ Earlier (Alt+Left)"))
        self.next.setText(self.tr("Later (Alt+Right) ▶"))
        if hasattr(self, "_period"):
            self._show(self._period)
