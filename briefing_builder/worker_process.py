"""The entry point of a child process that runs one long job (an export) for the GUI. No Qt here, so the child
starts quickly: it imports only what the job needs."""

from __future__ import annotations

import importlib
import traceback
from typing import Any


def process_main(target: str, kwargs: dict[str, Any], conn: Any, stop: Any) -> None:
    """Entry point of an export process: run `target`, report progress and the outcome through `conn`."""
    last = [0.0]

    def progress(done: int, total: int, what: str) -> None:
        import time

        now = time.monotonic()
        if now - last[0] > 0.05 or done >= total:  # no more than 20 messages a second
            last[0] = now
            conn.send(("progress", done, total, what))

    try:
        module, _, name = target.partition(":")
        result = getattr(importlib.import_module(module), name)(**kwargs, progress=progress, cancelled=stop.is_set)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which re-raises a plain error
        from .errors import Cancelled, user_message

        kind = "cancelled" if isinstance(exc, Cancelled) else "error"
        message = user_message(exc)  # a Message where the app wrote it: pickles, and the GUI translates it
        conn.send((kind, message, traceback.format_exc()))
    else:
        conn.send(("done", result))
    finally:
        conn.close()
