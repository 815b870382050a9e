"""The `./run` entry point: relative paths typed by the user mean what they mean in the user's folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_run_cli_resolves_relative_paths_from_the_folder_it_was_typed_in(tmp_path: Path) -> None:
    done = subprocess.run([str(ROOT / "run"), "cli", "--data-dir", "here", "library", "init"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "here" / "library.sqlite").is_file()
    assert not (ROOT / "here").exists()
