"""The layers of DESIGN.md, checked on the source: arrows point down only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "counter_app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_imports_neither_qt_nor_sqlalchemy(path: Path) -> None:
    bad = {n for n in _imports(path) if _top(n) in {"PySide6", "shiboken6", "sqlalchemy", "alembic"}}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"


def test_domain_depends_on_nothing_above_it() -> None:
    for path in _modules("domain"):
        ours = {n for n in _imports(path) if n.startswith("counter_app.")}
        assert all(n.startswith("counter_app.domain") for n in ours), (path, ours)


def test_only_ui_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        if any(_top(n) in {"PySide6", "shiboken6"} for n in _imports(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


@pytest.mark.parametrize("layer", ["store", "sync", "services", "printing", "domain"])
def test_lower_layers_never_import_ui(layer: str) -> None:
    for path in _modules(layer):
        assert not any(n.startswith("counter_app.ui") for n in _imports(path)), path


def test_engines_are_built_only_in_the_composition_root() -> None:
    builders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "make_engine(" in text and path.name not in {"engine.py", "app.py"}:
            builders.append(str(path.relative_to(PACKAGE)))
        if "create_engine(" in text and path.name != "engine.py":
            builders.append(str(path.relative_to(PACKAGE)))
    assert builders == []


def test_login_dialog_path_does_not_load_sqlalchemy() -> None:
    """The log-in dialog paints before the store opens; importing it must stay light."""
    import subprocess
    import sys

    code = (
        "import sys; import counter_app.ui.gui, counter_app.ui.login_dialog; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'argon2')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("path", _modules("printing"), ids=lambda p: p.name)
def test_printing_takes_plain_data_only(path: Path) -> None:
    """printing/: plain data in, PDF bytes out; it never reaches for a session or a widget."""
    bad = {n for n in _imports(path) if _top(n) in {"PySide6", "shiboken6", "sqlalchemy", "alembic"}
           or n.startswith(("counter_app.store", "counter_app.services", "counter_app.sync"))}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
