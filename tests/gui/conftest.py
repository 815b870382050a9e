"""pytest-qt fixtures: the real main window on a copy of the seeded library, offscreen."""

from __future__ import annotations

import os

import pytest

from pathlib import Path

# A 1920×1080 offscreen screen (Qt's offscreen default is 800×800, smaller than any screen our users have), so
# window sizing and restoring are tested against a real screen size; tests of smaller screens say so.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


@pytest.fixture(autouse=True, scope="session")
def _singletons_kept_alive():
    """PySide6 6.12 drops references to None and True (see briefing_builder/crashguard.py): guard every GUI test,
    not only those that build the window through create_window."""
    from briefing_builder.crashguard import keep_singletons_alive

    keep_singletons_alive()


@pytest.fixture(autouse=True)
def _english_interface(monkeypatch):
    """GUI tests read English texts: the interface is English whatever the machine's locale (a test of another
    language sets BRIEFING_BUILDER_LANGUAGE itself)."""
    monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", "en")


@pytest.fixture
def app_window(qtbot, data_dir):
    """The main window, shown, with its first search done; closed and shut down afterwards."""
    from briefing_builder.gui.app import create_window

    _app, window, tasks, reader = create_window(str(data_dir))
    # pytest-qt closes the window before fixtures finish: drop unsaved edits first, or closing would ask about them.
    qtbot.addWidget(window, before_close_func=lambda w: (w.library_page.editor.revert(), w.people_page.revert()))
    window.resize(1400, 860)
    window.show()
    qtbot.waitUntil(lambda: window.library_page.model.rowCount() > 0, timeout=10_000)
    yield window
    window.packs_page.draft_timer.stop()
    window.close()
    tasks.shutdown()
    reader.close()


@pytest.fixture
def idle(qtbot, app_window):
    """Call to wait until no background work is pending."""
    def wait(timeout: int = 15_000) -> None:
        qtbot.waitUntil(lambda: app_window.tasks.pending == 0, timeout=timeout)

    return wait


@pytest.fixture
def packs(qtbot, app_window):
    """The Packs page with its outline and country list loaded, exports not stopping for a message box."""
    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5 and page.country.count() > 100, timeout=10_000)
    return page


@pytest.fixture
def window_in(qtbot, data_dir, monkeypatch):
    """Call with a language ("fr") for the main window in it at 1366×768, shown, its first search done: returns
    (app, window, tasks); every window opened is closed afterwards and the interface is English again."""
    opened = []

    def open_in(language: str):
        from briefing_builder.gui.app import create_window

        monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", language)
        app, window, tasks, reader = create_window(str(data_dir))
        qtbot.addWidget(window, before_close_func=lambda w: w.library_page.editor.revert())
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.library_page.model.rowCount() > 0, timeout=10_000)
        opened.append((window, tasks, reader))
        return app, window, tasks

    yield open_in
    for window, tasks, reader in opened:
        window.packs_page.draft_timer.stop()
        window.close()
        tasks.shutdown()
        reader.close()
    from briefing_builder.gui import i18n

    i18n.install(__import__("PySide6.QtWidgets").QtWidgets.QApplication.instance(), "en")  # later tests: English
