"""The library's errors and problems as translatable Messages (library.py, db.py, backup.py, maintenance.py,
schema.py, seed.py): the English reads as it always did, each keeps its catalogue context, and the GUI shows
them in the interface language."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from briefing_builder.errors import (
    ImportRejected,
    LibraryError,
    NotALibraryError,
    NotFoundError,
    ReadOnlyError,
    ValidationError,
)
from briefing_builder.library import ItemDraft, Library
from briefing_builder.library.backup import inspect_backup
from briefing_builder.library.db import inspect_file
from briefing_builder.library.maintenance import restore_backup
from briefing_builder.library.seed import _load
from briefing_builder.library.vocabulary import AU_REGIONS
from briefing_builder.messages import Message


def _raised(call) -> BaseException:
    with pytest.raises(Exception) as caught:
        call()
    return caught.value


def _message(error: BaseException) -> Message:
    first = error.args[0]
    assert isinstance(first, Message), repr(first)
    return first


def _draft(library: Library) -> ItemDraft:
    return library.item("summit2019-delegates").draft()


def test_not_found_errors_read_as_before_and_are_library_messages(library):
    source = _raised(lambda: library.source("no-such-source"))
    item = _raised(lambda: library.item("x" * 100))
    country = _raised(lambda: library.country("ZZZ"))
    status = _raised(lambda: library.delete_status(987654))
    assert all(isinstance(e, NotFoundError) for e in (source, item, country, status))
    assert str(source) == "No source has the id or uid 'no-such-source'."
    assert str(item) == f"No item has the id or uid {'x' * 80!r}."
    assert str(country) == "No country has the code 'ZZZ' (use ISO codes such as ETH or ET)."
    assert str(status) == "No country status has the id 987654."
    assert {_message(e).context for e in (source, item, country, status)} == {"Library"}


def test_a_cited_source_refusal_counts_its_citations_in_english_as_before(library):
    uid = library.item("summit2019-delegates").source_uid
    source = library.source(uid)
    used = library.source_usage(uid)
    error = _raised(lambda: library.delete_source(uid))
    assert isinstance(error, LibraryError)
    assert str(error) == (f"The source {source.title[:60]!r} is cited {used} time(s); point those records at "
                          "another source before deleting it.")
    assert _message(error).context == "Library" and _message(error).n == used


def test_an_edit_made_elsewhere_and_read_only_refusals_read_as_before(library):
    item = library.item("summit2019-delegates")
    conflict = _raised(lambda: library.update_item(item.uid, item.draft(), expected_revision=item.revision + 5))
    assert str(conflict) == (f"The item {item.title[:60]!r} was changed elsewhere (revision {item.revision}, you "
                             f"edited revision {item.revision + 5}); reload it and apply your edit again.")
    library.allow_edits = False
    refused = _raised(lambda: library.set_meta("k", "v"))
    assert isinstance(refused, ReadOnlyError)
    assert str(refused) == "The library is read-only here: editing is turned off by the configuration."
    restore = _raised(lambda: restore_backup(library, library.path))
    assert str(restore) == "This library is read-only here; a backup cannot be restored into it."
    assert (_message(conflict).context, _message(refused).context, _message(restore).context) == (
        "Library", "Library", "Backup")


def test_problems_the_library_finds_are_validation_messages_with_translatable_places(library):
    taken = _raised(lambda: library.add_item(_draft(library), uid="summit2019-delegates"))
    region = _raised(lambda: library.set_au_membership("ETH", True, "Atlantis", "no-such-source"))
    status = _raised(lambda: library.add_status("ETH", library.country("ETH").statuses[0].draft(),
                                                uid=library.country("ETH").statuses[0].uid))
    assert isinstance(taken, ValidationError)
    problem = taken.problems[-1]
    assert str(problem) == "item, field 'uid': 'summit2019-delegates' is already used"
    assert (problem.where.context, problem.message.context) == ("Validation", "Validation")
    assert [str(p) for p in region.problems] == [
        "country ETH, field 'source': no source has the uid 'no-such-source'",
        "country ETH, field 'au_region': must be one of " + ", ".join(AU_REGIONS)]
    assert str(status.problems[-1]).startswith("country ETH status, field 'uid': ")
    assert all(isinstance(p.where, Message) and isinstance(p.message, Message) for p in region.problems)


def test_the_check_reports_its_problems_as_messages_and_the_search_index_stays_repairable(library):
    library.conn.execute("UPDATE items SET title = 'zzqx changed' WHERE uid = 'summit2019-delegates'")
    library.conn.commit()
    problems = library.check()
    assert problems and all(isinstance(p, Message) and p.context == "Library" for p in problems)
    assert all(p.startswith("search index: ") and p.endswith("run 'briefing-builder library check --repair'")
               for p in problems)


def test_opening_what_is_not_a_library_reads_as_before(tmp_path):
    folder = tmp_path / "library.sqlite"
    folder.mkdir()
    error = _raised(lambda: inspect_file(folder))
    what_to_do = (f"Move it aside and run 'briefing-builder library init' to start a new library, or restore a "
                  f"copy from {tmp_path / 'backups'}.")
    assert isinstance(error, NotALibraryError)
    assert str(error) == f"The library path {folder} is a folder, not a file. {what_to_do}"
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    error = _raised(lambda: inspect_file(foreign))
    assert str(error) == (f"The file {foreign} is an SQLite database but not a Briefing Builder library. "
                          f"{what_to_do}")
    assert _message(error).context == "Library"
    assert isinstance(dict(_message(error).values)["what_to_do"], Message)
    missing = _raised(lambda: Library.open(tmp_path / "none.sqlite", create=False))
    assert str(missing) == (f"There is no library at {tmp_path / 'none.sqlite'}. Run 'briefing-builder library "
                            "init' to create one.")


def test_a_backup_that_is_not_a_library_is_refused_in_the_words_of_the_restore_dialog(library, tmp_path):
    foreign = tmp_path / "library-20260101-000000-000000-manual.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    info = inspect_backup(foreign)
    assert info.problems == ("is not a Briefing Builder library",)
    assert info.problems[0].context == "Backup"
    error = _raised(lambda: restore_backup(library, foreign))
    assert str(error) == f"The backup {foreign.name} cannot be restored: it is not a Briefing Builder library."
    assert _message(error).context == "Backup"


def test_a_broken_seed_file_names_the_file_in_an_import_message(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("x = = 1", encoding="utf-8")
    error = _raised(lambda: _load(broken))
    assert isinstance(error, ImportRejected)
    problem = error.problems[0]
    assert str(problem).startswith("seed file broken.toml: is not valid TOML (")
    assert (problem.where.context, problem.message.context) == ("Import", "Import")


def test_the_seeds_item_places_are_import_messages():
    from briefing_builder.library.seed import seed_document

    where = seed_document()["items"][0]["_where"]
    assert isinstance(where, Message) and where.context == "Import"
    assert re.fullmatch(r"seed file \S+\.toml, item 1 \('[^']+'\)", where)


# ------------------------------------------------------------------------------- in the interface language


def _samples(library: Library, tmp_path: Path) -> list:
    library_folder = tmp_path / "library.sqlite"
    library_folder.mkdir()
    uid = library.item("summit2019-delegates").source_uid
    errors = [
        _raised(lambda: library.source("no-such-source")),
        _raised(lambda: library.delete_source(uid)),
        _raised(lambda: library.add_item(_draft(library), uid="summit2019-delegates")),
        _raised(lambda: library.set_au_membership("ETH", True, "Atlantis", uid)),
        _raised(lambda: inspect_file(library_folder)),
    ]
    library.allow_edits = False
    errors.append(_raised(lambda: library.set_meta("k", "v")))
    return errors


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_librarys_errors_show_no_english_in_the_interface_language(interface, library, tmp_path, language):
    from briefing_builder.gui import core_text

    errors = _samples(library, tmp_path)
    english = [core_text.error_text(error) for error in errors]
    interface(language)
    for error, before in zip(errors, english):
        shown = core_text.error_text(error)
        assert shown != before
        for phrase in ("No source has", "is cited", "is already used", "must be one of", "is a folder",
                       "Move it aside", "read-only here", "field '"):
            assert phrase not in shown, (language, shown)


def test_a_backup_problem_reads_in_french_in_the_restore_dialogs_words(interface, tmp_path):
    from briefing_builder.gui import core_text

    foreign = tmp_path / "library-20260101-000000-000000-manual.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    interface("fr")
    assert core_text.text(inspect_backup(foreign).problems[0]) == "ce n’est pas une bibliothèque Briefing Builder"


# ------------------------------------------------------------------------------------------ the source text
