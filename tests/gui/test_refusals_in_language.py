"""What the app says when it refuses what a person typed reads in the interface language: the messages come
from the Qt-free core (validation, the choice resolvers, the meeting's checks) and are translated where shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from test_interface_languages import _english_on_screen
from test_pack_form import type_into_combo, type_text
from test_pack_meeting_form import back_to_the_window, open_tab

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Words that are English only (no French, Portuguese or Arabic word is spelt so): two of them in one message
# mean English, even where the message is not in any catalogue (a core f-string no test knew of).
ENGLISH_WORDS = {"the", "must", "is", "not", "be", "with", "which", "required", "written", "such", "should", "or",
                 "of", "and", "type", "from", "time", "date", "full"}


def _english_words(text: str) -> set[str]:
    import re

    quoted = re.sub(r"[“'«\"][^”'»\"]*[”'»\"]", " ", text)  # what the person typed, quoted back
    return {w for w in re.findall(r"[a-z]+", quoted.casefold()) if w in ENGLISH_WORDS}


def _retype(qtbot, line, text: str) -> None:
    """Select what the field holds, type `text` over it (nothing: delete it) and leave with Tab."""
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=2_000)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def _refusals(qtbot, window, tasks) -> dict[str, str]:
    """Refuse something in each form a person types into; returns what each error label says."""
    idle = lambda: tasks.pending == 0  # noqa: E731
    library = window.library_page
    qtbot.waitUntil(idle, timeout=15_000)
    library.table.setCurrentIndex(library.model.index(0, 0))
    editor = library.editor
    qtbot.waitUntil(lambda: editor.item is not None, timeout=5_000)
    _retype(qtbot, editor.title, "")
    _retype(qtbot, editor.review_by, "2025-13-45")
    _retype(qtbot, editor.countries, "XXX")
    shown = {f"item {key}": editor.errors[key].text() for key in ("title", "review_by")
             if editor.errors[key].isVisibleTo(editor)}
    editor.revert()
    window.go(2)
    packs = window.packs_page
    qtbot.waitUntil(lambda: packs.tree.topLevelItemCount() > 5 and packs.country.count() > 100 and idle(),
                    timeout=30_000)
    type_into_combo(qtbot, packs.country, "Atlantis")
    shown["pack country"] = packs.country.error_label.text()
    back_to_the_window(qtbot, packs)
    type_into_combo(qtbot, packs.language, "Klingon")
    shown["pack language"] = packs.language.error_label.text()
    back_to_the_window(qtbot, packs)
    type_into_combo(qtbot, packs.template, "bilateral-meeting")
    assert packs.spec.template == "bilateral-meeting"
    back_to_the_window(qtbot, packs)
    open_tab(qtbot, packs, 1)
    form = packs.meeting_part.meeting_form
    _retype(qtbot, form.time, "25:")
    shown |= {f"meeting {key}": text for key, text in form.shown_errors().items()}
    shown["export reason"] = " ".join(packs.meeting_part.problems())
    return shown


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "pt", "ar"])
def test_refusals_typed_by_a_person_read_in_the_interface_language(qtbot, window_in, language):
    _app, window, tasks = window_in(language)
    shown = _refusals(qtbot, window, tasks)
    assert {"item title", "item review_by", "pack country", "pack language", "meeting time",
            "meeting time_zone"} <= set(shown), shown
    assert all(shown.values()), shown
    as_written = {text[:1].lower() + text[1:] for text in shown.values()} | set(shown.values())
    english = _english_on_screen(as_written, language)
    english += [text for text in shown.values() if len(_english_words(text)) >= 2]
    assert english == [], "\n".join(english)
    assert "Atlantis" in shown["pack country"] and "2025-13-45" in shown["item review_by"]
    # Export's reason names the meeting's fields as the form does ("Heure"), not by the spec's keys ("time"),
    # and its sentences stay apart.
    reason, form = shown["export reason"], window.packs_page.meeting_part.meeting_form
    assert form.label_of("time") in reason and form.label_of("time_zone") in reason, reason
    assert not {"time", "time_zone"} & set(__import__("re").findall(r"[\w_]+", reason)), reason
    assert reason.count(". ") + reason.count("، ") >= 1 or reason.count(".") >= 2, reason


def test_the_refusals_check_itself_finds_english(qtbot, window_in):
    """In the English window the same refusals are found to be English: the check above can fail."""
    _app, window, tasks = window_in("en")
    shown = _refusals(qtbot, window, tasks)
    as_written = {text[:1].lower() + text[1:] for text in shown.values()}
    assert len(_english_on_screen(as_written, "fr")) >= 2, shown  # in the catalogues today
    assert all(len(_english_words(text)) >= 2 for text in shown.values() if text != "is required"), shown
