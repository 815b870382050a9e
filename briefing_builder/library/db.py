"""Opening a library file safely: identify it, refuse what we must not touch, back up, migrate, set pragmas."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..errors import LibraryError, NewerSchemaError, NotALibraryError, os_reason
from ..messages import Message, translate
from ..paths import create_private_file, make_private_dir, restrict_to_owner
from . import backup as _backup
from .fold import search_fold
from .schema import APPLICATION_ID, KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION, migrations

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a library file found, before anything is written to it."""

    exists: bool
    empty: bool
    applied: tuple[str, ...]

    @property
    def pending(self) -> tuple[str, ...]:
        return tuple(name for name in KNOWN_MIGRATIONS if name not in self.applied)


def _what_to_do(path: Path) -> Message:
    return translate("Library", "Move it aside and run 'briefing-builder library init' to start a new library, or "
                     "restore a copy from {folder}.").format(folder=str(path.parent / "backups"))


def inspect_file(path: Path) -> FileState:
    """Look at `path` read-only and classify it; raise a clear error for anything we must not open.

    Never writes to the file: a newer or foreign library must be left exactly as it was.
    """
    if not path.exists():
        return FileState(exists=False, empty=True, applied=())
    if path.is_dir():
        raise NotALibraryError(translate(
            "Library", "The library path {path} is a folder, not a file. {what_to_do}").format(
            path=str(path), what_to_do=_what_to_do(path)))
    if path.stat().st_size == 0:
        return FileState(exists=True, empty=True, applied=())
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotALibraryError(translate(
            "Library", "Cannot open the library file {path}: {error}. {what_to_do}").format(
            path=str(path), error=str(exc), what_to_do=_what_to_do(path))) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: tuple[str, ...] = ()
        if "_sqlite_migrations" in tables:
            applied = tuple(
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
                )
            )
    except sqlite3.DatabaseError as exc:
        raise NotALibraryError(translate(
            "Library", "The file {path} is not a readable library ({error}). {what_to_do}").format(
            path=str(path), error=str(exc), what_to_do=_what_to_do(path))) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if tables:
            raise NotALibraryError(translate(
                "Library", "The file {path} is an SQLite database but not a Briefing Builder library. {what_to_do}"
            ).format(path=str(path), what_to_do=_what_to_do(path)))
        return FileState(exists=True, empty=True, applied=())
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    if unknown or user_version > SCHEMA_VERSION:
        raise NewerSchemaError(translate(
            "Library", "The library {path} was made by a newer version of Briefing Builder (schema {schema}; this "
            "version understands up to {supported}). It was not modified: install the newer version to use it."
        ).format(path=str(path), schema=max(user_version, len(applied)), supported=SCHEMA_VERSION))
    return FileState(exists=True, empty=False, applied=applied)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # The search index's content view calls this (migration 0004): every connection needs it.
    conn.create_function("bb_search_fold", 1, search_fold, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32768")  # 32 MB page cache: large imports and index builds stay in memory
    return conn


def open_database(path: Path, *, create: bool = True, read_only: bool = False) -> tuple[Database, bool]:
    """Open (and if needed create or upgrade) the library at `path`.

    Returns the database and whether it was newly created (so the caller can seed it).
    A backup is written to `backups/` beside the file before any migration of an existing library.
    """
    path = Path(path)
    state = inspect_file(path)
    if not state.exists and not create:
        raise NotALibraryError(translate("Library", "There is no library at {path}. Run 'briefing-builder library "
                                         "init' to create one.").format(path=str(path)))
    if read_only and (state.empty or state.pending):
        raise LibraryError(translate(
            "Library", "The library {path} needs to be created or upgraded, but it was opened read-only."
        ).format(path=str(path)))
    if not state.exists:
        try:
            make_private_dir(path.parent)
        except OSError as exc:
            raise LibraryError(translate("Library", "Cannot create the library folder {folder}: {error}.").format(
                folder=str(path.parent), error=os_reason(exc))) from exc
        try:
            create_private_file(path)  # owner-only from the start; SQLite gives its -wal and -shm the same mode
        except OSError as exc:
            raise LibraryError(translate("Library", "Cannot create the library {path}: {error}.").format(
                path=str(path), error=os_reason(exc))) from exc
    elif not read_only:
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            restrict_to_owner(part)  # a library made by an earlier version was readable by every account
    if state.pending and not state.empty:
        _backup.backup_file(path, reason=f"before-{state.pending[0]}")
    try:
        conn = _connect(path, read_only)
    except sqlite3.Error as exc:
        raise LibraryError(translate("Library", "Cannot open the library {path}: {error}.").format(
            path=str(path), error=str(exc))) from exc
    db = Database(conn)
    try:
        if not read_only:
            with db.ensure_autocommit_on():
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        if state.pending:
            migrations.apply(db)
            with db.atomic():
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotALibraryError(translate(
            "Library", "The library {path} could not be prepared ({error}). {what_to_do}").format(
            path=str(path), error=str(exc), what_to_do=_what_to_do(path))) from exc
    except BaseException:
        conn.close()
        raise
    return db, state.empty
