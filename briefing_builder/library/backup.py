"""Consistent copies of the library (SQLite's online backup API), taken on demand and before migrations."""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

from ..errors import LibraryError
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
        raise LibraryError(f"Cannot create the backup folder {folder}: {exc.strerror}.") from exc
    target = folder / f"library-{_stamp()}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        create_private_file(partial)  # a backup is as confidential as the library: owner-only, whatever the umask
    except OSError as exc:
        raise LibraryError(f"Cannot write the backup {partial}: {exc.strerror}.") from exc
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    except sqlite3.Error as exc:
        dest.close()
        partial.unlink(missing_ok=True)
        raise LibraryError(f"The backup to {target} failed: {exc}.") from exc
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
