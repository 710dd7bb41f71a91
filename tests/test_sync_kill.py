"""A sync process killed with SIGKILL at random points of push and pull: nothing lost, nothing doubled.

Each trial queues new work, starts a sync in a process of its own, waits until it
is loaded and has committed a random number of batches, lets it run a random part
of a batch's time more and kills it. At the end both counters finish their syncs,
and every fact must be at the hall and at every counter exactly once, with the
same case projections everywhere. COUNTER_KILL_SEED repeats a run's kill points.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from hall_counters import accept_cases, fact_ids, hall_log, open_at, projections, sync, waiting
from sqlalchemy import func, select
from staffing import staff_session

from counter_app.store.models import HallFactLog, SyncState
from counter_app.sync.pull import CURSOR_KEY

TRIALS = int(os.environ.get("COUNTER_KILL_TRIALS", "50"))  # per hall engine: 100 in all
CHILD = Path(__file__).with_name("sync_child.py")
BATCH = "3"
LINE_WAIT = 120  # seconds: a sync of this test's few facts takes well under one


class SyncProcesses:
    """Starts sync processes (forked from tests/sync_child.py) and kills them."""

    def __init__(self, errors: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        self.errors = errors
        with errors.open("w") as stderr:  # a sync that fails says why there, for the assertion below
            self.server = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, stderr=stderr, text=True, env=env)
        # The server's lines, read by a thread: a line that never comes fails the test after a wait
        # instead of holding the whole run, and the failure shows what came before it.
        self.lines: queue.Queue[str] = queue.Queue()
        self.transcript: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.server.stdout is not None
        for line in self.server.stdout:
            self.lines.put(line.strip())
        self.lines.put("")

    def start(self, data_dir: Path, hall_url: str) -> int:
        assert self.server.stdin is not None
        self.server.stdin.write(f"sync {data_dir} {hall_url} {BATCH}\n")
        self.server.stdin.flush()
        pid = int(self.line().split()[1])
        assert self.line() == "ready"
        return pid

    def line(self) -> str:
        try:
            line = self.lines.get(timeout=LINE_WAIT)
        except queue.Empty:
            raise AssertionError(f"no line from the sync processes in {LINE_WAIT} s; the last ones:\n"
                                 + "\n".join(self.transcript[-30:])) from None
        self.transcript.append(line)
        return line

    def finish(self, line: str = "") -> int:
        """Read what is left of the process's lines; its exit code (0 done, -9 killed)."""
        while "exit " not in line:
            line = self.line()
            assert line, "the sync process server died"
        assert line.startswith("exit "), f"a line cut short by the kill: {line!r}"
        code = int(line.split("exit ")[1])
        assert code in (0, -9), f"a sync failed (exit {code}):\n{self.errors.read_text()[-3000:]}"
        return code

    def kill_after(self, pid: int, batches: int, delay: float) -> int:
        for _ in range(batches):
            line = self.line()
            if "exit " in line:  # it ended (or failed) before the batches it was given
                return self.finish(line)
            if line in ("done", ""):
                break
        time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it finished first
        return self.finish()

    def batch_seconds(self, data_dir: Path, hall_url: str) -> float:
        """How long one batch takes: the median time between batches of a whole sync of the work queued so far."""
        self.start(data_dir, hall_url)
        times = []
        while (line := self.line()).startswith(("push", "pull")):
            times.append(time.perf_counter())
        assert line == "done" and self.finish() == 0 and len(times) > 2
        return statistics.median(b - a for a, b in zip(times, times[1:], strict=False))

    def close(self) -> None:
        assert self.server.stdin is not None
        self.server.stdin.close()
        self.server.wait(30)


def _cursor(counter) -> int:  # type: ignore[no-untyped-def]
    with counter.local() as uow:
        state = uow.session.get(SyncState, CURSOR_KEY)
        return int(state.value) if state else 0


def _hall_position(counter) -> int:  # type: ignore[no-untyped-def]
    with counter.hall() as uow:
        return uow.session.scalar(select(func.max(HallFactLog.seq))) or 0


def test_killed_syncs_lose_and_double_nothing(tmp_path: Path, hall_url: str) -> None:
    seed = int(os.environ.get("COUNTER_KILL_SEED", time.time_ns()))
    rng = random.Random(seed)
    print(f"\nCOUNTER_KILL_SEED={seed}")
    writer, reader = open_at(tmp_path, "writer", hall_url), open_at(tmp_path, "reader", hall_url)
    clerk = staff_session(writer, "S0101")
    accept_cases(writer, clerk, 6)
    processes = SyncProcesses(tmp_path / "sync-errors.txt")
    span = processes.batch_seconds(tmp_path / "writer", hall_url)
    cut_pushes = cut_pulls = 0
    for trial in range(TRIALS):
        accept_cases(writer, clerk, 4, start=10 + 4 * trial)
        victim = "writer" if trial % 2 == 0 else "reader"
        before = (waiting(writer), _cursor(reader))
        # A pushing writer commits a batch per 3 facts queued, a pulling reader per 3 facts pulled.
        batches = -(-(before[0] if victim == "writer" else _hall_position(reader) - before[1]) // int(BATCH))
        pid = processes.start(tmp_path / victim, hall_url)
        processes.kill_after(pid, rng.randint(0, batches), rng.uniform(0, 1.5 * span))
        after = (waiting(writer), _cursor(reader))
        cut_pushes += victim == "writer" and 0 < after[0] < before[0]
        cut_pulls += victim == "reader" and before[1] < after[1] < _hall_position(reader)
    processes.close()
    for counter in (writer, reader, writer, reader):
        sync(counter)
    made = fact_ids(writer)
    assert waiting(writer) == 0 and fact_ids(writer, hall=True) == made
    log = hall_log(writer)
    assert len(log) == len(set(log)) == sum(len(ids) for ids in made.values())
    assert {k: v for k, v in fact_ids(reader).items() if k != "audit_entry"} == {
        k: v for k, v in made.items() if k != "audit_entry"}
    assert projections(reader) == projections(writer)
    print(f"{TRIALS} trials: {cut_pushes} pushes and {cut_pulls} pulls cut short midway")
    if TRIALS >= 20:  # the kills must really have cut pushes and pulls short, or this proves nothing
        assert cut_pushes and cut_pulls, (cut_pushes, cut_pulls)
