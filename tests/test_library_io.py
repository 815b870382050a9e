"""Import and export: round trips, and bad files rejected with the record and field, leaving nothing behind."""

import json
import re
from pathlib import Path

import pytest

from briefing_builder.errors import ImportRejected
from briefing_builder.library import SearchFilters
from briefing_builder.library.io import export_csv, export_document, export_json, import_file


def _comparable(document):
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_export_then_import_into_an_empty_library_gives_back_the_same_library(library, empty_library, tmp_path):
    path = tmp_path / "library.json"
    count = export_json(library, path)
    assert count == library.stats().items
    report = import_file(empty_library, path)
    assert report.added == count and report.updated == 0
    assert _comparable(export_document(empty_library)) == _comparable(export_document(library))
    assert empty_library.check() == []
    assert empty_library.search("Malabo").total == library.search("Malabo").total


def test_importing_the_same_file_twice_changes_nothing(library, tmp_path):
    path = tmp_path / "library.json"
    export_json(library, path)
    report = import_file(library, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, library.stats().items)
    assert not report.changes


def test_import_updates_changed_records_and_bumps_revisions(library, tmp_path):
    document = export_document(library)
    record = next(r for r in document["items"] if r["uid"] == "summit2019-delegates")
    record["title"] = "More than 400 delegates (checked)"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = import_file(library, path)
    assert report.updated == 1
    item = library.item("summit2019-delegates")
    assert item.title.endswith("(checked)") and item.revision == 2


def test_csv_export_and_import_round_trip(library, empty_library, tmp_path):
    export_json(library, tmp_path / "all.json")
    only_sources = json.loads((tmp_path / "all.json").read_text("utf-8"))
    only_sources["items"], only_sources["countries"] = [], []
    (tmp_path / "sources.json").write_text(json.dumps(only_sources), encoding="utf-8")
    import_file(empty_library, tmp_path / "sources.json")
    export_csv(library, tmp_path / "items.csv")
    report = import_file(empty_library, tmp_path / "items.csv")
    assert report.added == library.stats().items
    original = library.item("communique2019-call-3-au")
    copy = empty_library.item("communique2019-call-3-au")
    assert copy.draft() == original.draft()


def _assert_unchanged(library, before):
    assert _comparable(export_document(library)) == before


@pytest.mark.parametrize("content,where,field", [
    ('{"items": [', "line 1 column", ""),
    ('{"items": [{"uid": "x1", "kind": "fact", "title": "T", "source": "summit-report-2019", "as_of": "yesterday"}]}',
     "items[0] ('x1')", "as_of"),
    ('{"items": [{"uid": "x1", "kind": "fact", "title": "T", "source": "nowhere"}]}', "items[0]", "source"),
    ('{"items": [{"uid": "x1", "kind": "fact", "title": "T", "source": "summit-report-2019", "colour": "red"}]}',
     "items[0]", "colour"),
    ('{"items": [{"uid": "x1", "kind": "fact", "title": "T", "source": "summit-report-2019", "tags": "a,b"}]}',
     "items[0]", "tags"),
    ('{"items": [{"uid": "x1", "kind": "fact", "title": "T", "source": "summit-report-2019", "confidence": []}]}',
     "items[0]", "confidence"),
    ('{"format_version": 99}', "bad.json", "format_version"),
    ('[1, 2, 3]', "bad.json", ""),
    ('{"countries": [{"code": "ZZZ"}]}', "countries[0]", "code"),
    ('{"sources": [{"uid": "s", "title": "S"}, {"uid": "s", "title": "S again"}]}', "sources[1]", "uid"),
])
def test_bad_json_files_are_rejected_with_record_and_field_and_nothing_is_written(library, tmp_path, content, where,
                                                                                 field):
    before = _comparable(export_document(library))
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(library, path)
    problem = caught.value.problems[0]
    assert where in problem.where and problem.field == field
    _assert_unchanged(library, before)


def test_one_bad_record_among_many_rejects_the_whole_file(library, tmp_path):
    before = _comparable(export_document(library))
    good = [{"uid": f"ok-{n}", "kind": "fact", "title": f"Good {n}", "source": "summit-report-2019"} for n in range(50)]
    bad = {"uid": "bad", "kind": "fact", "title": "Bad", "source": "summit-report-2019", "review_by": "2026-13-01"}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps({"items": good + [bad]}), encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"items\[50\] \('bad'\), field 'review_by'"):
        import_file(library, path)
    _assert_unchanged(library, before)


def test_bad_csv_names_the_line_and_field(library, tmp_path):
    before = _comparable(export_document(library))
    path = tmp_path / "items.csv"
    path.write_text("kind,title,source,as_of\nfact,Fine,summit-report-2019,2019\n"
                    'fact,"Two\nlines",summit-report-2019,2019\nfact,Broken,summit-report-2019,31/12/2019\n',
                    encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(library, path)
    problem = caught.value.problems[0]
    assert (problem.where, problem.field) == ("items.csv line 5", "as_of")
    _assert_unchanged(library, before)


def test_csv_with_unknown_column_or_missing_required_column_is_rejected(library, tmp_path):
    path = tmp_path / "items.csv"
    path.write_text("kind,title\nfact,No source\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="source.*missing"):
        import_file(library, path)


def test_non_utf8_file_is_rejected(library, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"items": []}\n{"é"}'.encode("latin-1"))
    with pytest.raises(ImportRejected, match="line 2.*not UTF-8"):
        import_file(library, path)


def test_export_to_a_missing_folder_is_a_clear_error(library, tmp_path):
    from briefing_builder.errors import LibraryError

    with pytest.raises(LibraryError, match="does not exist"):
        export_json(library, tmp_path / "nope" / "out.json")


def _index_names(lib):
    return {row[0] for row in lib.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_bulk_import_into_an_empty_library_rebuilds_its_indexes(library, empty_library, tmp_path, monkeypatch):
    monkeypatch.setattr("briefing_builder.library.io.BULK_IMPORT_ITEMS", 2)
    indexes = _index_names(empty_library)
    path = tmp_path / "library.json"
    export_json(library, path)
    import_file(empty_library, path)
    assert _index_names(empty_library) == indexes and empty_library.check() == []
    eth = empty_library.search("", SearchFilters(countries=("ETH",)), limit=500).total
    assert eth == library.search("", SearchFilters(countries=("ETH",)), limit=500).total > 0


def test_a_bulk_import_that_fails_half_way_leaves_the_library_as_it_was(library, empty_library, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr("briefing_builder.library.io.BULK_IMPORT_ITEMS", 2)
    indexes = _index_names(empty_library)
    path = tmp_path / "library.json"
    export_json(library, path)

    def power_cut() -> None:
        raise OSError("disk full")

    monkeypatch.setattr(empty_library, "_fts_rebuild", power_cut)  # after every row is written
    with pytest.raises(OSError):
        import_file(empty_library, path)
    assert empty_library.stats().items == 0 and _index_names(empty_library) == indexes
    assert empty_library.check() == []


def test_the_exchange_format_document_lists_every_item_kind_the_importer_takes():
    from briefing_builder.library.vocabulary import KINDS

    row = next(line for line in (Path(__file__).parents[1] / "docs" / "library-format.md").read_text(
        encoding="utf-8").splitlines() if line.startswith("| item `kind` |"))
    assert set(re.findall(r"`([a-z_]+)`", row.split("|")[2])) == set(KINDS)
