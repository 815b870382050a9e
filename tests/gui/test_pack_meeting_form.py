"""The meeting and annexes in the pack builder (issue 12), driven as a person does: keys, Tab, the completer,
drops; then the bilateral pack exported from the app and read back by pdftotext and python-docx."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from brief_fixtures import SOURCE, annex_pdf, placeholder_photo
from briefing_builder.library import Library
from briefing_builder.pack.drafts import DraftStore
from briefing_builder.pack.meeting import Attendee
from readers import squash

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide's QPoint drag-event overloads


@pytest.fixture
def people(data_dir) -> dict[str, str]:
    """Two placeholder people (with generated photos) in the library the window opens: uid by letter."""
    from briefing_builder.library.records import BioLine, PersonDraft

    uids = {}
    with Library.open(data_dir / "library.sqlite") as library:
        for letter, colour in (("A", (40, 80, 120)), ("B", (120, 60, 40))):
            draft = PersonDraft(name=f"Placeholder Person {letter}", honorific="H.E.",
                                role=f"Placeholder role {letter}", organisation="Placeholder Ministry", country="ETH",
                                bio=(BioLine(f"Placeholder biography line of {letter}.", SOURCE, "2019-12"),),
                                as_of="2026-11")
            person, _ = library.add_person(draft, photo=placeholder_photo(colour, f"P{letter}"))
            uids[letter] = person.uid
    return uids


@pytest.fixture
def page(qtbot, people, packs):
    """The Packs page on the bilateral template (chosen by typing), the Meeting tab open."""
    from test_pack_form import type_into_combo

    type_into_combo(qtbot, packs.template, "Bilateral")
    assert packs.spec.template == "bilateral-meeting"
    back_to_the_window(qtbot, packs)
    open_tab(qtbot, packs, 1)
    return packs


def back_to_the_window(qtbot, page) -> None:
    """Qt's offscreen platform leaves a closed completer popup the active window (a desktop gives activation
    back): activate the main window again, or focus and Tab go nowhere."""
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


def open_tab(qtbot, page, index: int) -> None:
    bar = page.meeting_part.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.meeting_part.tabs.currentIndex() == index


def type_and_tab(qtbot, widget, text: str) -> None:
    """Type into the field that has the focus, then Tab on (as a person fills a form)."""
    assert QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget()), \
        QApplication.focusWidget()
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def pick_person(qtbot, side, typed: str) -> None:
    """Type part of a name in a side's entry, Down into the library's matches, Enter on the first, Enter."""
    qtbot.keyClicks(side.name_entry, typed)
    qtbot.waitUntil(lambda: side.matches.isVisible() and side.matches.count() > 0, timeout=10_000)
    qtbot.keyClick(side.name_entry, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is side.matches
    qtbot.keyClick(side.matches, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is side.role_entry and not side.matches.isVisible()
    qtbot.keyClick(side.role_entry, Qt.Key.Key_Return)  # no role typed: the library's role is printed


def fill_meeting(qtbot, page, people) -> None:
    form = page.meeting_part.meeting_form
    qtbot.keyClick(page.window(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Purp&ose
    assert QApplication.focusWidget() is form.purpose
    qtbot.keyClicks(form.purpose, "Placeholder purpose: agree next steps.")
    qtbot.keyClick(form.purpose, Qt.Key.Key_Tab)
    type_and_tab(qtbot, form.format, "B")  # keyboard search in the list: Bilateral
    type_and_tab(qtbot, form.venue, "Placeholder venue")
    type_and_tab(qtbot, form.date, "2026-12-02")
    type_and_tab(qtbot, form.time, "10:30")
    type_and_tab(qtbot, form.time_zone, "addis ababa")
    back_to_the_window(qtbot, page)
    type_and_tab(qtbot, form.duration, "45")
    assert QApplication.focusWidget() is form.ours.name_entry
    qtbot.keyClicks(form.ours.name_entry, "Placeholder Minister")
    qtbot.keyClick(form.ours.name_entry, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.ours.role_entry, "Minister")
    qtbot.keyClick(form.ours.role_entry, Qt.Key.Key_Return)
    qtbot.keyClick(page.window(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Their delegation
    assert QApplication.focusWidget() is form.theirs.name_entry
    pick_person(qtbot, form.theirs, "person a")
    form.interpreters.setFocus()
    qtbot.keyClicks(form.interpreters, "Placeholder Interpreter")
    qtbot.keyClick(form.interpreters, Qt.Key.Key_Tab)
    open_tab(qtbot, page, 2)
    document = page.meeting_part.document_form
    document.file_reference.setFocus()
    for widget, text in ((document.file_reference, "PLACEHOLDER/REF/1"), (document.version, "2"),
                         (document.prepared_name, "Placeholder Official"), (document.prepared_desk, "Placeholder Desk"),
                         (document.prepared_telephone, "+44 20 0000 0000"),
                         (document.prepared_email, "desk@example.org"), (document.cleared_by, "Placeholder Director"),
                         (document.date_prepared, "2026-11-30")):
        type_and_tab(qtbot, widget, text)


def test_the_meeting_typed_into_the_builder_is_in_the_spec_and_the_draft(qtbot, page, people):
    fill_meeting(qtbot, page, people)
    meeting = page.spec.meeting
    assert meeting.purpose == "Placeholder purpose: agree next steps."
    assert (meeting.format, meeting.venue, meeting.date, meeting.time) == ("bilateral", "Placeholder venue",
                                                                           "2026-12-02", "10:30")
    assert meeting.time_zone == "Africa/Addis_Ababa" and meeting.duration == 45
    assert meeting.ours == (Attendee(name="Placeholder Minister", role="Minister"),)
    assert meeting.theirs == (Attendee(person=people["A"]),)
    assert meeting.interpreters == ("Placeholder Interpreter",)
    assert meeting.prepared_by.email == "desk@example.org" and meeting.cleared_by == "Placeholder Director"
    assert meeting.problems() == [] and page.export_button.isEnabled()
    form = page.meeting_part.meeting_form
    assert form.theirs.table.item(0, 0).text() == "H.E. Placeholder Person A"  # the library's name, shown
    assert form.theirs.table.item(0, 1).text() == "Placeholder role A, Placeholder Ministry"  # as printed
    assert form.time_zone.currentText() == "Africa/Addis_Ababa"  # shown as resolved
    page.save_draft()
    _name, saved = DraftStore(page.location.drafts_dir).load(page.draft_id)
    assert saved.meeting == meeting


def test_the_bilateral_pack_exported_from_the_app_has_the_meeting_the_attendee_and_the_annex(
        qtbot, page, people, tmp_path, idle):
    fill_meeting(qtbot, page, people)
    annex = annex_pdf(tmp_path / "annex-a.pdf", pages=3)
    page.meeting_part.annex_list.add_files([str(annex)])  # what Add… does after its file dialog
    assert page.spec.annexes == (str(annex.resolve()),)
    assert "PDF, 3 pages" in page.meeting_part.annex_list.list.item(0).text()
    assert page.export_button.isEnabled(), page.export_button.toolTip()
    out = tmp_path / "out"
    out.mkdir()
    page.export(out, ("docx", "pdf"), "bilateral")
    qtbot.waitUntil(lambda: (out / "bilateral.pdf").exists() and page.export_token is None, timeout=120_000)
    idle()
    text = subprocess.run(["pdftotext", "-layout", str(out / "bilateral.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    for words in ("Placeholder venue", "10:30 (Africa/Addis_Ababa, UTC+03:00)", "45 minutes",
                  "H.E. Placeholder Person A", "Placeholder Minister", "Placeholder Interpreter",
                  "PLACEHOLDER/REF/1", "desk@example.org", "Placeholder annex text, page 1",
                  "Placeholder annex text, page 3"):
        assert squash(words) in squash(text), words
    tables = docx.Document(str(out / "bilateral.docx")).tables
    cells = [cell.text for table in tables for row in table.rows for cell in row.cells]
    assert "Placeholder venue" in cells and any("Africa/Addis_Ababa" in cell for cell in cells)


def test_an_unknown_time_zone_is_an_inline_error_and_export_says_why(qtbot, page):
    from test_pack_form import type_into_combo

    form = page.meeting_part.meeting_form
    form.time_zone.setFocus()
    qtbot.keyClicks(form.time_zone.lineEdit(), "Mars/Olympus Mons")
    qtbot.keyClick(form.time_zone.lineEdit(), Qt.Key.Key_Tab)
    assert form.time_zone.error_label.isVisible() and "Mars/Olympus Mons" in form.time_zone.error_label.text()
    assert not page.export_button.isEnabled()
    assert "time zone" in page.export_button.toolTip() and "Mars/Olympus Mons" in page.export_button.toolTip()
    assert "⚠" in page.meeting_part.tabs.tabText(1)
    back_to_the_window(qtbot, page)
    type_into_combo(qtbot, form.time_zone, "Africa/Dakar")
    assert not form.time_zone.error_label.isVisible() and page.spec.meeting.time_zone == "Africa/Dakar"
    assert page.export_button.isEnabled()


def test_a_bad_time_shows_its_error_once_the_field_is_left(qtbot, page):
    form = page.meeting_part.meeting_form
    form.time.setFocus()
    qtbot.keyClicks(form.time, "25:")
    assert not form.shown_errors().get("time")  # not while typing
    assert not page.export_button.isEnabled() and "HH:MM" in page.export_button.toolTip()
    qtbot.keyClick(form.time, Qt.Key.Key_Tab)
    assert "HH:MM" in form.shown_errors()["time"]
    # a time needs its zone: said beside the zone
    assert "required with a time" in form.shown_errors()["time_zone"]


def test_meeting_edits_undo_one_visit_at_a_time(qtbot, page):
    form = page.meeting_part.meeting_form
    form.venue.setFocus()
    qtbot.keyClicks(form.venue, "Placeholder venue")
    qtbot.keyClick(form.venue, Qt.Key.Key_Tab)
    form.ours.name_entry.setFocus()
    qtbot.keyClicks(form.ours.name_entry, "Placeholder Adviser")
    qtbot.keyClick(form.ours.name_entry, Qt.Key.Key_Return)
    assert page.spec.meeting.ours == (Attendee(name="Placeholder Adviser"),)
    page.undo_stack.undo()
    assert page.spec.meeting.ours == () and form.ours.table.rowCount() == 0
    assert page.spec.meeting.venue == "Placeholder venue"
    page.undo_stack.undo()
    assert page.spec.meeting.venue == "" and form.venue.text() == ""
    page.undo_stack.redo()
    assert form.venue.text() == "Placeholder venue"


def _drop(widget, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    point = widget.rect().center()
    actions, button, modifiers = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, button, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), actions, mime, button, modifiers))


def test_files_dropped_on_the_annex_list_are_attached_and_a_fake_pdf_is_refused(qtbot, page, tmp_path):
    open_tab(qtbot, page, 2)
    annexes = page.meeting_part.annex_list
    good = annex_pdf(tmp_path / "good.pdf", pages=3)
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a PDF at all", "utf-8")
    _drop(annexes.list.viewport(), [good, fake])
    assert page.spec.annexes == (str(good.resolve()), str(fake.resolve()))
    assert "Annex B: fake.pdf" in annexes.list.item(1).text()
    assert annexes.error_label.isVisible() and "neither a PDF nor a Word" in annexes.error_label.text()
    assert not page.export_button.isEnabled() and "Annex 2: fake.pdf" in page.export_button.toolTip()
    annexes.list.setCurrentRow(1)
    qtbot.mouseClick(annexes.up_button, Qt.MouseButton.LeftButton)
    assert page.spec.annexes == (str(fake.resolve()), str(good.resolve()))
    qtbot.mouseClick(annexes.remove_button, Qt.MouseButton.LeftButton)
    assert page.spec.annexes == (str(good.resolve()),)
    assert not annexes.error_label.isVisible() and page.export_button.isEnabled()
    page.undo_stack.undo()
    assert len(page.spec.annexes) == 2


def test_a_draft_naming_a_person_shows_the_library_s_name(qtbot, page, people):
    import dataclasses

    meeting = dataclasses.replace(page.spec.meeting, theirs=(Attendee(person=people["B"], role="Host"),))
    page.spec = dataclasses.replace(page.spec, meeting=meeting)
    table = page.meeting_part.meeting_form.theirs.table
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "H.E. Placeholder Person B", timeout=10_000)
    assert table.item(0, 1).text() == "Host"


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_typed_time_zone_text_resolves_to_a_real_zone_or_says_why(text):
    from briefing_builder.gui.packs.meeting_form import resolve_time_zone
    from briefing_builder.pack.meeting import valid_time_zone

    result = resolve_time_zone(text)
    if result.ok:
        assert result.value == "" if not text.strip() else valid_time_zone(result.value)
    else:
        assert text.strip()[:60] in result.error


def test_every_zone_offered_resolves_to_itself_and_cities_resolve_by_name():
    from briefing_builder.gui.packs.meeting_form import resolve_time_zone, time_zones

    assert all(resolve_time_zone(zone).value == zone for zone in time_zones())
    assert resolve_time_zone("addis ababa").value == "Africa/Addis_Ababa"
    assert resolve_time_zone("São Paulo").value == "America/Sao_Paulo"
    assert not resolve_time_zone("new").ok  # several zones: the user chooses


def test_a_draft_naming_a_person_the_library_does_not_hold_stops_export_and_says_which(qtbot, page):
    import dataclasses

    meeting = dataclasses.replace(page.spec.meeting, theirs=(Attendee(person="nobody"),))
    page.spec = dataclasses.replace(page.spec, meeting=meeting)
    qtbot.waitUntil(lambda: not page.export_button.isEnabled(), timeout=10_000)
    tip = page.export_button.toolTip()
    assert "their side attendee 1" in tip and "'nobody'" in tip and "not a person in the library" in tip
    typed = dataclasses.replace(meeting, theirs=(Attendee(person="nobody", name="Placeholder Person C"),))
    page.spec = dataclasses.replace(page.spec, meeting=typed)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=10_000)
