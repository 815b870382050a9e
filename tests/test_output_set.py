"""A pack's files land as one set: the GUI's questions (what exists, a free name), refusal, roll forward, clean-up."""

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_builder.errors import BuildError
from briefing_builder.output_set import (OutputExists, existing_outputs, family, next_free_basename, recover,
                                         safe_basename, write_set)


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"old " + name.encode())


def test_existing_outputs_lists_every_file_of_the_set_that_exists(tmp_path):
    assert existing_outputs(tmp_path, "brief", ("docx", "pdf")) == []
    _touch(tmp_path, "brief.pdf", "brief.manifest.json", "other.docx", "brief.txt")
    assert existing_outputs(tmp_path, "brief", ("docx", "pdf")) == [tmp_path / "brief.pdf",
                                                                    tmp_path / "brief.manifest.json"]


def test_existing_outputs_includes_a_stale_format_the_build_would_remove(tmp_path):
    _touch(tmp_path, "brief.docx")
    assert existing_outputs(tmp_path, "brief", ("pdf",)) == [tmp_path / "brief.docx"]


def test_existing_outputs_uses_the_name_the_build_will_use(tmp_path):
    _touch(tmp_path, "a-b.pdf")
    assert existing_outputs(tmp_path, "a/b", ("pdf",)) == [tmp_path / "a-b.pdf"]


def test_existing_outputs_refuses_an_unknown_format(tmp_path):
    with pytest.raises(BuildError, match="Unknown format 'odt'"):
        existing_outputs(tmp_path, "brief", ("odt",))


def test_next_free_basename_is_the_name_itself_when_free(tmp_path):
    _touch(tmp_path, "other.pdf")
    assert next_free_basename(tmp_path, "brief", ("pdf",)) == "brief"


def test_next_free_basename_numbers_from_two(tmp_path):
    _touch(tmp_path, "brief.pdf")
    assert next_free_basename(tmp_path, "brief", ("docx", "pdf")) == "brief (2)"
    _touch(tmp_path, "brief (2).manifest.json", "brief (3).docx")
    assert next_free_basename(tmp_path, "brief", ("docx", "pdf")) == "brief (4)"


def test_next_free_basename_counts_on_from_a_numbered_name(tmp_path):
    _touch(tmp_path, "brief (2).pdf")
    assert next_free_basename(tmp_path, "brief (2)", ("pdf",)) == "brief (3)"


def test_a_numbered_name_survives_the_build_s_cleaning():
    assert safe_basename("brief (2)") == "brief (2)"
    assert safe_basename("../x:y") == "x-y"
    with pytest.raises(BuildError, match="empty"):
        safe_basename("...")


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_typed_name_gives_a_plain_file_name_or_a_one_line_error(typed):
    try:
        name = safe_basename(typed)
    except BuildError as exc:
        assert "\n" not in str(exc)
        return
    for file_name in family(name):
        assert "/" not in file_name and "\\" not in file_name and "\0" not in file_name
        assert not file_name.startswith(".") and Path(file_name).name == file_name


# ------------------------------------------------------------------------------------------ writing
def _listing(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in sorted(os.listdir(folder))}


def test_write_set_puts_every_file_in_place_and_leaves_no_temporary(tmp_path):
    written = write_set(tmp_path, {"p.docx": b"D", "p.pdf": b"P", "p.manifest.json": b"{}"})
    assert written == [tmp_path / "p.docx", tmp_path / "p.pdf", tmp_path / "p.manifest.json"]
    assert _listing(tmp_path) == {"p.docx": b"D", "p.manifest.json": b"{}", "p.pdf": b"P"}


def test_write_set_refuses_to_replace_without_overwrite_and_changes_nothing(tmp_path):
    _touch(tmp_path, "p.manifest.json")
    before = _listing(tmp_path)
    with pytest.raises(OutputExists) as caught:
        write_set(tmp_path, {"p.pdf": b"P", "p.manifest.json": b"{}"})
    assert str(tmp_path / "p.manifest.json") in str(caught.value) and "\n" not in str(caught.value)
    assert _listing(tmp_path) == before


def test_write_set_with_overwrite_replaces_the_set_and_removes_stale_members(tmp_path):
    _touch(tmp_path, "p.docx", "p.pdf", "p.manifest.json", "keep.pdf")
    write_set(tmp_path, {"p.pdf": b"new", "p.manifest.json": b"{}"}, remove=["p.docx"], overwrite=True)
    assert _listing(tmp_path) == {"keep.pdf": b"old keep.pdf", "p.manifest.json": b"{}", "p.pdf": b"new"}


