"""Validation's refusals (library/validate.py, people.py, photos.py, translations.py) are core messages: the same
English as before for the CLI, logs and JSON, and a template the GUI translates (context "Validation")."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from briefing_builder.errors import Problem, ValidationError
from briefing_builder.library import BioLine, ItemDraft, PersonDraft, TranslationDraft
from briefing_builder.library import people, translations
from briefing_builder.library.photos import prepare_photo
from briefing_builder.library.validate import (check_date, check_line, check_list, check_text, full_item_problems,
                                               person_problems, translation_problems)
from briefing_builder.messages import Message


def _item(**changes) -> ItemDraft:
    fields = dict(kind="fact", title="T", body="", source_uid="s", locator="", as_of=None, review_by=None,
                  tags=(), frameworks=(), countries=(), language="en", classification="UNCLASSIFIED",
                  confidence="", notes="")
    fields.update(changes)
    return ItemDraft(**fields)


def _messages(problems: list[Problem]) -> dict[str, str]:
    return {p.field: p.message for p in problems}


def test_an_items_problems_read_as_before_in_english():
    problems = full_item_problems(_item(title=" ", review_by="2025-13-45", countries=("XX1",), language="??",
                                        confidence="Z", kind="memo"), "item 'x'")
    messages = _messages(problems)
    assert messages["title"] == "is required"
    assert messages["review_by"] == "'2025-13-45' is not a real date"
    assert messages["countries"] == "'XX1' is not an ISO 3166-1 alpha-3 code such as ETH"
    assert messages["language"] == "must be a language code such as 'en' or 'pt-BR', not '??'"
    assert messages["confidence"] == "must be one of H, M, L or empty, not 'Z'"
    assert messages["kind"].startswith("must be one of ") and messages["kind"].endswith(", not 'memo'")
    assert str(problems[0]).startswith("item 'x', field 'kind': must be one of ")


def test_each_check_says_what_it_said_before():
    problems: list[Problem] = []
    check_text(problems, "w", "f", 3, limit=10)
    check_text(problems, "w", "f", "x" * 1_500, limit=1_000)
    check_text(problems, "w", "f", "a\ud800", limit=10)
    check_date(problems, "w", "d", "2021/01", partial=True)
    check_date(problems, "w", "d", "2021/01", partial=False)
    check_date(problems, "w", "d", "2021-01", partial=False)
    check_list(problems, "w", "l", "abc")
    check_list(problems, "w", "l", ["a", "a"])
    check_line(problems, "w", "n", "a\tb", limit=10)
    assert [p.message for p in problems] == [
        "must be text, not int",
        "is too long (1,500 characters; the limit is 1,000)",
        "contains characters that are not valid Unicode (lone surrogates)",
        "must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not '2021/01'",
        "must be a date written YYYY-MM-DD, not '2021/01'",
        "must be a full date written YYYY-MM-DD, not '2021-01'",
        "must be a list",
        "lists 'a' twice",
        "contains a control character (U+0009); it must be one line of printable text",
    ]
    assert all(isinstance(p.message, Message) and p.message.context == "Validation" for p in problems)


def test_a_persons_and_a_translations_problems_read_as_before_and_are_messages():
    person = PersonDraft(name="N", country="et", languages=("x!", "fr", "fr"), names=(("??", "A"),),
                         bio=(BioLine(text="t", source_uid="s", as_of=None),))
    messages = _messages(person_problems(person, people.where_of("p1")))
    assert messages["country"] == "must be an ISO 3166-1 alpha-3 code such as ETH, or empty, not 'et'"
    assert messages["bio[0].as_of"] == "is required: say as of when the line was true"
    assert messages["names"] == "'??' is not a language code such as 'ar'"
    assert messages["languages"] == "lists 'fr' twice"
    where = translations.where("item", "x", "fr")
    assert where == "item 'x' translation fr" and isinstance(where, Message)
    version = TranslationDraft(language="en", provenance="unofficial", translator="", translated_on=None,
                               texts=(("colour", "c"),))
    problems = translation_problems("item", version, where, original_language="en")
    texts = [str(p) for p in problems]
    assert ("item 'x' translation fr, field 'language': is the original's own language ('en'); edit the record "
            "itself instead") in texts
    assert "item 'x' translation fr, field 'translated_on': is required for an unofficial translation" in texts
    assert all(isinstance(p.message, Message) and isinstance(p.where, Message) for p in problems)


def test_a_default_place_and_a_persons_place_are_messages():
    problem = full_item_problems(_item(title=""))[0]
    assert problem.where == "item" and isinstance(problem.where, Message)
    assert people.where_of(None, PersonDraft(name="Ada")) == "person 'Ada'"
    assert people.where_of(None) == "person" and isinstance(people.where_of(None), Message)


def test_a_refused_photo_says_why_as_before():
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "PNG")
    with pytest.raises(ValidationError) as refused:
        prepare_photo(out.getvalue(), people.where_of("p1"))
    assert str(refused.value) == "person 'p1', field 'photo': the image is too small (10×10 pixels) to print"
    assert refused.value.problems[0].message.context == "Validation"
    with pytest.raises(ValidationError) as refused:
        prepare_photo(b"")
    assert str(refused.value) == "person, field 'photo': the file is empty"


def test_a_stale_persons_warning_reads_as_before_and_is_the_attendees_pack_warning():
    from briefing_builder.library.records import Person

    warning = people.stale_warning(Person(name="Ada", review_by="2020-01-01"), "2021-01-01")
    assert warning == "“Ada” was due for review on 2020-01-01; check the role and biography are still true."
    assert isinstance(warning, Message) and warning.context == "PackWarning"
    assert people.stale_warning(Person(name="Ada", review_by="2022-01-01"), "2021-01-01") is None
