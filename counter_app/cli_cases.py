"""`counter-app case list|show`: read-only views of the local store for scripts and support."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import sys
import uuid
from typing import Any

from counter_app import config

STATES = ("received", "awaiting_correction", "undertaking", "reviewing", "awaiting_approval", "issuing",
          "delivering", "completed", "not_accepted", "referred")  # CaseStatus values; kept literal so --help is cheap


def add_parser(commands: Any) -> None:
    case = commands.add_parser("case", help="list or show cases in this counter's store (read-only)")
    verbs = case.add_subparsers(dest="verb", metavar="VERB", required=True)
    listing = verbs.add_parser("list", help="cases by deadline, soonest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--state", choices=STATES, action="append", help="only this state (repeatable)")
    listing.add_argument("--limit", type=int, default=1000, help="at most this many (default 1000)")
    show = verbs.add_parser("show", help="one case with its timeline")
    show.add_argument("case_no", metavar="CASE_NO")
    show.add_argument("--json", action="store_true", help="print JSON")


def run(cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    if not cfg.local_store_path.exists():
        print(f"counter-app case: no counter store in {cfg.data_dir}; run `counter-app init` first",
              file=sys.stderr)
        return 1
    from counter_app.app import Counter
    from counter_app.domain.clock import hall_today
    from counter_app.services import case_queries as q

    counter = Counter(cfg)
    try:
        if args.verb == "list":
            if args.limit < 1:
                print("counter-app case list: --limit must be at least 1", file=sys.stderr)
                return 2
            rows = q.list_cases(counter.local(), None, q.CaseFilter(q.Scope.HALL, frozenset(args.state or ())),
                                hall_today(), limit=args.limit)
            _print_list(rows, as_json=args.json)
            return 0
        detail = q.case_detail(counter.local(), args.case_no.strip(), hall_today())
        if detail is None:
            print(f"counter-app case show: no case {args.case_no!r} in this counter's store", file=sys.stderr)
            return 1
        _print_detail(detail, as_json=args.json)
        return 0
    finally:
        counter.close()


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):  # a named tuple (CaseRow)
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def _print_list(rows: list[Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([_plain(r) for r in rows], ensure_ascii=False, indent=1))
        return
    for r in rows:
        due = r.step_due.isoformat() if r.step_due else "-"
        print(f"{r.case_no}  {r.status:<20} {due:<10} {r.warning.value:<6} {r.masked_id:<18} {r.applicant_name}"
              f"  {r.item_name}")


def _print_detail(detail: Any, *, as_json: bool) -> None:
    plain = _plain(detail)
    # The full identity number stays in the store; support output shows it masked like the lists.
    from counter_app.domain.applicant import mask_id

    applicant = plain["state"]["applicant"]
    for key in ("id_number", "credit_code"):
        if applicant.get(key):
            applicant[key] = mask_id(applicant[key])
    if applicant.get("agent", {}).get("id_number"):
        applicant["agent"]["id_number"] = mask_id(applicant["agent"]["id_number"])
    if as_json:
        print(json.dumps(plain, ensure_ascii=False, indent=1))
        return
    state = plain["state"]
    print(f"{state['case_no']}  {state['item']['name']}  [{state['status']}]")
    print(f"applicant: {applicant.get('name')}  {applicant.get('id_number') or applicant.get('credit_code') or ''}")
    print(f"received {state['received_on']}  accepted {state['accepted_on'] or '-'}  "
          f"step due {plain['timing']['step_due'] or '-'}  warning {plain['step_warning']}")
    for entry in plain["timeline"]:
        acting = f" (for {entry['acting_for']})" if entry["acting_for"] else ""
        note = f"  [ignored: {entry['ignored_reason']}]" if entry["ignored_reason"] else ""
        print(f"  {entry['occurred_at']}  {entry['kind']:<22} {entry['actor']}{acting} @{entry['device']}{note}")
