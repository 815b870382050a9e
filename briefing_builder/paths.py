"""Where things are: bundled resources, the data folder, configuration files.

One resolver serves runs from source and from a PyInstaller bundle (`sys._MEIPASS`). The data folder is chosen,
first match wins, from: `--data-dir`, the `BRIEFING_BUILDER_HOME` environment variable, portable mode (a marker
file beside the executable), the `data_folder` of the central configuration, then the per-user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "briefing-builder"
ENV_HOME = "BRIEFING_BUILDER_HOME"
PORTABLE_MARKER = "briefing-builder.portable"
LIBRARY_FILE = "library.sqlite"
# The library holds RESTRICTED and CONFIDENTIAL items: the data folder and what the app keeps in it (library,
# backups, drafts, logs, keys) are the owner's alone, whatever the umask. Exported packs are documents the user
# hands on: they follow the umask unless IT's configuration says otherwise (settings `output.file_mode`).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and missing parents) if needed; a folder this call creates is owner-only (0700).

    An existing folder keeps its mode (it may be one the user chose and shares on purpose); parents are created
    with the usual umask. Raises OSError like `Path.mkdir`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is masked by the umask: set it exactly
    return folder


def create_private_file(path: Path) -> bool:
    """Create `path` empty and owner-only (0600) unless it exists; True if created. Raises OSError."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where files have no such modes
            os.fchmod(fd, PRIVATE_FILE_MODE)  # os.open's mode is masked by the umask too
    finally:
        os.close(fd)
    return True


def restrict_to_owner(path: Path) -> bool:
    """Remove group and other permissions from a file we own (libraries made by earlier versions were 0644).

    True if the mode changed; a file owned by someone else, or on a file system without modes, is left as is.
    """
    try:
        st = os.stat(path)
        if st.st_mode & 0o077 and st.st_uid == os.getuid():
            os.chmod(path, st.st_mode & 0o700)
            return True
    except (OSError, AttributeError):  # AttributeError: os.getuid does not exist on Windows
        pass
    return False


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def project_root() -> Path:
    """The checkout's root when running from source (the folder holding `resources/`)."""
    return Path(__file__).resolve().parent.parent


def resource_root() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return project_root() / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. `resource_path("fonts", "NotoSans-Regular.ttf")`."""
    return resource_root().joinpath(*parts)


def app_dir() -> Path:
    """The folder of the installed program: beside the executable when bundled, the checkout otherwise."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return project_root()


def portable_marker() -> Path:
    return app_dir() / PORTABLE_MARKER


def is_portable() -> bool:
    return portable_marker().is_file()


@dataclass(frozen=True)
class DataLocation:
    """The chosen data folder and why it was chosen (shown in settings and `library stats`)."""

    folder: Path
    reason: str  # "--data-dir", "BRIEFING_BUILDER_HOME", "portable", "configuration" or "user default"

    @property
    def library_path(self) -> Path:
        return self.folder / LIBRARY_FILE

    @property
    def drafts_dir(self) -> Path:
        return self.folder / "drafts"

    @property
    def templates_dir(self) -> Path:
        return self.folder / "templates"


def resolve_data_location(explicit: str | os.PathLike[str] | None = None,
                          configured: Path | None = None,
                          environ: dict[str, str] | None = None) -> DataLocation:
    """Decide where the library and drafts live; see the module docstring for the order."""
    env = os.environ if environ is None else environ
    if explicit:
        return DataLocation(Path(explicit).expanduser().absolute(), "--data-dir")
    if env.get(ENV_HOME):
        return DataLocation(Path(env[ENV_HOME]).expanduser().absolute(), ENV_HOME)
    if is_portable():
        return DataLocation(app_dir() / "data", "portable")
    if configured is not None:
        return DataLocation(configured.expanduser().absolute(), "configuration")
    return DataLocation(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)), "user default")


def user_config_dir() -> Path:
    """Where the user's own settings file lives (beside the data in portable mode)."""
    if is_portable():
        return app_dir() / "data"
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def system_config_dirs() -> list[Path]:
    """System-wide configuration folders, lowest priority first (e.g. /etc/xdg/briefing-builder, /etc/briefing-builder)."""
    if sys.platform.startswith("linux"):
        dirs = [Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False)), Path("/etc") / APP_DIR_NAME]
    else:
        dirs = [Path(platformdirs.site_config_dir(APP_DIR_NAME, appauthor=False))]
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique
