"""Atomic file writes for everything the app saves: library exports, packs, manifests, drafts, settings.

The data goes to a temporary file beside the target, is flushed to disk, then renamed over the target, so a
crash or a full disk leaves the old file or nothing, never half a file. The file gets the user's usual
permissions (umask), unlike `tempfile.mkstemp`'s private ones.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from .errors import BriefingBuilderError, os_reason
from .messages import translate


def atomic_write(path: Path, data: bytes, *, error: type[BriefingBuilderError] = BriefingBuilderError,
                 mode: int | None = None) -> Path:
    """Write `data` to `path` atomically; failures raise `error` with a one-line message.

    With `mode` (e.g. 0o600 for drafts) the file gets exactly that mode, whatever the umask.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise error(translate("Files", "The folder {folder} does not exist.").format(folder=str(folder)))
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.partial"
    try:
        handle = open(tmp, "xb")
    except OSError as exc:
        raise error(translate("Files", "Cannot write to {folder}: {reason}.").format(
            folder=str(folder), reason=os_reason(exc))) from exc
    try:
        with handle:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)  # before any data is written
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise error(translate("Files", "Cannot write {path}: {reason}.").format(
            path=str(path), reason=os_reason(exc))) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path

