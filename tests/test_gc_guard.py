"""Cycles are collected on the GUI thread only (see counter_app/ui/gc_guard.py)."""

from __future__ import annotations

import gc
import weakref

from counter_app.ui import gc_guard


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_the_collector_turns_automatic_collection_off_and_collects_itself(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector  # once per process
    assert not gc.isenabled()
    node = _Node()
    gone = weakref.ref(node)
    del node
    for _ in range(collector.thresholds[0] + 1):
        _Node()  # enough allocations to pass the first threshold
    collector.collect()
    assert gone() is None


def test_what_the_window_holds_is_frozen_after_log_in_and_thawed_at_log_out(qtbot, demo_dir) -> None:  # type: ignore[no-untyped-def]
    import gc

    from gui_helpers import open_main_window

    ctl, window = open_main_window(qtbot, demo_dir, "S0101")
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    ctl._log_out()
    assert gc.get_freeze_count() == 0
