"""The People page, driven from the keyboard: add a person with a sourced biography line, refuse an undated line,
drop a photo on the photo area, search in any script, undo a deletion (issue 12)."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from briefing_builder.library import BioLine, Library, PersonDraft


@pytest.fixture
def people(qtbot, app_window, idle):
    page = app_window.people_page
    qtbot.keyClick(app_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert app_window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.bio_source.count() > 10 and page.country.count() > 200, timeout=10_000)
    idle()
    return page  # conftest's app_window drops unsaved edits before pytest-qt closes the window


def type_text(qtbot, widget, text: str) -> None:
    """Type key by key; characters beyond ASCII arrive as an input method sends them (QTest knows only ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _stored(data_dir, uid=None, name=None):
    with Library.open(data_dir / "library.sqlite") as fresh:
        person = next((p for p in fresh.people() if p.uid == uid or p.name == name), None)
        return person, (fresh.person_photo(person.uid) if person else None)


def _drop(widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_a_person_is_added_from_the_keyboard_with_a_sourced_biography_line(qtbot, app_window, people, data_dir,
                                                                          idle):
    page = people
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.name.hasFocus()
    qtbot.keyClicks(page.name, "Placeholder Person A")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.honorific.hasFocus()
    qtbot.keyClicks(page.honorific, "H.E.")
    qtbot.keyClick(page.honorific, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.role, "Placeholder Minister")
    qtbot.keyClicks(page.organisation, "Placeholder Ministry")
    page.country.setFocus()
    qtbot.keyClicks(page.country, "Ethiopia")
    type_text(qtbot, page.names, "am: ቦታ ያዥ ሰው")
    qtbot.keyClicks(page.languages, "am, en")
    qtbot.keyClicks(page.review_by, "2027-06-01")
    qtbot.keyClicks(page.bio_text, "Placeholder biography line.")
    page.bio_source.setFocus()
    page.bio_source.setCurrentIndex(page.bio_source.findData("summit-report-2019"))
    qtbot.keyClicks(page.bio_as_of, "2019-12")
    qtbot.keyClicks(page.bio_locator, "p. 2")
    qtbot.keyClick(page.bio_text, Qt.Key.Key_Return)  # Enter in the line adds it
    assert page.bio_list.count() == 1 and page.bio_text.text() == ""
    qtbot.keyClick(app_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    idle()
    person, _photo = _stored(data_dir, name="Placeholder Person A")
    assert person is not None, page.error.text()
    assert (person.honorific, person.role, person.country, person.names, person.languages) == (
        "H.E.", "Placeholder Minister", "ETH", (("am", "ቦታ ያዥ ሰው"),), ("am", "en"))
    assert person.bio == (BioLine("Placeholder biography line.", "summit-report-2019", "2019-12", "p. 2"),)
    qtbot.waitUntil(lambda: any("Placeholder Person A" in page.list.item(r).text() for r in range(page.list.count())),
                    timeout=5_000)


def test_an_undated_biography_line_is_refused_beside_the_form_and_nothing_is_saved(qtbot, app_window, people,
                                                                                  data_dir, idle):
    page = people
    page.new_person()
    qtbot.keyClicks(page.name, "Placeholder Person B")
    qtbot.keyClicks(page.bio_text, "A line nobody dated.")
    qtbot.keyClick(page.bio_text, Qt.Key.Key_Return)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    idle()
    assert "bio[0].as_of" in page.error.text() and "\n" not in page.error.text()
    assert _stored(data_dir, name="Placeholder Person B")[0] is None


def test_a_photo_dropped_on_the_photo_area_is_stored_print_ready_and_undo_removes_it(qtbot, app_window, people,
                                                                                    data_dir, idle, tmp_path):
    app_window.tasks.library(lambda library: library.add_person(PersonDraft(name="Placeholder Person C"),
                                                                uid="person-c"))
    idle()
    page = people
    page.open_person("person-c")
    qtbot.waitUntil(lambda: page.current is not None and page.current.uid == "person-c", timeout=5_000)
    photo = tmp_path / "portrait.jpg"
    Image.new("RGB", (2400, 1800), (30, 90, 160)).save(photo, "JPEG")
    _drop(page.photo, photo)
    idle()
    person, stored = _stored(data_dir, uid="person-c")
    assert person.has_photo and Image.open(io.BytesIO(stored)).size == (600, 450)
    qtbot.waitUntil(lambda: page.photo.pixmap() is not None and not page.photo.pixmap().isNull(), timeout=5_000)
    app_window.undo_action.trigger()
    idle()
    assert _stored(data_dir, uid="person-c")[1] is None


def test_a_file_that_is_not_a_photo_is_refused_in_one_line(qtbot, app_window, people, data_dir, idle, tmp_path):
    app_window.tasks.library(lambda library: library.add_person(PersonDraft(name="Placeholder Person D"),
                                                                uid="person-d"))
    idle()
    page = people
    page.open_person("person-d")
    qtbot.waitUntil(lambda: page.current is not None and page.current.uid == "person-d", timeout=5_000)
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"%PDF-1.7 not a picture at all")
    _drop(page.photo, fake)
    idle()
    assert "not a PNG or JPEG" in page.error.text()
    assert _stored(data_dir, uid="person-d")[1] is None


def test_search_finds_a_person_by_a_name_in_another_script(qtbot, app_window, people, idle):
    app_window.tasks.library(lambda library: library.add_person(PersonDraft(
        name="Placeholder Person E", names=(("ar", "شخص نائب"),)), uid="person-e"))
    idle()
    page = people
    qtbot.keyClick(app_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(qtbot, page.search, "شخص")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    idle()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=5_000)
    assert "Placeholder Person E" in page.list.item(0).text()


def test_deleting_a_person_can_be_undone_with_their_photo(qtbot, app_window, people, data_dir, idle):
    out = io.BytesIO()
    Image.new("RGB", (400, 500), (200, 50, 50)).save(out, "JPEG")
    app_window.tasks.library(lambda library: library.add_person(PersonDraft(name="Placeholder Person F"),
                                                                uid="person-f", photo=out.getvalue()))
    idle()
    page = people
    page.open_person("person-f")
    qtbot.waitUntil(lambda: page.current is not None and page.current.uid == "person-f", timeout=5_000)
    before = _stored(data_dir, uid="person-f")[1]
    page.delete_now(page.current)
    idle()
    assert _stored(data_dir, uid="person-f")[0] is None
    qtbot.keyClick(app_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle()
    person, photo = _stored(data_dir, uid="person-f")
    assert person is not None and photo == before


def test_switching_away_from_unsaved_edits_asks_first_and_cancel_keeps_them(qtbot, app_window, people, idle,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    for letter in "GH":
        app_window.tasks.library(lambda library, letter=letter: library.add_person(
            PersonDraft(name=f"Placeholder Person {letter}"), uid=f"person-{letter.lower()}"))
    idle()
    page = people
    page.run_search()
    idle()
    page.select("person-g")
    qtbot.waitUntil(lambda: page.current is not None and page.current.uid == "person-g", timeout=5_000)
    assert not page.is_dirty()
    qtbot.keyClicks(page.role, "Placeholder Envoy")
    assert page.is_dirty()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or
                        QMessageBox.StandardButton.Cancel)
    page.select("person-h")
    idle()
    assert asked and page.current.uid == "person-g" and page.role.text() == "Placeholder Envoy"
