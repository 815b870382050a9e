"""Briefing Builder: offline briefing packs from a local library of sourced facts."""

from importlib import metadata as _metadata

APP_NAME = "Briefing Builder"
APP_ID = "briefing-builder"


def _read_version() -> str:
    """The installed distribution's version; in a bundle, the VERSION file the build wrote from pyproject.toml."""
    try:
        return _metadata.version("briefing-builder")
    except _metadata.PackageNotFoundError:
        from .paths import resource_path

        stamp = resource_path("VERSION")
        return stamp.read_text(encoding="utf-8").strip() if stamp.exists() else "0+unknown"


__version__ = _read_version()
