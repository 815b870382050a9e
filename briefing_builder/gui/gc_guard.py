"""Python's cyclic garbage collector, run on the UI thread only while background threads run.

Why: the automatic collector runs in whichever thread happens to allocate when a threshold trips, the library
worker thread included. Collecting there a cycle that holds a Qt wrapper destroys a Qt object off its own thread,
and Qt crashes (measured: a segmentation fault "Garbage-collecting" inside `Library.countries` on the worker,
one run in two of tests/gui/test_countries_settings.py on a busy machine). The known remedy (PySide/PyQt apps
such as GitFourchette and OpenCue do the same) is to turn automatic collection off and collect on the UI thread
from a timer, generation by generation as the thresholds would have.

Contract: `hold(parent)` turns automatic collection off (if it was on) and starts a timer, a child of `parent`
(a QObject on the UI thread), that collects like the automatic collector every `INTERVAL_MS`; `release()`
undoes one hold, and the last release turns automatic collection back on as it was. Reference counting frees
everything that is not in a cycle at once either way; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_holds = 0
_was_enabled = True


def collect_due() -> int:
    """Collect the generations whose counts passed their thresholds (what automatic collection would have
    done by now); returns how many objects were found unreachable."""
    threshold = gc.get_threshold()
    counts = gc.get_count()
    found = 0
    if counts[0] > threshold[0]:
        generation = 2 if counts[2] > threshold[2] and counts[1] > threshold[1] else (
            1 if counts[1] > threshold[1] else 0)
        found = gc.collect(generation)
    return found


def hold(parent: QObject) -> QTimer:
    """Collect on `parent`'s (the UI) thread from now on, not automatically; see the module's contract."""
    global _holds, _was_enabled
    if _holds == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _holds += 1
    timer = QTimer(parent)
    timer.setObjectName("gc-guard")
    timer.timeout.connect(collect_due)
    timer.start(INTERVAL_MS)
    return timer


def release(timer: QTimer | None = None) -> None:
    """Undo one `hold` (stopping its timer); the last one turns automatic collection back on as it was."""
    global _holds
    if timer is not None:
        timer.stop()
    if _holds == 0:
        return
    _holds -= 1
    if _holds == 0:
        gc.collect()  # on this (the UI) thread, before the automatic collector may run anywhere again
        if _was_enabled:
            gc.enable()


__all__ = ["INTERVAL_MS", "collect_due", "hold", "release"]
