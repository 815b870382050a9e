"""Soak the real app in one process, then quit it as `gui.app.main` does: run as a script by test_crashguard.

    python -X dev soak_app.py DATA_DIR OUT_DIR CYCLES [--unguarded] [--quit-busy]

Each cycle: search on the Library page (typed keys), a look at Countries, on Packs a typed change of recipient, the
preview it triggers and one more, each waited for; every second cycle an export (a child process), waited for. With
--quit-busy the window closes while an export and a preview are still running (with --slow-export, an export
that takes longer than `Tasks.shutdown` waits). The app's own start-up path runs
(`create_window`, the crash log in DATA_DIR), and the quit path too (close, `Tasks.shutdown`, reader closed, then
the interpreter's own clean-up, where the refcount fault used to abort). Prints a JSON line of figures at the end.
`--unguarded` skips `crashguard.keep_singletons_alive()`, to show what it prevents.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    data_dir, out_dir, cycles = Path(argv[0]), Path(argv[1]), int(argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "--unguarded" in argv:
        import briefing_builder.crashguard as crashguard

        crashguard.keep_singletons_alive = lambda: False  # type: ignore[assignment]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from briefing_builder.crashguard import enable_crash_log
    from briefing_builder.gui.app import create_window

    app, window, tasks, reader = create_window(str(data_dir))
    enable_crash_log(window.location.folder)
    window.resize(1366, 768)
    window.show()
    packs = window.packs_page
    packs.quiet_exports = True
    figures = {"previews": 0, "exports": 0, "page switches": 0,
               "guarded": sys.getrefcount(True) > 2**60}

    def steps():
        yield lambda: window.library_page.model.rowCount() > 0
        for cycle in range(cycles):
            window.go(0)
            figures["page switches"] += 1
            search = window.library_page.search
            search.setFocus()
            QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(search, ["Malabo", "summit", "AU"][cycle % 3])
            yield lambda: tasks.pending == 0
            window.go(1)
            window.go(2)
            figures["page switches"] += 2
            yield lambda: packs.spec is not None and tasks.pending == 0
            packs.recipient.setFocus()
            QTest.keyClick(packs.recipient, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(packs.recipient, f"Hon. Placeholder {cycle}")
            QTest.keyClick(packs.recipient, Qt.Key.Key_Tab)
            for _ in range(2):  # the one the typing started, then one asked for
                yield lambda: (tasks.pending == 0 and not packs.preview_timer.isActive()
                               and "updating" not in packs.preview_state.text())
                figures["previews"] += 1
                packs.refresh_preview()
            if cycle % 2 == 0:
                packs.export(out_dir, ("docx", "pdf"), f"soak-{os.getpid()}-{cycle}")
                yield lambda: packs.export_token is None and tasks.pending == 0
                figures["exports"] += 1
        if "--quit-busy" in argv:
            yield lambda: packs.spec is not None and tasks.pending == 0
            if "--slow-export" in argv:  # the export outlives Tasks.shutdown's wait (its commit steps sleep 3 s)
                os.environ["BRIEFING_BUILDER_TEST_STEP_PAUSE"] = "3"
            packs.export(out_dir, ("docx", "pdf"), f"soak-{os.getpid()}-busy")
            packs.refresh_preview()
            yield lambda: True  # quit with both in flight

    plan = steps()
    waiting = [next(plan)]

    def tick() -> None:
        if not waiting[0]():
            return
        if os.environ.get("SOAK_TRACE"):
            print("step", figures, tasks.pending, file=sys.stderr, flush=True)
        try:
            waiting[0] = next(plan)
        except StopIteration:
            timer.stop()
            window.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    started = time.monotonic()
    code = app.exec()
    tasks.shutdown()
    reader.close()
    figures["seconds"] = round(time.monotonic() - started, 1)
    figures["peak rss mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(figures), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
