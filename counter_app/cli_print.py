"""`counter-app print KIND CASE_NO --out FILE`: a case's document as PDF, for scripted use.

The print is a fact like any other, so it needs a person: --staff CODE, with the PIN from
COUNTER_PIN or typed at the prompt. A wrong PIN counts towards the lock as at the counter.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from counter_app import config

KINDS = ("one-time-notice", "acceptance", "non-acceptance", "receipt", "extension", "suspension")
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

_REFUSALS = {
    "unknown": "no case {case_no!r} in this counter's store",
    "not_for_this_case": "case {case_no} has no {kind} document: its events do not include what it records",
    "other_department": "{staff} is not staff of the department that handles case {case_no}",
    "department_staff_only": "{staff} may not print this department's documents",
    "copies_too_few": "--copies must be at least 1",
    "copies_too_many": "--copies may be at most 20",
}


def add_parser(commands: Any) -> None:
    p = commands.add_parser("print", help="write a case's document as a PDF file (recorded as a print)")
    p.add_argument("kind", metavar="KIND", choices=KINDS, help="one of: " + ", ".join(KINDS))
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument("--staff", required=True, metavar="CODE", help="who prints (PIN from COUNTER_PIN or the prompt)")
    p.add_argument("--copies", type=int, default=1, help="copies recorded with the print (default 1)")


def run(cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if not out.parent.exists():
        return _fail(f"the folder {out.parent} does not exist", EXIT_USAGE)
    if out.exists() and out.is_dir():
        return _fail(f"{out} is a folder", EXIT_USAGE)
    if not cfg.local_store_path.exists():
        return _fail(f"no counter store in {cfg.data_dir}; run `counter-app init` first")
    pin = os.environ.get("COUNTER_PIN")
    if pin is None:
        if not sys.stdin.isatty():
            return _fail("no PIN: set COUNTER_PIN or run in a terminal", EXIT_USAGE)
        pin = getpass.getpass(f"PIN for {args.staff}: ")
    from counter_app.app import Counter

    counter = Counter(cfg)
    try:
        return _print(counter, cfg, args, pin, out)
    finally:
        counter.close()


def _print(counter: Any, cfg: config.CounterConfig, args: argparse.Namespace, pin: str, out: Path) -> int:
    from counter_app.domain.documents import DocumentKind
    from counter_app.domain.login import LoggedIn
    from counter_app.printing import render
    from counter_app.printing.fonts import NoCjkFont, font_set
    from counter_app.services import printing
    from counter_app.services.auth import log_in
    from counter_app.services.startup import device_id

    now = dt.datetime.now(dt.UTC)
    outcome = log_in(counter.local(), device_id=device_id(counter), code=args.staff, pin=pin, now=now)
    if not isinstance(outcome, LoggedIn):
        return _fail(f"log-in refused for {args.staff}: {type(outcome).__name__}")
    kind = DocumentKind(args.kind)
    try:
        font = cfg.settings.print_font or None
        font_set(font)  # a missing font must fail before a number is taken
        done = printing.record_print(counter.local(), outcome.session, args.case_no, kind, copies=args.copies,
                                     destination="pdf", target=str(out.resolve()), now=now)
        if not done.ok:
            return _refused(done.errors, args)
        assert done.document is not None
        pdf = render(done.document, font_path=font)
    except NoCjkFont as error:
        return _fail(str(error))
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(out)
    print(done.document.number)
    return EXIT_OK


def _refused(errors: Any, args: argparse.Namespace) -> int:
    for error in errors:
        template = _REFUSALS.get(error.code, f"{error.field}: {error.code}")
        print("counter-app print: " + template.format(case_no=args.case_no, kind=args.kind, staff=args.staff),
              file=sys.stderr)
    return EXIT_ERROR


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"counter-app print: {message}", file=sys.stderr)
    return code
