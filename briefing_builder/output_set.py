"""A pack's files (DOCX, PDF, manifest JSON) land in their folder as one set: all new, or all as they were. No Qt.

The files of one pack are its *family*: ``<name>.docx``, ``<name>.pdf`` and ``<name>.manifest.json``. A build
replaces the whole family, so a folder never holds a new PDF beside an old Word file of the same name: a member
of the family that the new build does not write (a DOCX, when only a PDF is built now) is removed with the commit.

The protocol (a redo journal; every step is safe to interrupt with SIGKILL or a power cut):

1. Everything is rendered in memory first (`build.py`); nothing touches the folder until all parts exist.
2. The folder is locked (``flock`` on the folder itself, so no lock file is left behind), and `recover` runs:
   what killed runs left there is completed or removed (below).
3. Each part is written to a hidden temporary beside its target, ``.bb-<token>.<final name>.part``, and fsynced;
   then the folder is fsynced, so the temporaries' names are on disk too.
4. The journal ``.bb-<token>.commit`` (JSON: which temporary becomes which file, which old family members go) is
   written to ``.bb-<token>.commit.part``, fsynced, and renamed into place; the folder is fsynced. This rename is the
   commit point: before it the old set is untouched, after it the new set is decided.
5. Each temporary is renamed over its target (``os.replace``), stale family members are deleted, the folder is
   fsynced, and only then is the journal deleted.

A SIGKILL needs none of the fsyncs (the kernel keeps what was written); they make the same promise hold across a
power cut.

`recover(folder)` (run by every build into the folder, under the same lock) rolls each journal it finds forward
(step 5 again: temporaries still there are renamed, the rest were already), then deletes every other ``.bb-*`` file:
those are parts of runs killed before their commit point. It also deletes the hidden ``.partial`` files that
builds before this module left behind for pack files. A kill therefore leaves the folder either with the complete
old set, or with a journal whose roll-forward yields the complete new set; `recover` (or the next build, or
`existing_outputs`' caller choosing to call it) makes it so. While a journal is pending the family's files may be
mixed on disk for the few milliseconds of step 5; nothing reads them in between except a person's file browser.

Journals are read as data, never trusted as paths: a name with a folder separator, or a temporary that is not
the journal's own, makes `recover` refuse with a one-line error and change nothing.

Measured here (ext4, a shared 2-core machine): committing the ministerial pack's set (3 files, 0.13 MB) takes
~46 ms median (seven fsyncs: three files, the journal, the folder three times) against ~11 ms for the old
one-file-at-a-time replace, in a ~0.8 s build. The last step's journal deletion is not fsynced: redoing a journal
is harmless. Windows has no ``fcntl``: there the folder is not locked, so two exports into the same folder at
the same instant could clean up each other's temporaries (each would then fail with an error, not mix files).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from .errors import BuildError
from .messages import Message, translate

PACK_FORMATS = ("docx", "pdf")
MANIFEST_SUFFIX = ".manifest.json"
_PREFIX = ".bb-"
_TOKEN = re.compile(r"^\.bb-([0-9a-f]{12})\.")
_JOURNAL = re.compile(r"^\.bb-([0-9a-f]{12})\.commit$")
# What builds before this module left behind: ".<target>.<12 hex>.partial", for pack files only.
_LEGACY_PARTIAL = re.compile(r"^\..+\.(docx|pdf|manifest\.json)\.[0-9a-f]{12}\.partial$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()-]+")
_NUMBERED = re.compile(r"^(.*\S) \((\d+)\)$")

# A testing hook, read once: seconds to sleep between the protocol's steps, so a kill test can land inside them.
_STEP_PAUSE = float(os.environ.get("BRIEFING_BUILDER_TEST_STEP_PAUSE", "0") or 0)


class OutputExists(BuildError):
    """A file of the pack's set already exists and replacing was not asked for; nothing was written."""


def already_exists(path: Path, others: int) -> Message:
    """`path` exists (with `others` more of the pack's files), so nothing was written."""
    if not others:
        return translate("Export", "{file} already exists; nothing was written.").format(file=str(path))
    return translate("Export", "{file} already exists (and %Ln more of the pack's files); nothing was written.",
                     None, others).with_singular(
        "{file} already exists (and 1 more of the pack's files); nothing was written.").format(file=str(path))


def safe_basename(basename: str) -> str:
    """The file name (without extension) a build really uses: unsafe characters become '-', no leading or
    trailing dots, dashes or spaces. Raises `BuildError` if nothing is left."""
    name = _UNSAFE.sub("-", basename).strip(" .-")[:120]
    if not name:
        raise BuildError(translate("Export", "The file name is empty once unsafe characters are removed."))
    return name


