"""Library ▸ Check library, Restore backup, Library statistics, Clear filters; Help ▸ Manual and About."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from briefing_builder.library import Library


def _action(window, menu_title: str, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _open(qtbot, window, menu_title: str, text: str):
    _action(window, menu_title, text).trigger()
    dialog = window.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    return dialog


def test_check_library_reports_a_healthy_library(qtbot, app_window):
    dialog = _open(qtbot, app_window, "&Library", "Check library…")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.ok and "healthy" in dialog.summary.text()
    assert not dialog.repair_button.isEnabled() and dialog.problems.count() == 0


def test_check_library_finds_a_drifted_search_index_and_repairs_it(qtbot, app_window, data_dir):
    with Library.open(data_dir / "library.sqlite") as other:  # changed behind the app's back
        other.conn.execute("UPDATE items SET title = 'zzqx changed' WHERE uid = 'summit2019-delegates'")
        other.conn.commit()
    dialog = _open(qtbot, app_window, "&Library", "Check library…")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert not dialog.report.ok and dialog.problems.count() >= 1 and dialog.repair_button.isEnabled()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report.repaired != (), timeout=10_000)
    assert dialog.report.ok and "Repaired" in dialog.summary.text()
    with Library.open(data_dir / "library.sqlite") as fresh:
        assert fresh.search("zzqx").total == 1


def test_restore_backup_lists_checked_backups_and_restores_after_a_safety_copy(qtbot, app_window, data_dir,
                                                                             monkeypatch, idle):
    _action(app_window, "&Library", "Back up now").trigger()
    idle()
    page = app_window.library_page
    app_window.tasks.library(lambda library: library.delete_item("summit2019-delegates"))
    idle()
    broken = data_dir / "backups" / "library-20200101-000000-000000-manual.sqlite"
    broken.write_bytes(b"not a library" * 200)

    dialog = _open(qtbot, app_window, "&Library", "Restore backup…")
    qtbot.waitUntil(lambda: len(dialog.backups) == 2, timeout=10_000)
    assert dialog.list.topLevelItemCount() == 2
    usable = [info for info in dialog.backups if info.usable]
    assert len(usable) == 1 and usable[0].items > 0
    refused = dialog.list.topLevelItem(1)
    assert "not offered" in refused.text(4) and not refused.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.selected() == usable[0] and dialog.restore_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=10_000)
    idle()
    with Library.open(data_dir / "library.sqlite") as fresh:
        assert fresh.item("summit2019-delegates").title  # back
    assert dialog.restored.safety_backup.exists() and "Restored" in dialog.summary.text()
    qtbot.waitUntil(lambda: page.model.row_of(page.reader.item("summit2019-delegates").id) >= 0, timeout=5_000)


def test_library_statistics_shows_the_counts(qtbot, app_window, data_dir):
    dialog = _open(qtbot, app_window, "&Library", "Library statistics…")
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=10_000)
    with Library.open(data_dir / "library.sqlite") as fresh:
        items = fresh.stats().items
    shown = [dialog.form.itemAt(row, dialog.form.ItemRole.FieldRole).widget().text()
             for row in range(dialog.form.rowCount())]
    assert shown[0].startswith(f"{items:,}") and any("African Union" in text for text in shown)


def test_clear_filters_shows_the_whole_library_again(qtbot, app_window):
    page = app_window.library_page
    everything = page.model.rowCount()
    assert not page.clear_button.isEnabled()
    qtbot.keyClicks(page.search, "Malabo")
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)
    page.stale.setFocus()
    qtbot.keyClick(page.stale, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.model.rowCount() < everything and page.clear_button.isEnabled(), timeout=5_000)
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == everything, timeout=5_000)
    assert page.search.text() == "" and page.kind.currentIndex() == 0 and not page.stale.isChecked()
    assert not page.clear_button.isEnabled()
    assert "whole library" in app_window.statusBar().currentMessage()


def test_the_manual_shows_the_shipped_documents_offline(qtbot, app_window):
    manual = _open(qtbot, app_window, "&Help", "Manual")
    titles = [manual.contents.item(row).text() for row in range(manual.contents.count())]
    # The user manual first, a chapter per entry; then, under "For IT staff", the developer documents.
    assert titles[:4] == ["Briefing Builder user manual", "Build a pack", "Export a pack", "Edit the library"]
    assert {"Translate", "Settings", "Where your files are"} <= set(titles)
    assert titles.index("For IT staff") < titles.index("Briefing Builder") < titles.index("Configuration")
    assert "three pages" in manual.page.toPlainText() and "Quick start" not in manual.page.toPlainText()
    manual.contents.setCurrentRow(titles.index("Where your files are"))
    assert "library.sqlite" in manual.page.toPlainText() and "backups" in manual.page.toPlainText()
    heading = manual.contents.item(titles.index("For IT staff"))
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    manual.follow(QUrl("docs/templates.md"))
    assert manual.documents[manual.contents.currentRow()].name == "templates.md"
    assert "template" in manual.page.toPlainText().lower()
    manual.follow(QUrl("https://example.org/"))
    assert "not opened" in manual.note.text()
    manual.find_field.setFocus()
    qtbot.keyClicks(manual.find_field, "TOML")
    qtbot.keyClick(manual.find_field, Qt.Key.Key_Return)
    assert manual.page.textCursor().selectedText().lower() == "toml"
    manual.close()


def test_every_image_the_manual_shows_loads(qtbot, app_window):
    """Each page's images are found (the user manual's beside it, the documents' in their screenshots/): none
    shows as a broken-image box."""
    from PySide6.QtGui import QTextDocument, QTextImageFormat

    manual = _open(qtbot, app_window, "&Help", "Manual")
    shown = []
    for row in range(manual.contents.count()):
        if manual.documents[row] is None:
            continue
        manual.contents.setCurrentRow(row)
        document = manual.page.document()
        block = document.begin()
        while block.isValid():
            for fragment in (it.fragment() for it in _fragments(block)):
                image = fragment.charFormat()
                if image.isImageFormat():
                    name = QTextImageFormat(image).name()
                    loaded = manual.page.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
                    shown.append((name, loaded is not None and not getattr(loaded, "isNull", lambda: False)()))
            block = block.next()
    assert any(name.endswith("translation-editor-fr.png") for name, _ok in shown)
    assert [name for name, ok in shown if not ok] == []
    manual.close()


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def test_the_manual_is_found_in_a_bundle(tmp_path, monkeypatch):
    from briefing_builder.gui.dialogs import manual

    bundled = tmp_path / "resources" / "docs"
    bundled.mkdir(parents=True)
    (bundled / "README.md").write_text("# Bundled manual\n", encoding="utf-8")
    (bundled / "templates.md").write_text("# Templates\n", encoding="utf-8")
    monkeypatch.setattr(manual, "resource_path", lambda *parts: tmp_path.joinpath("resources", *parts))
    assert [p.name for p in manual.manual_documents()] == ["README.md", "templates.md"]


def test_the_user_manual_ships_with_the_resources_and_splits_into_its_chapters():
    from briefing_builder.gui.dialogs import manual
    from briefing_builder.paths import project_root

    path = manual.user_manual()
    assert path == project_root() / "resources" / "manual" / "manual.md" and path.is_file()
    spec = (project_root() / "packaging" / "briefing_builder.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec  # the bundle carries resources/, the manual with it
    titles = [title for title, _text in manual.chapters(path.read_text(encoding="utf-8"))]
    assert titles[0] == "Briefing Builder user manual" and "Translate" in titles and len(titles) >= 8
    two = manual.chapters("# T\nintro\n## A\na text\n## B\nb text\n")
    assert two == [("T", "# T\nintro\n"), ("A", "## A\na text\n"), ("B", "## B\nb text\n")]


def test_about_lists_the_font_and_qt_licences_in_full(qtbot, app_window):
    about = _open(qtbot, app_window, "&Help", "About Briefing Builder")
    entries = [about.list.item(row).text() for row in range(about.list.count())]
    assert any("Noto Sans" in e and "Open Font License" in e for e in entries)
    assert any("DejaVu" in e for e in entries) and any("Symbola" in e for e in entries)
    assert any("PySide6" in e and "LGPL" in e for e in entries)
    assert "SIL OPEN FONT LICENSE" in about.text.toPlainText().upper()
    about.list.setFocus()
    qtbot.keyClick(about.list, Qt.Key.Key_Home)
    while "PySide6" not in about.list.currentItem().text():
        qtbot.keyClick(about.list, Qt.Key.Key_Down)
    assert "Lesser General Public License" in about.text.toPlainText()


def test_about_lists_every_bundled_font_and_the_main_libraries_with_versions(qtbot, app_window):
    from importlib import metadata

    from briefing_builder.gui.dialogs.about import font_files, font_rows
    from briefing_builder.paths import resource_path

    about = _open(qtbot, app_window, "&Help", "About Briefing Builder")
    entries = [about.list.item(row).text() for row in range(about.list.count())]
    assert any("Noto Sans Ethiopic" in e and "Open Font License" in e for e in entries)
    # Every font file shipped is named by a row of the fonts README, which the dialog lists whole.
    described = {name for files, *_rest in font_rows() for name in font_files(files)}
    shipped = {p.name for p in resource_path("fonts").glob("*.ttf")}
    assert shipped <= described, shipped - described
    assert len([e for e in entries if e.startswith("Font: ")]) == len(font_rows()) >= 5
    for name in ("python-docx", "reportlab", "sqlite-utils", "babel", "pycountry"):
        version = metadata.version(name)
        assert any(e.startswith(f"{name} {version} ") for e in entries), name
    docx = next(row for row, e in enumerate(entries) if e.startswith("python-docx"))
    about.list.setCurrentRow(docx)
    assert "MIT" in entries[docx] and "Licence: MIT" in about.text.toPlainText()
