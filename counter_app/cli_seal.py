"""`counter-app seal verify`: check every stamping-log chain of this counter against the hall's heads.

Exit 0 when every chain is intact; 1 naming each seal, entry and fault otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from counter_app import config

FAULT_WORDS = {
    "edited": "an entry was edited",
    "removed": "an entry was removed",
    "reordered": "entries were reordered",
    "inserted": "an entry was inserted",
    "cut_tail": "the newest entries were cut off",
}


def add_parser(commands: Any) -> None:
    seal = commands.add_parser("seal", help="the special approval seal's stamping log")
    verbs = seal.add_subparsers(dest="verb", metavar="VERB", required=True)
    check = verbs.add_parser("verify", help="check the stamping log's hash chains (exit 0: intact)")
    check.add_argument("--json", action="store_true", help="print JSON")


def run(cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    if not cfg.local_store_path.exists():
        print(f"counter-app seal: no counter store in {cfg.data_dir}; run `counter-app init` first", file=sys.stderr)
        return 1
    from counter_app.app import Counter
    from counter_app.services.seal_log import verify
    from counter_app.services.startup import device_id

    counter = Counter(cfg)
    try:
        report = verify(counter, device_id(counter))
    finally:
        counter.close()
    faults = [{"seal": f.seal_code, "device": f.device_code, "fault": f.fault.kind.value, "seq": f.fault.seq,
               "entry": str(f.fault.entry_id) if f.fault.entry_id else None, "detail": f.fault.detail}
              for f in report.faults]
    if args.json:
        print(json.dumps({"intact": report.intact, "chains": report.chains, "entries": report.entries,
                          "heads_from": report.heads_from, "faults": faults}, ensure_ascii=False, indent=2))
    else:
        for f in faults:
            print(f"seal {f['seal']} · device {f['device']} · entry {f['seq']} ({f['entry'] or 'gone'}): "
                  f"{FAULT_WORDS[f['fault']]} — {f['detail']}", file=sys.stderr)
        state = "intact" if report.intact else f"{len(faults)} fault(s)"
        print(f"{report.chains} chain(s), {report.entries} entries, heads from the {report.heads_from}: {state}")
    return 0 if report.intact else 1
