"""The interface in French, Portuguese and Arabic (issue 11): complete catalogues, compiled from the current
sources; every page and dialog reachable from the menus shows no English interface text; Arabic runs right to
left; dates, numbers and plurals follow the language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from briefing_builder.library import PersonDraft

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("fr", "pt", "ar")
# Sources a translation may keep as they are: format names, codes, proper names, and words spelt the same in
# the language ("Sources", "Notes", "Classification" in French). Every identical translation must be listed here.
# (Sources that are only placeholders and punctuation, such as "{field}:", are not words and are not listed.)
SAME_IN = {
    "fr": {"Source", "source", "Sources", "Notes", "Classification", "Date", "Images (*.png *.jpg *.jpeg)", "Annexes", "Document",
           " min", "images", "Provenance", "<b>Original</b> ({language})", "<b>{language}</b>"},
    "pt": {"&Manual", "URL:", "Bilateral", " min", "Original: {text}", "<b>Original</b> ({language})",
           "<b>{language}</b>"},
    "ar": {"YYYY-MM-DD", "<b>{language}</b>"},  # the date format typed in the field, as ISO writes it
}
PLACEHOLDER = re.compile(r"\{\w+\}")


def _catalogue(language: str) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) for each message of a language's .ts."""
    found = []
    for context in ET.parse(I18N / f"briefing_builder_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found.append((context.findtext("name"), message.findtext("source"), forms, translation.get("type")))
    return found


def _english_sources() -> set[str]:
    return {source for _c, source, _t, _k in _catalogue("fr")}


# ------------------------------------------------------------------------------------------ catalogues
def test_the_committed_catalogues_are_complete_and_compiled_from_the_current_sources():
    from briefing_builder.gui.i18n import problems

    assert problems() == []  # lupdate into a scratch .ts and lrelease into a scratch .qm, compared


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_keeps_its_placeholders(language):
    entries = _catalogue(language)
    assert len(entries) > 400
    for context, source, forms, kind in entries:
        where = f"{language} {context}: {source!r}"
        assert kind not in ("unfinished", "obsolete", "vanished"), where
        assert all(form.strip() for form in forms), where
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), where
        if "&" in source and not source.startswith(("Library files", "Library exchange")):
            assert all("&" in form for form in forms), f"{where}: the mnemonic is lost"
        if forms == [source] and re.search(r"[A-Za-z]", PLACEHOLDER.sub("", source)):
            assert source in SAME_IN[language], f"{where} is left in English"


def test_arabic_plurals_have_six_forms_and_french_and_portuguese_two():
    for language, count in (("fr", 2), ("pt", 2), ("ar", 6)):
        plurals = [forms for _c, source, forms, _k in _catalogue(language) if "%Ln" in source]
        assert plurals and all(len(forms) == count for forms in plurals), language


# ------------------------------------------------------------------------------------------ windows
def _visible_texts(root: QWidget) -> set[str]:
    """What a person reads in `root` and its visible children: labels, buttons, tabs, headers, placeholders,
    tooltips, titles, list and combo entries."""
    texts: set[str] = {root.windowTitle()}
    for widget in [root] + root.findChildren(QWidget):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QListWidget):
            texts |= {widget.item(i).text() for i in range(widget.count())}
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else (
            widget.header() if isinstance(widget, QTreeView) else None)
        if header is not None and not header.isHidden() and header.model() is not None:
            texts |= {str(header.model().headerData(i, Qt.Orientation.Horizontal) or "") for i in range(header.count())}
    return {t for t in texts if t and t.strip()}


def _menu_texts(window) -> set[str]:
    texts = set()
    for action in window.menuBar().actions():
        texts.add(action.text())
        for item in action.menu().actions():
            texts |= {item.text(), item.toolTip(), item.statusTip()}
    return {t for t in texts if t}


def _english_patterns() -> list[re.Pattern]:
    """Each English source as the screen shows it: mnemonics dropped, {placeholders} and %Ln filled."""
    patterns = []
    for source in _english_sources():
        if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source).replace("%Ln", "")):
            continue  # "{label}: {value}" is punctuation around what it shows, not English
        shown = re.escape(source.replace("&", ""))
        shown = re.sub(r"\\\{\w+\\\}", ".+", shown).replace("%Ln", r"[\d,]+").replace(r"\(s\)", "s?")
        patterns.append(re.compile(shown, re.DOTALL))
    return patterns


