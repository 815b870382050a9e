"""Settings: built-in defaults, then IT's files, then the user's own file, then the environment.

Layers, lowest first:
1. built-in defaults;
2. system-wide files: `config.toml` in each of `paths.system_config_dirs()` (e.g. /etc/briefing-builder/);
3. beside the executable: `briefing-builder.toml` (one file configures a USB stick or a network share);
4. the user's `settings.toml` (written by the app's Settings dialog) for the keys a user may set, unless a
   lower layer lists them in `policy.locked`;
5. the environment: `BRIEFING_BUILDER_HOME` for the data folder (applied in `paths.resolve_data_location`),
   `BRIEFING_BUILDER_LANGUAGE` for the interface language (`interface.language`; it wins over every file).

A malformed file is refused with a message that names the file and the setting; nothing is silently ignored.
See `docs/configuration.md` and `packaging/briefing-builder.example.toml`.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import tomli_w

from . import paths
from .atomic import atomic_write
from .errors import ConfigError, os_reason
from .messages import translate

SYSTEM_FILE = "config.toml"
BESIDE_EXE_FILE = "briefing-builder.toml"
USER_FILE = "settings.toml"

DEFAULT_MARKINGS = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET")
PAPER_SIZES = ("a4", "letter")
INTERFACE_LANGUAGES = ("en", "fr", "pt", "ar")
ENV_LANGUAGE = "BRIEFING_BUILDER_LANGUAGE"


def _text(limit: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not isinstance(value, str):
            raise ValueError(translate("Configuration", "must be text in quotes"))
        if len(value) > limit:
            raise ValueError(translate("Configuration", "is longer than %Ln characters", None, limit).with_singular(
                "is longer than 1 character"))
        return value
    return check


def _choice(options: tuple[str, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in options:
            raise ValueError(translate("Configuration", "must be one of {options}").format(
                options=", ".join(repr(o) for o in options)))
        return value
    return check


def _boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ValueError(translate("Configuration", "must be true or false"))
    return value


def _markings(value: Any) -> Any:
    if (not isinstance(value, list) or not value
            or not all(isinstance(v, str) and v.strip() and len(v) <= 100 for v in value)):
        raise ValueError(translate("Configuration", "must be a non-empty list of markings, lowest first, e.g. "
                                   "[\"UNCLASSIFIED\", \"SECRET\"]"))
    if len(set(value)) != len(value):
        raise ValueError(translate("Configuration", "lists a marking twice"))
    return tuple(value)


def _file_mode(value: Any) -> Any:
    """An octal permission string such as "0640" -> 0o640; the owner must keep read and write."""
    if not isinstance(value, str) or not re.fullmatch(r"0?[0-7]{3}", value):
        raise ValueError(translate("Configuration", 'must be an octal file mode in quotes, e.g. "0600" or "0640"'))
    mode = int(value, 8)
    if mode & 0o600 != 0o600:
        raise ValueError(translate("Configuration", "must let the owner read and write the file (e.g. \"0600\")"))
    return mode


def _locked(value: Any) -> Any:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(translate("Configuration", "must be a list of setting names such as \"organisation.name\""))
    unknown = [v for v in value if v not in SCHEMA]
    if unknown:
        raise ValueError(translate("Configuration", "names an unknown setting {name}").format(name=repr(unknown[0])))
    return frozenset(value)


@dataclass(frozen=True)
class _Key:
    attribute: str
    check: Callable[[Any], Any]
    user_may_set: bool
    is_path: bool = False


# "section.key" -> how to read it. Keys a user may not set are for IT only (system or beside-exe files).
SCHEMA: dict[str, _Key] = {
    "organisation.name": _Key("organisation_name", _text(200), True),
    "organisation.logo": _Key("organisation_logo", _text(1000), True, is_path=True),
    "classification.default": _Key("default_classification", _text(100), True),
    "classification.allowed": _Key("allowed_markings", _markings, False),
    "output.paper": _Key("paper", _choice(PAPER_SIZES), True),
    "output.language": _Key("language", _choice(("en", "fr", "pt", "ar")), True),
    "interface.language": _Key("interface_language", _choice(INTERFACE_LANGUAGES), True),
    "output.file_mode": _Key("output_file_mode", _file_mode, False),
    "library.data_folder": _Key("data_folder", _text(1000), False, is_path=True),
    "library.read_only": _Key("read_only", _boolean, False),
    "templates.extra_folder": _Key("extra_templates_folder", _text(1000), False, is_path=True),
    "policy.locked": _Key("locked", _locked, False),
}


@dataclass(frozen=True)
class Settings:
    organisation_name: str = ""
    organisation_logo: Path | None = None
    default_classification: str = "RESTRICTED"
    allowed_markings: tuple[str, ...] = DEFAULT_MARKINGS
    paper: str = "a4"
    language: str = "en"
    interface_language: str | None = None  # None: the system locale's language if we have it, else English
    output_file_mode: int | None = None  # exported packs' mode; None: the user's umask decides
    data_folder: Path | None = None
    extra_templates_folder: Path | None = None
    read_only: bool = False
    locked: frozenset[str] = frozenset()
    origins: Mapping[str, str] = field(default_factory=dict)  # setting -> file it came from
    files: tuple[Path, ...] = ()  # files read, lowest layer first
    user_file: Path | None = None
    ignored: tuple[str, ...] = ()  # user settings overridden by policy, for display
    layer_dirs: Mapping[str, Any] = field(default_factory=dict, compare=False)  # how to reload the same layers

    def marking_rank(self, marking: str) -> int:
        """Position in the allowed list (higher is more sensitive); unknown markings rank above all."""
        try:
            return self.allowed_markings.index(marking)
        except ValueError:
            return len(self.allowed_markings)

    def highest_marking(self, markings: list[str] | tuple[str, ...]) -> str:
        return max(markings, key=self.marking_rank)

    def may_user_set(self, key: str) -> bool:
        return SCHEMA[key].user_may_set and key not in self.locked


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(translate("Configuration", "The configuration file {path} is not valid TOML: {error}.").format(
            path=str(path), error=str(exc))) from exc
    except OSError as exc:
        raise ConfigError(translate("Configuration", "Cannot read the configuration file {path}: {error}.").format(
            path=str(path), error=os_reason(exc))) from exc


def _flatten(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, content in data.items():
        if not isinstance(content, dict):
            raise ConfigError(translate("Configuration", "In {path}: '{section}' must be a [section], e.g. [organisation].").format(
                path=str(path), section=section))
        for key, value in content.items():
            name = f"{section}.{key}"
            if name not in SCHEMA:
                known = ", ".join(SCHEMA)
                raise ConfigError(translate("Configuration", "In {path}: unknown setting '{name}' (known settings: {known}).").format(
                    path=str(path), name=name, known=known))
            try:
                checked = SCHEMA[name].check(value)
            except ValueError as exc:
                raise ConfigError(translate("Configuration", "In {path}: setting '{name}' {problem}.").format(
                    path=str(path), name=name, problem=exc.args[0] if exc.args else str(exc))) from None
            if SCHEMA[name].is_path:
                resolved = Path(os.path.expandvars(checked)).expanduser()
                checked = resolved if resolved.is_absolute() else (path.parent / resolved)
            flat[name] = checked
    return flat


def check_file(path: Path, *, for_user: bool = False) -> dict[str, Any]:
    """Read one configuration file as the app would and return its settings ("section.key" -> value).

    Raises `ConfigError` naming the file and the setting for any mistake; with `for_user`, also for a setting
    only IT may set.
    """
    flat = _flatten(path, _read_toml(path))
    if for_user:
        for name in flat:
            if not SCHEMA[name].user_may_set:
                raise ConfigError(translate("Configuration", "In {path}: setting '{name}' can only be set by IT, in a "
                                  "system-wide configuration file or beside the executable.").format(
                    path=str(path), name=name))
    return flat


def effective_values(settings: Settings) -> dict[str, Any]:
    """Every setting's effective value ("section.key" -> value), defaults included."""
    return {name: getattr(settings, key.attribute) for name, key in SCHEMA.items()}


