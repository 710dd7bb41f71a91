"""Chinese by default from the Linguist catalogue, English on request; the catalogue is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_helpers import page_named, ready_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from counter_app import config
from counter_app.ui.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
TS = resource_path("i18n", "counter_zh_CN.ts")
QM = resource_path("i18n", "counter_zh_CN.qm")
BIN = Path(sys.executable).parent  # the venv's pyside6-lupdate and pyside6-lrelease


def _build(qtbot, demo_dir: Path, language: str | None = None):  # type: ignore[no-untyped-def]
    return ready_controller(qtbot, demo_dir, language)


def test_chinese_is_the_default(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl = _build(qtbot, demo_dir)
    assert ctl.login.windowTitle() == "窗口系统：登录"
    assert ctl.login.submit.text() == "登录"
    ctl.shut_down()


def test_switching_language_relabels_the_open_windows_and_is_remembered(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    ctl = _build(qtbot, demo_dir, "zh_CN")
    with qtbot.waitSignal(ctl.main_window_shown, timeout=10_000) as shown:
        qtbot.keyClicks(ctl.login.code, "S0101")
        qtbot.keyClicks(ctl.login.pin, "1234")
        qtbot.mouseClick(ctl.login.submit, Qt.MouseButton.LeftButton)
    window = shown.args[0]
    nav = window.findChild(QListWidget, "navigation")
    catalogue = [nav.item(i).text() for i in range(nav.count())].index("事项目录")
    english = next(a for a in window.language_menu.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: nav.item(catalogue).text() == "Catalogue", timeout=2000)
    assert page_named(window, "hallPage").windows_box.title() == "Windows"
    assert ctl.login.submit.text() == "Log in"
    assert config.Settings.load(demo_dir / "settings.json").language == "en"
    chinese = next(a for a in window.language_menu.actions() if a.data() == "zh_CN")
    chinese.trigger()
    qtbot.waitUntil(lambda: page_named(window, "hallPage").windows_box.title() == "窗口", timeout=2000)
    window.close()
    ctl.languages.switch("en")
    ctl.shut_down()


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ adds nothing new, and every message has a finished translation."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "counter_app" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-locations", "none",
                    "-no-obsolete", "-source-language", "en", "-target-language", "zh_CN"],
                   check=True, capture_output=True)
    committed, current = _messages(TS), _messages(fresh)
    assert set(current) == set(committed), "run scripts/update-translations.sh"
    unfinished = [k for k, t in current.items() if t.get("type") == "unfinished" or not (t.text or list(t))]
    assert unfinished == []


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update-translations.sh"


@pytest.mark.parametrize("path", sorted((ROOT / "counter_app" / "ui").rglob("*.py")), ids=lambda p: p.name)
def test_no_bare_user_visible_strings_in_widgets(path: Path) -> None:
    """setText/setTitle/... get tr() or data, never a literal with letters in it."""
    import re

    literal = re.compile(r"\.(setText|setTitle|setWindowTitle|setPlaceholderText|addMenu|setToolTip)\(\s*[\"']([^\"']*[A-Za-z\u4e00-\u9fff][^\"']*)[\"']")
    assert literal.findall(path.read_text(encoding="utf-8")) == []


def test_translate_is_never_aliased() -> None:
    """lupdate only sees literal tr(...) and QCoreApplication.translate(...) calls: the function itself
    is never given another name (its result may be, of course)."""
    import re

    alias = re.compile(r"=\s*QCoreApplication\.translate\b(?!\s*\()")
    for path in (ROOT / "counter_app" / "ui").rglob("*.py"):
        assert not alias.search(path.read_text(encoding="utf-8")), path
    assert alias.search("tr = QCoreApplication.translate") and not alias.search(
        'text = QCoreApplication.translate("Evaluation", "%1-%2")')


def test_no_tr_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there would ship untranslated without a warning."""
    import re

    pattern = re.compile(r"""f(["']).*\{[^}]*\btr\(""")
    hidden = [f"{path.name}:{number}" for path in sorted(Path(config.__file__).parent.joinpath("ui").rglob("*.py"))
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if pattern.search(line)]
    assert hidden == []
