"""Account ▸ Change PIN… and the hall administrator's Reset a PIN…, driven through the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from counter_app.app import Counter
from counter_app.domain.login import LoggedIn, WrongPin
from counter_app.services import auth, startup
from counter_app.ui.account.pin_change_dialog import PinChangeDialog

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/hall"


def _log_in(counter: Counter, code: str, pin: str):  # type: ignore[no-untyped-def]
    return auth.log_in(counter.local(), device_id=startup.device_id(counter), code=code, pin=pin,
                       now=dt.datetime.now(dt.UTC))


def _fill(qtbot, dialog, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for key, text in values.items():
        dialog.inputs[key].clear()
        qtbot.keyClicks(dialog.inputs[key], text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _shown(dialog) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The error messages showing, by field ("pin": the one under the form)."""
    labels = {**dialog.errors, "pin": dialog.general_error}
    return {key: label.text() for key, label in labels.items() if label.isVisible()}


CHANGES = [
    ({"current": "0000", "new": "5678", "repeat": "5678"}, {"current": "This is not your current PIN."}),
    ({"current": "1234", "new": "12a4", "repeat": "12a4"}, {"new": "A PIN has digits only."}),
    ({"current": "1234", "new": "123", "repeat": "123"}, {"new": "A PIN has 4 to 8 digits."}),
    ({"current": "1234", "new": "5678", "repeat": "5679"}, {"repeat": "Not the same as the new PIN: type it again."}),
    ({"current": "1234", "new": "1234", "repeat": "1234"}, {"new": "The new PIN is the same as the current one."}),
    ({"current": "0000", "new": "", "repeat": ""}, {"current": "This is not your current PIN.", "new": "Required."}),
]


def test_each_pin_change_error_stands_next_to_its_field_and_nothing_changes(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    assert window.change_pin_action in window.account_menu.actions()
    dialog = window.open_change_pin()
    for values, expected in CHANGES:
        _fill(qtbot, dialog, values)
        assert dialog.isVisible() and _shown(dialog) == expected, values
    assert isinstance(_log_in(ctl.counter, "S0101", "1234"), LoggedIn)
    dialog.reject()
    window.close()
    ctl.shut_down()


def test_a_good_pin_change(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    window.change_pin_action.trigger()
    dialog = window.findChild(PinChangeDialog, "pinChangeDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.inputs["current"], "1234")
    qtbot.keyClicks(dialog.inputs["new"], "97531")
    qtbot.keyClicks(dialog.inputs["repeat"], "97531")
    qtbot.keyClick(dialog.inputs["repeat"], Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Your PIN was changed."
    assert isinstance(_log_in(ctl.counter, "S0101", "1234"), WrongPin)
    assert isinstance(_log_in(ctl.counter, "S0101", "97531"), LoggedIn)
    window.close()
    ctl.shut_down()


def test_no_pin_change_with_the_hall_down(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S0101", hall_url=UNREACHABLE)
    dialog = window.open_change_pin()
    _fill(qtbot, dialog, {"current": "1234", "new": "5678", "repeat": "5678"})
    assert _shown(dialog) == {"pin": "The hall database cannot be reached; try again when the network is back."}
    assert isinstance(_log_in(ctl.counter, "S0101", "1234"), LoggedIn)
    dialog.reject()
    window.close()
    ctl.shut_down()


@pytest.mark.parametrize("code", ["S0101", "S0191"])
def test_only_the_hall_administrator_has_the_reset_entry(qtbot, demo_dir: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, code)
    assert window.reset_pin_action is None and window.open_reset_pin() is None
    assert "resetPin" not in [a.objectName() for a in window.account_menu.actions()]
    window.close()
    ctl.shut_down()


def test_the_hall_administrator_resets_a_pin(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl, window = open_main_window(qtbot, demo_dir, "S9001")
    assert "resetPin" in [a.objectName() for a in window.account_menu.actions()]
    dialog = window.open_reset_pin()
    for values, expected in [
        ({"staff": "S7777", "new": "5678", "repeat": "5678"}, {"staff": "No staff member has this code."}),
        ({"staff": "S0102", "new": "56", "repeat": "56"}, {"new": "A PIN has 4 to 8 digits."}),
        ({"staff": "S0102", "new": "5678", "repeat": "8765"}, {"repeat": "Not the same as the new PIN: type it again."}),
        ({"staff": "", "new": "", "repeat": ""}, {"staff": "No staff member has this code.", "new": "Required."}),
    ]:
        _fill(qtbot, dialog, values)
        assert dialog.isVisible() and _shown(dialog) == expected, values
    assert isinstance(_log_in(ctl.counter, "S0102", "1234"), LoggedIn)
    _fill(qtbot, dialog, {"staff": "s0102", "new": "246810", "repeat": "246810"})
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "The PIN of S0102 was reset."
    assert isinstance(_log_in(ctl.counter, "S0102", "246810"), LoggedIn)
    window.close()
    ctl.shut_down()
