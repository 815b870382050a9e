"""People in the library: add, edit with revisions, photos made print-ready, search in any script, stale
warnings, and the exchange format carrying people with photos (issue 12)."""

from __future__ import annotations

import base64
import hashlib
import io
import json

import pytest
from PIL import Image

from briefing_builder.errors import ImportRejected, LibraryError, NotFoundError, ValidationError
from briefing_builder.library import BioLine, PersonDraft, SourceDraft
from briefing_builder.library import people as people_module
from briefing_builder.library.io import FORMAT_VERSION, export_document, export_json, import_document, import_file
from briefing_builder.library.photos import MAX_SIDE

SOURCE = "summit-report-2019"  # a source of the seeded library


@pytest.fixture
def library(library):
    """The seeded library without the seed's people, so each test sees only the placeholders it adds."""
    for person in library.people():
        library.delete_person(person.id)
    return library


def jpeg(width=1200, height=900, colour=(180, 90, 40), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", **save)
    return out.getvalue()


def png(width=800, height=800, mode="RGBA", colour=(0, 128, 255, 128)) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), colour).save(out, "PNG")
    return out.getvalue()


def placeholder(letter="A", **changes) -> PersonDraft:
    values = dict(name=f"Placeholder Person {letter}", honorific="H.E.", role="Placeholder Minister",
                  organisation="Placeholder Ministry", country="ETH",
                  names=(("ar", "شخص نائب"), ("am", "ቦታ ያዥ ሰው")),
                  bio=(BioLine("Placeholder biography line.", SOURCE, "2019-12", "p. 1"),),
                  pronunciation="PLAY-suh-hol-der", languages=("am", "en"), as_of="2026-11",
                  review_by="2027-06-01", confidence="M", notes="Editorial note, never printed.")
    values.update(changes)
    return PersonDraft(**values)


# ------------------------------------------------------------------------------------------ records
def test_a_person_is_stored_with_every_field_and_comes_back_unchanged(library):
    draft = placeholder()
    person, changes = library.add_person(draft, uid="person-a")
    assert changes.people == {person.id} and bool(changes)
    stored = library.person("person-a")
    assert stored.draft() == draft
    assert (stored.revision, stored.has_photo, stored.uid) == (1, False, "person-a")
    assert library.person(stored.id) == stored
    assert [p.uid for p in library.people(country="ETH")] == ["person-a"]
    assert library.people(country="KEN") == []


def test_editing_a_person_bumps_the_revision_and_refuses_a_stale_edit(library):
    person, _ = library.add_person(placeholder(), uid="person-a")
    edited, changes = library.update_person("person-a", placeholder(role="Placeholder Deputy"), expected_revision=1)
    assert (edited.role, edited.revision, changes.people) == ("Placeholder Deputy", 2, {person.id})
    same, nothing = library.update_person("person-a", edited.draft())
    assert same.revision == 2 and not nothing
    with pytest.raises(LibraryError, match="changed elsewhere"):
        library.update_person("person-a", placeholder(role="Other"), expected_revision=1)
    assert library.person("person-a").role == "Placeholder Deputy"


