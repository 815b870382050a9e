"""Looking after a library file, as Zotero's "Check Database Integrity" and Calibre's "Restore database" do:
check it (and repair what can be repaired) and put a backup back in its place. Qt-free: the GUI's Library menu
and the CLI share these functions.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LibraryError, ReadOnlyError
from ..messages import translate
from .backup import BackupInfo, inspect_backup
from .records import Changes
from .schema import SCHEMA_VERSION

if TYPE_CHECKING:  # the import is for types only: library.py imports backup.py, not this module
    from .library import Library

REPAIRABLE_PREFIX = "search index"  # a search index out of step with the items is rebuilt from them


@dataclass(frozen=True)
class CheckReport:
    """What `check_library` found: problems still there after any repair, and what was repaired."""

    problems: tuple[str, ...]
    repaired: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def repairable(self) -> bool:
        """True when every problem is one `check_library(repair=True)` fixes."""
        return bool(self.problems) and all(p.startswith(REPAIRABLE_PREFIX) for p in self.problems)


def check_library(library: "Library", repair: bool = False) -> CheckReport:
    """Integrity, foreign keys, schema version and search index (`Library.check`). With `repair`, a search index
    that no longer matches the items is rebuilt (the items are the truth; the index is derived from them); any
    other problem is left alone and reported, since repairing it could lose data: restore a backup instead."""
    problems = tuple(library.check())
    report = CheckReport(problems)
    if not (repair and report.repairable):
        return report
    if not library.allow_edits:
        raise ReadOnlyError(translate("Library", "This library is read-only here; it cannot be repaired."))
    library.rebuild_search_index()
    return CheckReport(tuple(library.check()), repaired=problems)


@dataclass(frozen=True)
class RestoreReport:
    """A restore done: the backup put back, the safety copy of what was there before, and what changed."""

    restored: BackupInfo
    safety_backup: Path
    changes: Changes = field(default_factory=Changes)


def _ids(conn: sqlite3.Connection) -> tuple[frozenset[int], frozenset[int], frozenset[str]]:
    def column(sql: str) -> frozenset:
        return frozenset(row[0] for row in conn.execute(sql))

    return (column("SELECT id FROM items"), column("SELECT id FROM sources"), column("SELECT code FROM countries"))


def _current_schema_copy(backup: Path, scratch: Path) -> Path:
    """The backup as a file of the current schema: itself, or a migrated copy when it is older."""
    from .library import Library

    copy = scratch / "restore.sqlite"
    shutil.copyfile(backup, copy)
    with Library.open(copy, create=False, seed=False):  # migrates the copy (never the backup itself)
        pass
    return copy


def restore_backup(library: "Library", backup: Path) -> RestoreReport:
    """Replace the library's content by the backup's, in place, after a safety backup of the current content.

    The backup is integrity-checked first and refused (LibraryError, nothing changed) when it is damaged, not a
    library or from a newer app. An older backup is migrated in a scratch copy first. The content is copied
    with SQLite's online backup API into the open connection, so other connections to the same file (the GUI's
    reader) see the restored library at once. The returned `changes` name every record, before and after.
    """
    if not library.allow_edits:
        raise ReadOnlyError(translate("Backup", "This library is read-only here; a backup cannot be restored into it."))
    info = inspect_backup(Path(backup))
    if not info.usable:
        raise LibraryError(translate("Backup", "The backup {name} cannot be restored: it {problem}.").format(
            name=info.path.name, problem=info.problems[0]))
    before = _ids(library.conn)
    safety = library.backup("before-restore")
    with tempfile.TemporaryDirectory(prefix="bb-restore-") as scratch:
        source_path = info.path if info.schema_version == SCHEMA_VERSION else _current_schema_copy(
            info.path, Path(scratch))
        source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(library.conn)
        except sqlite3.Error as exc:
            raise LibraryError(translate("Backup", "Restoring {name} failed ({error}); the library is as it was, "
                                         "and a copy of it is in {safety}.").format(
                name=info.path.name, error=str(exc), safety=str(safety))) from exc
        finally:
            source.close()
    after = _ids(library.conn)
    changes = Changes(items=after[0], sources=after[1], countries=before[2] | after[2],
                      deleted_items=before[0] - after[0], deleted_sources=before[1] - after[1])
    return RestoreReport(info, safety, changes)


__all__ = ["CheckReport", "RestoreReport", "check_library", "restore_backup", "REPAIRABLE_PREFIX"]
