"""Opening library files: creating, upgrading with a backup first, refusing newer or foreign files untouched."""

import shutil
from pathlib import Path
import sqlite3

import pytest

from briefing_builder.errors import LibraryError, NewerSchemaError, NotALibraryError
from briefing_builder.library import Library
from briefing_builder.library.backup import list_backups
from briefing_builder.library.schema import KNOWN_MIGRATIONS, SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_library_has_current_schema_wal_and_foreign_keys(tmp_path):
    with Library.open(tmp_path / "library.sqlite", seed=False) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        applied = [r[0] for r in lib.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == list(KNOWN_MIGRATIONS)


def test_version_1_library_is_upgraded_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES / "library-v1.sqlite", path)
    with Library.open(path) as lib:
        item = lib.item("item-v1")
        assert (item.title, item.revision, item.tags, item.countries) == (
            "Delegates met in Addis Ababa", 3, ("summit-2019",), ("ETH",))
        assert [i.uid for i in lib.search("delegates").items] == ["item-v1"]
        assert lib.check() == []
    backups = list_backups(path)
    assert len(backups) == 1 and "before-0002_search_index" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_reopening_a_current_library_takes_no_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    Library.open(path, seed=False).close()
    Library.open(path, seed=False).close()
    assert list_backups(path) == []


def _make_newer(path):
    Library.open(path, seed=False).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('briefing_builder', '0099_from_the_future', '2030-01-01')")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 97}")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_library_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "library.sqlite"
    _make_newer(path)
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version.*not modified"):
        Library.open(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "library.sqlite-wal").exists()
    assert list_backups(path) == []


def test_non_sqlite_file_gives_a_clear_message_with_the_path(tmp_path):
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"This is a text file, not a database.\n" * 200)
    with pytest.raises(NotALibraryError) as caught:
        Library.open(path)
    message = str(caught.value)
    assert str(path) in message and "library init" in message and "backups" in message


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotALibraryError, match="not a Briefing Builder library"):
        Library.open(path)


def test_a_folder_at_the_library_path_is_refused(tmp_path):
    (tmp_path / "library.sqlite").mkdir()
    with pytest.raises(NotALibraryError, match="is a folder"):
        Library.open(tmp_path / "library.sqlite")


def test_opening_without_create_reports_a_missing_library(tmp_path):
    with pytest.raises(LibraryError, match="library init"):
        Library.open(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_failed_seed_leaves_no_half_made_library(tmp_path, monkeypatch):
    def broken_seed(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("briefing_builder.library.seed.load_seed", broken_seed)
    with pytest.raises(RuntimeError):
        Library.open(tmp_path / "library.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_an_upgraded_library_takes_likely_asks_sensitivities_and_press_lines_and_stays_sound(tmp_path):
    from briefing_builder.library import ItemDraft

    path = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES / "library-v1.sqlite", path)
    with Library.open(path) as lib:
        source = lib.sources()[0].uid
        for kind in ("question", "sensitivity", "press_line"):
            item, _ = lib.add_item(ItemDraft(kind=kind, title=f"Placeholder {kind}", body="Placeholder.",
                                             source_uid=source))
            assert lib.item(item.uid).kind == kind
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with sqlite3.connect(path) as raw:  # the constraint still refuses unknown kinds
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE items SET kind = 'rumour' WHERE id = (SELECT min(id) FROM items)")
