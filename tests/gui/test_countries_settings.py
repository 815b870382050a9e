"""The countries page, the settings dialog, and a library of 100,000 items."""

import json

import pytest
from PySide6.QtCore import Qt

from briefing_builder.library import Library


def test_country_search_and_profile(qtbot, app_window):
    page = app_window.countries_page
    app_window.go(1)
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    qtbot.keyClicks(page.filter, "ethio")
    assert page.list.count() == 1
    page.list.setCurrentRow(0)
    assert page.title.text().startswith("Ethiopia")
    cells = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert any("Malabo" in c for c in cells) and "Eastern" in page.membership.text()


def test_country_names_in_french_and_arabic(qtbot, app_window):
    page = app_window.countries_page
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    page.language.setCurrentIndex(page.language.findData("ar"))
    qtbot.keyClicks(page.filter, "ETH")
    assert page.list.item(0).text().startswith("إثيوبيا")


def test_au_region_filter(qtbot, app_window):
    page = app_window.countries_page
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    page.au_only.setCurrentIndex(page.au_only.findData("central"))
    assert page.list.count() == 9


def test_recording_a_status_and_notes(qtbot, app_window, data_dir, idle):
    page = app_window.countries_page
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    page.select("KEN")
    page.topic.setCurrentText("national-action-plan")
    page.status_value.setCurrentText("drafting")
    page.as_of.setText("2026-10")
    page.source.setCurrentIndex(page.source.findData("summit-report-2019"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.notes.setPlainText("Met the delegation in October.")
    qtbot.mouseClick(page.save_notes, Qt.MouseButton.LeftButton)
    idle()
    with Library.open(data_dir / "library.sqlite") as fresh:
        kenya = fresh.country("KEN")
    assert kenya.status("national-action-plan").status == "drafting"
    assert kenya.notes == "Met the delegation in October."
    qtbot.waitUntil(lambda: any(page.table.item(r, 1) and page.table.item(r, 1).text() == "drafting"
                                for r in range(page.table.rowCount())), timeout=5_000)


def test_a_bad_status_date_is_refused_with_a_message(qtbot, app_window, idle):
    page = app_window.countries_page
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    page.select("KEN")
    page.topic.setCurrentIndex(page.topic.findData("acrwc"))
    page.status_value.setCurrentText("ratified")
    page.source.setCurrentIndex(page.source.findData("summit-report-2019"))
    page.as_of.setText("October")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    assert "as_of" in page.add_error.text()


def test_the_status_form_starts_empty_and_names_what_is_missing(qtbot, app_window, idle):
    """Nothing is chosen for the user: no topic, no status, no source (one click used to record "ratified",
    sourced to whatever source came first)."""
    page = app_window.countries_page
    qtbot.waitUntil(lambda: page.list.count() > 200 and page.source.count() > 1, timeout=5_000)
    page.select("KEN")
    assert page.topic.currentText() == "" and page.status_value.currentText() == ""
    assert page.source.currentData() == "" and page.source.currentText().startswith("—")
    statuses = len(app_window.reader.country("KEN").statuses)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    idle()
    assert "topic" in page.add_error.text() and len(app_window.reader.country("KEN").statuses) == statuses
    # The topics are offered in words; the library keeps their keys.
    page.topic.setCurrentIndex(page.topic.findData("acrwc"))
    assert page.topic.currentText() == "African Charter on the Rights and Welfare of the Child"
    assert page._topic_key() == "acrwc"


def test_the_status_table_fits_a_small_screen_one_row_per_status(qtbot, app_window, idle):
    page = app_window.countries_page
    app_window.resize(1024, 600)
    app_window.go(1)
    qtbot.waitUntil(lambda: page.list.count() > 200, timeout=5_000)
    page.select("ETH")
    idle()
    qtbot.wait(50)
    table = page.table
    assert table.rowCount() >= 2
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1  # no column off to the right
    for row in range(table.rowCount()):
        assert table.rowHeight(row) < table.viewport().height() / 2, row  # rows sized to their text
    assert table.viewport().height() >= 2 * table.rowHeight(0)


def test_settings_dialog_saves_user_settings_and_respects_locks(qtbot, isolated_user_folders, data_dir):
    from briefing_builder.gui.settings_dialog import SettingsDialog
    from briefing_builder.paths import resolve_data_location
    from briefing_builder.settings import load_settings

    system = isolated_user_folders / "etc"
    system.mkdir(exist_ok=True)
    (system / "config.toml").write_text('[classification]\ndefault = "CONFIDENTIAL"\n[policy]\n'
                                        'locked = ["classification.default"]\n', encoding="utf-8")
    settings = load_settings()
    dialog = SettingsDialog(settings, resolve_data_location(str(data_dir)))
    qtbot.addWidget(dialog)
    assert not dialog.classification.isEnabled() and dialog.organisation.isEnabled()
    dialog.organisation.setText("Ministry of Foreign Affairs")
    dialog._save()
    assert dialog.result_settings.organisation_name == "Ministry of Foreign Affairs"
    assert dialog.result_settings.default_classification == "CONFIDENTIAL"
    assert load_settings().organisation_name == "Ministry of Foreign Affairs"


@pytest.fixture(scope="module")
def big_library(tmp_path_factory):
    """A library of 100,000 items (bulk import, about ten seconds)."""
    from briefing_builder.library.io import import_document

    folder = tmp_path_factory.mktemp("big")
    words = "summit framework national response capability victims reporting hotline research policy".split()
    items = [{"uid": f"b{n}", "kind": "fact", "title": f"Item {n} {words[n % 10]} {words[(n * 7) % 10]}",
              "body": " ".join(words[(n + k) % 10] for k in range(12)), "source": "big"} for n in range(100_000)]
    with Library.open(folder / "library.sqlite", seed=False) as library:
        import_document(library, json.loads(json.dumps({"sources": [{"uid": "big", "title": "Big"}],
                                                        "items": items})))
    return folder


@pytest.mark.slow
def test_a_library_of_100000_items_opens_and_scrolls_without_loading_every_row(qtbot, big_library):
    from briefing_builder.gui.app import create_window

    _app, window, tasks, reader = create_window(str(big_library))
    try:
        qtbot.addWidget(window, before_close_func=lambda w: w.library_page.editor.revert())
        window.resize(1400, 860)
        window.show()
        model = window.library_page.model
        qtbot.waitUntil(lambda: model.rowCount() == 100_000, timeout=30_000)
        table = window.library_page.table
        table.scrollToBottom()
        qtbot.wait(100)
        table.scrollTo(model.index(50_000, 0))
        qtbot.wait(100)
        assert model.page_loads <= 8  # a few pages of 100 rows, not 1,000 pages
        assert model.item_at(99_999) is not None
        window.library_page.search.setText("hotline")
        qtbot.waitUntil(lambda: 0 < model.rowCount() < 100_000, timeout=10_000)
    finally:
        window.close()
        tasks.shutdown()
        reader.close()
