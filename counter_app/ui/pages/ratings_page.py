"""好差评 (ratings) for the front desk: today's visits of this person not yet rated, and the ratings
they received. Enter or F4 on a visit opens the rating; where the counter has a screen facing the
applicant, the five levels appear there too."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.deadlines import WarningLevel
from counter_app.domain.ratings import RatingLevel, VisitKind
from counter_app.services import ratings
from counter_app.services.desk import Desk
from counter_app.services.ratings import ReceivedRating, Visit
from counter_app.ui.chief_desk.common import current_key, fill, make_table
from counter_app.ui.ratings import labels
from counter_app.ui.ratings.rating_dialog import RATE_KEY, RatingDialog, RatingTarget, follow_up_note
from counter_app.ui.retranslate import Retranslating


class RatingsPage(Retranslating, QWidget):
    changed = Signal()  # a rating was saved

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingsPage")
        self.desk = desk
        self.visits: list[Visit] = []
        self.received: list[ReceivedRating] = []
        self.tally: dict[int, int] = {}  # all ratings received, by level (the list shows the latest)
        self.dialog: RatingDialog | None = None
        self.heading, self.hint, self.received_heading, self.summary = QLabel(), QLabel(), QLabel(), QLabel()
        self.heading.setObjectName("pageHeading")
        self.summary.setObjectName("ratingSummary")
        self.hint.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("ratingsResult")
        self.result.setWordWrap(True)
        self.visit_table = make_table("unratedVisits", 4)
        self.visit_table.activated.connect(lambda _index: self.rate())  # Enter, or a double click
        self.received_table = make_table("receivedRatings", 6)
        self.rate_button, self.refresh_button = QPushButton(), QPushButton()
        self.rate_button.setObjectName("rateVisit")
        self.rate_button.clicked.connect(lambda: self.rate())
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(RATE_KEY), self, self.rate, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rate_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.visit_table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.received_heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.received_table, 3)
        self._read_at_show = False
        self.refresh()
        self.retranslate()
        self.setFocusProxy(self.visit_table)

    def refresh(self) -> None:
        self.visits = ratings.unrated_visits(self.desk.counter.local(), self.desk.who, self.desk.today())
        self.received = ratings.received(self.desk.counter.local(), self.desk.who)
        self.tally = ratings.tally(self.desk.counter.local(), self.desk.who)
        self._fill()

    def _fill(self) -> None:
        fill(self.visit_table, [[v.at.strftime("%H:%M"), labels.visit(v.kind), self._what(v), v.applicant]
                                for v in self.visits], [v.key for v in self.visits])
        fill(self.received_table, [[r.at.strftime("%Y-%m-%d %H:%M"), labels.numbered(r.level), labels.visit(r.kind),
                                     r.what, labels.follow_up_state(r.follow_up) if r.follow_up else "", r.comment]
                                    for r in self.received], [r.rating_id for r in self.received],
             [WarningLevel.RED if r.bad else None for r in self.received])
        self.rate_button.setEnabled(bool(self.visits))
        self._summary()

    def _what(self, visit: Visit) -> str:
        return f"{visit.key} {visit.what}" if visit.kind is VisitKind.CASE else visit.what

    def _summary(self) -> None:
        total = sum(self.tally.values())
        if not total:
            self.summary.setText(self.tr("No ratings yet."))
            return
        satisfied = sum(n for level, n in self.tally.items() if level >= RatingLevel.FAIRLY_SATISFIED)
        counts = self.tr(", ").join(f"{labels.level(int(level))} {self.tally[int(level)]}"
                                    for level in sorted(RatingLevel, reverse=True) if self.tally.get(int(level)))
        self.summary.setText(self.tr("%1 ratings · fairly satisfied or better: %2% · %3")
                             .replace("%1", str(total)).replace("%2", str(round(100 * satisfied / total)))
                             .replace("%3", counts))

    def current(self) -> Visit | None:
        key = current_key(self.visit_table)
        return next((v for v in self.visits if v.key == key), None)

    def rate(self) -> RatingDialog | None:
        """The rating of the chosen visit; opened, not run, so the page stays live."""
        visit = self.current()
        if visit is None:
            self.result.setText(self.tr("Choose a visit first."))
            return None
        title = f"{labels.visit(visit.kind)} · {self._what(visit)}"
        target = (RatingTarget(title, case_no=visit.key) if visit.kind is VisitKind.CASE
                  else RatingTarget(title, visit_id=uuid.UUID(visit.key)))
        self.dialog = RatingDialog(self.desk, target, self.window())
        self.dialog.rated.connect(self._rated)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _rated(self, level: int, due: object) -> None:
        self.result.setText(follow_up_note(level, due))  # type: ignore[arg-type]
        self.refresh()
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not event.spontaneous() and self._read_at_show:
            self.refresh()
        self._read_at_show = True
        super().showEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Ratings (好差评)"))
        self.hint.setText(self.tr("Today's visits you served that have no rating yet. Choose one and press Enter or %1: the applicant rates the service from 1 to 5.").replace("%1", RATE_KEY))
        self.received_heading.setText(self.tr("Ratings you received"))
        self.received_heading.setStyleSheet("font-weight: bold; padding-top: 8px;")
        self.rate_button.setText(self.tr("Rate… (%1)").replace("%1", RATE_KEY))
        self.refresh_button.setText(self.tr("Read again"))
        self.visit_table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Visit"), self.tr("What"),
                                                    self.tr("Applicant")])
        self.received_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Level"), self.tr("Visit"),
                                                       self.tr("What"), self.tr("Follow-up"), self.tr("Comment")])
        self._fill()
