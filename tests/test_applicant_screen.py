"""The rating window facing the applicant (评价器): which screen it goes on, and what it does there."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from chief_cases import accepted
from PySide6.QtWidgets import QApplication

from counter_app import config
from counter_app.app import Counter
from counter_app.domain.clock import utc_now
from counter_app.ui.ratings.applicant_screen import ApplicantScreen, ScreenArea, applicant_screen, find_screen

CLERK = ScreenArea("HDMI-1", 0, 0, 1920, 1080)
FACING = ScreenArea("DP-2", 1920, 0, 1280, 800)
THIRD = ScreenArea("DP-3", -1024, 0, 1024, 768)


def test_one_screen_rates_on_the_clerk_s() -> None:
    assert applicant_screen([CLERK], "HDMI-1") is None
    assert applicant_screen([], None) is None
    assert applicant_screen([CLERK], "HDMI-1", "HDMI-1") is None
    assert applicant_screen([CLERK], "HDMI-1", "1") is None


def test_the_screen_that_is_not_the_clerk_s() -> None:
    assert applicant_screen([CLERK, FACING], "HDMI-1") == FACING
    assert applicant_screen([FACING, CLERK], "HDMI-1") == FACING  # whatever order the system lists them in
    assert applicant_screen([CLERK, FACING, THIRD], "HDMI-1") == FACING  # the first other one
    # The clerk's window on the other screen: the applicant's goes where the clerk is not.
    assert applicant_screen([CLERK, FACING], "DP-2") == CLERK


def test_the_setting_says_which_or_none() -> None:
    screens = [CLERK, FACING, THIRD]
    assert applicant_screen(screens, "HDMI-1", "DP-3") == THIRD
    assert applicant_screen(screens, "HDMI-1", " 3 ") == THIRD  # by number, 1 = the first
    assert applicant_screen(screens, "HDMI-1", "none") is None
    assert applicant_screen(screens, "HDMI-1", "NONE") is None
    assert applicant_screen(screens, "HDMI-1", "HDMI-1") is None  # never over the clerk's own work
    assert applicant_screen(screens, "HDMI-1", "DP-9") == FACING  # unplugged: chosen as without a setting
    assert applicant_screen(screens, "HDMI-1", "7") == FACING


def test_offscreen_has_one_screen_so_the_dialog_keeps_the_levels(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert len(QApplication.screens()) == 1
    assert find_screen(None, "") is None


def test_the_applicant_presses_a_level_and_is_thanked(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ApplicantScreen, "THANKS_MS", 0)
    window = ApplicantScreen("Window 1 · 王晓堃")
    qtbot.addWidget(window)
    window.show()
    assert [window.buttons[n].text() for n in (5, 4, 3, 2, 1)] == [
        "Very\nsatisfied", "Satisfied", "Fairly\nsatisfied", "Dissatisfied", "Very\ndissatisfied"]
    assert window.who.text() == "Window 1 · 王晓堃" and window.thanks.isHidden()
    with qtbot.waitSignal(window.chosen) as chosen:
        window.buttons[2].click()
    assert chosen.args == [2]
    assert not any(b.isEnabled() for b in window.buttons.values())  # one press only
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))  # closed, it deletes itself
    window.thank()
    assert not window.thanks.isHidden() and window.thanks.text() == "Thank you for your rating!"
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)


def test_two_screens_the_applicant_rates_on_theirs(demo_dir: Path, tmp_path: Path) -> None:
    """A process of its own with two offscreen screens, the clerk's and the applicant's."""
    counter = Counter(config.resolve(str(demo_dir)))
    case_no = accepted(counter, "S0101", "SCJG-001", utc_now() - dt.timedelta(minutes=5))
    counter.close()
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [
        {"name": "Clerk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
        {"name": "Applicant", "x": 1280, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("two_screens_child.py")), str(demo_dir),
                           case_no], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Applicant", "Clerk"] and seen["opened"]
    assert seen["screen"] == "Applicant" and seen["full_screen"] and seen["geometry"] == [1280, 0, 1024, 768]
    assert seen["who"] == "Window 1 · 王晓堃" and seen["active_is_dialog"]
    assert seen["thanks_shown"] and seen["buttons_hidden"] and seen["thanks"] == "Thank you for your rating!"
    assert not seen["dialog_open"] and seen["applicant_window_closed"] and seen["levels"] == [4]