def test_deleting_a_person_removes_them_and_restoring_puts_them_back_with_their_photo(library):
    person, _ = library.add_person(placeholder(), uid="person-a", photo=jpeg())
    photo = library.person_photo("person-a")
    changes = library.delete_person("person-a")
    assert changes.deleted_people == {person.id}
    with pytest.raises(NotFoundError):
        library.person("person-a")
    assert library.conn.execute("SELECT count(*) FROM person_photos").fetchone()[0] == 0
    back, _ = library.restore_person(person, photo)
    assert back.draft() == person.draft() and back.revision == person.revision
    assert library.person_photo("person-a") == photo


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": ""}, "name"),
    ({"name": "Placeholder\x00Person"}, "name"),
    ({"name": "Placeholder\nPerson"}, "name"),
    ({"name": "x" * 301}, "name"),
    ({"role": "Minister\x1b[31m"}, "role"),
    ({"country": "Ethiopia"}, "country"),
    ({"country": "XXX"}, "country"),
    ({"review_by": "2027-02-30"}, "review_by"),
    ({"as_of": "last year"}, "as_of"),
    ({"confidence": "X"}, "confidence"),
    ({"languages": ("en", "en")}, "languages"),
    ({"languages": ("english!",)}, "languages"),
    ({"names": (("ar", "أ"), ("ar", "ب"))}, "names.ar"),
    ({"names": (("ar", ""),)}, "names.ar"),
    ({"bio": (BioLine("A line without a source.", "", "2020"),)}, "bio[0].source"),
    ({"bio": (BioLine("A line without a date.", SOURCE, None),)}, "bio[0].as_of"),
    ({"bio": (BioLine("A line citing nothing.", "no-such-source", "2020"),)}, "bio[0].source"),
    ({"bio": (BioLine("", SOURCE, "2020"),)}, "bio[0].text"),
])
def test_an_invalid_person_is_refused_naming_the_field_and_nothing_is_written(library, changes, field):
    with pytest.raises(ValidationError) as caught:
        library.add_person(placeholder(**changes), uid="person-bad")
    message = str(caught.value)
    assert "\n" not in message and "person 'person-bad'" in message
    assert f"field '{field}'" in message
    assert library.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_a_source_cited_by_a_biography_cannot_be_deleted(library):
    source, _ = library.add_source(SourceDraft(title="Placeholder source"), uid="src-placeholder")
    library.add_person(placeholder(bio=(BioLine("Cited line.", "src-placeholder", "2024"),)), uid="person-a")
    assert library.source_usage("src-placeholder") == 1
    with pytest.raises(LibraryError, match="cited 1 time"):
        library.delete_source(source.id)


# ------------------------------------------------------------------------------------------- search
@pytest.mark.parametrize("query", ["placeholder", "PLACE", "شخص", "ቦታ", "minister", "ministry", "H.E."])
def test_search_finds_people_by_any_name_role_or_organisation(library, query):
    library.add_person(placeholder(), uid="person-a")
    library.add_person(placeholder("B", names=(), role="Envoy", organisation="Placeholder Union"), uid="person-b")
    found = [p.uid for p in library.search_people(query)]
    assert "person-a" in found


def test_search_folds_accents_and_arabic_marks_like_item_search(library):
    library.add_person(placeholder(name="Placeholder Ábébé", names=(("ar", "أَحْمَد"),)), uid="person-a")
    assert [p.uid for p in library.search_people("abebe")] == ["person-a"]
    assert [p.uid for p in library.search_people("احمد")] == ["person-a"]
    assert library.search_people("zzz") == [] and library.search_people("--") == []
    assert len(library.search_people("")) == 1


def test_every_query_word_must_match(library):
    library.add_person(placeholder(), uid="person-a")
    library.add_person(placeholder("B", role="Envoy"), uid="person-b")
    assert [p.uid for p in library.search_people("placeholder envoy")] == ["person-b"]


# -------------------------------------------------------------------------------------------- stale
def test_a_person_past_review_gets_the_stale_warning_items_get(library):
    person, _ = library.add_person(placeholder(review_by="2026-01-01"), uid="person-a")
    message = people_module.stale_warning(person, "2026-12-01")
    assert message and "due for review on 2026-01-01" in message and "Placeholder Person A" in message
    assert people_module.stale_warning(person, "2025-12-31") is None
    assert [p.uid for p in people_module.stale_people(library, "2026-12-01")] == ["person-a"]


