"""Consistent copies of the library (SQLite's online backup API), taken on demand and before migrations, and
a read-only look at each (`describe_backups`) for the Restore dialog. Restoring lives in `maintenance.py`."""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import LibraryError, os_reason
from ..messages import translate
from ..paths import create_private_file, make_private_dir

KEEP_AUTOMATIC = 20  # automatic backups (before migrations) beyond this many are pruned, oldest first


def backups_dir(library_path: Path) -> Path:
    return Path(library_path).parent / "backups"


def _stamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_connection(conn: sqlite3.Connection, library_path: Path, reason: str = "manual") -> Path:
    """Copy the open library to `backups/library-<time>-<reason>.sqlite`; returns the backup's path.

    Written under a temporary name and renamed, so a backup file is either whole or absent.
    """
    folder = backups_dir(library_path)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise LibraryError(translate("Backup", "Cannot create the backup folder {folder}: {error}.").format(
            folder=str(folder), error=os_reason(exc))) from exc
    target = folder / f"library-{_stamp()}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        create_private_file(partial)  # a backup is as confidential as the library: owner-only, whatever the umask
    except OSError as exc:
        raise LibraryError(translate("Backup", "Cannot write the backup {file}: {error}.").format(
            file=str(partial), error=os_reason(exc))) from exc
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    except sqlite3.Error as exc:
        dest.close()
        partial.unlink(missing_ok=True)
        raise LibraryError(translate("Backup", "The backup to {file} failed: {error}.").format(
            file=str(target), error=str(exc))) from exc
    dest.close()
    os.replace(partial, target)
    if reason != "manual":
        _prune(folder)
    return target


def backup_file(library_path: Path, reason: str) -> Path:
    """Back up a library that is not open yet (used before migrations)."""
    conn = sqlite3.connect(f"{Path(library_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup_connection(conn, library_path, reason)
    finally:
        conn.close()


def list_backups(library_path: Path) -> list[Path]:
    folder = backups_dir(library_path)
    return sorted(folder.glob("library-*.sqlite")) if folder.exists() else []


def _prune(folder: Path) -> None:
    automatic = sorted(p for p in folder.glob("library-*.sqlite") if not p.stem.endswith("-manual"))
    for old in automatic[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the Restore dialog lists it; only `usable` backups are offered for restoring."""

    path: Path
    taken: _dt.datetime  # local time, from the file name (the file's modification time if the name has none)
    reason: str  # "manual", "before-restore", "before-<migration>"
    schema_version: int
    items: int
    sources: int
    problems: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        return not self.problems

    @property
    def size_bytes(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def _parse_name(path: Path) -> tuple[_dt.datetime, str]:
    """`library-20261202-060109-123456-manual.sqlite` -> (2026-12-02 06:01:09.123456, "manual")."""
    parts = path.stem.split("-", 4)  # library, date, time, microseconds, reason
    try:
        taken = _dt.datetime.strptime("-".join(parts[1:4]), "%Y%m%d-%H%M%S-%f")
        return taken, parts[4] if len(parts) > 4 else ""
    except (ValueError, IndexError):
        return _dt.datetime.fromtimestamp(path.stat().st_mtime), ""


def taken_at(path: Path) -> _dt.datetime:
    """When a backup was taken (local time), from its name; its modification time if the name has none."""
    return _parse_name(Path(path))[0]


def inspect_backup(path: Path) -> BackupInfo:
    """Open a backup read-only and check it: SQLite's integrity check, that it is a Briefing Builder library of
    a version this app can read, and how many items and sources it holds. Never writes to the file."""
    from .schema import APPLICATION_ID, SCHEMA_VERSION

    path = Path(path)
    taken, reason = _parse_name(path)
    problems: list[str] = []
    version = items = sources = 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupInfo(path, taken, reason, 0, 0, 0, (translate("Backup", "cannot be opened: {error}").format(
            error=str(exc)),))
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            problems.append(translate("Backup", "is not a Briefing Builder library"))
        else:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                problems.append(translate("Backup", "was made by a newer version of the app (schema {version})").format(
                    version=version))
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.append(translate("Backup", "is damaged ({detail})").format(detail=rows[0]))
            else:
                items = int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
                sources = int(conn.execute("SELECT count(*) FROM sources").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        problems.append(translate("Backup", "is damaged ({detail})").format(detail=str(exc)))
    finally:
        conn.close()
    return BackupInfo(path, taken, reason, version, items, sources, tuple(problems))


def describe_backups(library_path: Path) -> list[BackupInfo]:
    """Every backup of the library, newest first, each integrity-checked (see `inspect_backup`)."""
    return sorted((inspect_backup(path) for path in list_backups(library_path)),
                  key=lambda info: info.taken, reverse=True)
