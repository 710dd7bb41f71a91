"""Sync processes for the kill trials, forked from one loaded interpreter so that a trial costs no start-up.

Run as `python tests/sync_child.py`; it imports the program once and then reads
commands from stdin, one per line: `sync DATA_DIR HALL_URL BATCH`. For each it
forks a process that prints `pid N`, `ready`, a line after each batch it committed
(`push 3/9`, `pull 6/12`) and `done` at the end, then it prints `exit CODE` once
that process ended (killed with SIGKILL: -9). Nothing is open when it forks: each
forked sync builds its own engines, as a freshly started program would.
"""

from __future__ import annotations

import os
import sys
import traceback

from counter_app import config
from counter_app.app import Counter
from counter_app.services.sync import synchronise


def _say(line: str) -> None:
    """One line in one write: a pipe takes it whole or not at all, so a kill never leaves half a line
    for the server's next one to join (print may write the text and its newline apart, as it does
    when PYTHONUNBUFFERED is set)."""
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def _sync(data_dir: str, hall_url: str, batch: int) -> None:
    _say(f"pid {os.getpid()}")
    counter = Counter(config.resolve(data_dir, hall_url))
    _say("ready")
    synchronise(counter, batch=batch, progress=lambda p: _say(f"{p.phase} {p.done}/{p.total}"))
    _say("done")


def main() -> None:
    for line in sys.stdin:
        _verb, data_dir, hall_url, batch = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _sync(data_dir, hall_url, int(batch))
            except BaseException:  # noqa: BLE001 - reported as the exit code, the traceback on stderr
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        _say(f"exit {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    main()
