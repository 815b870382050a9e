"""Python's cyclic collector runs on the UI thread only while the app's worker threads run (gui/gc_guard.py):
collected on the library worker, a cycle holding a Qt object crashed Qt (a segmentation fault)."""

from __future__ import annotations

import gc
import threading
import weakref

from briefing_builder.gui import gc_guard


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_automatic_collection_is_off_while_the_window_runs_and_cycles_are_collected_on_the_ui_thread(
        qtbot, app_window):
    assert not gc.isenabled()
    collected_on: list[str] = []
    node = _Node()
    weakref.finalize(node, lambda: collected_on.append(threading.current_thread().name))
    del node
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]  # live containers pass the youngest threshold
    qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)
    assert collected_on == [threading.main_thread().name]
    del keep


def test_the_last_release_turns_automatic_collection_back_on(qapp):
    from PySide6.QtCore import QObject

    assert gc.isenabled()
    owner = QObject()
    first, second = gc_guard.hold(owner), gc_guard.hold(owner)
    assert not gc.isenabled() and first.isActive()
    gc_guard.release(first)
    assert not gc.isenabled() and not first.isActive()
    gc_guard.release(second)
    assert gc.isenabled()
    gc_guard.release()  # one too many: harmless
    assert gc.isenabled()


def test_collect_due_collects_a_generation_only_past_its_threshold():
    gc.collect()
    assert gc_guard.collect_due() == 0  # nothing is due right after a full collection
    was = gc.isenabled()
    gc.disable()
    try:
        node = _Node()
        alive = weakref.ref(node)
        del node
        keep = [[] for _ in range(gc.get_threshold()[0] + 10)]  # live containers count towards the threshold
        assert gc_guard.collect_due() >= 1 and alive() is None
        del keep
    finally:
        if was:
            gc.enable()
