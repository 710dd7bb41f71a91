"""`counter-app sync` and `counter-app hall migrate`: real processes, real stores, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

UNREACHABLE = "postgresql+psycopg://postgres@127.0.0.1:1/hall"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "counter_app", *args], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_sync_prints_a_json_summary(demo_dir: Path) -> None:
    done = _run("--data-dir", str(demo_dir), "sync")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["pushed"] > 0 and summary["waiting"] == 0 and summary["rejected_total"] == 0
    again = json.loads(_run("--data-dir", str(demo_dir), "sync").stdout)
    assert (again["pushed"], again["pulled"], again["cursor"]) == (0, 0, summary["cursor"])


def test_sync_with_the_hall_down_says_so_and_exits_non_zero(demo_dir: Path) -> None:
    done = _run("--data-dir", str(demo_dir), "--hall", UNREACHABLE, "sync")
    assert done.returncode == 1 and done.stdout == ""
    assert "cannot be reached" in done.stderr and "wait in the outbox" in done.stderr


def test_sync_without_a_counter_store_says_what_to_do(tmp_path: Path) -> None:
    done = _run("--data-dir", str(tmp_path / "empty"), "sync")
    assert done.returncode == 1 and "counter-app init" in done.stderr


def test_sync_batch_must_be_positive(demo_dir: Path) -> None:
    done = _run("--data-dir", str(demo_dir), "sync", "--batch", "0")
    assert done.returncode == 2 and "must be at least 1" in done.stderr


def test_hall_migrate_creates_then_upgrades_nothing(pg_url: str, tmp_path: Path) -> None:
    for url in (pg_url, f"sqlite:///{tmp_path / 'hall.sqlite3'}"):
        first = _run("hall", "migrate", "--url", url)
        assert first.returncode == 0, first.stderr
        created = json.loads(first.stdout)
        assert created["from"] is None and created["to"]
        second = json.loads(_run("hall", "migrate", "--url", url).stdout)
        assert second["from"] == second["to"] == created["to"]


def test_hall_migrate_refuses_what_it_cannot_use() -> None:
    bad = _run("hall", "migrate", "--url", "not a url")
    assert bad.returncode == 1 and "not a database URL" in bad.stderr
    down = _run("hall", "migrate", "--url", UNREACHABLE)
    assert down.returncode == 1 and "cannot be reached" in down.stderr
    missing = _run("hall", "migrate")
    assert missing.returncode == 2 and "--url" in missing.stderr
