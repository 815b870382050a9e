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
SYSTEM_FONTCONFIG = Path("/etc/fonts/fonts.conf")


def use_bundled_fontconfig(bundle: Path, system_config: Path = SYSTEM_FONTCONFIG) -> bool:
    """Point fontconfig at the bundle's minimal configuration when the machine has none; True if it did.

    The bundled libfontconfig looks for /etc/fonts/fonts.conf and, on a machine without fonts, prints
    "Fontconfig error: Cannot load default config file" at every start. A configuration IT set (FONTCONFIG_FILE)
    or the machine's own always wins: it knows the system's fonts.
    """
    bundled = bundle / "fontconfig" / "fonts.conf"
    if not sys.platform.startswith("linux") or os.environ.get("FONTCONFIG_FILE") or system_config.is_file():
        return False
    if not bundled.is_file():
        return False
    os.environ["FONTCONFIG_FILE"] = str(bundled)
    return True


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
    use_bundled_fontconfig(bundle)
    try:
        from _pyi_rth_utils import qt as pyinstaller_qt  # shipped in the bundle by the spec
    except ImportError:
        return
    pyinstaller_qt.create_embedded_qt_conf("PySide6", str(qt_dir))
