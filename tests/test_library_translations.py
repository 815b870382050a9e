"""Versions of records in other languages: provenance, validation, revisions, search, exchange format, seed."""

import collections
import json
import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from briefing_builder.errors import ImportRejected, NotFoundError, ValidationError
from briefing_builder.library import Library, TranslationDraft
from briefing_builder.library.io import export_document, import_document, import_file
from briefing_builder.library.schema import KNOWN_MIGRATIONS, migrations
from briefing_builder.library.seed import seed_document

EDITORS = {"translator": "Test editors", "translated_on": "2026-12-02"}


def fr(**texts):
    return TranslationDraft.of("fr", **EDITORS, **texts)


def es(**texts):  # a language the seed has no versions in
    return TranslationDraft.of("es", **EDITORS, **texts)


# ------------------------------------------------------------------------------------------ records
def test_an_item_version_is_stored_with_its_provenance_and_comes_back_frozen(library):
    version, changes = library.set_translation("item", "summit2019-delegates",
                                               es(title="Más de 400 delegados", body="Más de 400 delegados."))
    assert (version.record, version.key, version.language) == ("item", "summit2019-delegates", "es")
    assert (version.provenance, version.translator, version.translated_on, version.revision) == (
        "unofficial", "Test editors", "2026-12-02", 1)
    assert version.text("title") == "Más de 400 delegados" and version.text("locator") == ""
    assert changes.translations == {("item", "summit2019-delegates", "es")}
    assert changes.items == {library.item("summit2019-delegates").id}
    with pytest.raises(AttributeError):
        version.title = "x"  # frozen
    assert [v.language for v in library.translations("item", "summit2019-delegates")] == ["ar", "es", "fr", "pt"]


def test_an_official_version_needs_no_translator(library):
    version, _ = library.set_translation("source", "acrwc-text", TranslationDraft.of(
        "es", provenance="official", title="Carta Africana sobre los Derechos y el Bienestar del Niño"))
    assert version.provenance == "official" and version.translator == ""


def test_every_kind_of_record_takes_versions(library):
    library.set_translation("country", "ETH", fr(notes="Notes en français"))
    status = library.country("ETH").statuses[0]
    library.set_translation("status", status.uid, fr(note="Note en français"))
    library.set_translation("source", "summit-report-2019", TranslationDraft.of("sw", **EDITORS, title="Ripoti"))
    assert library.translations("country", "eth")[0].text("notes") == "Notes en français"
    assert any(v.text("note") == "Note en français" for v in library.translations("status", status.uid))


def test_changing_a_version_bumps_its_revision_and_an_unchanged_one_writes_nothing(library):
    first, _ = library.set_translation("item", "summit2019-delegates", es(title="Uno"))
    again, changes = library.set_translation("item", "summit2019-delegates", es(title="Uno"))
    assert not changes and again.revision == first.revision == 1
    second, changes = library.set_translation("item", "summit2019-delegates", es(title="Dos"))
    assert changes and second.revision == first.revision + 1 and second.created_at == first.created_at
    assert library.item("summit2019-delegates").revision == 1  # the item itself did not change


@pytest.mark.parametrize("record,key,draft,field", [
    ("item", "summit2019-delegates", TranslationDraft.of("fr", title="x"), "translator"),
    ("item", "summit2019-delegates", TranslationDraft.of("fr", translator="T", title="x"), "translated_on"),
    ("item", "summit2019-delegates", TranslationDraft.of("fr", **EDITORS), "texts"),
    ("item", "summit2019-delegates", TranslationDraft.of("français", **EDITORS, title="x"), "language"),
    ("item", "summit2019-delegates", TranslationDraft.of("en", **EDITORS, title="x"), "language"),
    ("item", "summit2019-delegates", TranslationDraft.of("fr", provenance="maybe", **EDITORS, title="x"),
     "provenance"),
    ("item", "summit2019-delegates", TranslationDraft.of("fr", translator="T", translated_on="02/12/2026",
                                                         title="x"), "translated_on"),
    ("item", "summit2019-delegates", TranslationDraft("fr", (("publisher", "x"),), "unofficial", "T", "2026"),
     "publisher"),
    ("country", "ETH", TranslationDraft("fr", (("title", "x"),), "unofficial", "T", "2026"), "title"),
    ("item", "summit2019-delegates", TranslationDraft("fr", (("title", "x" * 1001),), "unofficial", "T", "2026"),
     "title"),
    ("item", "summit2019-delegates", TranslationDraft("fr", (("title", "\ud800"),), "unofficial", "T", "2026"),
     "title"),
])
def test_bad_versions_are_refused_naming_record_language_and_field_and_change_nothing(library, record, key, draft,
                                                                                     field):
    before = library.translations(record, key)
    with pytest.raises(ValidationError) as caught:
        library.set_translation(record, key, draft)
    problem = caught.value.problems[0]
    assert problem.field == field and f"{record} " in problem.where and "translation" in problem.where
    assert "\n" not in str(caught.value)
    assert library.translations(record, key) == before