def test_written_files_get_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        write_set(tmp_path, {"p.pdf": b"P"})
    finally:
        os.umask(old)
    assert (tmp_path / "p.pdf").stat().st_mode & 0o777 == 0o644


def test_a_failure_before_the_commit_point_leaves_the_old_set(tmp_path, monkeypatch):
    _touch(tmp_path, "p.docx", "p.pdf")
    before = _listing(tmp_path)
    real = os.fsync
    calls = {"n": 0}

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(BuildError, match="No space left on device; nothing was changed"):
        write_set(tmp_path, {"p.docx": b"D", "p.pdf": b"P"}, overwrite=True)
    assert _listing(tmp_path) == before


def _interrupted_commit(folder: Path, token: str = "0123456789ab") -> None:
    """What a run killed just after its commit point leaves: temporaries and a journal; docx already moved."""
    (folder / "p.docx").write_bytes(b"new D")
    (folder / f".bb-{token}.p.pdf.part").write_bytes(b"new P")
    (folder / f".bb-{token}.p.manifest.json.part").write_bytes(b"new M")
    moves = [[f".bb-{token}.p.docx.part", "p.docx"], [f".bb-{token}.p.pdf.part", "p.pdf"],
             [f".bb-{token}.p.manifest.json.part", "p.manifest.json"]]
    (folder / f".bb-{token}.commit").write_text(json.dumps({"moves": moves, "remove": []}), "utf-8")


def test_recover_rolls_a_committed_set_forward(tmp_path):
    _touch(tmp_path, "p.pdf", "p.manifest.json")
    _interrupted_commit(tmp_path)
    recover(tmp_path)
    assert _listing(tmp_path) == {"p.docx": b"new D", "p.manifest.json": b"new M", "p.pdf": b"new P"}


def test_recover_removes_uncommitted_temporaries_and_old_partials(tmp_path):
    _touch(tmp_path, "p.pdf", "notes.txt")
    for name in (".bb-aaaaaaaaaaaa.p.pdf.part", ".bb-aaaaaaaaaaaa.commit.part",
                 ".p.docx.0123456789ab.partial", ".p.manifest.json.0123456789ab.partial"):
        (tmp_path / name).write_bytes(b"junk")
    (tmp_path / ".hidden-user-file").write_bytes(b"mine")  # not ours: stays
    removed = recover(tmp_path)
    assert len(removed) == 4
    assert set(_listing(tmp_path)) == {"p.pdf", "notes.txt", ".hidden-user-file"}


def test_the_next_build_completes_an_interrupted_set_before_writing(tmp_path):
    _interrupted_commit(tmp_path)
    write_set(tmp_path, {"q.pdf": b"Q"})
    assert _listing(tmp_path) == {"p.docx": b"new D", "p.manifest.json": b"new M", "p.pdf": b"new P", "q.pdf": b"Q"}


def test_a_journal_naming_a_file_outside_its_set_is_refused_and_changes_nothing(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / ".bb-0123456789ab.p.pdf.part").write_bytes(b"x")
    journal = {"moves": [[".bb-0123456789ab.p.pdf.part", "../outside/victim"]], "remove": []}
    (folder / ".bb-0123456789ab.commit").write_text(json.dumps(journal), "utf-8")
    before = _listing(folder)
    with pytest.raises(BuildError, match="not a plain file name"):
        recover(folder)
    assert _listing(folder) == before and not list(outside.iterdir())


def test_a_journal_moving_someone_else_s_file_is_refused(tmp_path):
    _touch(tmp_path, "mine.txt")
    journal = {"moves": [["mine.txt", "p.pdf"]], "remove": []}
    (tmp_path / ".bb-0123456789ab.commit").write_text(json.dumps(journal), "utf-8")
    with pytest.raises(BuildError, match="not its own"):
        recover(tmp_path)
    assert (tmp_path / "mine.txt").exists() and not (tmp_path / "p.pdf").exists()


def test_output_sets_the_build_job_and_the_crash_guard_stay_free_of_qt():
    import subprocess
    import sys

    modules = ["briefing_builder.output_set", "briefing_builder.build", "briefing_builder.crashguard",
               "briefing_builder.worker_process", "briefing_builder.atomic", "briefing_builder.errors"]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_folder_that_cannot_be_locked_is_a_one_line_error_and_nothing_is_written(tmp_path, monkeypatch):
    import fcntl

    def no_locks(_fd, _op):
        raise OSError(37, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with pytest.raises(BuildError, match="Cannot lock the output folder .*No locks available"):
        write_set(tmp_path, {"p.pdf": b"P"})
    assert list(tmp_path.iterdir()) == []
