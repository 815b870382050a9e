"""The app side of two new-user review fixes: an exclusion typed alone in the library's search box lists every
other item, and the export dialog proposes a file name that carries the pack's language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from test_pack_form import type_into_combo
from test_pack_page import when_shown


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
def test_the_export_dialog_proposes_a_name_with_the_language(qtbot, app_window, typed, suffix):
    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5 and page.country.count() > 100, timeout=10_000)
    type_into_combo(qtbot, page.language, typed)
    proposed: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:
        proposed.append(dialog.file_name.text())
        dialog.reject()

    qtbot.waitUntil(lambda: page.spec.language == (suffix[1:] or "en") and page.export_button.isEnabled()
                    and QApplication.activePopupWidget() is None, timeout=15_000)  # the completer has closed
    when_shown(qtbot, QDialog, read_and_cancel)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(proposed), timeout=15_000)
    assert proposed == [f"ministerial-summit-{page.spec.country}-{page.spec.resolved_date()}{suffix}"]
