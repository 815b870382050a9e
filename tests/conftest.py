"""Shared fixtures. Every test runs with its own user folders, so nothing reads or writes the real ones."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from click.testing import CliRunner  # noqa: E402

from briefing_builder.library import Library  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point XDG folders at a fresh temporary home and clear the app's environment variables."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(home / "etc-xdg"))
    monkeypatch.delenv("BRIEFING_BUILDER_HOME", raising=False)
    monkeypatch.delenv("BRIEFING_BUILDER_LANGUAGE", raising=False)
    monkeypatch.setattr("briefing_builder.paths.system_config_dirs", lambda: [home / "etc"])
    return home


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded library built once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("seeded") / "library.sqlite"
    with Library.open(path) as lib:
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def data_dir(tmp_path: Path, seeded_template: Path) -> Path:
    """A data folder holding a fresh copy of the seeded library."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(seeded_template, folder / "library.sqlite")
    return folder


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    with Library.open(data_dir / "library.sqlite") as lib:
        yield lib


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "empty" / "library.sqlite", seed=False) as lib:
        yield lib


@pytest.fixture
def run_cli(data_dir: Path):
    """Run the command line against the seeded data folder; returns click's Result."""
    from briefing_builder.cli import cli

    runner = CliRunner()

    def run(*args: str, input: str | None = None, data: Path | None = None):
        return runner.invoke(cli, ["--data-dir", str(data or data_dir), *args], input=input, catch_exceptions=False)

    return run


# ------------------------------------------------------------------------------------------ packs
PACK_DATE = "2026-12-01"


@pytest.fixture(scope="session")
def session_library(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """A seeded library shared by read-only tests (never written to)."""
    folder = tmp_path_factory.mktemp("shared-library")
    shutil.copy(seeded_template, folder / "library.sqlite")
    with Library.open(folder / "library.sqlite") as lib:
        yield lib


@pytest.fixture(scope="session")
def ministerial_spec():
    from briefing_builder.pack.spec import PackSpec

    return PackSpec(template="ministerial-summit", country="ETH", recipient="Hon. A. Minister",
                    office="Ministry of Communications", event="Global Summit 2026", date=PACK_DATE,
                    classification="RESTRICTED")


@pytest.fixture(scope="session")
def built(session_library, ministerial_spec, tmp_path_factory: pytest.TempPathFactory):
    """The ministerial pack for Ethiopia, built once as DOCX and PDF with its manifest."""
    from briefing_builder.build import build

    out = tmp_path_factory.mktemp("built")
    return build(session_library, ministerial_spec, out)


@pytest.fixture
def interface(qapp):
    """`interface("fr")` shows the app's and the core's texts in that language (gui.i18n.install), as a user's
    language setting does; English again afterwards."""
    from briefing_builder.gui import i18n

    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")
