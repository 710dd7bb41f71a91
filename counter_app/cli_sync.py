"""`counter-app sync` and `counter-app hall migrate`: the sync for scripts and the hall's schema for its administrator.

`sync` prints a JSON summary and exits 0; when the hall cannot be reached it says so
on stderr and exits 1, keeping whatever it finished.
`hall migrate --url URL` creates or upgrades a hall database to this program's schema.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from counter_app import config

EXIT_OK = 0
EXIT_ERROR = 1


def add_parsers(commands: Any) -> None:
    sync = commands.add_parser("sync", help="push this counter's facts to the hall and pull the others' (JSON summary)")
    sync.add_argument("--batch", type=_positive, default=500, help="facts per transaction (default 500)")
    hall = commands.add_parser("hall", help="the hall database")
    verbs = hall.add_subparsers(dest="verb", metavar="VERB", required=True)
    migrate = verbs.add_parser("migrate", help="create or upgrade a hall database to this program's schema")
    migrate.add_argument("--url", required=True, help="e.g. postgresql://counter@hall-db/hall or sqlite:///hall.sqlite3")


def run_sync(cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    if not cfg.local_store_path.exists():
        print(f"counter-app sync: no counter store in {cfg.data_dir}; run `counter-app init` first", file=sys.stderr)
        return EXIT_ERROR
    from counter_app.app import Counter
    from counter_app.services.sync import HallUnreachable, synchronise

    counter = Counter(cfg)
    try:
        report = synchronise(counter, batch=args.batch)
    except HallUnreachable as error:
        print(f"counter-app sync: {error}; the facts wait in the outbox for the next sync", file=sys.stderr)
        return EXIT_ERROR
    finally:
        counter.close()
    print(json.dumps(report.as_json(), ensure_ascii=False))
    return EXIT_OK


def run_hall(_cfg: config.CounterConfig, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import ArgumentError, OperationalError

    from counter_app.app import database_engine
    from counter_app.store import migrate
    from counter_app.store.engine import describe

    try:
        engine = database_engine(args.url)
    except ArgumentError as error:
        print(f"counter-app hall migrate: not a database URL: {args.url} ({error})", file=sys.stderr)
        return EXIT_ERROR
    try:
        before = migrate.current_revision(engine)
        migrate.upgrade(engine)
        after = migrate.current_revision(engine)
    except OperationalError as error:
        print(f"counter-app hall migrate: {describe(engine)} cannot be reached: {error.orig}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        engine.dispose()
    print(json.dumps({"hall": describe(engine), "from": before, "to": after}))
    return EXIT_OK


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
