"""Qt set-up for the bundled app, done only when Qt is about to be used.

PyInstaller's PySide6 run-time hook does this at every start (it imports QtCore, which loads Qt and its 30 MB
ICU data), so even `briefing-builder --version` would pay for Qt. The spec leaves that hook out and the app
calls `prepare_qt()` before creating its QApplication instead. Running from source, it does nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .paths import is_frozen

_prepared = False


def prepare_qt() -> None:
    """Point Qt at the bundle's plugins and register the qt.conf that relocates its prefix (idempotent)."""
    global _prepared
    if _prepared or not is_frozen():
        return
    _prepared = True
    bundle = Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt_dir = bundle / "PySide6" if sys.platform.startswith("win") else bundle / "PySide6" / "Qt"
    os.environ["QT_PLUGIN_PATH"] = str(qt_dir / "plugins")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = str(bundle) + os.pathsep + os.environ.get("PATH", "")
    try:
        from _pyi_rth_utils import qt as pyinstaller_qt  # shipped in the bundle by the spec
    except ImportError:
        return
    pyinstaller_qt.create_embedded_qt_conf("PySide6", str(qt_dir))