def _content_shown(window, texts: set[str]) -> set[str]:
    """The texts that are library content (English data, not interface): item and source titles, with what the
    lists add to them ("Title  ·  Fact"), or cut to 80 characters (the Countries page's source list), the manual's
    document and chapter titles (the user manual is written in English), and the languages' own names."""
    from briefing_builder.gui.dialogs.manual import chapters, manual_documents, title_of, user_manual
    from briefing_builder.library.vocabulary import LANGUAGES as ENDONYMS

    reader = window.reader
    titles = {s.title for s in reader.sources()} | {title_of(p) for p in manual_documents()}
    titles |= {item.title for item in reader.items(reader.search_ids("")[0])}
    titles |= {title for title, _body in chapters(user_manual().read_text(encoding="utf-8"))}
    shown = {t for t in texts if any(t in (title, title[:80]) or t.startswith(title + "  ·  ") for title in titles)}
    return shown | (texts & set(ENDONYMS.values()))  # "English" beside "Français" in a list of languages


def _english_on_screen(texts: set[str], language: str) -> list[str]:
    allowed = {s.replace("&", "") for s in SAME_IN[language]}
    patterns = _english_patterns()
    return sorted(t for t in texts if t.replace("&", "") not in allowed
                  and any(p.fullmatch(t.replace("&", "")) for p in patterns))


def _dialogs(window):
    """Every dialog reachable from the menus, constructed (not exec'd)."""
    from briefing_builder.gui.dialogs.about import AboutDialog
    from briefing_builder.gui.dialogs.check_library import CheckLibraryDialog
    from briefing_builder.gui.dialogs.manual import ManualWindow
    from briefing_builder.gui.dialogs.restore_backup import RestoreBackupDialog
    from briefing_builder.gui.dialogs.statistics import LibraryStatsDialog
    from briefing_builder.gui.packs.export_dialog import ExportDialog
    from briefing_builder.gui.packs.item_picker import ItemPickerDialog
    from briefing_builder.gui.settings_dialog import SettingsDialog

    return [SettingsDialog(window.settings, window.location, window),
            CheckLibraryDialog(window.tasks, False, window),
            RestoreBackupDialog(window.tasks, window.location.library_path, False, window),
            LibraryStatsDialog(window.tasks, window), AboutDialog(window.location.folder, window),
            ManualWindow(window), ExportDialog("brief", None, window),
            ItemPickerDialog(window.tasks, "", window)]


