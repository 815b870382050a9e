"""Undo that follows the user (one QUndoGroup over the pages' stacks), and a window that fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QScrollArea, QWidget

from briefing_builder.gui import main_window as main_window_module
from briefing_builder.library import Library

UID = "summit2019-delegates"
ORIGINAL = "More than 400 delegates attended the summit"


def _title(data_dir) -> str:
    with Library.open(data_dir / "library.sqlite") as fresh:
        return fresh.item(UID).title


def _edit_title(qtbot, window, text: str) -> None:
    page = window.library_page
    item = page.reader.item(UID)
    qtbot.waitUntil(lambda: page.model.row_of(item.id) >= 0, timeout=5_000)
    page.table.setFocus()
    page.table.selectRow(page.model.row_of(item.id))
    qtbot.waitUntil(lambda: page.editor.item is not None and page.editor.item.uid == UID, timeout=5_000)
    page.editor.title.selectAll()
    qtbot.keyClicks(page.editor.title, text)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.undo_stack.canUndo(), timeout=5_000)


def _press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_the_edit_menu_says_what_undo_will_undo(qtbot, app_window):
    _edit_title(qtbot, app_window, "A placeholder title")
    assert app_window.undo_action.text() == "&Undo Edit “A placeholder title”"
    assert app_window.undo_action.isEnabled()


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes_a_library_edit_and_the_status_bar_says_so(qtbot, app_window, data_dir,
                                                                                       idle):
    _edit_title(qtbot, app_window, "A placeholder title")
    table = app_window.library_page.table
    _press(qtbot, table, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: _title(data_dir) == ORIGINAL, timeout=5_000)
    qtbot.waitUntil(lambda: app_window.statusBar().currentMessage().startswith("Undone: Edit"), timeout=5_000)
    qtbot.waitUntil(lambda: app_window.library_page.editor.title.text() == ORIGINAL, timeout=5_000)
    _press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _title(data_dir) == "A placeholder title", timeout=5_000)
    qtbot.waitUntil(lambda: app_window.statusBar().currentMessage().startswith("Redone: Edit"), timeout=5_000)


def test_undo_on_another_page_never_changes_the_library(qtbot, app_window, data_dir, idle):
    _edit_title(qtbot, app_window, "A placeholder title")
    qtbot.keyClick(app_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert app_window.stack.currentWidget() is app_window.packs_page
    assert app_window.undo_group.activeStack() is app_window.packs_page.undo_stack
    assert "placeholder" not in app_window.undo_action.text()
    _press(qtbot, app_window.navigation, Qt.Key.Key_Z)
    qtbot.keyClick(app_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, app_window.countries_page.list, Qt.Key.Key_Z)
    idle()
    assert _title(data_dir) == "A placeholder title"
    qtbot.keyClick(app_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert app_window.undo_action.text() == "&Undo Edit “A placeholder title”"


def test_ctrl_z_in_a_text_field_undoes_its_typing_not_the_page(qtbot, app_window, data_dir, idle):
    _edit_title(qtbot, app_window, "A placeholder title")
    search = app_window.library_page.search
    search.setFocus()
    qtbot.keyClicks(search, "zq")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""
    idle()
    assert _title(data_dir) == "A placeholder title" and app_window.library_page.undo_stack.index() == 1


def test_country_notes_and_statuses_are_undone_on_the_countries_page(qtbot, app_window, idle):
    page = app_window.countries_page
    qtbot.keyClick(app_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.list.count() > 0, timeout=5_000)
    page.select("SEN")
    qtbot.waitUntil(lambda: page.current is not None and page.current.code == "SEN", timeout=5_000)
    before = page.current.notes
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, " Placeholder note.")
    qtbot.mouseClick(page.save_notes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.undo_stack.canUndo(), timeout=5_000)
    assert "notes on" in app_window.undo_action.text()
    _press(qtbot, page.list, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: page.current.notes == before and page.notes.toPlainText() == before, timeout=5_000)
    assert app_window.statusBar().currentMessage().startswith("Undone: Edit the notes on")

    statuses = len(page.current.statuses)
    page.topic.setCurrentIndex(page.topic.findData("acrwc"))  # the form starts empty: nothing chosen for the user
    qtbot.keyClicks(page.status_value.lineEdit(), "signed")
    page.source.setCurrentIndex(page.source.findData("summit-report-2019"))
    page.as_of.setFocus()
    qtbot.keyClicks(page.as_of, "2024-05")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.current.statuses) == statuses + 1, timeout=5_000)
    _press(qtbot, page.list, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: len(page.current.statuses) == statuses, timeout=5_000)
    _press(qtbot, page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(page.current.statuses) == statuses + 1, timeout=5_000)


# --- fits the screen
def _new_window(qtbot, data_dir, screen: QRect, monkeypatch):
    from briefing_builder.gui.app import create_window

    monkeypatch.setattr(main_window_module.MainWindow, "_available", lambda _self: screen)
    _app, window, tasks, reader = create_window(str(data_dir))
    qtbot.addWidget(window, before_close_func=lambda w: w.library_page.editor.revert())
    return window, tasks, reader


def _close(window, tasks, reader) -> None:
    window.close()
    tasks.shutdown()
    reader.close()


def test_the_first_start_takes_90_percent_of_the_screen_centred(qtbot, data_dir, monkeypatch):
    screen = QRect(0, 0, 1366, 768)
    window, tasks, reader = _new_window(qtbot, data_dir, screen, monkeypatch)
    try:
        assert (window.width(), window.height()) == (int(1366 * 0.9), int(768 * 0.9))
        centre = window.frameGeometry().center()
        assert abs(centre.x() - screen.center().x()) <= 2 and abs(centre.y() - screen.center().y()) <= 2
    finally:
        _close(window, tasks, reader)


def test_a_geometry_saved_on_a_big_screen_is_clamped_to_a_small_one(qtbot, data_dir, monkeypatch):
    window, tasks, reader = _new_window(qtbot, data_dir, QRect(0, 0, 1920, 1080), monkeypatch)
    window.show()
    window.setGeometry(300, 200, 1600, 1000)
    _close(window, tasks, reader)  # closing saves the geometry

    small = QRect(0, 0, 1024, 600)
    window, tasks, reader = _new_window(qtbot, data_dir, small, monkeypatch)
    try:
        frame = window.frameGeometry()
        assert small.contains(frame), (frame, small)
    finally:
        _close(window, tasks, reader)


def test_splitters_and_the_page_are_remembered(qtbot, data_dir, monkeypatch):
    screen = QRect(0, 0, 1920, 1080)
    window, tasks, reader = _new_window(qtbot, data_dir, screen, monkeypatch)
    window.show()
    window.library_page.splitter.setSizes([1000, 500])
    saved = window.library_page.splitter.sizes()
    _close(window, tasks, reader)

    window, tasks, reader = _new_window(qtbot, data_dir, screen, monkeypatch)
    window.show()
    qtbot.waitUntil(lambda: window.library_page.splitter.sizes()[0] > 0, timeout=2_000)
    assert window.library_page.splitter.sizes() == saved
    window.go(1)
    _close(window, tasks, reader)

    window, tasks, reader = _new_window(qtbot, data_dir, screen, monkeypatch)
    try:
        assert window.stack.currentWidget() is window.countries_page
    finally:
        _close(window, tasks, reader)


def _reachable(widget: QWidget, window: QWidget) -> bool:
    """Inside the window, once any scroll area holding it has scrolled to it."""
    holder = widget.parentWidget()
    while holder is not None and holder is not window:
        if isinstance(holder, QScrollArea):
            holder.ensureWidgetVisible(widget, 0, 0)
        holder = holder.parentWidget()
    QApplication.processEvents()
    visible = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, visible.topLeft())
    return (not visible.isEmpty() and visible.height() >= min(widget.height(), 12)
            and window.rect().contains(QRect(top_left, visible.size())))


def test_every_action_is_reachable_on_a_1024_by_600_screen(qtbot, app_window, idle):
    """Maximised on 1024×600 (a title bar and a panel leave about 1024×540 for the window)."""
    assert app_window.minimumSizeHint().width() <= 1024 and app_window.minimumSizeHint().height() <= 540
    app_window.resize(1024, 540)
    qtbot.waitUntil(lambda: app_window.width() == 1024 and app_window.height() == 540, timeout=2_000)
    for index, tab in ((0, 0), (0, 1), (1, None)):
        app_window.go(index)
        page = app_window.stack.currentWidget()
        if tab is not None:
            page.tabs.setCurrentIndex(tab)
        if index == 1:
            qtbot.waitUntil(lambda: page.list.count() > 0, timeout=5_000)
            page.select("ETH")
        idle()
        qtbot.wait(50)
        widgets = [w for w in page.findChildren(QWidget) if w.isVisible()
                   and isinstance(w, (QAbstractButton, QLineEdit, QComboBox))
                   and not isinstance(w.parentWidget(), (QComboBox, QLineEdit))]
        assert widgets
        unreachable = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()!r}"
                       for w in widgets if not _reachable(w, app_window)]
        assert unreachable == [], f"page {index}: {unreachable}"
    assert _reachable(app_window.countries_page.add_button, app_window)


def test_a_status_message_too_long_for_the_bar_ends_in_an_ellipsis_before_the_busy_notice(qtbot, app_window):
    """Cut at the busy notice's edge, "… est o" ran into "Working…"; now it ends in "…", whole in the tooltip."""
    app_window.resize(1024, 600)
    qtbot.waitUntil(lambda: app_window.width() <= 1100, timeout=2_000)
    long = "Cannot export: " + "Meeting, field 'Time': must be a time written HH:MM. " * 6
    app_window.show_status(long)
    shown = app_window.statusBar().currentMessage().strip("\u2066\u2067\u2068\u2069")
    assert shown.endswith("…") and long.startswith(shown[:-1]) and app_window.statusBar().toolTip() == long
    width = app_window.statusBar().fontMetrics().horizontalAdvance(shown)
    assert width <= app_window.busy.geometry().left()
    assert app_window.busy.minimumWidth() >= app_window.busy.fontMetrics().horizontalAdvance(app_window.tr("Working…"))
    app_window.show_status("Saved.")
    assert app_window.statusBar().currentMessage() == "Saved." and app_window.statusBar().toolTip() == ""
