"""The rating window facing the applicant (评价器), full-screen on the counter's second screen.

Where a counter has a screen turned towards the applicant, the clerk starts the rating and this
window fills that screen: the applicant presses one of five levels, the window thanks them and
closes. Which screen is a pure function of the screens (applicant_screen), so that it is tested
without any screen at all; the setting `applicant_screen` may name one ("" chooses by itself,
"none" never uses one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.ratings import RatingLevel
from counter_app.ui.ratings import labels
from counter_app.ui.retranslate import Retranslating

NEVER = "none"
# Style of its own: the hall's style sheet is set for a clerk's desk, this is read from a step away.
COLOURS = {5: "#2e7d32", 4: "#558b2f", 3: "#f9a825", 2: "#ef6c00", 1: "#c62828"}
STYLE = ("QWidget#applicantScreen { background: #f4f8fb; }"
         "QLabel#applicantQuestion, QLabel#applicantThanks { font-size: 40px; font-weight: bold; color: #1f3b57; }"
         "QLabel#applicantWho { font-size: 22px; color: #355; }"
         "QPushButton { font-size: 26px; font-weight: bold; background: white; border-radius: 14px; padding: 12px; }"
         "QPushButton:pressed { background: #e3eef7; }"
         + "".join(f"QPushButton#applicantLevel_{n} {{ color: {c}; border: 3px solid {c}; }}"
                   for n, c in COLOURS.items()))


@dataclass(frozen=True)
class ScreenArea:
    """A screen as the placement sees it: its name and where it lies on the desktop."""

    name: str
    x: int
    y: int
    width: int
    height: int


def applicant_screen(screens: Sequence[ScreenArea], clerk: str | None, setting: str = "") -> ScreenArea | None:
    """The screen the applicant's window goes on, or None to rate on the clerk's own screen.

    setting: "" the first screen that is not the clerk's; "none" never; a screen's name, or its
    number in the system's order (1 = the first), that screen. A setting naming a screen that is
    not there (unplugged) falls back to the first rule; one naming the clerk's own screen gives
    None, since a full-screen window there would hide the clerk's work.
    """
    wanted = setting.strip()
    if wanted.lower() == NEVER:
        return None
    named = [s for s in screens if s.name == wanted]
    if not named and wanted.isdigit() and 1 <= int(wanted) <= len(screens):
        named = [screens[int(wanted) - 1]]
    if named:
        return named[0] if named[0].name != clerk else None
    others = [s for s in screens if s.name != clerk]
    return others[0] if others and len(screens) > 1 else None


def area(screen: QScreen) -> ScreenArea:
    g = screen.geometry()
    return ScreenArea(screen.name(), g.x(), g.y(), g.width(), g.height())


def find_screen(clerk_window: QWidget | None, setting: str) -> QScreen | None:
    """The applicant's QScreen for a clerk working in clerk_window, by applicant_screen's rules."""
    screens = QGuiApplication.screens()
    clerk = clerk_window.screen().name() if clerk_window is not None and clerk_window.screen() else None
    if clerk is None and QGuiApplication.primaryScreen() is not None:
        clerk = QGuiApplication.primaryScreen().name()
    chosen = applicant_screen([area(s) for s in screens], clerk, setting)
    return next((s for s in screens if chosen and s.name() == chosen.name), None)


class ApplicantScreen(Retranslating, QWidget):
    """Five big buttons for the applicant; the level pressed is `chosen`, then thanks, then closed."""

    chosen = Signal(int)
    THANKS_MS = 3000  # how long the thanks stay up (tests set 0)

    def __init__(self, served_by: str, parent: QWidget | None = None) -> None:
        # Shown without taking the keyboard: the clerk's dialog keeps it (keys 1 to 5, the comment).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("applicantScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.served_by = served_by
        self.question = QLabel()
        self.question.setObjectName("applicantQuestion")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks = QLabel()
        self.thanks.setObjectName("applicantThanks")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.hide()
        self.who.setObjectName("applicantWho")
        self.setStyleSheet(STYLE)
        self.buttons: dict[int, QPushButton] = {}
        grid = QGridLayout()
        for i, value in enumerate(sorted(RatingLevel, reverse=True)):
            button = QPushButton()
            button.setObjectName(f"applicantLevel_{int(value)}")
            button.setMinimumSize(200, 180)
            button.clicked.connect(lambda _c=False, v=int(value): self.choose(v))
            grid.addWidget(button, 0, i)
            grid.setColumnStretch(i, 1)
            self.buttons[int(value)] = button
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addWidget(self.who)
        layout.addSpacing(40)
        layout.addLayout(grid)
        layout.addWidget(self.thanks)
        layout.addStretch(2)
        self.retranslate()

    def show_on(self, screen: QScreen) -> None:
        """Full-screen on that screen."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def choose(self, level: int) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        self.chosen.emit(level)

    def thank(self) -> None:
        """The rating is saved: thanks, then the window closes by itself."""
        for button in self.buttons.values():
            button.hide()
        self.thanks.show()
        QTimer.singleShot(self.THANKS_MS, self.close)

    def retranslate(self) -> None:
        self.question.setText(self.tr("How satisfied are you with our service today?"))
        self.who.setText(self.served_by)
        self.thanks.setText(self.tr("Thank you for your rating!"))
        for value, button in self.buttons.items():
            button.setText(labels.level(value).replace(" ", "\n", 1))  # two lines where words allow
