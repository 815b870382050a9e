"""The one way the GUI runs work off the UI thread.

- `Tasks.library(fn, on_done, on_error, initiator=None)`: `fn(library)` runs on the single library worker
  thread, which owns its own SQLite connection (sqlite3 connections belong to the thread that opened them). All
  library writes go this way, in order. When the result carries a non-empty `Changes` (the write returned
  `Changes`, `(record, Changes)` or a report with a `.changes`), `Tasks.changed(changes, initiator)` is emitted
  on the UI thread right after `on_done` (even when `on_done` raised): the one path by which every view hears of
  every write (Anki's `operation_did_execute`). Views subscribe themselves; `initiator` is whoever asked (a page,
  or None), so a view can skip a refresh it already did.
- `Tasks.job(fn, on_done, on_error, on_progress)`: `fn(progress, cancelled)` runs on a pool thread, for
  shorter work such as previews; it can report progress and is cancelled through the returned handle.
- `Tasks.process(target, kwargs, ...)`: the same contract, but `target` ("module:function", called as
  `function(**kwargs, progress=..., cancelled=...)`) runs in a separate process. Exports go this way: a
  1,000-page build in a thread competes with the UI for the GIL (measured: the UI froze for up to 170 ms),
  in a process it cannot. Cancelling asks the process to stop (it checks between blocks, and deletes its
  temporary files); one that does not stop within a few seconds is terminated.

Workers never touch widgets: only the results cross back, through queued signals, and the callbacks run on the
UI thread. From construction to `shutdown`, Python's cyclic garbage collector runs on the UI thread only
(`gc_guard`): collected on a worker thread, a cycle holding a Qt object crashes Qt.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
import traceback
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from ..library import Changes, Library
from ..worker_process import process_main
from . import gc_guard
from .core_text import error_text

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


def changes_of(result: Any) -> Changes | None:
    """The `Changes` a library function's result carries, if any: the result itself, the last element of a
    tuple (`(record, Changes)`), or a `.changes` attribute (an import report)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from workers arrive here queued."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int, str)


class _LibraryWorker(QObject):
    """Runs library functions, one at a time, on its own thread with its own connection."""

    submit = Signal(int, object)

    def __init__(self, path: Path, allow_edits: bool, relay: _Relay) -> None:
        super().__init__()
        self.path, self.allow_edits, self.relay = path, allow_edits, relay
        self.library: Library | None = None
        self.submit.connect(self._run)

    @Slot(int, object)
    def _run(self, task_id: int, fn: Callable[[Library], Any]) -> None:
        try:
            if self.library is None:
                self.library = Library.open(self.path, allow_edits=self.allow_edits)
            result = fn(self.library)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller's on_error
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(task_id, exc)
        else:
            self.relay.done.emit(task_id, result)

    @Slot()
    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[..., Any], relay: _Relay, token: CancelToken) -> None:
        super().__init__()
        self.task_id, self.fn, self.relay, self.token = task_id, fn, relay, token
        self.setAutoDelete(True)

    def run(self) -> None:
        def progress(done: int, total: int, what: str) -> None:
            self.relay.progress.emit(self.task_id, int(done), int(total), str(what))

        try:
            result = self.fn(progress, self.token)
        except BaseException as exc:  # noqa: BLE001
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(self.task_id, exc)
        else:
            self.relay.done.emit(self.task_id, result)


class _ProcessJob(QRunnable):
    """Waits (off the UI thread, mostly asleep) for a child process and relays what it reports."""

    GRACE_SECONDS = 5.0

    def __init__(self, task_id: int, target: str, kwargs: dict[str, Any], relay: _Relay, token: CancelToken) -> None:
        super().__init__()
        self.task_id, self.target, self.kwargs, self.relay, self.token = task_id, target, kwargs, relay, token
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # noqa: BLE001 - whatever happens, the caller hears of it
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(self.task_id, exc)

    def _run(self) -> None:
        import time

        from ..errors import BriefingBuilderError, Cancelled

        context = multiprocessing.get_context("spawn")  # never fork a process that has Qt threads running
        receiver, sender = context.Pipe(duplex=False)
        stop = context.Event()
        process = context.Process(target=process_main, args=(self.target, self.kwargs, sender, stop), daemon=True)
        try:
            process.start()
        except OSError as exc:
            self.relay.failed.emit(self.task_id, BriefingBuilderError(
                QCoreApplication.translate("Tasks", "Cannot start the export: {error}").format(error=error_text(exc))))
            return
        sender.close()
        asked_at: float | None = None
        outcome: tuple | None = None
        while outcome is None:
            if self.token() and asked_at is None:
                stop.set()
                asked_at = time.monotonic()
            if asked_at is not None and time.monotonic() - asked_at > self.GRACE_SECONDS:
                process.terminate()
                outcome = ("cancelled", QCoreApplication.translate("Tasks", "Cancelled."), "")
                break
            try:
                ready = receiver.poll(0.05)
                message = receiver.recv() if ready else None
            except (EOFError, OSError):
                message = ("error", QCoreApplication.translate("Tasks", "The export stopped unexpectedly."), "")
            if message is None:
                if not process.is_alive() and not receiver.poll():
                    outcome = ("error", QCoreApplication.translate(
                        "Tasks", "The export stopped unexpectedly (exit code {code}).").format(code=process.exitcode), "")
                continue
            if message[0] == "progress":
                self.relay.progress.emit(self.task_id, *message[1:])
            else:
                outcome = message
        process.join(self.GRACE_SECONDS)
        receiver.close()
        if outcome[0] == "done":
            self.relay.done.emit(self.task_id, outcome[1])
        elif outcome[0] == "cancelled":
            self.relay.failed.emit(self.task_id, Cancelled())
        else:
            error = BriefingBuilderError(outcome[1])
            error.__traceback_text__ = outcome[2]  # type: ignore[attr-defined]
            self.relay.failed.emit(self.task_id, error)


