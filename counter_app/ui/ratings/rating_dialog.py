"""The rating dialog (好差评): the applicant's level, pressed on 1 to 5, and a comment if they have one.

Where the counter has a screen facing the applicant, the dialog also puts the five levels there
(ui/ratings/applicant_screen.py) and the applicant presses one themselves; the clerk can still
enter the level the applicant says. Nothing is saved until the service takes the rating; its
errors stand next to their fields.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.applicant import FieldError
from counter_app.domain.ratings import RatingLevel
from counter_app.services import operating_rules, ratings
from counter_app.services.desk import Desk
from counter_app.ui.form_widgets import error_label, show_error
from counter_app.ui.ratings import labels
from counter_app.ui.ratings.applicant_screen import ApplicantScreen, find_screen
from counter_app.ui.retranslate import Retranslating

LEVEL_KEYS = {str(int(level)) for level in RatingLevel}
RATE_KEY = "F4"  # opens the rating where a page offers it: the case detail, the ratings page
LEVEL_STYLE = ("QPushButton { font-size: 17px; padding: 12px 8px; min-width: 150px; }"
               "QPushButton:checked { background: #1f5f99; color: white; font-weight: bold; }")


@dataclass(frozen=True)
class RatingTarget:
    """What the applicant rates: a case (case_no) or a visit without one (visit_id)."""

    title: str  # the case number and item, or the visit in words
    case_no: str | None = None
    visit_id: uuid.UUID | None = None


class RatingDialog(Retranslating, QDialog):
    rated = Signal(int, object)  # the level, and the follow-up's due day for a bad rating (else None)

    def __init__(self, desk: Desk, target: RatingTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingDialog")
        self.desk, self.target = desk, target
        self.applicant_window: ApplicantScreen | None = None
        self._bad: int | None = None
        self.heading = QLabel()
        self.heading.setObjectName("ratingHeading")
        self.heading.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.levels: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        for value in RatingLevel:
            button = QPushButton()
            button.setObjectName(f"level_{int(value)}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setStyleSheet(LEVEL_STYLE)
            self.group.addButton(button, int(value))
            row.addWidget(button)
            self.levels[int(value)] = button
        self.group.idClicked.connect(self._level_chosen)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("ratingComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.comment_label = QLabel()
        self.errors = {name: error_label(f"rating_{name}_error") for name in ("visit", "level", "comment")}
        self.hint = QLabel()
        self.hint.setObjectName("ratingHint")
        self.hint.setWordWrap(True)
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("saveRating")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self._build(row)
        self.retranslate()
        self._open_applicant_screen()

    def _build(self, levels: QHBoxLayout) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.errors["visit"])
        layout.addLayout(levels)
        layout.addWidget(self.errors["level"])
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.errors["comment"])
        layout.addLayout(buttons)
        self.resize(900, 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rating (好差评): %1").replace("%1", self.target.title))
        self.heading.setText(self.tr("Ask the applicant how satisfied they are with the service: press 1 to 5."))
        self.comment_label.setText(self.tr("What the applicant said (optional)"))
        for value, button in self.levels.items():
            button.setText(labels.stacked(value))
        self.save_button.setText(self.tr("Save rating"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._level_chosen(self.group.checkedId())

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def choose(self, level: int) -> None:
        """What pressing the level's key or button does."""
        self.levels[level].setChecked(True)
        self._level_chosen(level)

    def _level_chosen(self, level: int) -> None:
        if level <= 0:
            self.hint.setText("")
            return
        if level <= self._bad_max():
            self.hint.setText(self.tr("A bad rating: the chief representative follows it up."))
        else:
            self.hint.setText("")

    def _bad_max(self) -> int:
        if self._bad is None:
            self._bad = operating_rules.current_rules(self.desk.counter).bad_rating_max_level
        return self._bad

    def save(self) -> bool:
        outcome = ratings.record_rating(self.desk.counter.local(), self.desk.who, level=self.level(),
                                        comment=self.comment.toPlainText(), now=self.desk.clock(),
                                        case_no=self.target.case_no, visit_id=self.target.visit_id)
        self._show(list(outcome.errors))
        if not outcome.saved:
            return False
        level = self.level()
        assert level is not None
        self.rated.emit(level, outcome.follow_up_due)
        if self.applicant_window is not None:
            self.applicant_window.thank()
            self.applicant_window = None  # it closes by itself after the thanks
        self.accept()
        return True

    def _show(self, errors: list[FieldError]) -> None:
        by_field = {e.field: e.code for e in errors}
        for name, label in self.errors.items():
            code = by_field.get(name)
            show_error(label, labels.rating_error(code) if code else None, translated=True)

    # --- the screen facing the applicant ---

    def _open_applicant_screen(self) -> None:
        screen = find_screen(self.parentWidget().window() if self.parentWidget() else None,
                             self.desk.counter.config.settings.applicant_screen)
        if screen is None:
            return
        number = self.desk.who.window_number
        served = self.tr("Window %1 · %2").replace("%1", str(number)).replace("%2", self.desk.who.name) \
            if number is not None else self.desk.who.name
        self.applicant_window = ApplicantScreen(served)
        self.applicant_window.chosen.connect(self._applicant_chose)
        self.applicant_window.show_on(screen)
        self.hint.setText(self.tr("The levels are on the applicant's screen; you may also enter the one they say."))

    def _applicant_chose(self, level: int) -> None:
        self.choose(level)
        if not self.save() and self.applicant_window is not None:
            self.applicant_window.close()  # the clerk's dialog says what is wrong
            self.applicant_window = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """1 to 5 choose the level; digits typed in the comment are the comment's (it takes them first)."""
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and event.text() in LEVEL_KEYS:
            self.choose(int(event.text()))
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The keys 1 to 5 are the clerk's: the dialog takes the input, even when the applicant's
        # window has just opened on the other screen.
        self.activateWindow()

    def done(self, result: int) -> None:
        if self.applicant_window is not None:
            self.applicant_window.close()
            self.applicant_window = None
        super().done(result)


def follow_up_note(level: int, due: dt.date | None) -> str:
    """What the page says after a rating was saved."""
    text = QCoreApplication.translate("RatingDialog", "Rating saved: %1.").replace("%1", labels.level(level))
    if due is not None:
        text += " " + QCoreApplication.translate(
            "RatingDialog", "The chief representative follows it up by %1.").replace("%1", due.isoformat())
    return text
