"""Property-based: any Unicode text stored in any text field comes back unchanged, through the library and export."""

import dataclasses
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_builder.library import ItemDraft, SourceDraft
from briefing_builder.library.io import export_document, import_document

# Any Unicode text (lone surrogates cannot be stored as UTF-8 and are rejected by validation).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
non_blank = any_text.filter(lambda s: s.strip())
tag_lists = st.lists(non_blank.map(lambda s: s[:200]), max_size=5, unique=True).map(tuple)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(title=non_blank.map(lambda s: s[:1000]), body=any_text, locator=any_text, notes=any_text,
       classification=non_blank.map(lambda s: s[:100]), tags=tag_lists, frameworks=tag_lists)
def test_any_unicode_in_any_item_field_comes_back_unchanged(library, title, body, locator, notes, classification,
                                                          tags, frameworks):
    draft = ItemDraft(kind="fact", title=title, body=body, source_uid="summit-report-2019", locator=locator,
                      notes=notes, classification=classification, tags=tags, frameworks=frameworks)
    item, _ = library.add_item(draft)
    stored = library.item(item.id)
    assert stored.draft() == draft.normalised()
    exported = next(r for r in export_document(library)["items"] if r["uid"] == item.uid)
    round_tripped = json.loads(json.dumps(exported))
    assert (round_tripped["title"], round_tripped["body"], round_tripped["notes"]) == (title, body, notes)
    library.delete_item(item.id)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(title=non_blank.map(lambda s: s[:1000]), publisher=any_text.map(lambda s: s[:2000]), notes=any_text)
def test_any_unicode_in_source_fields_comes_back_unchanged(library, title, publisher, notes):
    source, _ = library.add_source(SourceDraft(title=title, publisher=publisher, notes=notes))
    assert library.source(source.uid).draft() == SourceDraft(title=title, publisher=publisher, notes=notes)
    library.delete_source(source.id)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(body=any_text, title=non_blank.map(lambda s: s[:1000]))
def test_any_unicode_survives_an_import_into_another_library(library, empty_library, body, title):
    document = {"sources": [{"uid": "s1", "title": "Source"}],
                "items": [{"uid": "i1", "kind": "fact", "title": title, "body": body, "source": "s1"}]}
    import_document(empty_library, json.loads(json.dumps(document)))
    item = empty_library.item("i1")
    assert (item.title, item.body) == (title, body)
    assert dataclasses.replace(item.draft(), title=title) == item.draft()


field_values = st.one_of(st.none(), st.integers(), any_text, st.sampled_from(
    ["", " ", "fact", "call", "2019", "2019-13", "2019-02-30", "2019-12-12", "ETH", "eth", "en", "pt-BR", "H", "X"]))
list_values = st.one_of(st.none(), any_text, st.lists(field_values, max_size=4).map(tuple))


@settings(max_examples=400, deadline=None)
@given(kind=field_values, title=field_values, body=field_values, source=field_values, as_of=field_values,
       review_by=field_values, language=field_values, confidence=field_values, tags=list_values,
       countries=list_values)
def test_the_fast_validity_check_is_never_more_lenient_than_the_full_one(kind, title, body, source, as_of,
                                                                        review_by, language, confidence, tags,
                                                                        countries):
    from briefing_builder.library.validate import full_item_problems, plainly_valid_item

    draft = ItemDraft(kind=kind, title=title, body=body, source_uid=source, as_of=as_of, review_by=review_by,
                      language=language, confidence=confidence, tags=tags, countries=countries)
    if plainly_valid_item(draft):
        assert full_item_problems(draft) == []


# --------------------------------------------------------------------------------------- people (issue 12)
from briefing_builder.errors import ValidationError  # noqa: E402
from briefing_builder.library import BioLine, PersonDraft  # noqa: E402

# Names in any script: Arabic, Ethiopic (Amharic), Latin with accents, emoji, CJK; control characters excluded.
printable = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
any_name = st.one_of(
    st.text(printable, min_size=1, max_size=300),
    st.text(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), min_size=1, max_size=60),
    st.text(st.characters(min_codepoint=0x1200, max_codepoint=0x137F), min_size=1, max_size=60),
    st.text(st.sampled_from("👩🏽‍💼🌍🇪🇹 "), min_size=1, max_size=20),
).filter(lambda s: s.strip())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(name=any_name, arabic=any_name, amharic=any_name, role=st.text(printable, max_size=300),
       line=any_name)
def test_any_printable_name_in_any_script_comes_back_unchanged_through_export(library, name, arabic, amharic,
                                                                             role, line):
    draft = PersonDraft(name=name, role=role, names=(("ar", arabic), ("am", amharic)),
                        bio=(BioLine(line, "summit-report-2019", "2019"),))
    person, _ = library.add_person(draft)
    assert library.person(person.uid).draft() == draft
    exported = json.loads(json.dumps(next(p for p in export_document(library)["people"] if p["uid"] == person.uid)))
    assert (exported["name"], exported["names"], exported["bio"][0]["text"]) == (name, {"ar": arabic, "am": amharic},
                                                                                line)
    assert person.uid in {p.uid for p in library.search_people(name)} or not any(c.isalnum() for c in name)
    library.delete_person(person.uid)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(prefix=st.text(printable, max_size=20), control=st.characters(whitelist_categories=("Cc",)),
       suffix=st.text(printable, max_size=20), field=st.sampled_from(["name", "role", "organisation", "honorific"]))
def test_a_control_character_in_a_name_or_role_is_refused_in_one_line(library, prefix, control, suffix, field):
    values = {"name": "Placeholder Person A", field: prefix + control + suffix}
    try:
        library.add_person(PersonDraft(**values))
    except ValidationError as exc:
        assert "\n" not in str(exc) and f"field '{field}'" in str(exc)
    else:
        raise AssertionError("a control character was accepted")
    assert all(p.uid.startswith("person-") and p.name != "Placeholder Person A" for p in library.people())


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(size=st.integers(301, 100_000), field=st.sampled_from(["name", "role"]))
def test_a_huge_name_or_role_is_refused(library, size, field):
    limit = 300 if field == "name" else 2_000
    values = {"name": "Placeholder Person A", field: "x" * max(size, limit + 1)}
    try:
        library.add_person(PersonDraft(**values))
    except ValidationError as exc:
        assert "is too long" in str(exc) and f"field '{field}'" in str(exc)
    else:
        raise AssertionError("a huge value was accepted")
    assert all(p.uid.startswith("person-") and p.name != "Placeholder Person A" for p in library.people())