def family(basename: str) -> list[str]:
    """Every file name that belongs to the pack called `basename` (its formats, then its manifest)."""
    name = safe_basename(basename)
    return [f"{name}.{fmt}" for fmt in PACK_FORMATS] + [f"{name}{MANIFEST_SUFFIX}"]


def existing_outputs(folder: Path, basename: str, formats: Sequence[str]) -> list[Path]:
    """The files a build of `basename` in `formats` into `folder` would replace or remove, in family order.

    That is every existing member of the family, `formats` or not (a build replaces the whole set, so an old DOCX
    never stays beside a new PDF). Read-only; an empty list means nothing would be replaced.
    """
    folder = Path(folder)
    unknown = [f for f in formats if f not in PACK_FORMATS]
    if unknown:
        raise BuildError(translate("Export", "Unknown format {format}; choose from {formats}.").format(
            format=repr(unknown[0]), formats=", ".join(PACK_FORMATS)))
    return [folder / name for name in family(basename) if (folder / name).exists()]


def next_free_basename(folder: Path, basename: str, formats: Sequence[str]) -> str:
    """`basename` itself if none of its set exists in `folder`, else the first free "name (2)", "name (3)", ...

    A name that is already numbered counts on from its number ("x (2)" taken gives "x (3)", not "x (2) (2)").
    """
    name = safe_basename(basename)
    if not existing_outputs(folder, name, formats):
        return name
    numbered = _NUMBERED.match(name)
    stem, start = (numbered.group(1), int(numbered.group(2)) + 1) if numbered else (name, 2)
    for number in range(start, start + 10_000):
        candidate = f"{stem} ({number})"
        if not existing_outputs(folder, candidate, formats):
            return candidate
    raise BuildError(translate("Export", "No free file name like {name} in {folder}.").format(
        name=repr(name), folder=str(folder)))


# ------------------------------------------------------------------------------------------ writing a set
def write_set(folder: Path, files: Mapping[str, bytes], *, remove: Sequence[str] = (),
              overwrite: bool = False, mode: int | None = None) -> list[Path]:
    """Put `files` (final file name -> bytes) into `folder` as one set, by the protocol in the module docstring.

    `remove` names other files of the set that must not survive it (stale family members). Without `overwrite`,
    any existing file among `files` or `remove` raises `OutputExists` and nothing is written. Other failures
    raise `BuildError` with a one-line message; a failure before the commit point leaves the folder as it was.
    `mode` sets the files' permissions (IT's `output.file_mode`); None leaves them to the user's umask.
    Returns the paths written, in the order of `files`.
    """
    folder = Path(folder)
    for name in [*files, *remove]:
        _check_plain_name(name, folder)
    with _folder_lock(folder):
        recover(folder, _locked=True)
        if not overwrite:
            taken = [name for name in [*files, *remove] if (folder / name).exists()]
            if taken:
                raise OutputExists(already_exists(folder / taken[0], len(taken) - 1))
        token = secrets.token_hex(6)
        moves = [(f"{_PREFIX}{token}.{name}.part", name) for name in files]
        journal = folder / f"{_PREFIX}{token}.commit"
        try:
            for (temp, _), data in zip(moves, files.values()):
                _write_durably(folder / temp, data, mode)
                _step()
            _fsync_folder(folder)
            body = {"kind": "briefing-builder output set", "version": 1,
                    "moves": [list(move) for move in moves], "remove": list(remove)}
            _write_durably(folder / f"{journal.name}.part", json.dumps(body, indent=1).encode("utf-8"))
            _step()
            os.replace(folder / f"{journal.name}.part", journal)  # the commit point
            _fsync_folder(folder)
            _step()
        except BaseException as exc:
            if journal.exists() and not isinstance(exc, OSError):  # committed (e.g. Ctrl+C): finish it
                _roll_forward(folder, journal)
                raise
            journal.unlink(missing_ok=True)  # first: a journal must never outlive its temporaries
            for temp, _ in moves:
                (folder / temp).unlink(missing_ok=True)
            (folder / f"{journal.name}.part").unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise BuildError(translate("Export", "Cannot write to {folder}: {error}; nothing was changed.").format(
                    folder=str(folder), error=str(exc.strerror or exc))) from None
            raise
        try:
            _roll_forward(folder, journal)
        except OSError as exc:
            raise BuildError(translate(
                "Export", "The new files in {folder} could not all be put in place ({error}: {file}); the next "
                "build into this folder completes it.").format(
                    folder=str(folder), error=str(exc.strerror or exc), file=Path(exc.filename or '').name)) from None
    return [folder / name for name in files]


