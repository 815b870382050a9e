"""Check and repair, the list of backups and restoring one (library/maintenance.py, library/backup.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from briefing_builder.errors import LibraryError, ReadOnlyError
from briefing_builder.library import ItemDraft, Library
from briefing_builder.library.backup import backups_dir, describe_backups, inspect_backup
from briefing_builder.library.maintenance import check_library, restore_backup

FIXTURES = Path(__file__).parent / "fixtures"


def _drift(library: Library) -> None:
    # Change an item behind the library's back, as a crashed third-party tool might.
    library.conn.execute("UPDATE items SET title = 'zzqx changed' WHERE uid = 'summit2019-delegates'")
    library.conn.commit()


def test_a_healthy_library_checks_ok_and_nothing_is_repaired(library):
    report = check_library(library, repair=True)
    assert report.ok and report.problems == () and report.repaired == ()


def test_checking_leaves_no_transaction_open(library, data_dir):
    """FTS5's integrity-check is an INSERT; the check must not keep the write lock (other connections wait)."""
    check_library(library)
    assert not library.conn.in_transaction
    with Library.open(data_dir / "library.sqlite") as other:
        other.set_meta("placeholder", "written while the first connection is open")


def test_a_drifted_search_index_is_repairable_and_repaired(library):
    _drift(library)
    found = check_library(library)
    assert not found.ok and found.repairable and found.repaired == ()
    fixed = check_library(library, repair=True)
    assert fixed.ok and fixed.repaired == found.problems
    assert [i.uid for i in library.search("zzqx").items] == ["summit2019-delegates"]


def test_a_foreign_key_problem_is_reported_and_never_repaired(library):
    library.conn.execute("PRAGMA foreign_keys = OFF")
    library.conn.execute("INSERT INTO item_countries VALUES (1, 'XXX')")
    library.conn.commit()
    report = check_library(library, repair=True)
    assert not report.repairable and report.repaired == ()
    assert any("foreign key" in p for p in report.problems)


def test_a_read_only_library_is_not_repaired(data_dir):
    with Library.open(data_dir / "library.sqlite", allow_edits=False) as library:
        _drift(library)
        with pytest.raises(ReadOnlyError):
            check_library(library, repair=True)


def test_backups_are_listed_newest_first_with_dates_and_counts(library):
    first = library.backup()
    library.add_item(ItemDraft(kind="fact", title="A placeholder fact zq", source_uid="summit-report-2019"))
    second = library.backup()
    listed = describe_backups(library.path)
    assert [info.path for info in listed] == [second, first]
    assert listed[0].items == listed[1].items + 1 and listed[0].sources == listed[1].sources > 0
    assert listed[0].taken > listed[1].taken and listed[0].reason == "manual" and all(i.usable for i in listed)


def test_a_damaged_backup_is_listed_as_not_usable(library):
    target = library.backup()
    data = bytearray(target.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096  # scribble over a page in the middle
    target.write_bytes(bytes(data))
    info = inspect_backup(target)
    assert not info.usable and "damaged" in info.problems[0]
    garbage = backups_dir(library.path) / "library-20200101-000000-000000-manual.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not inspect_backup(garbage).usable
    with pytest.raises(LibraryError, match="cannot be restored"):
        restore_backup(library, garbage)


def test_restoring_puts_the_backup_back_after_a_safety_copy(library, data_dir):
    backup = library.backup()
    item, _ = library.add_item(ItemDraft(kind="fact", title="Added after the backup zq", source_uid="summit-report-2019"))
    reader = Library.open(data_dir / "library.sqlite", read_only=True)  # another connection, as the GUI holds
    try:
        assert reader.search("zq").total == 1
        report = restore_backup(library, backup)
        assert library.search("zq").total == 0 and reader.search("zq").total == 0
        assert item.id in report.changes.deleted_items and report.changes.items
        assert report.safety_backup.exists() and report.safety_backup.name.endswith("-before-restore.sqlite")
        assert inspect_backup(report.safety_backup).items == inspect_backup(backup).items + 1
        assert library.check() == []
    finally:
        reader.close()


def test_an_older_backup_is_migrated_while_restoring(library):
    old = backups_dir(library.path) / "library-20200101-000000-000000-manual.sqlite"
    old.parent.mkdir(exist_ok=True)
    shutil.copyfile(FIXTURES / "library-v1.sqlite", old)
    info = inspect_backup(old)
    assert info.usable and info.schema_version < int(library.conn.execute("PRAGMA user_version").fetchone()[0])
    report = restore_backup(library, old)
    assert library.check() == [] and library.stats().items == info.items
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == info.schema_version  # untouched
    assert report.restored.path == old