# ------------------------------------------------------------------------------------------- photos
def test_a_jpeg_photo_is_downscaled_to_print_size_and_stripped_of_metadata(library):
    exif = Image.Exif()
    exif[0x010F] = "Placeholder Camera Maker"  # Make
    exif[0x8825] = {2: (1.0, 2.0, 3.0)}  # GPS
    original = jpeg(3000, 2000, exif=exif.tobytes())
    person, _ = library.add_person(placeholder(), uid="person-a", photo=original, alt="Placeholder Person A")
    stored = library.person_photo("person-a")
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG" and max(image.size) == MAX_SIDE and image.size == (600, 400)
    assert not image.getexif() and b"Placeholder Camera Maker" not in stored
    assert person.has_photo and person.photo_alt == "Placeholder Person A"


def test_exif_orientation_is_applied_before_the_metadata_goes(library):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    library.add_person(placeholder(), uid="person-a", photo=jpeg(800, 400, exif=exif.tobytes()))
    image = Image.open(io.BytesIO(library.person_photo("person-a")))
    assert image.size == (300, 600)  # stood upright, then scaled to 600 px on the long side


def test_a_transparent_png_stays_png_and_an_opaque_one_becomes_jpeg(library):
    library.add_person(placeholder(), uid="person-a", photo=png(mode="RGBA"))
    library.add_person(placeholder("B"), uid="person-b", photo=png(1000, 500, mode="RGB", colour=(9, 9, 9)))
    clear = Image.open(io.BytesIO(library.person_photo("person-a")))
    opaque = Image.open(io.BytesIO(library.person_photo("person-b")))
    assert (clear.format, clear.mode, clear.size) == ("PNG", "RGBA", (600, 600))
    assert (opaque.format, opaque.size) == ("JPEG", (600, 300))


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (100, 100)).save(out, "GIF")
    return out.getvalue()


def _clear_palette() -> bytes:
    # A palette PNG whose only colour is the transparent one (tRNS): no visible pixel.
    out = io.BytesIO()
    Image.new("P", (100, 100), 0).save(out, "PNG", transparency=0)
    return out.getvalue()


def _bomb() -> bytes:
    # A tiny PNG whose header claims 10,000 × 10,000 pixels (100 megapixels); it compresses to almost nothing.
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"GIF89a not really", "not a PNG or JPEG"),
    (_gif(), "not a PNG or JPEG"),
    (b"%PDF-1.4 named photo.jpg", "not a PNG or JPEG"),
    (jpeg()[:400], "not a readable"),
    (png()[:60], "not a"),
    (jpeg(10, 10), "too small"),
    (_bomb(), "too large"),
    (png(colour=(0, 128, 255, 0)), "fully transparent"),
    (png(mode="LA", colour=(200, 0)), "fully transparent"),
    (_clear_palette(), "fully transparent"),
])
def test_a_bad_photo_is_refused_in_one_line_and_nothing_changes(library, data, words):
    library.add_person(placeholder(), uid="person-a")
    with pytest.raises(ValidationError) as caught:
        library.set_person_photo("person-a", data)
    message = str(caught.value)
    assert words in message and "field 'photo'" in message and "\n" not in message
    assert library.person("person-a").revision == 1 and library.person_photo("person-a") is None
    with pytest.raises(ValidationError):
        library.add_person(placeholder("B"), uid="person-b", photo=data)
    assert [p.uid for p in library.people()] == ["person-a"]


def test_setting_and_removing_a_photo_bumps_the_revision(library):
    person, _ = library.add_person(placeholder(), uid="person-a")
    with_photo, changes = library.set_person_photo("person-a", jpeg(), alt="Placeholder Person A, minister")
    assert (with_photo.has_photo, with_photo.revision, changes.people) == (True, 2, {person.id})
    assert with_photo.photo_alt == "Placeholder Person A, minister"
    without, _ = library.set_person_photo("person-a", None)
    assert (without.has_photo, without.revision) == (False, 3)
    assert library.person_photo("person-a") is None


