"""Validation's refusals read in the interface language where the GUI shows them (gui/core_text.text)."""

from __future__ import annotations

import pytest

from briefing_builder.gui import core_text
from briefing_builder.library import ItemDraft, PersonDraft, translations
from briefing_builder.library.people import where_of
from briefing_builder.library.validate import full_item_problems, person_problems


def _item(**changes) -> ItemDraft:
    fields = dict(kind="fact", title="T", body="", source_uid="s", locator="", as_of=None, review_by=None,
                  tags=(), frameworks=(), countries=(), language="en", classification="UNCLASSIFIED",
                  confidence="", notes="")
    fields.update(changes)
    return ItemDraft(**fields)


def _problems():
    return (full_item_problems(_item(title="", review_by="2025-13-45", countries=("XX1",), language="??"))
            + person_problems(PersonDraft(name="N\tM", country="et"), where_of("p1")))


def test_an_empty_title_reads_est_obligatoire_in_french_and_is_translated_in_arabic(interface):
    problem = full_item_problems(_item(title=""))[0]
    interface("fr")
    assert core_text.text(problem.message) == "est obligatoire"
    assert core_text.text(problem) == "élément, champ « title » : est obligatoire"
    interface("ar")
    assert core_text.text(problem.message) == "مطلوب"
    interface("en")
    assert core_text.text(problem) == "item, field 'title': is required"


@pytest.mark.parametrize("language", ["fr", "pt", "ar"])
def test_no_english_template_text_shows_in_another_language(interface, language):
    problems = _problems()
    english = [str(p.message) for p in problems]
    interface(language)
    shown = [core_text.text(p.message) for p in problems]
    assert all(a != b for a, b in zip(shown, english)), list(zip(english, shown))
    assert not any(word in text for text in shown for word in ("must ", "is not", "required", "contains"))
    place = core_text.text(translations.where("item", "x", "fr"))
    assert "translation" not in place and "'x'" in place

