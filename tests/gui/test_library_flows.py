"""The library page through its real widgets: search, edit, validation, undo, delete."""

from PySide6.QtCore import Qt

from briefing_builder.library import Library


def test_search_narrows_the_table(qtbot, app_window):
    page = app_window.library_page
    everything = page.model.rowCount()
    qtbot.keyClicks(page.search, "Malabo")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everything, timeout=5_000)
    for row in range(page.model.rowCount()):
        item = page.model.item_at(row)
        assert "malabo" in f"{item.title} {item.body} {' '.join(item.tags)}".lower()
    assert "item" in page.count.text()


def test_typing_a_prefix_finds_titles_as_you_type(qtbot, app_window, idle):
    page = app_window.library_page
    qtbot.keyClicks(page.search, "Mala")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.query == "Mala", timeout=5_000)
    idle()
    titles = [page.model.item_at(r).title for r in range(page.model.rowCount())]
    assert any(t.startswith("Malabo") for t in titles)


def test_filters_narrow_the_table(qtbot, app_window):
    page = app_window.library_page
    page.kind.setCurrentIndex(page.kind.findData("commitment"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=5_000)
    page.stale.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)


def _select(qtbot, page, uid: str):
    item = page.reader.item(uid)
    qtbot.waitUntil(lambda: page.model.row_of(item.id) >= 0, timeout=5_000)
    page.table.selectRow(page.model.row_of(item.id))
    qtbot.waitUntil(lambda: page.editor.item is not None and page.editor.item.uid == uid, timeout=5_000)
    return item


def test_editing_and_saving_an_item_persists_it(qtbot, app_window, data_dir):
    page = app_window.library_page
    _select(qtbot, page, "summit2019-delegates")
    page.editor.title.clear()
    qtbot.keyClicks(page.editor.title, "More than 400 delegates attended (checked)")
    assert page.editor.save_button.isEnabled()
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.item.revision == 2, timeout=5_000)
    with Library.open(data_dir / "library.sqlite") as fresh:
        stored = fresh.item("summit2019-delegates")
    assert (stored.title, stored.revision) == ("More than 400 delegates attended (checked)", 2)


def test_invalid_input_shows_an_inline_error_and_saves_nothing(qtbot, app_window, data_dir, idle):
    page = app_window.library_page
    _select(qtbot, page, "summit2019-delegates")
    page.editor.as_of.clear()
    qtbot.keyClicks(page.editor.as_of, "12/12/2019")
    error = page.editor.errors["as_of"]
    assert error.isVisible() and "date" in error.text()
    assert not page.editor.save_button.isEnabled()
    qtbot.keyClick(app_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    with Library.open(data_dir / "library.sqlite") as fresh:
        assert fresh.item("summit2019-delegates").revision == 1


def test_a_required_field_left_empty_is_flagged(qtbot, app_window):
    page = app_window.library_page
    _select(qtbot, page, "summit2019-delegates")
    page.editor.title.clear()
    qtbot.keyClicks(page.editor.title, " ")
    assert page.editor.errors["title"].isVisible() and not page.editor.save_button.isEnabled()


def test_undo_puts_back_the_previous_text(qtbot, app_window, data_dir, idle):
    page = app_window.library_page
    _select(qtbot, page, "summit2019-delegates")
    page.editor.title.clear()
    qtbot.keyClicks(page.editor.title, "Edited title")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app_window.undo_stack.canUndo(), timeout=5_000)
    qtbot.keyClick(app_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle()

    def restored() -> bool:
        with Library.open(data_dir / "library.sqlite") as fresh:
            return fresh.item("summit2019-delegates").title == "More than 400 delegates attended the summit"

    qtbot.waitUntil(restored, timeout=5_000)


def test_new_item_then_delete_with_confirmation_and_undo(qtbot, app_window, data_dir, monkeypatch, idle):
    from PySide6.QtWidgets import QMessageBox

    page = app_window.library_page
    qtbot.keyClick(app_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.item is None
    qtbot.keyClicks(page.editor.title, "A new zqhotline opened")
    page.editor.source.setCurrentIndex(page.editor.source.findData("summit-report-2019"))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.item is not None, timeout=5_000)
    uid = page.editor.item.uid
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    idle()
    with Library.open(data_dir / "library.sqlite") as fresh:
        assert fresh.search("zqhotline").total == 0
    app_window.undo_stack.undo()
    idle()
    with Library.open(data_dir / "library.sqlite") as fresh:
        assert fresh.item(uid).title == "A new zqhotline opened"


def test_keyboard_shortcuts_switch_pages_and_focus_search(qtbot, app_window):
    qtbot.keyClick(app_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert app_window.stack.currentWidget() is app_window.countries_page
    qtbot.keyClick(app_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert app_window.stack.currentWidget() is app_window.packs_page
    qtbot.keyClick(app_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert app_window.stack.currentWidget() is app_window.library_page
    assert app_window.library_page.search.hasFocus()


def test_controls_have_accessible_names(app_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    unnamed = []
    for page in (app_window.library_page, app_window.countries_page, app_window.packs_page):
        for widget in page.findChildren(QComboBox) + page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            if (widget.isVisibleTo(page) and not widget.accessibleName()
                    and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))):  # their inner editors
                unnamed.append(f"{type(page).__name__}: {type(widget).__name__} {widget.placeholderText() if hasattr(widget, 'placeholderText') else ''}")
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not (button.accessibleName() or button.text()):
                unnamed.append(f"{type(page).__name__}: button")
    assert unnamed == []


def test_a_small_laptop_screen_shows_the_editor_whole_and_titles_readable(qtbot, app_window):
    """1024 px wide (1366 px at 125 % scaling, or smaller): nothing is clipped, the title column keeps its room."""
    page = app_window.library_page
    app_window.resize(1024, 640)
    assert app_window.minimumSizeHint().width() <= 1100
    qtbot.waitUntil(lambda: app_window.width() <= 1100)
    scroll = page.editor.parentWidget().parentWidget()  # the editor's QScrollArea (viewport, then the area)
    qtbot.waitUntil(lambda: page.editor.width() <= scroll.viewport().width())
    assert page.table.columnWidth(0) >= page.table.TITLE_MIN - 20
    assert page.table.isColumnHidden(5)  # countries went first
    app_window.resize(1600, 900)
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(5))
