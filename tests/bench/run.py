"""Run every benchmark and write .bench/results.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_cases  # noqa: E402
import bench_print  # noqa: E402
import bench_startup  # noqa: E402
import bench_sync  # noqa: E402
import bench_sync_ui  # noqa: E402
import sync_setup  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def sync_results() -> dict[str, dict]:
    """Both sync benchmarks on one PostgreSQL hall, built once (about half a minute)."""
    why = sync_setup.pg_reachable()
    if why is not None:
        return {"sync": sync_setup.skipped(why), "sync_ui": sync_setup.skipped(why)}
    hall = sync_setup.Hall().build()
    try:
        return {"sync": bench_sync.run(hall), "sync_ui": bench_sync_ui.run(hall)}
    finally:
        hall.close()


results = {"startup": bench_startup.run(), "print": bench_print.run(), "cases": bench_cases.run(),
           **sync_results()}
out = ROOT / ".bench" / "results.json"
out.parent.mkdir(exist_ok=True)
out.write_text(json.dumps(results, indent=2), encoding="utf-8")
print(json.dumps(results, indent=2))


def over_target(r: dict) -> bool:
    """A result either says "ok" itself or carries one ratio and its target."""
    return not r["ok"] if "ok" in r else r["ratio"] > r["target_ratio"]


failed = [name for name, r in results.items() if over_target(r)]
if failed:
    print(f"over target: {', '.join(failed)}", file=sys.stderr)
sys.exit(1 if failed else 0)
