"""The Sources tab edits where a source was read (never printed) and its confidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_read_at_and_confidence_are_shown_edited_and_saved(qtbot, app_window, data_dir, idle):
    from briefing_builder.library import Library

    page = app_window.library_page
    page.tabs.setCurrentWidget(page.sources_tab)
    tab = page.sources_tab
    qtbot.waitUntil(lambda: tab.list.count() > 10, timeout=10_000)
    qtbot.keyClicks(tab.filter, "Model National Response")
    row = next(i for i in range(tab.list.count())
               if tab.list.item(i).data(Qt.ItemDataRole.UserRole) == "mnr-2016")
    tab.list.setCurrentRow(row)
    assert "technodocbox" in tab.read_at.text() and tab.confidence.text() == "M"
    tab.confidence.selectAll()
    qtbot.keyClicks(tab.confidence, "l")
    tab.read_at.selectAll()
    qtbot.keyClicks(tab.read_at, "Alliance PDF, read 2026-12-01")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    idle()
    with Library.open(data_dir / "library.sqlite", read_only=True) as library:
        source = library.source("mnr-2016")
    assert (source.confidence, source.read_at) == ("L", "Alliance PDF, read 2026-12-01")
    assert source.url == "https://www.weprotect.org/"  # the printed fields are untouched
