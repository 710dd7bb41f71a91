"""Run every benchmark and write .bench/results.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_startup  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

results = {"startup": bench_startup.run()}
out = ROOT / ".bench" / "results.json"
out.parent.mkdir(exist_ok=True)
out.write_text(json.dumps(results, indent=2), encoding="utf-8")
print(json.dumps(results, indent=2))
failed = [name for name, r in results.items() if r["ratio"] > r["target_ratio"]]
if failed:
    print(f"over target: {', '.join(failed)}", file=sys.stderr)
sys.exit(1 if failed else 0)
