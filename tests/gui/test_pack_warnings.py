"""The builder shows what the build reports: characters no bundled font draws, sources of lower confidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def thai_line(data_dir):
    """A line to take holding Thai, added to the library before the window opens."""
    from briefing_builder.library import ItemDraft, Library

    with Library.open(data_dir / "library.sqlite") as library:
        library.add_item(ItemDraft(kind="talking_point", title="Greet the delegation", body="Say สวัสดี first.",
                                   source_uid="summit-report-2019"), uid="line-thai-greeting")


@pytest.fixture
def packs(qtbot, thai_line, app_window):
    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5, timeout=10_000)
    return page


def _warnings(page) -> list[str]:
    return [page.warnings.item(i).text() for i in range(page.warnings.count())]


def _section(page, section_id: str):
    for index in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(index)
        if top.data(0, Qt.ItemDataRole.UserRole) == section_id:
            return top
    raise AssertionError(section_id)


def test_the_builder_lists_the_low_confidence_sources_warning(packs):
    assert any("rests on sources that need checking" in text for text in _warnings(packs))


def test_an_item_holding_thai_is_reported_with_its_characters_not_drawn_as_boxes(qtbot, packs):
    qtbot.waitUntil(lambda: any("THAI CHARACTER SO SUA" in t for t in _warnings(packs)), timeout=15_000)
    warning = next(t for t in _warnings(packs) if "THAI" in t)
    assert "Greet the delegation" in warning and "□" in warning and "U+0E2A" in warning
