"""The side-by-side translation editor, opened from the Packs page's warnings and from the Library page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from test_pack_form import type_into_combo, type_text

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

UID = "line-untranslated-greeting"


@pytest.fixture
def english_line(data_dir):
    """A line to take in English only, added to the (fully translated) seed library before the window opens."""
    from briefing_builder.library import ItemDraft, Library

    with Library.open(data_dir / "library.sqlite") as library:
        library.add_item(ItemDraft(kind="talking_point", title="Greet Placeholder Person A warmly",
                                   body="Thank the delegation for its welcome.", source_uid="summit-report-2019"),
                         uid=UID)


@pytest.fixture
def packs_fr(qtbot, english_line, app_window):
    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5 and page.country.count() > 100, timeout=10_000)
    type_into_combo(qtbot, page.language, "français")
    assert page.spec.language == "fr"
    return page


def _translate_entry(page):
    for row in range(page.warnings.count()):
        entry = page.warnings.item(row)
        if entry.data(Qt.ItemDataRole.UserRole) == ("translate", "", ""):
            return entry
    return None


def _warnings(page) -> list[str]:
    return [page.warnings.item(i).text() for i in range(page.warnings.count())]


def test_a_passage_translated_from_the_builder_warning_is_no_longer_missing(qtbot, packs_fr, app_window, idle):
    page = packs_fr
    qtbot.waitUntil(lambda: _translate_entry(page) is not None, timeout=15_000)
    entry = _translate_entry(page)
    assert entry.text().startswith("1 passage with no French version") and "Translate…" in entry.text()
    assert any(UID in text for text in _warnings(page))

    page.warnings.setFocus()
    page.warnings.setCurrentItem(entry)
    qtbot.keyClick(page.warnings, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.translation_editor is not None and page.translation_editor.isVisible(), timeout=5_000)
    editor = page.translation_editor
    qtbot.waitUntil(lambda: len(editor._fields) == 2, timeout=10_000)  # title and body (the item has no locator)
    assert editor.list.count() == 1 and UID in editor.list.item(0).toolTip()
    title, body = editor._fields
    assert title.original.text() == "Greet Placeholder Person A warmly" and title.original.isReadOnly()
    assert editor.translated_on.text()  # today, by default

    qtbot.waitUntil(lambda: QApplication.focusWidget() is title.edit, timeout=2_000)
    qtbot.keyClicks(title.edit, "Saluer chaleureusement Placeholder Person A")
    qtbot.keyClick(title.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is body.edit
    type_text(qtbot, body.edit, "Remercier la délégation de son accueil.")
    qtbot.keyClick(body.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the provenance, to the translator
    assert QApplication.focusWidget() is editor.translator
    editor.translator.selectAll()
    qtbot.keyClicks(editor.translator, "Placeholder Translator B")
    qtbot.keyClick(editor.translator, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: "Saved the French version" in editor.error.text(), timeout=10_000)
    idle()
    with_version = app_window.reader.translations("item", UID)
    assert [(t.language, t.text("title"), t.translator) for t in with_version] == [
        ("fr", "Saluer chaleureusement Placeholder Person A", "Placeholder Translator B")]
    # The outline listing and the preview are built again from the library: nothing reported missing now.
    qtbot.waitUntil(lambda: _translate_entry(page) is None and not any(UID in t for t in _warnings(page)),
                    timeout=15_000)
    qtbot.waitUntil(lambda: editor.list.count() == 0, timeout=5_000)
    editor.reject()

    # Undo on the Packs page takes the version away again, and the builder reports it missing again.
    assert app_window.undo_action.text() == "&Undo Translate “Greet Placeholder Person A warmly” into French"
    app_window.activateWindow()  # the dialog closed: the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app_window, timeout=2_000)
    qtbot.keyClick(app_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle()
    assert app_window.reader.translations("item", UID) == []
    qtbot.waitUntil(lambda: _translate_entry(page) is not None, timeout=15_000)


def test_a_version_that_breaks_a_rule_is_refused_beside_the_form_and_nothing_is_written(qtbot, packs_fr,
                                                                                          app_window, idle):
    page = packs_fr
    qtbot.waitUntil(lambda: _translate_entry(page) is not None, timeout=15_000)
    editor = page.translate()
    qtbot.waitUntil(lambda: len(editor._fields) == 2, timeout=10_000)
    qtbot.keyClicks(editor._fields[0].edit, "Saluer")
    editor.translator.clear()  # an unofficial translation names its translator
    editor.save_button.click()
    qtbot.waitUntil(lambda: "Translator" in editor.error.text(), timeout=10_000)
    idle()
    assert app_window.reader.translations("item", UID) == []
    editor._loaded_values = editor._values()  # close without the discard question
    editor.reject()


def test_arabic_translation_fields_run_right_to_left(qtbot, english_line, app_window, idle):
    from briefing_builder.gui.translation_editor import TranslationEditor

    editor = TranslationEditor(app_window.tasks, "ar", scope={"item": [UID]}, parent=app_window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: len(editor._fields) == 2, timeout=10_000)
    title, body = editor._fields
    assert isinstance(body.edit, QPlainTextEdit) and isinstance(title.edit, QLineEdit)
    assert title.edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert body.edit.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert title.original.layoutDirection() == Qt.LayoutDirection.LeftToRight
    editor.reject()


def test_the_library_page_opens_the_selected_items_translations(qtbot, english_line, app_window, idle):
    page = app_window.library_page
    qtbot.keyClicks(page.search, "Placeholder Person A warmly")
    qtbot.waitUntil(lambda: page.editor.item is not None and page.editor.item.uid == UID, timeout=10_000)
    page.editor.translations_button.setFocus()
    qtbot.keyClick(page.editor.translations_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.translation_editor is not None, timeout=5_000)
    editor = page.translation_editor
    qtbot.waitUntil(lambda: len(editor._fields) == 2, timeout=10_000)
    assert editor._record == ("item", UID)
    editor.reject()