def _pack_warnings(packs) -> set[str]:
    """The texts of the builder's warnings list that come from the pack (not the "Translate…" entry)."""
    listed = [packs.outline_panel.warnings.item(i) for i in range(packs.outline_panel.warnings.count())]
    return {entry.text() for entry in listed if entry.data(Qt.ItemDataRole.UserRole) is None} | {
        entry.toolTip() for entry in listed if entry.data(Qt.ItemDataRole.UserRole) is None}


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_interface_text_on_any_page_or_dialog(qtbot, window_in, language):
    app, window, tasks = window_in(language)
    idle = lambda: tasks.pending == 0  # noqa: E731
    texts = _menu_texts(window)
    library = window.library_page
    qtbot.waitUntil(idle, timeout=15_000)
    library.table.setCurrentIndex(library.model.index(0, 0))  # an item in the editor, its labels filled
    qtbot.waitUntil(lambda: library.editor.item is not None, timeout=5_000)
    texts |= _visible_texts(window)
    library.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: library.sources_tab.list.count() > 0, timeout=5_000)
    library.sources_tab.list.setCurrentRow(0)
    texts |= _visible_texts(window)
    library.tabs.setCurrentIndex(0)
    window.go(1)
    qtbot.waitUntil(lambda: window.countries_page.list.count() > 0, timeout=5_000)
    window.countries_page.select("ETH")
    texts |= _visible_texts(window)
    window.go(2)
    packs = window.packs_page
    qtbot.waitUntil(lambda: packs.tree.topLevelItemCount() > 0 and packs.pdf.pageCount() > 0 and idle(),
                    timeout=30_000)
    packs.tree.setCurrentItem(packs.tree.topLevelItem(0))
    texts |= _visible_texts(window)
    meeting = packs.meeting_part
    for tab in (1, 2):  # the builder's Meeting tab (attendee lists) and Document tab (annex list)
        meeting.tabs.setCurrentIndex(tab)
        texts |= _visible_texts(window)
    meeting.tabs.setCurrentIndex(0)
    window.tasks.library(lambda library: library.add_person(PersonDraft(name="Placeholder Person A"), uid="person-a"))
    qtbot.waitUntil(idle, timeout=15_000)
    window.go(3)
    people = window.people_page
    qtbot.waitUntil(lambda: people.list.count() > 0 and people.country.count() > 200 and idle(), timeout=15_000)
    texts |= _visible_texts(window)  # the list and its count, a new person's empty form
    people.select("person-a")
    qtbot.waitUntil(idle, timeout=15_000)
    texts |= _visible_texts(window)
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(idle, timeout=15_000)
        texts |= _visible_texts(dialog)
        dialog.close()
    assert len(texts) > 250  # the pages and dialogs were really read
    visited = {people.save_button.text(), people.choose_photo.text(), meeting.annex_list.label.text(),
               meeting.meeting_form.labels["purpose"].text(), meeting.document_form.labels["file_reference"].text()}
    assert visited <= texts  # ... the People page and the builder's Meeting and Document tabs too
    menus = [action.text() for action in window.menuBar().actions()]
    keys = [re.search(r"&(\w)", text).group(1).casefold() for text in menus]
    assert len(set(keys)) == len(menus), f"two menus share an Alt key: {menus}"
    texts |= _pack_warnings(packs)  # the core's warnings, translated where shown
    english = _english_on_screen(texts - _content_shown(window, texts), language)
    assert english == [], "\n".join(english)
    if language == "ar":
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft and window.isRightToLeft()
        assert packs.preview_panel.previous.text() == "▶"  # the previous page is to the right
    else:
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_check_itself_finds_an_untranslated_text(qtbot, window_in):
    """The English window fails the check: what it collects really holds the interface's texts."""
    _app, window, _tasks = window_in("en")
    found = _english_on_screen(_visible_texts(window) | _menu_texts(window), "fr")
    assert "Search titles, text and tags… (Ctrl+F)" in found and "Library s&tatistics…" in found
    assert window.library_page.count.text().endswith(" items")  # English plural, never "item(s)"


# ------------------------------------------------------------------------------------------ formats
@pytest.mark.parametrize("language, date, number", [
    ("en", "12 December 2019", "12,345"),
    ("fr", "12 décembre 2019", "12\u202f345"),
    ("pt", "12 de dezembro de 2019", "12\u00a0345"),
    ("ar", "12 ديسمبر 2019", "12,345"),  # the digits the packs print (Modern Standard Arabic, ar_001)
])
def test_dates_and_numbers_follow_the_interface_language(qapp, language, date, number):
    from briefing_builder.gui import i18n

    try:
        i18n.install(qapp, language)
        assert i18n.format_date("2019-12-12") == date
        assert i18n.format_number(12345) == number
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language, one, many", [
    ("en", "1 backup", "3 backups"), ("fr", "1 sauvegarde", "3 sauvegardes"),
    ("pt", "1 cópia de segurança", "3 cópias de segurança"), ("ar", "نسخة احتياطية واحدة", "3 نسخ احتياطية"),
])
def test_counts_use_the_language_s_plural_forms(qapp, language, one, many):
    from PySide6.QtCore import QCoreApplication

    from briefing_builder.gui import i18n

    try:
        i18n.install(qapp, language)
        tr = QCoreApplication.translate
        assert tr("RestoreBackupDialog", "%Ln backup(s)", "", 1) == one
        assert tr("RestoreBackupDialog", "%Ln backup(s)", "", 3) == many
    finally:
        i18n.install(qapp, "en")


