"""The library holds RESTRICTED and CONFIDENTIAL items: what the app keeps on disk is its owner's alone."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_builder.build import build
from briefing_builder.library import Library
from briefing_builder.library.backup import backup_connection
from briefing_builder.pack.drafts import DraftStore
from briefing_builder.pack.spec import PackSpec
from briefing_builder.paths import create_private_file, make_private_dir
from briefing_builder.settings import ConfigError, load_settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("mask", [0o000, 0o002, 0o022, 0o077])
def test_a_new_library_and_its_folder_are_owner_only_whatever_the_umask(tmp_path, mask):
    folder = tmp_path / "home" / "briefing-builder"
    with umask(mask), Library.open(folder / "library.sqlite", seed=False) as lib:
        lib.conn.execute("CREATE TABLE IF NOT EXISTS scratch (x)")  # a write: the -wal and -shm files exist now
        lib.conn.execute("INSERT INTO scratch VALUES (1)")
        lib.conn.commit()
        files = sorted(p.name for p in folder.iterdir())
        assert "library.sqlite-wal" in files and "library.sqlite-shm" in files
        assert {name: mode(folder / name) for name in files if name.startswith("library")} == {
            "library.sqlite": 0o600, "library.sqlite-wal": 0o600, "library.sqlite-shm": 0o600}
    assert mode(folder) == 0o700


def test_backups_are_owner_only(tmp_path):
    with umask(0o000), Library.open(tmp_path / "data" / "library.sqlite", seed=False) as lib:
        copy = backup_connection(lib.conn, lib.path)
    assert mode(copy) == 0o600
    assert mode(copy.parent) == 0o700
    assert not list(copy.parent.glob("*.partial"))


def test_drafts_are_owner_only(tmp_path):
    store = DraftStore(tmp_path / "data" / "drafts")
    with umask(0o000):
        info = store.save(store.new_id(), "Visit", PackSpec(template="ministerial-summit", country="ETH"))
    assert mode(store.folder) == 0o700
    assert mode(store.folder / f"{info.id}.json") == 0o600
    assert store.load(info.id)[0] == "Visit"


def test_a_library_made_world_readable_by_an_earlier_version_is_closed_when_opened(tmp_path):
    path = tmp_path / "library.sqlite"
    Library.open(path, seed=False).close()
    path.chmod(0o644)
    with Library.open(path, seed=False):
        pass
    assert mode(path) == 0o600


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    with Library.open(shared / "library.sqlite", seed=False):
        pass
    assert mode(shared) == 0o755  # not ours to change; the library inside is still private
    assert mode(shared / "library.sqlite") == 0o600


def test_exported_packs_follow_the_umask_by_default(library, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with umask(0o027):
        result = build(library, PackSpec(template="ministerial-summit", country="ETH", date="2026-01-01"), out)
    assert {mode(p) for p in (*result.files, result.manifest)} == {0o640}


def test_it_can_make_exported_packs_owner_only(library, tmp_path, isolated_user_folders):
    etc = isolated_user_folders / "etc"
    etc.mkdir()
    (etc / "config.toml").write_text('[output]\nfile_mode = "0600"\n', encoding="utf-8")
    settings = load_settings()
    assert settings.output_file_mode == 0o600
    out = tmp_path / "out"
    out.mkdir()
    with umask(0o022):
        result = build(library, PackSpec(template="ministerial-summit", country="ETH", date="2026-01-01"), out,
                       settings=settings)
    assert {mode(p) for p in (*result.files, result.manifest)} == {0o600}


@pytest.mark.parametrize("value, message", [("0040", "owner read and write"), ("rw-r--r--", "octal file mode"),
                                            (640, "octal file mode"), ("0999", "octal file mode")])
def test_a_file_mode_the_owner_could_not_use_is_refused_with_the_setting_named(isolated_user_folders, value,
                                                                                message):
    etc = isolated_user_folders / "etc"
    etc.mkdir()
    literal = f'"{value}"' if isinstance(value, str) else str(value)
    (etc / "config.toml").write_text(f"[output]\nfile_mode = {literal}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="output.file_mode") as error:
        load_settings()
    assert message in str(error.value) and "\n" not in str(error.value)


def test_a_user_cannot_loosen_the_mode_in_their_own_settings(isolated_user_folders):
    from briefing_builder.settings import SCHEMA

    assert not SCHEMA["output.file_mode"].user_may_set


@settings(max_examples=40, deadline=None)
@given(mask=st.integers(min_value=0, max_value=0o077), depth=st.integers(min_value=1, max_value=3))
def test_private_folders_and_files_get_exact_modes_for_any_umask(tmp_path_factory, mask, depth):
    base = tmp_path_factory.mktemp("modes")
    folder = base.joinpath(*[f"d{i}" for i in range(depth)])
    with umask(mask):  # umasks that keep the owner's own bits (else no folder could be entered)
        make_private_dir(folder)
        assert create_private_file(folder / "f")
        assert not create_private_file(folder / "f")  # an existing file is left alone
    assert mode(folder) == 0o700
    assert mode(folder / "f") == 0o600
