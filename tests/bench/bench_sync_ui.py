"""The UI thread during a big sync (issue: it never stalls more than 50 ms, measured by a timer in the app).

Counter A pushes 10,000 case events to a PostgreSQL hall, then counter B pulls
them (and refolds their cases), each through the app's own SyncController: the
sync runs as a ui.tasks.Task in the QThreadPool, its progress queued to the GUI
thread, exactly as F12 or the sync timer starts it. Meanwhile a QTimer with a
10 ms interval on the GUI thread of a QApplication made by ui.gui.create_application
(the app's: its style sheet, and the collector that runs on the GUI thread) with a
visible QMainWindow records the time of each tick; a gap between ticks is how long
the GUI thread could not run. Reported: the longest gap and the 99th percentile
during each sync, and the same while idle before it (what the timer itself does);
each gap over 30 ms with the time the cycle collector ran inside it (the app runs
the collector on the GUI thread), and the collector's longest run.

Runs in a child process (QT_QPA_PLATFORM=offscreen): the app switches the automatic
collector off, which must not leak into the other benchmarks.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sync_setup  # noqa: E402

TARGET_MAX_GAP_MS = 50.0
TICK_MS = 10
IDLE_S = 1.0


def run(hall: sync_setup.Hall | None = None) -> dict[str, Any]:
    why = sync_setup.pg_reachable()
    if why is not None:
        return sync_setup.skipped(why)
    own = hall is None
    hall = hall or sync_setup.Hall().build()
    try:
        name, a_dir, b_dir = hall.copy()
        try:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            child = subprocess.run([sys.executable, __file__, "--child", sync_setup.url(name), str(a_dir),
                                    str(b_dir)], capture_output=True, text=True, env=env, timeout=600)
            if child.returncode != 0:
                raise RuntimeError(f"the UI sync child failed ({child.returncode}):\n{child.stderr[-4000:]}")
            measured = json.loads(child.stdout.strip().splitlines()[-1])
        finally:
            hall.drop(name)
    finally:
        if own:
            hall.close()
    result: dict[str, Any] = {"events": sync_setup.EVENTS, "tick_ms": TICK_MS, **measured,
                              "target_max_gap_ms": TARGET_MAX_GAP_MS}
    result["failed"] = [f"{phase} max gap {result[phase]['max_gap_ms']} ms" for phase in ("push", "pull")
                        if result[phase]["max_gap_ms"] > TARGET_MAX_GAP_MS]
    result["ok"] = not result["failed"]
    return result


def _child(hall_url: str, a_dir: str, b_dir: str) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QLabel, QMainWindow
    from sqlalchemy import select

    from counter_app import config
    from counter_app.app import Counter
    from counter_app.services import auth, startup
    from counter_app.services.desk import Desk
    from counter_app.store.models import Staff
    from counter_app.ui import gc_guard, gui
    from counter_app.ui.sync.controller import SyncController

    app = gui.create_application([])
    window = QMainWindow()
    window.setWindowTitle("bench_sync_ui")
    window.setCentralWidget(QLabel("syncing"))
    window.resize(1024, 700)
    window.show()
    gc_guard.freeze_long_lived()  # as the app does once the main window is up after log-in
    ticks: list[float] = []
    # Every collection of the cycle collector (the app runs it on the GUI thread, see ui/gc_guard.py):
    # (start, end, generation), to tell a stall of the collector from one of the sync.
    collections: list[tuple[float, float, int]] = []
    began_gc: list[float] = []

    def note_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began_gc.append(time.perf_counter())
        elif began_gc:
            collections.append((began_gc.pop(), time.perf_counter(), info["generation"]))

    gc.callbacks.append(note_gc)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def desk(data_dir: str) -> Desk:
        counter = Counter(config.resolve(data_dir, hall_url))
        device = startup.device_id(counter)
        with counter.local() as uow:
            clerk = uow.session.scalars(select(Staff).where(Staff.code == "S0101")).one()
            who = auth.staff_session(clerk, device)
        return Desk(counter, who)

    out: dict[str, Any] = {}
    for phase, data_dir in (("push", a_dir), ("pull", b_dir)):
        sync = SyncController(desk(data_dir), 0)
        wait(IDLE_S)  # the timer alone, for comparison; and anything left over from the last phase settles
        idle_from = time.perf_counter() - IDLE_S
        idle = _gaps(ticks, idle_from, time.perf_counter())
        reports: list[Any] = []
        loop = QEventLoop()
        sync.finished.connect(lambda report, r=reports, lp=loop: (r.append(report), lp.quit()))
        sync.failed.connect(lambda message, r=reports, lp=loop: (r.append(message), lp.quit()))
        began = time.perf_counter()
        assert sync.sync_now()
        loop.exec()
        ended = time.perf_counter()
        report = reports[0]
        if isinstance(report, str):
            raise RuntimeError(f"{phase}: the sync failed: {report}")
        moved = report.pushed if phase == "push" else report.pulled
        assert moved == sync_setup.EVENTS, (phase, report)
        gaps = _gaps(ticks, began, ended)
        collected = [(b, e, g) for b, e, g in collections if began <= b <= ended]
        longest = max(collected, key=lambda c: c[1] - c[0], default=None)
        out[phase] = {"sync_ms": round((ended - began) * 1000, 1), "ticks": len(gaps),
                      "max_gap_ms": round(max(gaps), 1), "p99_gap_ms": round(_p99(gaps), 1),
                      "gaps_over_50_ms": sum(g > TARGET_MAX_GAP_MS for g in gaps),
                      "gaps_over_30_ms": _long_gaps(ticks, began, ended, collected),
                      "gc_collections": len(collected),
                      "gc_longest_ms": round((longest[1] - longest[0]) * 1000, 1) if longest else 0.0,
                      "gc_longest_generation": longest[2] if longest else None,
                      "idle_max_gap_ms": round(max(idle), 1), "idle_p99_gap_ms": round(_p99(idle), 1),
                      "report": {"pushed": report.pushed, "pulled": report.pulled,
                                 "cases_refolded": report.cases_refolded}}
        sync.desk.counter.close()
    timer.stop()
    window.close()
    app.processEvents()
    return out


def _gaps(ticks: list[float], start: float, end: float) -> list[float]:
    """The gaps between the ticks in [start, end], in ms, the edges included (a stall at the start counts)."""
    inside = [t for t in ticks if start <= t <= end]
    points = [start, *inside, end]
    return [(b - a) * 1000 for a, b in zip(points, points[1:], strict=False)]


def _long_gaps(ticks: list[float], start: float, end: float,
               collected: list[tuple[float, float, int]]) -> list[dict[str, float]]:
    """Each gap over 30 ms, with the time the collector ran inside it (on the GUI thread)."""
    inside = [t for t in ticks if start <= t <= end]
    points = [start, *inside, end]
    found = []
    for a, b in zip(points, points[1:], strict=False):
        if (b - a) * 1000 > 30:
            in_gc = sum(min(e, b) - max(s, a) for s, e, _g in collected if s < b and e > a)
            found.append({"gap_ms": round((b - a) * 1000, 1), "collector_ms": round(in_gc * 1000, 1)})
    return found


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98] if len(values) > 1 else values[0]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(_child(*sys.argv[2:5])))
        sys.exit(0)
    outcome = run()
    print(json.dumps(outcome, indent=2))
    sys.exit(0 if outcome["ok"] else 1)