def recover(folder: Path, *, _locked: bool = False) -> list[str]:
    """Complete every committed set in `folder` and delete what uncommitted runs left; returns the names removed
    or completed (empty when the folder was clean). A missing folder is clean. Raises `BuildError` for a journal
    that names anything outside its own set."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    with contextlib.nullcontext() if _locked else _folder_lock(folder):
        touched: list[str] = []
        try:
            names = sorted(os.listdir(folder))
            for name in names:
                if _JOURNAL.match(name):
                    touched.append(name)
                    _roll_forward(folder, folder / name)
            for name in sorted(os.listdir(folder)) if touched else names:
                if (_TOKEN.match(name) or _LEGACY_PARTIAL.match(name)) and (folder / name).is_file():
                    (folder / name).unlink(missing_ok=True)
                    touched.append(name)
        except OSError as exc:
            raise BuildError(translate(
                "Export", "Cannot finish or remove the files an earlier export left in {folder}: {error}.").format(
                    folder=str(folder), error=str(exc.strerror or exc))) from None
        return touched


def _roll_forward(folder: Path, journal: Path) -> None:
    """Step 5 of the protocol for one journal; idempotent, so a kill in the middle is finished by the next run."""
    moves, remove = _read_journal(journal)
    for temp, final in moves:
        if (folder / temp).exists():
            os.replace(folder / temp, folder / final)
            _step()
    for name in remove:
        (folder / name).unlink(missing_ok=True)
    _fsync_folder(folder)  # the moves are on disk before the journal that could redo them goes
    _step()
    journal.unlink(missing_ok=True)  # no fsync: should a power cut undo this, redoing the journal is harmless


def _read_journal(journal: Path) -> tuple[list[tuple[str, str]], list[str]]:
    token = _JOURNAL.match(journal.name).group(1)  # type: ignore[union-attr]
    try:
        body = json.loads(journal.read_text("utf-8"))
        moves = [(str(temp), str(final)) for temp, final in body["moves"]]
        remove = [str(name) for name in body["remove"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BuildError(translate(
            "Export", "The export journal {journal} cannot be read ({error}); move it away to continue.").format(
                journal=str(journal), error=str(exc))) from None
    for temp, final in moves:
        if not temp.startswith(f"{_PREFIX}{token}.") or not temp.endswith(".part"):
            raise BuildError(translate(
                "Export", "The export journal {journal} names a file that is not its own: {name}.").format(
                    journal=str(journal), name=repr(temp)))
    for name in [n for move in moves for n in move] + remove:
        _check_plain_name(name, journal.parent, journal)
    return moves, remove


def _check_plain_name(name: str, folder: Path, journal: Path | None = None) -> None:
    """Only a plain file name inside `folder`: no separators, no '.' or '..', no NUL."""
    bad = (not name or name in (".", "..") or "\0" in name or "/" in name
           or (os.sep in name) or (os.altsep is not None and os.altsep in name))
    if bad:
        if journal:
            raise BuildError(translate(
                "Export", "The export journal {journal} names {name}, which is not a plain file name.").format(
                    journal=str(journal), name=repr(name)))
        raise BuildError(translate(
            "Export", "The pack's file list for {folder} names {name}, which is not a plain file name.").format(
                folder=str(folder), name=repr(name)))


def _write_durably(path: Path, data: bytes, mode: int | None = None) -> None:
    with open(path, "xb") as handle:  # "x": never follow or reuse an existing name; umask permissions
        if mode is not None and hasattr(os, "fchmod"):  # Windows: no POSIX modes to set
            os.fchmod(handle.fileno(), mode)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make renames and new names in `folder` durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on `folder` between Briefing Builder processes (flock on the folder: no lock file to
    leave behind, and the kernel releases it when a process is killed)."""
    try:
        import fcntl
    except ImportError:  # Windows: see the module docstring
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise BuildError(translate("Export", "Cannot open the output folder {folder}: {error}.").format(
            folder=str(folder), error=str(exc.strerror or exc))) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:  # e.g. a network share without locks: refuse rather than risk a mixed set
            raise BuildError(translate("Export", "Cannot lock the output folder {folder}: {error}.").format(
                folder=str(folder), error=str(exc.strerror or exc))) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _step() -> None:
    if _STEP_PAUSE:
        time.sleep(_STEP_PAUSE)