def test_a_version_of_a_missing_record_is_not_found(library):
    with pytest.raises(NotFoundError):
        library.set_translation("item", "no-such-item", fr(title="x"))
    with pytest.raises(ValidationError):
        library.set_translation("person", "x", fr(title="x"))


def test_deleting_a_version_and_deleting_its_record_both_remove_it(library):
    library.set_translation("item", "summit2019-delegates", TranslationDraft.of("sw", **EDITORS, title="Wajumbe"))
    changes = library.delete_translation("item", "summit2019-delegates", "sw")
    assert changes.translations == {("item", "summit2019-delegates", "sw")}
    assert "sw" not in [v.language for v in library.translations("item", "summit2019-delegates")]
    with pytest.raises(NotFoundError):
        library.delete_translation("item", "summit2019-delegates", "sw")
    library.delete_item("summit2019-delegates")
    assert library.conn.execute("SELECT count(*) FROM item_translations WHERE item_id NOT IN"
                                " (SELECT id FROM items)").fetchone()[0] == 0
    assert library.check() == []


def test_missing_translations_lists_fields_with_text_and_no_version(library):
    library.set_translation("item", "summit2019-delegates", TranslationDraft.of("sw", **EDITORS, title="Wajumbe"))
    missing = {(m.record, m.key): m for m in library.missing_translations("sw", "item")}
    assert missing[("item", "summit2019-delegates")].fields == ("body", "locator")
    assert missing[("item", "summit2019-countries-ministers")].fields == ("title", "body", "locator")
    assert library.missing_translations("fr") == []
    assert library.missing_translations("en") == []  # the originals are English


# ------------------------------------------------------------------------------------------ search
def test_search_finds_an_item_by_any_of_its_versions(library):
    assert library.search("Wajumbe").total == 0
    library.set_translation("item", "summit2019-delegates", TranslationDraft.of("sw", **EDITORS, title="Wajumbe"))
    assert [i.uid for i in library.search("Wajumbe").items] == ["summit2019-delegates"]
    assert "summit2019-delegates" in [i.uid for i in library.search("Waju", typed=True).items]
    library.delete_translation("item", "summit2019-delegates", "sw")
    assert library.search("Wajumbe").total == 0
    assert library.check() == []


@pytest.mark.parametrize("query,uid", [
    ("délégués", "summit2019-delegates"),  # French version, with its accents
    ("delegues", "summit2019-delegates"),  # accents fold
    ("Convenção", "malabo-adopted"),  # Portuguese version
    ("مندوب", "summit2019-delegates"),  # Arabic version
    ("اتفاقية مالابو", "malabo-adopted"),
])
def test_the_seed_is_found_in_every_language(library, query, uid):
    assert uid in [i.uid for i in library.search(query, limit=100).items]


# ------------------------------------------------------------------------------------------ exchange format
def test_export_carries_versions_and_an_import_gives_them_back(library, empty_library):
    document = export_document(library)
    assert document["format_version"] >= 2
    record = next(r for r in document["items"] if r["uid"] == "summit2019-delegates")
    assert set(record["translations"]) == {"fr", "pt", "ar"}
    assert record["translations"]["fr"]["translator"] == "Briefing Builder editors"
    report = import_document(empty_library, json.loads(json.dumps(document)))
    assert report.translations_added == sum(
        len(r.get("translations", {})) for r in document["items"] + document["sources"]) + sum(
        len(s.get("translations", {})) for c in document["countries"] for s in c["statuses"]) + sum(
        len(c.get("translations", {})) for c in document["countries"])
    exported = export_document(empty_library)
    assert [r["translations"] for r in exported["items"]] == [r["translations"] for r in document["items"]]
    assert empty_library.search("délégués").total == library.search("délégués").total
    assert empty_library.check() == []
    again = import_document(empty_library, json.loads(json.dumps(document)))
    assert (again.translations_added, again.translations_updated) == (0, 0) and not again.changes


def test_an_import_updates_a_changed_version_and_keeps_the_search_index_right(library):
    document = export_document(library)
    record = next(r for r in document["items"] if r["uid"] == "summit2019-delegates")
    record["translations"]["fr"]["title"] = "Quatre cents délégués, vérifié"
    report = import_document(library, document)
    assert (report.translations_updated, report.updated) == (1, 0)
    assert report.changes.translations == {("item", "summit2019-delegates", "fr")}
    assert [i.uid for i in library.search("vérifié").items] == ["summit2019-delegates"]
    assert library.check() == []


