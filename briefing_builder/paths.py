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
