"""The wheel carries db/ and resources/, and a counter runs from it alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    (built,) = out.glob("counter_app-*.whl")
    return built


def test_wheel_contains_migrations_demo_data_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "counter_app/db/migrations/env.py",
        "counter_app/db/migrations/script.py.mako",
        "counter_app/db/migrations/versions/0001_foundation.py",
        "counter_app/db/demo/demo_hall.json",
        "counter_app/db/demo/holidays.json",
        "counter_app/resources/i18n/counter_zh_CN.qm",
        "counter_app/resources/style/counter.qss",
        "counter_app/resources/icons/counter.svg",
    }
    assert expected <= names
    assert any(n.endswith("entry_points.txt") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "counter-app = counter_app.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_a_counter_opens_from_the_unpacked_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "import counter_app, json, sys\n"
        "from counter_app import config\n"
        "from counter_app.app import Counter\n"
        "from counter_app.services.startup import open_counter\n"
        "from counter_app.ui.resources import resource_path\n"
        f"assert counter_app.__file__.startswith({str(site)!r}), counter_app.__file__\n"
        "assert resource_path('i18n', 'counter_zh_CN.qm').is_file()\n"
        f"status = open_counter(Counter(config.resolve({str(tmp_path / 'data')!r})))\n"
        "print(json.dumps([status.hall_name, status.demo_loaded]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == ["二七区行政服务中心", True]