def layer_files(app_dir: Path | None = None, system_dirs: list[Path] | None = None,
                user_dir: Path | None = None) -> tuple[list[Path], Path]:
    """The IT files that exist, lowest first, and the user's settings file (which may not exist yet)."""
    system_dirs = paths.system_config_dirs() if system_dirs is None else system_dirs
    app_dir = paths.app_dir() if app_dir is None else app_dir
    user_dir = paths.user_config_dir() if user_dir is None else user_dir
    it_files = [d / SYSTEM_FILE for d in system_dirs] + [app_dir / BESIDE_EXE_FILE]
    return [f for f in it_files if f.is_file()], user_dir / USER_FILE


def load_settings(app_dir: Path | None = None, system_dirs: list[Path] | None = None,
                  user_dir: Path | None = None) -> Settings:
    """Read every layer and return the effective settings. Raises `ConfigError` for a malformed file."""
    it_files, user_file = layer_files(app_dir, system_dirs, user_dir)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for path in it_files:
        flat = check_file(path)
        if "policy.locked" in flat:  # locks accumulate across IT layers
            flat["policy.locked"] = values.get("policy.locked", frozenset()) | flat["policy.locked"]
        for name, value in flat.items():
            values[name] = value
            origins[name] = str(path)
    locked = values.get("policy.locked", frozenset())
    ignored: list[str] = []
    env_language = os.environ.get(ENV_LANGUAGE, "").strip()
    files = list(it_files)
    if user_file.is_file():
        files.append(user_file)
        for name, value in check_file(user_file, for_user=True).items():
            if name in locked:
                ignored.append(name)
                continue
            values[name] = value
            origins[name] = str(user_file)
    if env_language:  # the environment wins over every file, like BRIEFING_BUILDER_HOME for the data folder
        try:
            values["interface.language"] = SCHEMA["interface.language"].check(env_language)
        except ValueError as exc:
            raise ConfigError(translate("Configuration", "The environment variable {variable} {problem}.").format(
                variable=ENV_LANGUAGE, problem=exc.args[0] if exc.args else str(exc))) from None
        origins["interface.language"] = ENV_LANGUAGE
    settings = Settings(**{SCHEMA[name].attribute: value for name, value in values.items()},
                        origins=origins, files=tuple(files), user_file=user_file, ignored=tuple(ignored),
                        layer_dirs={"app_dir": app_dir, "system_dirs": system_dirs, "user_dir": user_dir})
    if settings.default_classification not in settings.allowed_markings:
        origin = origins.get("classification.default") or translate("Configuration", "the built-in defaults")
        raise ConfigError(translate("Configuration", "In {origin}: setting 'classification.default' is {marking}, "
                                    "which is not one of the allowed markings ({markings}).").format(
            origin=origin, marking=repr(settings.default_classification),
            markings=", ".join(settings.allowed_markings)))
    return settings


def save_user_settings(settings: Settings, changes: dict[str, Any]) -> Settings:
    """Write the user's own settings (only keys a user may set, not locked), atomically; returns the new settings."""
    if settings.user_file is None:
        raise ConfigError(translate("Configuration", "No user settings file is known."))
    for name in changes:
        if name not in SCHEMA:
            raise ConfigError(translate("Configuration", "Unknown setting '{name}'.").format(name=name))
        if not settings.may_user_set(name):
            raise ConfigError(translate("Configuration", "The setting '{name}' is set by your organisation and cannot be "
                                              "changed here.").format(name=name))
    current: dict[str, Any] = _read_toml(settings.user_file) if settings.user_file.is_file() else {}
    for name, value in changes.items():
        section, key = name.split(".")
        if value is None:
            current.get(section, {}).pop(key, None)
        else:
            current.setdefault(section, {})[key] = str(value) if isinstance(value, Path) else value
    current = {s: v for s, v in current.items() if v}
    _flatten(settings.user_file, current)  # refuse to write what could not be read back
    folder = settings.user_file.parent
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(settings.user_file, tomli_w.dumps(current).encode("utf-8"), error=ConfigError)
    return load_settings(**dict(settings.layer_dirs, user_dir=folder))