def test_an_old_export_without_versions_still_imports(empty_library, tmp_path):
    old = {"format": "briefing-builder-library", "format_version": 1,
           "sources": [{"uid": "src-old", "title": "Old source", "publisher": "Fixture", "date": "2019-12-12",
                        "url": "", "reference": "", "language": "en", "notes": "", "created_at": "2026-01-15T10:00:00Z",
                        "updated_at": "2026-01-15T10:00:00Z", "revision": 1}],
           "items": [{"uid": "item-old", "kind": "fact", "title": "Delegates met", "body": "Over 400.",
                      "source": "src-old", "locator": "", "as_of": "2019-12", "review_by": None, "tags": ["a"],
                      "frameworks": [], "countries": ["ETH"], "language": "en", "classification": "UNCLASSIFIED",
                      "confidence": "H", "notes": "", "created_at": "2026-01-15T10:00:00Z",
                      "updated_at": "2026-01-15T10:00:00Z", "revision": 3}],
           "countries": [{"code": "ETH", "au_member": True, "au_region": "eastern", "au_name": "",
                          "au_source": "src-old", "notes": "", "statuses": []}]}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    report = import_file(empty_library, path)
    assert (report.added, report.translations_added) == (1, 0)
    assert empty_library.item("item-old").revision == 3
    assert empty_library.missing_translations("fr")[0].key == "item-old"


@pytest.mark.parametrize("versions,where,field", [
    ({"fr": {"title": "x"}}, "translations.fr", "translator"),
    ({"fr": {"title": "x", "translator": "T", "translated_on": "2026", "colour": "red"}}, "translations.fr",
     "colour"),
    ({"fr": "x"}, "translations.fr", ""),
    ([1], "items[0]", "translations"),
    ({"xx-!": {"title": "x", "translator": "T", "translated_on": "2026"}}, "translations.xx-!", "language"),
])
def test_bad_versions_in_a_file_reject_it_naming_record_and_field(library, versions, where, field):
    before = export_document(library)["items"]
    document = {"items": [{"uid": "summit2019-delegates", "kind": "fact", "title": "T",
                           "source": "summit-report-2019", "translations": versions}]}
    with pytest.raises(ImportRejected) as caught:
        import_document(library, document)
    problem = caught.value.problems[0]
    assert where in problem.where and problem.field == field
    assert export_document(library)["items"] == before


# ------------------------------------------------------------------------------------------ migration
def test_a_schema_2_library_is_upgraded_and_its_items_become_searchable_in_every_form(tmp_path):
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before=KNOWN_MIGRATIONS[KNOWN_MIGRATIONS.index("0004_translations") - 1]
                     if "0003_source_provenance" in KNOWN_MIGRATIONS else "0004_translations")
    stamp = "2026-01-15T10:00:00Z"
    with db.atomic():
        conn.execute("INSERT INTO countries (code, alpha2, numeric, name_en, updated_at) VALUES"
                     " ('ETH', 'ET', '231', 'Ethiopia', ?)", (stamp,))
        conn.execute("INSERT INTO sources (uid, title, created_at, updated_at) VALUES ('s', 'S', ?, ?)", (stamp, stamp))
        conn.execute("INSERT INTO items (uid, kind, title, body, source_id, language, created_at, updated_at)"
                     " VALUES ('ar-1', 'fact', 'مُحَمَّدٌ أَحمد', '🌍 ٢٠١٩', 1, 'ar', ?, ?)", (stamp, stamp))
        conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO items_prefix_fts(items_prefix_fts) VALUES ('rebuild')")
        conn.execute("PRAGMA application_id = 1111641137")
        conn.execute(f"PRAGMA user_version = {len(conn.execute('SELECT * FROM _sqlite_migrations').fetchall())}")
    conn.close()
    with Library.open(path) as lib:
        for query in ("محمد", "احمد", "🌍", "2019"):
            assert [i.uid for i in lib.search(query).items] == ["ar-1"], query
        assert lib.check() == []


# ------------------------------------------------------------------------------------------ the seed
def _numbers(text):
    return set(re.findall(r"\d+", text))


def test_every_seed_item_source_and_note_has_french_portuguese_and_arabic_versions(library):
    for language in ("fr", "pt", "ar"):
        assert library.missing_translations(language) == [], language
    document = seed_document()
    notes = [s for c in document["countries"] for s in c.get("statuses", []) if s["note"]]
    assert notes and all(set(s["translations"]) == {"fr", "pt", "ar"} for s in notes)
    assert all(set(r["translations"]) == {"fr", "pt", "ar"} for r in document["items"] + document["sources"])