# ------------------------------------------------------------------------------------- import/export
def test_people_with_photos_round_trip_through_the_exchange_format(library, empty_library, tmp_path):
    library.add_person(placeholder(), uid="person-a", photo=jpeg(), alt="Placeholder Person A, minister")
    library.add_person(placeholder("B", country="", names=(), bio=()), uid="person-b", photo=png())
    library.add_person(placeholder("C"), uid="person-c")
    path = tmp_path / "library.json"
    export_json(library, path)
    document = json.loads(path.read_text("utf-8"))
    assert document["format_version"] == FORMAT_VERSION == 3
    record = next(p for p in document["people"] if p["uid"] == "person-a")
    assert record["names"] == {"ar": "شخص نائب", "am": "ቦታ ያዥ ሰው"}
    assert record["bio"] == [{"text": "Placeholder biography line.", "source": SOURCE, "as_of": "2019-12",
                              "locator": "p. 1"}]
    photo = base64.b64decode(record["photo"]["data"])
    assert photo == library.person_photo("person-a")
    assert record["photo"]["sha256"] == hashlib.sha256(photo).hexdigest()
    report = import_file(empty_library, path)
    assert report.people_added == 3
    assert [p.draft() for p in empty_library.people()] == [p.draft() for p in library.people()]
    assert empty_library.person_photo("person-a") == library.person_photo("person-a")
    assert empty_library.person_photo("person-b") == library.person_photo("person-b")
    again = export_document(empty_library)
    assert again["people"] == document["people"]
    assert empty_library.check() == []
    second = import_file(empty_library, path)
    assert (second.people_added, second.people_updated) == (0, 0) and not second.changes


def test_a_version_2_file_without_people_still_imports(empty_library, library):
    document = export_document(library)
    document["format_version"] = 2
    del document["people"]
    report = import_document(empty_library, document)
    assert report.added > 0 and empty_library.people() == []


def _document_with(person_record: dict) -> dict:
    return {"format": "briefing-builder-library", "format_version": 3, "people": [person_record]}


GOOD = {"uid": "person-x", "name": "Placeholder Person X", "bio": [{"text": "Line.", "source": SOURCE,
                                                                    "as_of": "2020"}]}


@pytest.mark.parametrize(("changes", "field"), [
    ({"name": 7}, "name"),
    ({"name": "Placeholder\u0007"}, "name"),
    ({"names": ["ar", "x"]}, "names"),
    ({"names": {"ar": ""}}, "names.ar"),
    ({"bio": "one line"}, "bio"),
    ({"bio": [{"text": "Line.", "source": "missing-source", "as_of": "2020"}]}, "bio[0].source"),
    ({"bio": [{"text": "Line.", "source": SOURCE}]}, "bio[0].as_of"),
    ({"bio": [{"text": "Line.", "source": SOURCE, "as_of": "2020", "page": 3}]}, "page"),
    ({"country": "ZZZ"}, "country"),
    ({"languages": "en"}, "languages"),
    ({"review_by": "soon"}, "review_by"),
    ({"colour": "blue"}, "colour"),
    ({"photo": "picture.jpg"}, "photo"),
    ({"photo": {"data": "not base64!"}}, "photo.data"),
    ({"photo": {"data": base64.b64encode(b"GIF89a").decode()}}, "photo"),
    ({"photo": {"data": base64.b64encode(jpeg(300, 300)).decode(), "sha256": "0" * 64}}, "photo.sha256"),
    ({"photo": {"data": base64.b64encode(jpeg(300, 300)).decode(), "format": "jpeg"}}, "photo.format"),
    ({"revision": 0}, "revision"),
])
def test_a_malformed_person_record_is_refused_naming_record_and_field_and_changes_nothing(library, changes, field):
    before = export_document(library)
    with pytest.raises(ImportRejected) as caught:
        import_document(library, _document_with({**GOOD, **changes}))
    message = str(caught.value)
    assert "\n" not in message and "people[0] ('person-x')" in message and f"field '{field}'" in message
    after = export_document(library)
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before


