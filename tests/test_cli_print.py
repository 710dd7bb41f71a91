"""`counter-app print KIND CASE_NO --out FILE`: a real process, a real store, a real PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def _run(data_dir: Path, *args: str, pin: str | None = "1234") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COUNTER_PIN"}
    if pin is not None:
        env["COUNTER_PIN"] = pin
    return subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)


def _case(data_dir: Path, state: str) -> str:
    """A market-regulation case in this state, so that S0101 (market regulation, window 1) may print it."""
    for row in json.loads(_run(data_dir, "case", "list", "--json", "--state", state).stdout):
        shown = json.loads(_run(data_dir, "case", "show", row["case_no"], "--json").stdout)
        if shown["state"]["item"]["department_code"] == "SCJG":
            return str(row["case_no"])
    raise AssertionError(f"no SCJG case in state {state}")


def test_print_writes_the_pdf_and_records_the_print(demo_dir: Path, tmp_path: Path) -> None:
    case_no = _case(demo_dir, "awaiting_correction")
    out = tmp_path / "notice.pdf"
    done = _run(demo_dir, "print", "one-time-notice", case_no, "--out", str(out), "--staff", "S0101")
    assert done.returncode == 0, done.stderr
    number = done.stdout.strip()
    assert "审告字" in number
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert number in text and case_no in text
    again = _run(demo_dir, "print", "one-time-notice", case_no, "--out", str(tmp_path / "again.pdf"),
                 "--staff", "S0101")
    assert again.stdout.strip() == number  # a reprint keeps the number
    assert "补打" in "".join(p.extract_text() for p in PdfReader(tmp_path / "again.pdf").pages)


def test_print_errors_exit_non_zero_and_write_nothing(demo_dir: Path, tmp_path: Path) -> None:
    notice_case = _case(demo_dir, "awaiting_correction")
    out = tmp_path / "x.pdf"
    unknown = _run(demo_dir, "print", "receipt", "410103-20990101-C01-0001", "--out", str(out), "--staff", "S0101")
    assert unknown.returncode == 1 and "no case" in unknown.stderr
    not_allowed = _run(demo_dir, "print", "acceptance", notice_case, "--out", str(out), "--staff", "S0101")
    assert not_allowed.returncode == 1 and "has no acceptance document" in not_allowed.stderr
    other = _run(demo_dir, "print", "receipt", notice_case, "--out", str(out), "--staff", "S0201")
    assert other.returncode == 1 and "not staff of the department" in other.stderr
    wrong_pin = _run(demo_dir, "print", "receipt", notice_case, "--out", str(out), "--staff", "S0101", pin="9999")
    assert wrong_pin.returncode == 1 and "log-in refused" in wrong_pin.stderr
    no_pin = _run(demo_dir, "print", "receipt", notice_case, "--out", str(out), "--staff", "S0101", pin=None)
    assert no_pin.returncode == 2 and "COUNTER_PIN" in no_pin.stderr
    bad_kind = _run(demo_dir, "print", "certificate", notice_case, "--out", str(out), "--staff", "S0101")
    assert bad_kind.returncode == 2 and "invalid choice" in bad_kind.stderr
    no_folder = _run(demo_dir, "print", "receipt", notice_case, "--out", str(tmp_path / "nope" / "x.pdf"),
                     "--staff", "S0101")
    assert no_folder.returncode == 2 and "does not exist" in no_folder.stderr
    copies = _run(demo_dir, "print", "receipt", notice_case, "--out", str(out), "--staff", "S0101", "--copies", "0")
    assert copies.returncode == 1 and "--copies" in copies.stderr
    assert not out.exists()


def test_a_bad_font_in_the_settings_fails_before_a_number_is_taken(demo_dir: Path, tmp_path: Path) -> None:
    settings = demo_dir / "settings.json"
    data = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    settings.write_text(json.dumps({**data, "print_font": str(tmp_path / "no-such-font.ttf")}), encoding="utf-8")
    case_no = _case(demo_dir, "awaiting_correction")
    out = tmp_path / "x.pdf"
    failed = _run(demo_dir, "print", "receipt", case_no, "--out", str(out), "--staff", "S0101")
    assert failed.returncode == 1 and "no-such-font.ttf" in failed.stderr
    assert not out.exists()
    settings.write_text(json.dumps(data), encoding="utf-8")
    done = _run(demo_dir, "print", "receipt", case_no, "--out", str(out), "--staff", "S0101")
    assert done.stdout.strip().endswith("-0001号")  # the failed attempt took no number
