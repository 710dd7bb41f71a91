"""Without a display: one clear sentence and a non-zero exit, never a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from counter_app.cli import EXIT_NO_DISPLAY
from counter_app.display import display_problem


def _run_without(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.update(extra)
    return subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=60)


def test_no_display_at_all(tmp_path: Path) -> None:
    out = _run_without(tmp_path)
    assert out.returncode == EXIT_NO_DISPLAY
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "xvfb-run -a counter-app" in lines[0]


def test_display_that_does_not_answer(tmp_path: Path) -> None:
    out = _run_without(tmp_path, DISPLAY=":97")
    assert out.returncode == EXIT_NO_DISPLAY
    assert "cannot" in out.stderr and ":97" in out.stderr
    assert "Aborted" not in out.stderr and "core dumped" not in out.stderr


def test_offscreen_platform_needs_no_display() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_wayland_session_is_accepted() -> None:
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