class Tasks(QObject):
    """The GUI's background work: one library worker, and a small pool for long jobs."""

    busy_changed = Signal(bool)
    changed = Signal(object, object)  # (Changes, initiator): after every library write that changed something

    def __init__(self, library_path: Path, allow_edits: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None, Callable | None]] = {}
        self._initiators: dict[int, object] = {}  # library tasks only: who asked, for `changed`
        self.relay = _Relay()
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)
        self.relay.progress.connect(self._progress)
        self.thread = QThread()
        self.thread.setObjectName("library-worker")
        self.worker = _LibraryWorker(Path(library_path), allow_edits, self.relay)
        self.worker.moveToThread(self.thread)
        self.thread.start()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._tokens: weakref.WeakSet[CancelToken] = weakref.WeakSet()  # of jobs not yet collected
        self._closed = False
        # While worker threads run, cycles are collected on this (the UI) thread only: see gc_guard.
        self._gc_timer = gc_guard.hold(self)

    # --- submitting work
    def library(self, fn: Callable[[Library], Any], on_done: OnDone | None = None,
                on_error: OnError | None = None, initiator: object = None) -> int:
        """Run `fn(library)` on the library worker; see the module docstring for `changed`."""
        if self._closed:  # the window is closing: no new work
            return 0
        task_id = self._register(on_done, on_error, None)
        self._initiators[task_id] = initiator
        self.worker.submit.emit(task_id, fn)
        return task_id

    def job(self, fn: Callable[[Callable[[int, int, str], None], CancelToken], Any], on_done: OnDone | None = None,
            on_error: OnError | None = None, on_progress: Callable[[int, int, str], None] | None = None
            ) -> CancelToken:
        return self._start(lambda task_id, token: _Job(task_id, fn, self.relay, token), on_done, on_error, on_progress)

    def process(self, target: str, kwargs: dict[str, Any], on_done: OnDone | None = None,
                on_error: OnError | None = None, on_progress: Callable[[int, int, str], None] | None = None
                ) -> CancelToken:
        """Run `module:function` in a separate process (see the module docstring); arguments must pickle."""
        return self._start(lambda task_id, token: _ProcessJob(task_id, target, kwargs, self.relay, token),
                           on_done, on_error, on_progress)

    def _start(self, make: Callable[[int, CancelToken], QRunnable], on_done: OnDone | None,
               on_error: OnError | None, on_progress: Callable | None) -> CancelToken:
        """Put a job made by `make(task_id, token)` on the pool; once closing, it is cancelled before it starts."""
        token = CancelToken()
        if self._closed:
            token.cancel()
            return token
        task_id = self._register(on_done, on_error, on_progress)
        self._tokens.add(token)
        self.pool.start(make(task_id, token))
        return token

    def _register(self, on_done: OnDone | None, on_error: OnError | None, on_progress: Callable | None) -> int:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, on_progress)
        self.busy_changed.emit(True)
        return task_id

    # --- results, on the UI thread
    def _take_callbacks(self, task_id: int) -> tuple:
        """The finished task's (on_done, on_error, on_progress); signals idle when it was the last one."""
        callbacks = self._callbacks.pop(task_id, (None, None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _done(self, task_id: int, result: Any) -> None:
        if self._closed:
            return
        on_done, _, _ = self._take_callbacks(task_id)
        is_library_task = task_id in self._initiators
        initiator = self._initiators.pop(task_id, None)
        try:
            if on_done is not None:
                on_done(result)
        finally:
            changes = changes_of(result) if is_library_task else None
            if changes and not self._closed:
                self.changed.emit(changes, initiator)

    @Slot(int, object)
    def _failed(self, task_id: int, error: BaseException) -> None:
        if self._closed:
            return
        _, on_error, _ = self._take_callbacks(task_id)
        self._initiators.pop(task_id, None)
        if on_error is not None:
            on_error(error)
        else:  # never silently: an unhandled background error is printed for the log
            print(getattr(error, "__traceback_text__", repr(error)))

    @Slot(int, int, int, str)
    def _progress(self, task_id: int, done: int, total: int, what: str) -> None:
        if self._closed:
            return
        callbacks = self._callbacks.get(task_id)
        if callbacks and callbacks[2] is not None:
            callbacks[2](done, total, what)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def forget(self) -> None:
        """The window is closing: drop pending callbacks, ignore late results and refuse new work (widgets
        the callbacks would touch are about to be destroyed)."""
        self._closed = True
        self._callbacks.clear()
        self._initiators.clear()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Finish queued library work, close the worker's connection and stop its thread. Jobs get `timeout_ms`
        to finish; then they are cancelled, and a process job that does not stop is terminated."""
        from PySide6.QtCore import QMetaObject, Qt

        self.forget()
        if not self.pool.waitForDone(timeout_ms):
            # Jobs still running (a long export) are cancelled rather than left running Python code on a pool
            # thread while the interpreter shuts down; an export stopped this way leaves the old files as they were.
            for token in list(self._tokens):
                token.cancel()
            self.pool.waitForDone(int((_ProcessJob.GRACE_SECONDS + 2) * 1000))
        QMetaObject.invokeMethod(self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        self.thread.wait(timeout_ms)
        if self._gc_timer is not None:
            gc_guard.release(self._gc_timer)
            self._gc_timer = None
