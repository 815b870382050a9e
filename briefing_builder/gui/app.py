"""Start the desktop app: Qt application, look and feel, settings, the library, the main window."""

from __future__ import annotations

import os
import sys
import time

from .. import APP_ID, APP_NAME


def create_window(data_dir: str | None = None):
    """Build the application objects without entering the event loop (also used by tests and screenshots).

    Returns (app, window, tasks, reader). Raises `BriefingBuilderError` for a bad configuration or library.
    """
    from ..crashguard import keep_singletons_alive
    from ..qt_runtime import prepare_qt

    keep_singletons_alive()  # PySide6 6.12 drops references to None and True: see crashguard
    prepare_qt()
    from PySide6.QtWidgets import QApplication

    from ..library import Library
    from ..paths import resolve_data_location
    from ..settings import load_settings
    from . import i18n, input_guards, look
    from .main_window import MainWindow
    from .tasks import Tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    look.apply(app)
    input_guards.install(app)  # before any widget: the wheel never changes a combo or spin box it passes over
    settings = load_settings()
    i18n.install(app, i18n.interface_language(settings))  # before any window: texts are translated when made
    location = resolve_data_location(data_dir, settings.data_folder)
    reader = Library.open(location.library_path, allow_edits=False)  # the UI thread only reads
    tasks = Tasks(location.library_path, allow_edits=not settings.read_only)
    window = MainWindow(reader, tasks, settings, location)
    return app, window, tasks, reader


def _FirstPaint(app, window, started: float, probe: str):  # noqa: N802 - a factory: QtCore only when probing
    """Prints "first-paint SECONDS" at the window's first paint event, then quits (used by bench/ and CI).

    When `probe` names a .png file, the window is saved there once it has settled (CI keeps it as a picture).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish() -> None:
        if probe.lower().endswith(".png"):
            window.grab().save(probe)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                print(f"first-paint {time.perf_counter() - started:.3f}", flush=True)
                QTimer.singleShot(1500 if probe.lower().endswith(".png") else 0, finish)
            return False

    return FirstPaint(app)


def main(data_dir: str | None = None) -> int:
    """Run the app; returns the exit code. Problems at start-up are shown in a dialog, not a traceback."""
    started = time.perf_counter()
    from ..qt_runtime import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..errors import BriefingBuilderError
    from .core_text import error_text

    try:
        app, window, tasks, reader = create_window(data_dir)
    except BriefingBuilderError as exc:
        QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 1
    from ..crashguard import enable_crash_log

    try:
        enable_crash_log(window.location.folder)  # a crash in the field leaves its stacks in <data>/logs
    except OSError as exc:  # a read-only data folder must not stop the app
        print(f"No crash log: {exc}", file=sys.stderr)
    if os.environ.get("BRIEFING_BUILDER_STARTUP_PROBE"):  # bench/: launch to the first painted window
        probe = _FirstPaint(app, window, started, os.environ["BRIEFING_BUILDER_STARTUP_PROBE"])
        window.installEventFilter(probe)
    window.show()
    code = app.exec()
    tasks.shutdown()
    reader.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
