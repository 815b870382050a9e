"""A new pack starts in the interface's language unless the configuration names a pack language."""

from PySide6.QtCore import Qt


def _open(qtbot, data_dir, monkeypatch, language):
    from briefing_builder.gui.app import create_window

    monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", language)
    app, window, tasks, reader = create_window(str(data_dir))
    qtbot.addWidget(window, before_close_func=lambda w: w.library_page.editor.revert())
    window.show()
    qtbot.waitUntil(lambda: window.library_page.model.rowCount() > 0, timeout=10_000)
    return window, tasks, reader


def _close(window, tasks, reader):
    from PySide6.QtWidgets import QApplication

    from briefing_builder.gui import i18n

    window.packs_page.draft_timer.stop()
    window.close()
    tasks.shutdown()
    reader.close()
    i18n.install(QApplication.instance(), "en")  # later tests: English


def test_a_new_pack_in_a_french_interface_is_french(qtbot, data_dir, monkeypatch):
    window, tasks, reader = _open(qtbot, data_dir, monkeypatch, "fr")
    try:
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the Packs page
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.packs_page)
        qtbot.keyClick(window.packs_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.packs_page._state is not None, timeout=10_000)
        assert window.packs_page._state.spec.language == "fr"
    finally:
        _close(window, tasks, reader)


def test_a_configured_pack_language_wins_over_the_interface(qtbot, data_dir, monkeypatch):
    from briefing_builder import paths

    user_dir = paths.user_config_dir()  # the test's own (tests/conftest.py points XDG folders at a tmp home)
    user_dir.mkdir(parents=True, exist_ok=True)
    (user_dir / "settings.toml").write_text('[output]\nlanguage = "pt"\n', encoding="utf-8")
    window, tasks, reader = _open(qtbot, data_dir, monkeypatch, "ar")
    try:
        window.packs_page.new_pack()
        assert window.packs_page._state.spec.language == "pt"
    finally:
        _close(window, tasks, reader)
