"""Writing output files safely: a temporary file beside the target, flushed, then renamed into place.

A failed or cancelled build therefore leaves either the previous file or nothing, never half a file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..atomic import atomic_write
from ..errors import BuildError
from ..messages import translate


def check_output_folder(folder: Path) -> None:
    """A one-line error if the folder is missing or not writable."""
    if not folder.exists():
        raise BuildError(translate("Export", "The output folder {folder} does not exist.").format(folder=str(folder)))
    if not folder.is_dir():
        raise BuildError(translate("Export", "The output path {folder} is not a folder.").format(folder=str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BuildError(translate("Export", "The output folder {folder} is not writable.").format(folder=str(folder)))


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> Path:
    """Write an output file atomically; `mode` None leaves its permissions to the user's umask."""
    check_output_folder(path.parent)
    return atomic_write(path, data, error=BuildError, mode=mode)
