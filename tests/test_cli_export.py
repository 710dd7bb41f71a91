"""`counter-app export supervision`: a real process on the demo hall, its files checked against the schema."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema

from counter_app.domain.clock import hall_today

ROOT = Path(__file__).resolve().parents[1]


def _run(data_dir: Path, *args: str, pin: str | None = "1234") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COUNTER_PIN"}
    if pin is not None:
        env["COUNTER_PIN"] = pin
    return subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", str(data_dir), "export", "supervision",
                           *args], capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)


def _period() -> list[str]:
    today = hall_today()
    return ["--from", (today - dt.timedelta(days=45)).isoformat(), "--to", today.isoformat()]


def test_json_export_of_the_demo_hall(demo_dir: Path, tmp_path: Path) -> None:
    from counter_app.services.supervision import schema

    out = tmp_path / "supervision.json"
    done = _run(demo_dir, *_period(), "--out", str(out), "--staff", "S9001")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER) \
        .validate(document)
    assert summary == {"cases": len(document["cases"]), "yellow_cards": len(document["yellow_cards"]),
                       "red_cards": len(document["red_cards"]), "files": [str(out)]}
    assert summary["cases"] >= 16 and summary["yellow_cards"] and summary["red_cards"]
    assert not list(tmp_path.glob("*.part"))


def test_csv_export_writes_steps_and_both_card_lists(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "supervision.csv"
    done = _run(demo_dir, *_period(), "--out", str(out), "--format", "csv", "--staff", "S9001")
    assert done.returncode == 0, done.stderr
    files = json.loads(done.stdout)["files"]
    assert files == [str(out), str(tmp_path / "supervision.yellow.csv"), str(tmp_path / "supervision.red.csv")]
    assert out.read_bytes().startswith("\ufeff".encode())  # spreadsheet programs need the mark for Chinese
    with out.open(encoding="utf-8-sig", newline="") as f:
        steps = list(csv.DictReader(f))
    assert steps and {"case_no", "step_kind", "occurred_at_utc", "occurred_at_local", "step_limit", "late",
                      "suspensions", "extensions"} <= set(steps[0])
    assert any(r["suspensions"] for r in steps) and any("+10 pending" in r["extensions"] for r in steps)
    assert all("*" in r["applicant_id_masked"] for r in steps)
    with (tmp_path / "supervision.red.csv").open(encoding="utf-8-sig", newline="") as f:
        red = list(csv.DictReader(f))
    assert red and {r["reason"] for r in red} <= {"overdue_now", "step_overdue"}
    with (tmp_path / "supervision.yellow.csv").open(encoding="utf-8-sig", newline="") as f:
        assert all(r["warning"] == "yellow" for r in csv.DictReader(f))


def test_bad_arguments_exit_2_and_write_nothing(demo_dir: Path, tmp_path: Path) -> None:
    folder_of_files = tmp_path / "out"
    folder_of_files.mkdir()
    out = folder_of_files / "x.json"
    bad_date = _run(demo_dir, "--from", "2026-13-01", "--to", "2026-12-01", "--out", str(out), "--staff", "S9001")
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    backwards = _run(demo_dir, "--from", "2026-12-01", "--to", "2026-11-01", "--out", str(out), "--staff", "S9001")
    assert backwards.returncode == 2 and "before --from" in backwards.stderr
    unknown = _run(demo_dir, *_period(), "--out", str(out), "--format", "xml", "--staff", "S9001")
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    nowhere = _run(demo_dir, *_period(), "--out", str(tmp_path / "missing" / "x.json"), "--staff", "S9001")
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr
    folder = _run(demo_dir, *_period(), "--out", str(folder_of_files), "--staff", "S9001")
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    no_pin = _run(demo_dir, *_period(), "--out", str(out), "--staff", "S9001", pin=None)
    assert no_pin.returncode == 2 and "COUNTER_PIN" in no_pin.stderr
    assert list(folder_of_files.iterdir()) == []


def test_refusals_exit_1(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    # /proc takes no new files, not even from root.
    unwritable = _run(demo_dir, *_period(), "--out", "/proc/supervision.json", "--staff", "S9001")
    assert unwritable.returncode == 1 and "cannot write /proc/supervision.json" in unwritable.stderr
    clerk = _run(demo_dir, *_period(), "--out", str(out), "--staff", "S0101")
    assert clerk.returncode == 1 and "only the hall administrator" in clerk.stderr
    wrong_pin = _run(demo_dir, *_period(), "--out", str(out), "--staff", "S9001", pin="0000")
    assert wrong_pin.returncode == 1 and "log-in refused" in wrong_pin.stderr
    assert not out.exists()


def test_the_main_function_takes_the_same_arguments(demo_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from counter_app.cli import main

    monkeypatch.setenv("COUNTER_PIN", "1234")
    out = tmp_path / "main.json"
    assert main(["--data-dir", str(demo_dir), "export", "supervision", *_period(), "--out", str(out),
                 "--staff", "S9001"]) == 0
    assert json.loads(capsys.readouterr().out)["files"] == [str(out)]


def test_the_schema_travels_in_the_wheel(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True, text=True)
    (wheel,) = tmp_path.glob("counter_app-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = ("import counter_app\nfrom counter_app.services.supervision import schema\n"
              f"assert counter_app.__file__.startswith({str(site)!r}), counter_app.__file__\n"
              "print(schema()['title'])\n")
    found = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)},
                           capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    assert "电子监察" in found.stdout
