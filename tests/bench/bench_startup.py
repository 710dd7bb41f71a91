"""Cold start to the log-in dialog painted, against a bare PySide6 QMainWindow (issue 2).

Target: median at most 2.5x the bare window, measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
TARGET_RATIO = 2.5


def _time_to_paint(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{args} never painted (exit {process.wait()})")
    process.wait(timeout=30)
    return elapsed * 1000


def run() -> dict[str, float]:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data_dir:
        # A counter that has been set up before: this measures a normal morning start.
        subprocess.run([sys.executable, "-m", "counter_app", "--data-dir", data_dir, "init"],
                       check=True, capture_output=True, env=env)
        bare_cmd = [sys.executable, str(HERE / "_probe_bare.py")]
        counter_cmd = [sys.executable, str(HERE / "_probe_counter.py"), "--data-dir", data_dir]
        for _ in range(2):  # warm the OS file cache for both
            _time_to_paint(bare_cmd, env)
            _time_to_paint(counter_cmd, env)
        bare, counter = [], []
        for _ in range(RUNS):  # interleaved, so drift hits both alike
            bare.append(_time_to_paint(bare_cmd, env))
            counter.append(_time_to_paint(counter_cmd, env))
    result = {
        "runs": RUNS,
        "bare_qmainwindow_median_ms": round(statistics.median(bare), 1),
        "login_dialog_median_ms": round(statistics.median(counter), 1),
    }
    result["ratio"] = round(result["login_dialog_median_ms"] / result["bare_qmainwindow_median_ms"], 2)
    result["target_ratio"] = TARGET_RATIO
    return result


if __name__ == "__main__":
    import json

    outcome = run()
    print(json.dumps(outcome, indent=2))
    sys.exit(0 if outcome["ratio"] <= TARGET_RATIO else 1)
