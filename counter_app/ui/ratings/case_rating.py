"""The case's rating under the case detail (好差评): its level once rated, else Rate (F4).

It follows the case shown (CaseDetailView.case_shown) and is there only for those who record
ratings; F4 works anywhere on the page that holds it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.domain.permissions import Action, role_refusal
from counter_app.services import ratings
from counter_app.services.case_queries import CaseDetail
from counter_app.services.desk import Desk
from counter_app.ui.ratings import labels
from counter_app.ui.ratings.rating_dialog import RATE_KEY, RatingDialog, RatingTarget, follow_up_note
from counter_app.ui.retranslate import Retranslating


class CaseRatingPanel(Retranslating, QWidget):
    rated = Signal()

    def __init__(self, desk: Desk, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseRating")
        self.desk = desk
        self.detail: CaseDetail | None = None
        self.status = ratings.CaseRating(False)
        self.dialog: RatingDialog | None = None
        self.allowed = role_refusal(desk.who.roles, Action.RECORD_RATING) is None
        self.state = QLabel()
        self.state.setObjectName("caseRatingState")
        self.result = QLabel()
        self.result.setObjectName("caseRatingResult")
        self.result.setWordWrap(True)
        self.rate_button = QPushButton()
        self.rate_button.setObjectName("rateCase")
        self.rate_button.clicked.connect(self.rate)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state)
        row.addWidget(self.rate_button)
        row.addWidget(self.result, 1)
        QShortcut(QKeySequence(RATE_KEY), page, self.rate, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setVisible(False)
        self.retranslate()

    def show_case(self, detail: CaseDetail | None) -> None:
        if detail is None or detail is not self.detail:
            self.result.clear()
        self.detail = detail
        if detail is None or not self.allowed:
            self.setVisible(False)
            return
        self.status = ratings.case_rating(self.desk.counter.local(), self.desk.who, detail.state.case_no)
        self.setVisible(True)
        self.retranslate()

    def rate(self) -> RatingDialog | None:
        """The rating dialog for the case shown; opened, not run, so the page stays live."""
        if self.detail is None or not self.status.may_rate:
            return None
        state = self.detail.state
        target = RatingTarget(f"{state.case_no} {state.item.name}", case_no=state.case_no)
        self.dialog = RatingDialog(self.desk, target, self.window())
        self.dialog.rated.connect(self._rated)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def _rated(self, level: int, due: object) -> None:
        self.result.setText(follow_up_note(level, due))  # type: ignore[arg-type]
        self.show_case(self.detail)
        self.rated.emit()

    def retranslate(self) -> None:
        self.rate_button.setText(self.tr("Rate… (%1)").replace("%1", RATE_KEY))
        self.rate_button.setToolTip(self.tr("The applicant rates the service (好差评), 1 to 5"))
        if self.status.level is not None:
            self.state.setText(self.tr("Rating: %1").replace("%1", labels.numbered(self.status.level)))
        else:
            self.state.setText(self.tr("Rating: not rated yet"))
        self.rate_button.setVisible(self.status.may_rate)
