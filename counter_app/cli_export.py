"""`counter-app export supervision`: the electronic supervision export (电子监察) as JSON or CSV.

    counter-app export supervision --from 2026-11-01 --to 2026-11-30 --out nov.json --staff S9001
                                   [--format json|csv]

Only the hall administrator exports: --staff CODE, with the PIN from COUNTER_PIN or the prompt.
The export reads this counter's store (sync first for the hall's latest). The layout is in
docs/supervision-export.md. Exit 0 with a JSON summary on stdout; 2 for a bad date, a period
that ends before it starts, an unknown format or a folder that does not exist; 1 when the file
cannot be written, the log-in is refused or the person may not export.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from counter_app import config

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
FORMATS = ("json", "csv")


def add_parser(commands: Any) -> None:
    export = commands.add_parser("export", help="exports for other systems")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    p = kinds.add_parser("supervision", help="every case with a step in a period, for electronic supervision")
    p.add_argument("--from", dest="first", required=True, type=_date, metavar="DATE", help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, type=_date, metavar="DATE", help="last day, YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (csv: two card files beside it)")
    p.add_argument("--format", choices=FORMATS, default="json", help="json (default) or csv")
    p.add_argument("--staff", required=True, metavar="CODE",
                   help="the hall administrator exporting (PIN from COUNTER_PIN or the prompt)")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def run(cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    if args.last < args.first:
        return _fail(f"--to {args.last} is before --from {args.first}", EXIT_USAGE)
    out = Path(args.out)
    targets = [out]
    if args.format == "csv":
        from counter_app.services.supervision_csv import card_paths

        targets += card_paths(out)
    for target in targets:
        if not target.parent.is_dir():
            return _fail(f"the folder {target.parent} does not exist", EXIT_USAGE)
        if target.is_dir():
            return _fail(f"{target} is a folder", EXIT_USAGE)
    if not cfg.local_store_path.exists():
        return _fail(f"no counter store in {cfg.data_dir}; run `counter-app init` first")
    unwritable = _unwritable(targets)
    if unwritable:
        return _fail(unwritable)
    pin = os.environ.get("COUNTER_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            return _fail("no PIN: set COUNTER_PIN or run in a terminal", EXIT_USAGE)
        pin = getpass.getpass(f"PIN for {args.staff}: ")
    from counter_app.app import Counter

    counter = Counter(cfg)
    try:
        return _export(counter, args, pin, out)
    finally:
        counter.close()


def _unwritable(targets: list[Path]) -> str | None:
    """Why one of the files cannot be written, found before any work is done."""
    for target in targets:
        probe = target.with_name(target.name + ".part")
        try:
            probe.open("w").close()
            probe.unlink()
        except OSError as error:
            return f"cannot write {target}: {error.strerror or error}"
    return None


def _export(counter: Any, args: argparse.Namespace, pin: str, out: Path) -> int:
    from counter_app.domain.login import LoggedIn
    from counter_app.domain.supervision import Period
    from counter_app.services import supervision, supervision_csv
    from counter_app.services.auth import log_in
    from counter_app.services.startup import device_id

    now = dt.datetime.now(dt.UTC)
    outcome = log_in(counter.local(), device_id=device_id(counter), code=args.staff, pin=pin, now=now)
    if not isinstance(outcome, LoggedIn):
        return _fail(f"log-in refused for {args.staff}: {type(outcome).__name__}")
    try:
        document = supervision.export(counter.local(), outcome.session, Period(args.first, args.last), now)
    except PermissionError:
        return _fail(f"{args.staff} may not export: only the hall administrator exports for supervision")
    try:
        if args.format == "csv":
            files = supervision_csv.write(document, out)
        else:
            part = out.with_name(out.name + ".part")
            part.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
            part.replace(out)
            files = [out]
    except OSError as error:
        return _fail(f"cannot write {out}: {error.strerror or error}")
    print(json.dumps({"cases": len(document["cases"]), "yellow_cards": len(document["yellow_cards"]),
                      "red_cards": len(document["red_cards"]), "files": [str(f) for f in files]},
                     ensure_ascii=False))
    return EXIT_OK


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"counter-app export supervision: {message}", file=sys.stderr)
    return code
