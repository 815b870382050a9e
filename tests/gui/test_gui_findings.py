"""Small GUI findings of the review: each behaviour as the user meets it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from test_pack_form import type_into_combo

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_a_search_that_finds_nothing_leaves_no_item_in_the_editor(qtbot, app_window, idle):
    page = app_window.library_page
    qtbot.waitUntil(lambda: page.editor.item is not None, timeout=10_000)
    qtbot.keyClicks(page.search, "zzqxnothingmatches")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: page.editor.item is None, timeout=5_000)
    assert "No item selected" in page.editor.heading.text()
    assert page.editor.title.text() == "" and not page.editor.isEnabled()
    assert not page.editor.translations_button.isEnabled()
    page.search.clear()  # results again: the first is shown, and can be edited
    qtbot.waitUntil(lambda: page.editor.item is not None and page.editor.isEnabled(), timeout=10_000)


def test_a_long_title_in_an_undo_label_ends_with_an_ellipsis(qtbot, app_window, idle):
    from briefing_builder.gui.undo import UNDO_LABEL_CHARS, short_label

    assert short_label("Short title") == "Short title"
    cut = short_label("A title far longer than any undo menu line should ever be allowed to be")
    assert cut.endswith("…") and len(cut) <= UNDO_LABEL_CHARS and cut.startswith("A title far longer")
    page = app_window.library_page
    qtbot.waitUntil(lambda: page.editor.item is not None, timeout=10_000)
    page.editor.title.selectAll()
    qtbot.keyClicks(page.editor.title, "Placeholder title long enough to be cut in the Edit menu, surely")
    qtbot.keyClick(app_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.undo_stack.canUndo(), timeout=10_000)
    assert page.undo_stack.undoText() == "Edit “Placeholder title long enough to be cut…”"


def test_the_outline_of_an_arabic_pack_shows_the_items_arabic_titles(qtbot, packs, app_window, idle):
    type_into_combo(qtbot, packs.language, "العربية")
    assert packs.spec.language == "ar"
    with_arabic = lambda text: any("\u0600" <= ch <= "\u06ff" for ch in text)  # noqa: E731

    def item_titles() -> list[str]:
        return [packs.tree.topLevelItem(i).child(j).text(0) for i in range(packs.tree.topLevelItemCount())
                for j in range(packs.tree.topLevelItem(i).childCount())]

    qtbot.waitUntil(lambda: item_titles() and sum(map(with_arabic, item_titles())) >= len(item_titles()) - 1,
                    timeout=15_000)
    headings = [packs.tree.topLevelItem(i).text(0) for i in range(packs.tree.topLevelItemCount())]
    assert all(with_arabic(h) for h in headings)
    version = app_window.reader.translations("item", "line-reaffirm-communique")
    arabic = next(t.text("title") for t in version if t.language == "ar")
    assert any(title.startswith(arabic[:20]) for title in item_titles())


def test_plural_forms_are_proper_english_from_the_english_catalogue(qtbot):
    """Qt numerus forms (tr with %Ln and n): the English catalogue gives "1 backup" / "2 backups"."""
    from PySide6.QtWidgets import QApplication

    from briefing_builder.gui import i18n

    i18n.install(QApplication.instance(), "en")
    for n, expected in ((0, "0 backups"), (1, "1 backup"), (2, "2 backups")):
        assert QApplication.translate("RestoreBackupDialog", "%Ln backup(s)", "", n) == expected


def test_sizes_are_in_binary_units_as_on_the_command_line(qtbot):
    from PySide6.QtCore import QLocale

    from briefing_builder.gui.dialogs.statistics import _size

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert _size(123_456) == "120.6 KiB" and _size(5 * 1024 * 1024) == "5.0 MiB" and _size(500) == "500 bytes"
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_backup_count_is_singular_for_one_backup(qtbot, app_window, idle):
    from briefing_builder.gui.dialogs.restore_backup import RestoreBackupDialog

    app_window.backup()
    idle()
    dialog = RestoreBackupDialog(app_window.tasks, app_window.location.library_path, False, app_window)
    qtbot.addWidget(dialog)
    idle()
    qtbot.waitUntil(lambda: "backup" in dialog.summary.text(), timeout=5_000)
    assert dialog.summary.text().startswith("1 backup, 1 passed the integrity check.")


def test_arabic_warnings_run_right_to_left_in_the_export_message_and_the_warnings_list(qtbot, packs):
    from types import SimpleNamespace

    from PySide6.QtGui import QTextDocument

    from briefing_builder.gui.direction import RLE, is_rtl
    from briefing_builder.gui.packs.export_dialog import finished_text
    from briefing_builder.pack.model import PackWarning

    arabic = "«دعوة الطرف المقابل» كان موعد مراجعته 2021-02-28؛ تحقق من أنه لا يزال صحيحًا."
    result = SimpleNamespace(pack=SimpleNamespace(classification="RESTRICTED"), files=["/tmp/x-ar.pdf"],
                             warnings=[PackWarning(arabic), PackWarning("An English warning.")])
    document = QTextDocument()
    document.setHtml(finished_text(result))
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    assert directions["• " + arabic] == Qt.LayoutDirection.RightToLeft
    assert directions["• An English warning."] == Qt.LayoutDirection.LeftToRight
    assert is_rtl(arabic) and not is_rtl("“x” 2019")

    packs.outline_panel.show_warnings([arabic, "An English warning."])
    entry = packs.warnings.item(0)
    assert entry.text() == RLE + arabic + "\u202c" and entry.toolTip() == arabic
    assert entry.textAlignment() & Qt.AlignmentFlag.AlignRight
    assert packs.warnings.item(1).text() == "An English warning."


@given(st.text(max_size=200), st.integers(min_value=2, max_value=80))
def test_a_short_label_is_one_line_within_its_limit_and_says_when_it_was_cut(text, limit):
    from briefing_builder.gui.undo import short_label

    label = short_label(text, limit)
    whole = " ".join(text.split())
    assert len(label) <= limit and "\n" not in label
    assert label == whole or (label.endswith("…") and whole.startswith(label[:-1]))


LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
ONE_LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS + "#"),
                   min_size=1, max_size=30)


@given(st.lists(ONE_LINE, min_size=1, max_size=6))
def test_the_manual_splits_into_chapters_without_losing_a_line(lines):
    from briefing_builder.gui.dialogs.manual import chapters

    text = "# Title\n" + "".join(f"## Chapter {n}\n{line}\n" for n, line in enumerate(lines))
    found = chapters(text)
    assert [title for title, _ in found] == ["Title"] + [f"Chapter {n}" for n in range(len(lines))]
    assert all(line.strip() in body for line, (_t, body) in zip(lines, found[1:]))
