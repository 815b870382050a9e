"""What you see is what you build: the form's fields, typed into as a person does, are what the pack uses."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` key by key; characters beyond ASCII arrive as a keyboard layout or input method sends them
    (QTest's keyClicks only knows ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_into_combo(qtbot, combo, text: str, leave=Qt.Key.Key_Tab) -> None:
    """Select what the box shows, type over it and leave with Tab (or press Enter), as a person does."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2_000)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), leave)


def test_a_country_typed_and_left_with_tab_is_the_country_of_the_pack(qtbot, packs, idle):
    type_into_combo(qtbot, packs.country, "Senegal")
    assert packs.spec.country == "SEN"
    assert packs.country.currentText() == "Senegal (SEN)"
    assert not packs.country.error_label.isVisibleTo(packs) and packs.export_button.isEnabled()
    packs.save_draft()
    assert packs.store.load(packs.draft_id)[1].country == "SEN"
    qtbot.waitUntil(lambda: "Sénégal" in packs.pdf.getAllText(0).text() or "Senegal" in
                    packs.pdf.getAllText(0).text(), timeout=20_000)


@pytest.mark.parametrize("typed, code", [("ETH", "ETH"), ("sn", "SEN"), ("Quénia", "KEN"), ("جنوب أفريقيا", "ZAF"),
                                         ("Afrique du Sud", "ZAF"), ("Ivory Coast", "CIV")])
def test_a_country_resolves_from_a_code_or_a_name_in_any_language(qtbot, packs, typed, code):
    type_into_combo(qtbot, packs.country, typed, leave=Qt.Key.Key_Return)
    assert packs.spec.country == code
    assert packs.country.currentText().endswith(f"({code})")


def test_an_unknown_country_shows_an_inline_error_and_export_says_why(qtbot, packs):
    before = packs.spec.country
    messages = []
    packs.status.connect(messages.append)
    type_into_combo(qtbot, packs.country, "Atlantis")
    assert packs.spec.country == before  # nothing changed in the pack ...
    assert packs.country.error_label.isVisibleTo(packs) and "Atlantis" in packs.country.error_label.text()
    assert not packs.export_button.isEnabled()  # ... and it cannot be exported as shown
    assert "Atlantis" in packs.export_button.toolTip() and any("Atlantis" in m for m in messages)
    assert "Atlantis" in packs.country.accessibleDescription()
    type_into_combo(qtbot, packs.country, "Kenya")
    assert packs.spec.country == "KEN" and packs.export_button.isEnabled()
    assert not packs.country.error_label.isVisibleTo(packs)


def test_an_ambiguous_start_is_refused_not_guessed(qtbot, packs):
    type_into_combo(qtbot, packs.country, "Nig")
    assert packs.spec.country == "ETH"
    assert "Niger (NER)" in packs.country.error_label.text() and "Nigeria (NGA)" in packs.country.error_label.text()


def test_text_still_being_typed_is_resolved_before_a_save(qtbot, packs):
    packs.country.setFocus()
    qtbot.keyClick(packs.country.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(packs.country.lineEdit(), "Ghana")
    packs.save_draft()  # Ctrl+S while the cursor is still in the box
    assert packs.spec.country == "GHA" and packs.store.load(packs.draft_id)[1].country == "GHA"


def test_language_and_marking_resolve_what_was_typed(qtbot, packs, app_window):
    type_into_combo(qtbot, packs.language, "français")
    assert packs.spec.language == "fr" and packs.language.currentText() == "Français"
    marking = app_window.settings.allowed_markings[-1]
    type_into_combo(qtbot, packs.classification, marking.lower())
    assert packs.spec.classification == marking and packs.classification.currentText() == marking
    type_into_combo(qtbot, packs.language, "Klingon")
    assert packs.spec.language == "fr" and not packs.export_button.isEnabled()


def test_other_countries_are_resolved_and_shown_as_codes(qtbot, packs):
    type_into_combo(qtbot, packs.template, "Country profile")
    assert packs.spec.template == "country-profile" and packs.also.isEnabled()
    packs.also.setFocus()
    qtbot.keyClicks(packs.also, "Kenya, zaf")
    qtbot.keyClick(packs.also, Qt.Key.Key_Tab)
    assert packs.spec.extra_countries == ("KEN", "ZAF") and packs.also.text() == "KEN, ZAF"
    packs.also.setFocus()
    qtbot.keyClicks(packs.also, ", Atlantis")
    qtbot.keyClick(packs.also, Qt.Key.Key_Tab)
    assert packs.spec.extra_countries == ("KEN", "ZAF") and not packs.export_button.isEnabled()


def test_text_fields_follow_every_keystroke(qtbot, packs):
    packs.recipient.setFocus()
    qtbot.keyClicks(packs.recipient, "Hon. B")
    assert packs.spec.recipient == "Hon. B"
    qtbot.keyClick(packs.recipient, Qt.Key.Key_Backspace)
    assert packs.spec.recipient == "Hon. "


def test_a_draft_naming_an_unknown_country_shows_it_with_an_error(qtbot, packs):
    import dataclasses

    packs.spec = dataclasses.replace(packs.spec, country="XXX")
    assert packs.country.currentText() == "XXX" and "XXX" in packs.country.error_label.text()
    assert not packs.export_button.isEnabled()
    type_into_combo(qtbot, packs.country, "Ethiopia")
    assert packs.spec.country == "ETH" and packs.export_button.isEnabled()


def test_a_field_set_by_a_script_changes_the_pack_too(packs):
    packs.event_field.setText("Global Summit 2026")  # as the screenshot tool does
    assert packs.spec.event == "Global Summit 2026"


def test_arrow_keys_in_a_list_choose_and_the_pack_follows(qtbot, packs):
    packs.paper.setFocus()
    qtbot.keyClick(packs.paper, Qt.Key.Key_Down)
    assert packs.paper.currentText() == "US Letter" and packs.spec.paper == "letter"
    packs.language.setFocus()
    qtbot.keyClick(packs.language, Qt.Key.Key_Down)
    assert packs.language.currentText() == "Français" and packs.spec.language == "fr"
