"""A counter with two screens, the second facing the applicant, for tests/test_applicant_screen.py.

Run as `python tests/two_screens_child.py DATA_DIR CASE_NO` with QT_QPA_PLATFORM naming an offscreen
configuration of two screens ("Clerk" and "Applicant"): the one process of the test run that has two.
The clerk opens the rating of the case on their screen; the applicant presses "satisfied" on theirs.
Prints one JSON line with what happened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from staffing import staff_session  # noqa: E402

from counter_app import config  # noqa: E402
from counter_app.app import Counter  # noqa: E402
from counter_app.services.desk import Desk  # noqa: E402
from counter_app.store.models import Case, Rating  # noqa: E402
from counter_app.ui.ratings.applicant_screen import ApplicantScreen  # noqa: E402
from counter_app.ui.ratings.rating_dialog import RatingDialog, RatingTarget  # noqa: E402


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    data_dir, case_no = sys.argv[1], sys.argv[2]
    app = QApplication([])
    ApplicantScreen.THANKS_MS = 100
    counter = Counter(config.resolve(data_dir))
    desk = Desk(counter, staff_session(counter, "S0101"))
    clerk_screen = next(s for s in QGuiApplication.screens() if s.name() == "Clerk")
    main_window = QWidget()
    main_window.setScreen(clerk_screen)
    main_window.setGeometry(clerk_screen.geometry().adjusted(10, 10, -10, -10))
    main_window.show()
    dialog = RatingDialog(desk, RatingTarget(case_no, case_no=case_no), main_window)
    dialog.open()
    settle()
    facing = dialog.applicant_window
    seen = {"screens": sorted(s.name() for s in app.screens()), "opened": facing is not None}
    if facing is not None:
        seen.update(screen=facing.screen().name(), full_screen=facing.isFullScreen(),
                    geometry=facing.geometry().getRect(), who=facing.who.text(),
                    active_is_dialog=QApplication.activeWindow() is not facing)
        closed: list[bool] = []
        facing.destroyed.connect(lambda: closed.append(True))  # it deletes itself once closed
        facing.buttons[4].click()  # the applicant: satisfied
        seen.update(dialog_open=dialog.isVisible(), thanks=facing.thanks.text(),
                    thanks_shown=not facing.thanks.isHidden(), buttons_hidden=facing.buttons[4].isHidden())
        for _ in range(100):  # the thanks stay up THANKS_MS, then the window goes
            if closed:
                break
            settle()
        seen["applicant_window_closed"] = bool(closed)
    with counter.local() as uow:
        s = uow.session
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        seen["levels"] = list(s.scalars(select(Rating.level).where(Rating.case_id == case_id)))
    counter.close()
    print(json.dumps(seen, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
