"""Command line: `counter-app` opens the window; subcommands serve scripts and support."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from counter_app import __version__, cli_cases, cli_export, cli_print, cli_seal, cli_sync, config, logs

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_DISPLAY = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description="Counter: the window clerk's program of the administrative approval service hall.",
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument("--data-dir", help="where the local store, settings and logs live (env COUNTER_DATA_DIR)")
    parser.add_argument("--hall", metavar="URL", help="hall database URL, e.g. postgresql://user@host/hall (env COUNTER_HALL_URL)")
    parser.add_argument("--lang", choices=config.LANGUAGES, help="interface language for this run")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", help="create or upgrade the stores and register this counter")
    init.add_argument("--demo", action="store_true", help="load the demo hall into an empty hall database")
    cli_cases.add_parser(commands)
    cli_print.add_parser(commands)
    cli_seal.add_parser(commands)
    cli_sync.add_parsers(commands)
    cli_export.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cfg = config.resolve(args.data_dir, args.hall)
    logs.configure(cfg.log_dir, verbose=args.verbose)
    logs.install_excepthook()
    if args.command == "init":
        return _init(cfg, demo=args.demo)
    if args.command == "case":
        return cli_cases.run(cfg, args)
    if args.command == "print":
        return cli_print.run(cfg, args)
    if args.command == "seal":
        return cli_seal.run(cfg, args)
    if args.command == "sync":
        return cli_sync.run_sync(cfg, args)
    if args.command == "hall":
        return cli_sync.run_hall(cfg, args)
    if args.command == "export":
        return cli_export.run(cfg, args)
    return _gui(cfg, args.lang)


def _gui(cfg: config.CounterConfig, lang: str | None) -> int:
    from counter_app.display import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    if lang:
        cfg.settings.language = lang
    from counter_app.ui.gui import run

    return run(cfg)


def _init(cfg: config.CounterConfig, *, demo: bool) -> int:
    from counter_app.app import Counter
    from counter_app.services.startup import HallNotReady, HallUnreachable, open_counter

    counter = Counter(cfg)
    try:
        status = open_counter(counter, demo_if_empty=demo or cfg.hall_is_embedded)
    except (HallNotReady, HallUnreachable) as error:
        print(f"counter-app init: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        counter.close()
    summary = {
        "hall": status.hall_name,
        "device": status.device_code,
        "first_run": status.first_run,
        "demo_loaded": status.demo_loaded,
        "data_dir": str(cfg.data_dir),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return EXIT_OK
