"""Application-wide input guards (gui/input_guards.py): the mouse wheel never changes a combo or spin box it
merely passes over, and Ctrl+Z reaches the Edit menu when the focused field has nothing of its own to undo."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea

from test_pack_flows import _section
from test_pack_form import type_into_combo


def _centre(window, widget) -> QPoint:
    """Where `widget`'s centre is in `window`, once pending layout changes have moved everything into place."""
    QApplication.processEvents()
    return widget.mapTo(window, widget.rect().center())


def _wheel(window, widget_pos: QPoint, notches: int = 1) -> None:
    """Turn the wheel down `notches` clicks with the pointer at `widget_pos` (window coordinates), as a mouse
    does: through the window system, so Qt routes the event to whatever is under the pointer."""
    for _ in range(notches):
        QTest.wheelEvent(window.windowHandle(), widget_pos, QPoint(0, -120))
        QApplication.processEvents()


def _open_first_item(qtbot, page):
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.item is not None, timeout=5_000)


def test_the_wheel_over_the_marking_scrolls_the_editor_and_changes_nothing(qtbot, app_window):
    page = app_window.library_page
    app_window.resize(1024, 640)  # a laptop screen: the item editor scrolls
    _open_first_item(qtbot, page)
    editor, combo = page.editor, page.editor.classification
    scroll = editor.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    marking = combo.currentText()
    # The pointer rests where the combo will pass under it while the editor scrolls down.
    scroll.ensureWidgetVisible(combo)
    pointer = _centre(app_window, combo)
    bar.setValue(0)
    passed_over, start = set(), bar.value()
    for _ in range(12):
        passed_over.add(app_window.childAt(pointer))
        _wheel(app_window, pointer)
    assert combo in passed_over or any(w is not None and combo.isAncestorOf(w) for w in passed_over)
    assert bar.value() > start  # the wheel scrolled the editor
    assert combo.currentText() == marking and not editor.is_dirty()
    assert not editor.save_button.isEnabled() and editor.unsaved.text() == ""
    assert not app_window.isWindowModified()


def test_a_combo_reached_with_tab_still_takes_the_wheel_and_the_editor_says_unsaved(qtbot, app_window):
    page = app_window.library_page
    _open_first_item(qtbot, page)
    editor, combo = page.editor, page.editor.classification
    assert combo.currentText() == "UNCLASSIFIED"
    qtbot.mouseClick(editor.countries, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.countries, Qt.Key.Key_Tab)  # Language
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Classification
    assert QApplication.focusWidget() is combo
    _wheel(app_window, _centre(app_window, combo))
    assert combo.currentText() != "UNCLASSIFIED" and editor.is_dirty()
    assert editor.unsaved.isVisible() and "Unsaved changes" in editor.unsaved.text()
    assert app_window.isWindowModified() and app_window.windowHandle().title().endswith("*")
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert combo.currentText() == "UNCLASSIFIED" and editor.unsaved.text() == ""
    assert not app_window.isWindowModified() and not app_window.windowHandle().title().endswith("*")


def test_every_combo_and_spin_box_takes_focus_by_click_or_tab_never_by_wheel(app_window):
    guarded = app_window.findChildren(QComboBox) + app_window.findChildren(QAbstractSpinBox)  # every page's
    assert len(guarded) >= 15
    assert all(w.focusPolicy() != Qt.FocusPolicy.WheelFocus for w in guarded)
    assert any(isinstance(w, QAbstractSpinBox) for w in guarded)


def test_the_wheel_over_the_pack_date_does_not_change_it(qtbot, app_window):
    page = app_window.packs_page
    app_window.go(2)
    date = page.form.date
    qtbot.waitUntil(lambda: date.isVisible())
    before = date.date()
    _wheel(app_window, _centre(app_window, date), 3)
    assert date.date() == before
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=date.rect().center())
    assert date.hasFocus()
    _wheel(app_window, _centre(app_window, date))
    assert date.date() != before  # with focus, the wheel steps the date as Qt users expect


# ------------------------------------------------------------------------------------------ Ctrl+Z
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, keys: Qt.KeyboardModifier = CTRL, key: Qt.Key = Qt.Key.Key_Z) -> None:
    """A key press where keyboard focus is, as the keyboard sends it."""
    qtbot.keyClick(QApplication.focusWidget(), key, keys)


def test_ctrl_z_in_an_empty_field_undoes_the_last_pack_edit(qtbot, app_window, packs):
    type_into_combo(qtbot, packs.country, "Senegal")  # leaves with Tab, into the empty Recipient field
    assert packs.spec.country == "SEN" and QApplication.focusWidget() is packs.recipient
    assert app_window.undo_action.text() == "&Undo Change Country to 'Senegal (SEN)'"
    _press(qtbot)
    assert packs.spec.country == "ETH" and packs.country.currentText() == "Ethiopia (ETH)"
    assert QApplication.focusWidget() is packs.recipient  # the cursor stays where it was
    _press(qtbot, CTRL | SHIFT)  # and redo, from the same empty field
    assert packs.spec.country == "SEN" and packs.country.currentText() == "Senegal (SEN)"


def test_ctrl_z_in_a_field_with_typing_to_undo_undoes_the_typing_only(qtbot, app_window, packs):
    type_into_combo(qtbot, packs.country, "Senegal")
    qtbot.keyClicks(packs.recipient, "Hon. C. Minister")
    _press(qtbot)  # Qt's own typing undo: the text goes, the country stays
    assert packs.recipient.text() == "" and packs.spec.country == "SEN"
    _press(qtbot, CTRL | SHIFT)
    assert packs.recipient.text() == "Hon. C. Minister"
    while packs.recipient.isUndoAvailable():
        _press(qtbot)
    _press(qtbot)  # nothing left to undo in the field: now the page's last edit
    assert packs.spec.country == "ETH"


def test_ctrl_z_in_an_unchanged_text_box_or_combo_reaches_the_edit_menu(qtbot, app_window, packs):
    type_into_combo(qtbot, packs.country, "Senegal")
    packs.tree.setCurrentItem(_section(packs, "lines-to-take"))
    qtbot.mouseClick(packs.free_text.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is packs.free_text and not packs.free_text.document().isUndoAvailable()
    _press(qtbot)
    assert packs.spec.country == "ETH"
    packs.country.setFocus()  # an editable combo whose own text has no typing to undo
    qtbot.waitUntil(packs.country.hasFocus, timeout=2_000)
    _press(qtbot, CTRL | SHIFT)
    assert packs.spec.country == "SEN"


def test_ctrl_z_in_the_item_editor_with_nothing_typed_undoes_the_last_library_change(qtbot, app_window, idle):
    page = app_window.library_page
    _open_first_item(qtbot, page)
    uid, title = page.editor.item.uid, page.editor.item.title
    qtbot.mouseClick(page.editor.title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.editor.title, Qt.Key.Key_End)
    qtbot.keyClicks(page.editor.title, " (checked)")
    qtbot.keyClick(page.editor.title, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.editor.item.revision == 2, timeout=5_000)
    idle()
    qtbot.mouseClick(page.editor.locator, Qt.MouseButton.LeftButton)  # a field not typed in since the save
    assert not page.editor.locator.isUndoAvailable()
    _press(qtbot)
    qtbot.waitUntil(lambda: page.reader.item(uid).title == title, timeout=5_000)