def test_a_bad_person_rejects_the_whole_file_even_after_good_records(library):
    document = {"format": "briefing-builder-library", "format_version": 3,
                "sources": [{"uid": "src-new", "title": "Placeholder source"}],
                "people": [dict(GOOD, uid="person-ok"), dict(GOOD, uid="person-bad", name="")]}
    with pytest.raises(ImportRejected, match=r"people\[1\] \('person-bad'\), field 'name'"):
        import_document(library, document)
    assert library.people() == [] and "src-new" not in {s.uid for s in library.sources()}


def test_importing_a_changed_person_updates_them_and_keeps_the_photo_when_the_file_has_none(library):
    library.add_person(placeholder(), uid="person-a", photo=jpeg())
    photo = library.person_photo("person-a")
    record = next(p for p in export_document(library)["people"] if p["uid"] == "person-a")
    record.pop("photo")
    record["role"] = "Placeholder Deputy"
    report = import_document(library, _document_with(record))
    assert report.people_updated == 1
    person = library.person("person-a")
    assert (person.role, person.revision) == ("Placeholder Deputy", 2)
    assert library.person_photo("person-a") == photo


def test_the_alt_text_defaults_to_name_and_role_and_stats_count_people(library):
    person, _ = library.add_person(placeholder(review_by="2020-01-01"), uid="person-a", photo=jpeg())
    assert person.alt_text() == "H.E. Placeholder Person A, Placeholder Minister"
    person, _ = library.set_person_photo("person-a", jpeg(), alt="Portrait of Placeholder Person A")
    assert person.alt_text() == "Portrait of Placeholder Person A"
    stats = library.stats()
    assert (stats.people, stats.stale_people) == (1, 1)


def test_a_library_from_before_people_is_upgraded_and_keeps_its_items(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from briefing_builder.library import Library
    from briefing_builder.library.backup import list_backups
    from briefing_builder.library.schema import APPLICATION_ID, KNOWN_MIGRATIONS, migrations

    path = tmp_path / "library.sqlite"
    from briefing_builder.library.fold import search_fold

    conn = sqlite3.connect(path)
    conn.create_function("bb_search_fold", 1, search_fold, deterministic=True)  # as db.py does
    migrations.apply(Database(conn), stop_before="0006_people")
    conn.execute("INSERT INTO countries (code, alpha2, numeric, name_en, updated_at) VALUES ('ETH','ET','231',"
                 "'Ethiopia','2026-01-01')")
    conn.execute("INSERT INTO sources (uid, title, created_at, updated_at) VALUES ('src-v5', 'Source', 'x', 'x')")
    conn.execute("INSERT INTO items (uid, kind, title, source_id, created_at, updated_at) VALUES"
                 " ('item-v5', 'fact', 'Placeholder fact', 1, 'x', 'x')")
    for index in ("items_fts", "items_prefix_fts"):  # rows written by hand: index them as the library would
        conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {KNOWN_MIGRATIONS.index('0006_people')}")
    conn.commit()
    conn.close()
    with Library.open(path) as lib:
        assert lib.item("item-v5").title == "Placeholder fact"
        assert lib.people() == []
        lib.add_person(PersonDraft(name="Placeholder Person A", bio=(BioLine("Line.", "src-v5", "2020"),)),
                       photo=jpeg(), uid="person-a")
        assert lib.person("person-a").has_photo and lib.check() == []
    assert any("before-0006_people" in b.name for b in list_backups(path))


def test_a_large_rotated_jpeg_decoded_at_reduced_scale_still_stands_upright_at_full_print_size(library):
    exif = Image.Exif()
    exif[0x0112] = 6
    library.add_person(placeholder(), uid="person-a", photo=jpeg(4000, 2000, exif=exif.tobytes()))
    image = Image.open(io.BytesIO(library.person_photo("person-a")))
    assert image.size == (300, 600)
