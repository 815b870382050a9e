"""The app side of two new-user review fixes: an exclusion typed alone in the library's search box lists every
other item, and the export dialog proposes a file name that carries the pack's language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from test_pack_form import type_into_combo


def test_typing_an_exclusion_alone_lists_every_other_item(qtbot, app_window, idle):
    page = app_window.library_page
    everything = page.model.rowCount()
    qtbot.keyClicks(page.search, "Malabo")
    qtbot.waitUntil(lambda: page.model.query == "Malabo" and 0 < page.model.rowCount() < everything, timeout=5_000)
    idle()
    malabo = page.model.rowCount()
    page.search.selectAll()
    qtbot.keyClicks(page.search, "-Malabo")
    qtbot.waitUntil(lambda: page.model.query == "-Malabo", timeout=5_000)
    idle()
    qtbot.waitUntil(lambda: page.model.rowCount() == everything - malabo, timeout=5_000)
    for row in range(page.model.rowCount()):
        item = page.model.item_at(row)
        assert "malabo" not in f"{item.title} {item.body} {' '.join(item.tags)}".lower()


@pytest.mark.parametrize("typed,suffix", [("français", "-fr"), ("Português", "-pt"), ("English", "")])
def test_the_export_dialog_proposes_a_name_with_the_language(qtbot, app_window, monkeypatch, typed, suffix):
    from briefing_builder.gui.packs import page as page_module

    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5 and page.country.count() > 100, timeout=10_000)
    type_into_combo(qtbot, page.language, typed)
    proposed: list[str] = []

    class Dialog(page_module.ExportDialog):  # the real dialog, read where it would wait for the user
        def exec(self) -> int:
            proposed.append(self.file_name.text())
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(page_module, "ExportDialog", Dialog)
    qtbot.waitUntil(lambda: page.spec.language == (suffix[1:] or "en") and page.export_button.isEnabled()
                    and QApplication.activePopupWidget() is None, timeout=15_000)  # the completer has closed
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert proposed == [f"ministerial-summit-{page.spec.country}-{page.spec.resolved_date()}{suffix}"]