def test_seed_versions_are_unofficial_translations_by_the_editors_with_a_date(library):
    document = export_document(library)
    versions = [v for r in document["items"] + document["sources"] for v in r["translations"].values()]
    assert versions and {v["provenance"] for v in versions} == {"unofficial"}
    assert {v["translator"] for v in versions} == {"Briefing Builder editors"}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["translated_on"]) for v in versions)


def test_seed_versions_claim_nothing_new_every_figure_of_the_english_and_no_other(library):
    """A translation says what the English says: the same numbers (dates, counts, meetings), none added."""
    document = seed_document()
    fields = {"title", "body", "locator", "publisher", "reference", "note"}
    pairs = [(r, r["translations"]) for r in document["items"] + document["sources"]]
    pairs += [(s, s["translations"]) for c in document["countries"] for s in c.get("statuses", [])
              if s.get("translations")]
    wrong = [(r.get("uid"), lang, f) for r, versions in pairs for lang, v in versions.items() for f in fields
             if r.get(f) and _numbers(r[f]) != _numbers(v.get(f, ""))]
    assert wrong == []


def test_seed_versions_give_no_text_where_the_original_has_none():
    document = seed_document()
    records = document["items"] + document["sources"]
    extra = [(r["uid"], language, field) for r in records for language, version in r["translations"].items()
             for field in ("title", "body", "locator", "publisher", "reference")
             if version.get(field) and not r.get(field)]
    assert extra == []


def test_seed_translation_files_only_name_records_that_exist():
    document = seed_document()
    from briefing_builder.library.seed import _versions, seed_dir

    versions = _versions(seed_dir())
    assert set(versions["item"]) <= {r["uid"] for r in document["items"]}
    assert set(versions["source"]) <= {r["uid"] for r in document["sources"]}
    notes = {s["note"] for c in document["countries"] for s in c.get("statuses", [])}
    assert set(versions["status_note"]) <= notes


def test_seed_versions_use_the_aus_own_terms():
    document = seed_document()
    text = collections.defaultdict(str)
    for record in document["items"] + document["sources"]:
        for language, version in record["translations"].items():
            text[language] += " ".join(str(v) for v in version.values())
    assert "Union africaine" in text["fr"] and "Convention de Malabo" in text["fr"]
    assert "Conseil de paix et de sécurité" in text["fr"]
    assert "União Africana" in text["pt"] and "Convenção de Malabo" in text["pt"]
    assert "Conselho de Paz e Segurança" in text["pt"] and "Ato Constitutivo" in text["pt"]  # one norm (AO90), as the labels and dates
    assert "الاتحاد الأفريقي" in text["ar"] and "اتفاقية مالابو" in text["ar"]
    assert "مجلس السلم والأمن" in text["ar"]
    # No English left behind in the versions, but for quoted titles and organisations' own names.
    names = (r"«[^»]*»|https?://\S+|National Center for Missing & Exploited Children|Together for Girls"
             r"|The Indian Express")
    for language in ("fr", "pt", "ar"):
        assert not re.search(r"\b(the|and|of|which|for|to|with)\b", re.sub(names, "", text[language])), language


def test_side_by_side_gives_each_field_with_its_original_and_its_version(library):
    library.set_translation("item", "summit2019-delegates", TranslationDraft.of("sw", **EDITORS, title="Wajumbe"))
    rows = library.side_by_side("item", "summit2019-delegates", "sw")
    assert rows == [("title", "More than 400 delegates attended the summit", "Wajumbe"),
                    ("body", library.item("summit2019-delegates").body, ""),
                    ("locator", "Background; Key achievements", "")]
    assert [r[0] for r in library.side_by_side("country", "ESH", "fr")] == ["au_name"]


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(title=st.text(min_size=1, max_size=40).filter(lambda t: t.strip()), body=st.text(max_size=80),
       language=st.sampled_from(["sw", "es", "pt-AO", "am"]), official=st.booleans())
def test_any_version_survives_an_export_and_import(library, empty_library, title, body, language, official):
    draft = TranslationDraft.of(language, provenance="official" if official else "unofficial", title=title,
                                body=body, **({} if official else EDITORS))
    library.set_translation("item", "summit2019-delegates", draft)
    document = json.loads(json.dumps(export_document(library), ensure_ascii=False))
    import_document(empty_library, document)
    stored = {v.language: v for v in empty_library.translations("item", "summit2019-delegates")}[language]
    assert stored.as_draft() == draft.normalised() and empty_library.check() == []
