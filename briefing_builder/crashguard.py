"""Keeping the desktop app from crashing, and leaving a trace when it does anyway. No Qt imported here.

**The refcount fault.** "Fatal Python error: bool_dealloc: deallocating True or False", seen on quitting after
long use with many exports, is not in our code: PySide6 6.12.0 (the release `pyside6-pdf` requires) hands back
``True`` from ``SignalInstance.emit()`` and ``disconnect()``, and ``None`` from every void method (``setText``,
``setEnabled``, ``show``, ``update``, ``processEvents`` ...), without the new reference it owes the caller.
Measured here: each such call lowers ``sys.getrefcount(True)`` or ``sys.getrefcount(None)`` by exactly one;
ordinary objects (signal arguments, results) are not affected; PySide6 6.11.2 does not do it. On Python 3.11 those
singletons are ordinary reference-counted objects: ``True`` holds ~3,300 references once the app is up, and every
task emits signals (progress up to 20 a second during an export, plus start, finish and busy), so after enough
exports and previews the count reaches zero and CPython aborts, typically at quit, when the collector drops the last
genuine references. A bare ``python -c`` with PySide6 dies after ~150 emits.

Python 3.12 made ``None``, ``True`` and ``False`` immortal (PEP 683), which makes this class of bug harmless.
`keep_singletons_alive()` does the same on 3.11: once, at start, it adds 2**60 to their reference counts, so no
number of lost references can bring them to zero (at a million lost per second that takes 36,000 years), and extra
references to objects that are never freed cost nothing. It checks the object layout first and does nothing on an
interpreter where it does not match. Remove it when the app requires Python 3.12 or a PySide6 without the fault.

**The crash log.** `enable_crash_log(folder)` points `faulthandler` at ``<folder>/logs/crash.log`` (folder 0700,
file 0600: tracebacks can quote pack content), so a fatal error in the field leaves the Python stacks of every
thread; unhandled Python exceptions (also in threads) are appended too. Started without a terminal (from a menu),
the app's stderr goes there as well, because CPython prints "Fatal Python error: ..." to stderr only (it turns
faulthandler off before aborting): that is how the message that started this hunt reaches the log. Each start
writes one line, and the file is cut back to its last 256 KB when it passes 1 MB.
"""

from __future__ import annotations

import ctypes
import datetime
import faulthandler
import os
import sys
import threading
import traceback
from pathlib import Path

HEADROOM = 1 << 60
LOG_LIMIT = 1 << 20
LOG_KEEP = 256 << 10

_log_fd: int | None = None


def keep_singletons_alive() -> bool:
    """Make None, True and False unkillable on CPython < 3.12 (see the module docstring); True if applied.

    Idempotent: applies at most once per process.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal already (or not CPython: no reference counts to protect)
    if getattr(keep_singletons_alive, "applied", False):
        return True
    counts = [ctypes.c_ssize_t.from_address(id(obj)) for obj in (None, True, False)]
    # The first field of a CPython object is its reference count: check that reading it agrees with
    # sys.getrefcount (which counts its own argument too), or leave this interpreter alone.
    if any(not 0 < count.value < HEADROOM or abs(count.value - (sys.getrefcount(obj) - 1)) > 2
           for count, obj in zip(counts, (None, True, False))):
        return False
    for count in counts:  # plain stores with the GIL held: no other Python thread runs in between
        count.value += HEADROOM
    keep_singletons_alive.applied = True  # type: ignore[attr-defined]
    return True


def enable_crash_log(folder: Path, *, capture_stderr: bool | None = None) -> Path:
    """Send fatal-error tracebacks and unhandled exceptions to ``<folder>/logs/crash.log``; returns its path.

    `capture_stderr` (default: when stderr is not a terminal, as for an app started from a menu) also points the
    process's stderr at the log: CPython writes "Fatal Python error: ..." and its stacks to stderr itself, then
    switches faulthandler off before aborting, so only a captured stderr keeps that message in the field.
    Raises OSError if the log cannot be created (the caller decides whether that matters).
    """
    global _log_fd
    logs = Path(folder) / "logs"
    logs.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(logs, 0o700)
    path = logs / "crash.log"
    _trim(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)  # also when an older file had looser permissions
    from . import __version__

    os.write(fd, (f"--- {datetime.datetime.now().astimezone().isoformat(timespec='seconds')} "
                  f"briefing-builder {__version__}, pid {os.getpid()}, Python {sys.version.split()[0]}\n"
                  ).encode("utf-8"))
    # A bare descriptor, kept open for the life of the process: faulthandler writes to it from a signal handler,
    # and no file object exists to be collected (and warned about) before the interpreter's last moments.
    if _log_fd is not None and _log_fd != fd:
        os.close(_log_fd)
    _log_fd = fd
    if capture_stderr is None:
        capture_stderr = not _is_terminal(2)
    if capture_stderr:
        if sys.stderr is not None:
            sys.stderr.flush()
        os.dup2(fd, 2)  # fatal errors, Python's own tracebacks and Qt's warnings all land here
        if sys.stderr is None:  # pythonw / windowed bundle: no stderr object at all
            sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    faulthandler.enable(file=fd, all_threads=True)
    if capture_stderr:
        return path  # Python's default hooks print to stderr, which is the log now
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook

    def excepthook(kind, value, tb) -> None:
        _append("Unhandled exception", "".join(traceback.format_exception(kind, value, tb)))
        previous_hook(kind, value, tb)

    def thread_excepthook(args) -> None:
        name = args.thread.name if args.thread else "?"
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        _append(f"Unhandled exception in thread {name}", text)
        previous_thread_hook(args)

    sys.excepthook, threading.excepthook = excepthook, thread_excepthook
    return path


def _is_terminal(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _append(title: str, text: str) -> None:
    if _log_fd is not None:
        try:
            os.write(_log_fd, f"{title}:\n{text}".encode("utf-8", "backslashreplace"))
        except OSError:
            pass  # the log is a help, never a new failure


def _trim(path: Path) -> None:
    """Keep the log small: past LOG_LIMIT bytes, only its last LOG_KEEP bytes stay."""
    try:
        if path.stat().st_size <= LOG_LIMIT:
            return
        with open(path, "rb") as handle:
            handle.seek(-LOG_KEEP, os.SEEK_END)
            tail = handle.read()
    except OSError:
        return
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(tail[tail.find(b"\n") + 1:])
