"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; the app guards against it
(gui.app.guard_singleton_refcounts), or a long session aborts with "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    if sys.argv[1] == "guarded":
        from briefing_builder.gui.app import guard_singleton_refcounts
        guard_singleton_refcounts()
    label = QLabel()
    for n in range(int(sys.argv[2])):
        label.setText("x")  # void: each call leaked one reference to None on 6.12.0 / 3.11
        label.setEnabled(True)
    print("done", sys.getrefcount(None) > 1000)
""")


def _run(mode: str, calls: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT, mode, str(calls)], capture_output=True, text=True,
                          timeout=120)


def test_a_long_session_of_void_calls_never_exhausts_none():
    guarded = _run("guarded", 100_000)
    assert guarded.returncode == 0 and "done True" in guarded.stdout, guarded.stderr[-2000:]


def test_the_guard_detects_the_leak_only_where_it_exists():
    from PySide6.QtCore import QObject

    from briefing_builder.gui.app import guard_singleton_refcounts

    probe, before = QObject(), sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    leaks = before - sys.getrefcount(None) > 500
    assert guard_singleton_refcounts() is leaks
    if leaks:  # without the guard the same run aborts: the test proves the guard is what keeps it alive
        unguarded = _run("unguarded", 100_000)
        assert unguarded.returncode != 0 and "dealloc" in unguarded.stderr