def test_qt_s_own_dialog_buttons_are_translated_too(qapp):
    from PySide6.QtCore import QCoreApplication

    from briefing_builder.gui import i18n

    try:
        assert i18n.qt_catalogue("pt") is not None and i18n.qt_catalogue("pt").name == "qtbase_pt_BR.qm"
        i18n.install(qapp, "fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        i18n.install(qapp, "en")


# ------------------------------------------------------------------------------------------ the setting
def test_the_settings_dialog_chooses_the_interface_language_for_the_next_start(qtbot, data_dir, monkeypatch):
    from PySide6.QtTest import QTest

    from briefing_builder.gui.settings_dialog import SettingsDialog
    from briefing_builder.paths import resolve_data_location
    from briefing_builder.settings import load_settings

    monkeypatch.delenv("BRIEFING_BUILDER_LANGUAGE")
    dialog = SettingsDialog(load_settings(), resolve_data_location(str(data_dir)))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.interface_language
    assert combo.isEnabled() and combo.currentData() == "" and combo.currentText().startswith("System language")
    assert any("next starts" in label.text() for label in dialog.findChildren(QLabel))
    combo.setFocus()
    for _ in range(2):  # System, English, Français: the keyboard, as a person chooses
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "fr"
    dialog._save()
    assert dialog.result_settings.interface_language == "fr" and load_settings().interface_language == "fr"


def test_a_language_set_in_the_environment_is_shown_but_not_saved_as_the_user_s(qtbot, data_dir, monkeypatch):
    from briefing_builder.gui.settings_dialog import SettingsDialog
    from briefing_builder.paths import resolve_data_location
    from briefing_builder.settings import load_settings

    monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", "ar")
    dialog = SettingsDialog(load_settings(), resolve_data_location(str(data_dir)))
    qtbot.addWidget(dialog)
    assert not dialog.interface_language.isEnabled() and dialog.interface_language.currentData() == "ar"
    assert "BRIEFING_BUILDER_LANGUAGE" in dialog.interface_language.toolTip()
    dialog._save()
    monkeypatch.delenv("BRIEFING_BUILDER_LANGUAGE")
    assert load_settings().interface_language is None


def test_a_bundle_finds_its_own_copies_of_the_catalogues(tmp_path, monkeypatch):
    """Frozen (PyInstaller), the catalogues come from the bundle (sys._MEIPASS/resources/i18n), Qt's own from
    resources/i18n/qt where packaging/briefing_builder.spec puts them; never from a PySide6 installation."""
    import sys

    from briefing_builder import paths
    from briefing_builder.gui import i18n

    qt_dir = tmp_path / "resources" / "i18n" / "qt"
    qt_dir.mkdir(parents=True)
    (qt_dir / "qtbase_pt_BR.qm").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.is_frozen()
    assert i18n.i18n_dir() == tmp_path / "resources" / "i18n"
    assert i18n.qt_catalogue("pt") == qt_dir / "qtbase_pt_BR.qm" and i18n.qt_catalogue("fr") is None
    spec = (Path(__file__).resolve().parents[2] / "packaging" / "briefing_builder.spec").read_text("utf-8")
    assert '"resources/i18n/qt"' in spec and "qtbase_" in spec


@pytest.mark.parametrize("language, first_line, second_line", [
    ("fr", "Annexe A\u00a0: annex-a.pdf", "PDF, 3 pages — Placeholder annex"),
    ("pt", "Anexo A: annex-a.pdf", "PDF, 3 páginas — Placeholder annex"),
    ("ar", "المرفق A: annex-a.pdf", "PDF، 3 صفحات — Placeholder annex"),
])
def test_the_annex_rows_are_written_in_the_interface_language(qtbot, qapp, tmp_path, language, first_line,
                                                              second_line):
    """The annex list builds its rows from pieces (letter, file name, what the file is): each piece is translated,
    which the window walk cannot see (it knows only the catalogued sources)."""
    from briefing_builder.gui import i18n
    from briefing_builder.gui.packs.annex_list import AnnexList
    from brief_fixtures import annex_pdf

    try:
        i18n.install(qapp, language)
        annexes = AnnexList()
        qtbot.addWidget(annexes)
        annexes.show_paths((str(annex_pdf(tmp_path / "annex-a.pdf", pages=3)),))
        assert annexes.list.item(0).text().split("\n") == [first_line, second_line]
    finally:
        i18n.install(qapp, "en")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_builder_shows_the_pack_warnings_in_the_interface_language(qtbot, window_in, language):
    app, window, tasks = window_in(language)
    window.go(2)
    packs = window.packs_page
    qtbot.waitUntil(lambda: packs.tree.topLevelItemCount() > 0 and packs.pdf.pageCount() > 0 and tasks.pending == 0,
                    timeout=30_000)
    warnings = sorted(_pack_warnings(packs))
    assert warnings  # the seed pack has warnings to show
    assert _english_on_screen(set(warnings), language) == []
