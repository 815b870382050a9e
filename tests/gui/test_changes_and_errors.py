"""One path for changes (`Tasks.changed`) and one for errors (`gui.errors.present_error`)."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from briefing_builder.errors import Cancelled, ImportRejected, Problem, ValidationError, user_message
from briefing_builder.gui.errors import DIALOG_NAME, present_error
from briefing_builder.library import Changes


def test_a_library_write_through_tasks_is_broadcast_with_its_initiator(qtbot, app_window, idle):
    heard: list[tuple[Changes, object]] = []
    app_window.tasks.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    marker = object()
    app_window.tasks.library(lambda library: library.set_country_notes("ETH", "Placeholder note"), None, None,
                             initiator=marker)
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    changes, initiator = heard[0]
    assert changes.countries == frozenset({"ETH"}) and initiator is marker


def test_a_read_through_tasks_is_not_broadcast(qtbot, app_window, idle):
    heard: list = []
    app_window.tasks.changed.connect(lambda *args: heard.append(args))
    results: list = []
    app_window.tasks.library(lambda library: library.countries(), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    idle()
    assert heard == []


def test_a_write_from_one_page_refreshes_another_without_the_window(qtbot, app_window, idle):
    """The Countries page hears of notes saved by any code through Tasks, not from the main window."""
    page = app_window.countries_page
    qtbot.waitUntil(lambda: bool(page.countries), timeout=5_000)
    app_window.tasks.library(lambda library: library.set_country_notes("SEN", "Placeholder text zq"))
    qtbot.waitUntil(lambda: any(c.code == "SEN" and c.notes == "Placeholder text zq" for c in page.countries),
                    timeout=5_000)
    assert not hasattr(app_window, "apply_changes")


def test_a_failed_write_shows_one_dialog_in_words_with_details_on_demand(qtbot, app_window, idle):
    def broken(_library):
        raise sqlite3.DatabaseError("database disk image is malformed")

    app_window.tasks.library(broken, None, lambda error: present_error(app_window, error, "Saving the notes"))
    qtbot.waitUntil(lambda: app_window.findChild(QMessageBox, DIALOG_NAME) is not None, timeout=5_000)
    box = app_window.findChild(QMessageBox, DIALOG_NAME)
    assert box.isVisible() and box.windowTitle().startswith("Saving the notes")
    assert "damaged" in box.informativeText() and "Traceback" not in box.informativeText()
    assert "Traceback" in box.detailedText() and "malformed" in box.detailedText()
    box.close()


def test_a_minor_error_goes_to_the_status_bar_not_a_dialog(qtbot, app_window):
    error = ValidationError(Problem("item", "title", "is required"))
    present_error(app_window.library_page, error, "Saving the item")
    assert app_window.findChild(QMessageBox, DIALOG_NAME) is None
    assert "title" in app_window.statusBar().currentMessage()
    present_error(app_window.library_page, Cancelled(), "Export")
    assert app_window.findChild(QMessageBox, DIALOG_NAME) is None
    assert app_window.statusBar().currentMessage() == "Cancelled."


def test_a_refused_import_lists_every_problem_under_details(qtbot, app_window):
    error = ImportRejected([Problem(f"item {n}", "title", "is required") for n in range(3)])
    present_error(app_window, error, "Importing items.json")
    box = app_window.findChild(QMessageBox, DIALOG_NAME)
    assert box is not None and box.detailedText().count("• item") == 3
    box.close()


def test_user_message_puts_unexpected_errors_into_words():
    assert user_message(FileNotFoundError(2, "No such file or directory", "/tmp/x.json")) == \
        "No such file or directory: /tmp/x.json"
    assert "unexpected" in user_message(KeyError("x")) and "Nothing was changed" in user_message(KeyError("x"))
    assert user_message(ValidationError(Problem("item", "date", "is not a date"))) == \
        "item, field 'date': is not a date"
