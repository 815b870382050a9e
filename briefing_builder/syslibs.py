"""The system libraries the desktop app takes from the machine, checked before Qt loads.

The Linux bundle carries every library it needs except the C and C++ runtimes and the graphics stack:
`libGL.so.1`, `libEGL.so.1` (Qt's GUI module links both) and `libxcb.so.1` must come from the laptop's packages,
so a bare machine
(a Debian 12 debootstrap root, a minimal server image) fails deep inside Qt with `ImportError: libGL.so.1`.
`missing_gui_libraries()` tries to load each one (dlopen, the same search Qt's loader does) and
`require_gui_libraries()` turns a failure into one line naming the Debian packages to install, a desktop
notification where `notify-send` exists, and exit code `EXIT_MISSING_LIBRARIES`. Only the window needs them: the
command line never loads Qt and keeps working.

The list is measured, not guessed: `packaging/deb.py` lists what the bundled ELF files need that the bundle does
not carry, and the build fails if that set holds a GUI library missing here (see packaging/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

EXIT_MISSING_LIBRARIES = 3  # distinct from 1 (an error) and 2 (usage), so a deployment script can tell


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library the window needs from the system, and the Debian package that provides it."""

    soname: str
    package: str


# Measured (packaging/deb.py, on a Debian 12 minbase root): everything else the bundle loads is either in
# the bundle or in the C and C++ runtimes (libc6, libstdc++6, libgcc-s1: on every Debian system). libxcb.so.1
# is linked by Qt's X11 plugin and the bundled libX11; Pillow's private copy does not stand in for it.
GUI_LIBRARIES: tuple[SystemLibrary, ...] = (
    SystemLibrary("libGL.so.1", "libgl1"),
    SystemLibrary("libEGL.so.1", "libegl1"),
    SystemLibrary("libxcb.so.1", "libxcb1"),
)


def can_load(soname: str) -> bool:
    """True if the dynamic loader finds `soname` and everything it links to (lazy binding: nothing runs)."""
    import ctypes

    try:
        ctypes.CDLL(soname, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        return False
    return True


def missing_gui_libraries(libraries: Iterable[SystemLibrary] = GUI_LIBRARIES,
                          load: Callable[[str], bool] | None = None) -> list[SystemLibrary]:
    """The libraries among `libraries` that cannot be loaded (with `load`, default `can_load`); always empty off
    Linux (Qt brings its own there)."""
    if not sys.platform.startswith("linux"):
        return []
    load = load or can_load
    return [library for library in libraries if not load(library.soname)]


def missing_message(missing: Sequence[SystemLibrary]) -> str:
    """One line for the user and IT: what is missing, the command that fixes it, and that the CLI still works."""
    packages = " ".join(dict.fromkeys(library.package for library in missing))
    names = ", ".join(library.soname for library in missing)
    return (f"Briefing Builder cannot open its window: this system lacks {names}. "
            f"Install with: sudo apt-get install {packages} "
            "(the command line works without them: briefing-builder --help).")


def notify(message: str, run: Callable[..., object] = subprocess.run) -> bool:
    """Show `message` as a desktop notification when a session and `notify-send` exist; True if it was sent.

    Started from a menu, the app has no terminal: this is what the user sees. Never raises.
    """
    tool = shutil.which("notify-send")
    has_session = any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"))
    if not tool or not has_session:
        return False
    try:
        run([tool, "--app-name=Briefing Builder", "--urgency=critical", "Briefing Builder cannot start", message],
            timeout=5, check=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def require_gui_libraries(echo: Callable[[str], None] | None = None,
                          missing: Callable[[], list[SystemLibrary]] = missing_gui_libraries) -> int:
    """0 when the window can start; otherwise report the missing packages and return `EXIT_MISSING_LIBRARIES`.

    Call before anything imports PySide6: once Qt's libraries fail to load, only a traceback is left.
    """
    absent = missing()
    if not absent:
        return 0
    message = missing_message(absent)
    (echo or (lambda line: print(line, file=sys.stderr, flush=True)))(message)
    notify(message)
    return EXIT_MISSING_LIBRARIES
