"""Real builds killed with SIGKILL at random moments leave the old set or the new set of files, never a mixture.

Each round starts `briefing-builder build --overwrite` in a child process and SIGKILLs it after a random delay
(stratified over the whole run, start-up included). The two packs alternate: A is DOCX+PDF for one recipient, B
is a PDF only for another (so B must also remove A's DOCX). Their exact bytes are known from reference builds
(builds are byte-identical). After every kill:

- if no commit journal is pending, the pack's files in the folder are already exactly the old set or the new one;
- a copy of the folder, recovered as the next build recovers it, holds exactly the old or the new set and nothing
  else (the real folder keeps its leftovers, for the next round's build to clean up);

and a last, unkilled build leaves exactly its set and no temporary file. `BRIEFING_BUILDER_TEST_STEP_PAUSE`
widens the commit steps (sleeps between them) in half the rounds, so many kills land inside the commit itself.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_builder.output_set import recover

NAME = "pack"
VARIANTS = {
    "A": ("--recipient", "Hon. A. Placeholder", "--format", "docx,pdf"),
    "B": ("--recipient", "Hon. B. Placeholder", "--format", "pdf"),
}
STEP_PAUSE = "0.04"


def _command(data_dir: Path, out: Path, variant: str) -> list[str]:
    return [sys.executable, "-m", "briefing_builder", "--data-dir", str(data_dir), "build",
            "--template", "ministerial-summit", "--country", "ETH", "--date", "2026-12-01",
            *VARIANTS[variant], "--out", str(out), "--name", NAME, "--overwrite"]


def _hashes(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in sorted(os.listdir(folder))}


def _pack_files(folder: Path) -> dict[str, str]:
    """The hashes of the pack's own files (its family), leaving out temporaries and journals."""
    return {name: digest for name, digest in _hashes(folder).items() if name.startswith(NAME + ".")}


def _reference_sets(data_dir: Path, scratch: Path) -> tuple[dict[str, dict[str, str]], float]:
    """Build A and B once, unkilled; returns their exact file hashes and the slower run's duration."""
    sets, slowest = {}, 0.0
    for variant in VARIANTS:
        out = scratch / f"reference-{variant}"
        started = time.monotonic()
        subprocess.run(_command(data_dir, out, variant), check=True, capture_output=True,
                       env={**os.environ, "BRIEFING_BUILDER_TEST_STEP_PAUSE": STEP_PAUSE})
        slowest = max(slowest, time.monotonic() - started)
        sets[variant] = _hashes(out)
    assert set(sets["A"]) == {"pack.docx", "pack.pdf", "pack.manifest.json"}
    assert set(sets["B"]) == {"pack.pdf", "pack.manifest.json"} and sets["A"]["pack.pdf"] != sets["B"]["pack.pdf"]
    return sets, slowest


def _kill_rounds(data_dir: Path, tmp_path: Path, rounds: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    sets, duration = _reference_sets(data_dir, tmp_path)
    out = tmp_path / "out"
    subprocess.run(_command(data_dir, out, "A"), check=True, capture_output=True)
    current = "A"
    seen = {"old": 0, "new": 0, "pending journal": 0, "temporaries left": 0}
    order = list(range(rounds))
    rng.shuffle(order)
    for number, slot in enumerate(order):
        target = "B" if current == "A" else "A"
        paused = number % 2 == 0
        delay = duration * 1.1 * (slot + rng.random()) / rounds  # stratified: every part of the run gets kills
        env = {**os.environ, "BRIEFING_BUILDER_TEST_STEP_PAUSE": STEP_PAUSE if paused else "0"}
        child = subprocess.Popen(_command(data_dir, out, target), env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        where = f"seed {seed}, round {number}, delay {delay:.3f}s of ~{duration:.2f}s, {current}->{target}"
        raw = os.listdir(out)
        leftovers = [n for n in raw if n.startswith(".")]
        seen["temporaries left"] += bool(leftovers)
        pending = any(n.endswith(".commit") for n in raw)
        seen["pending journal"] += pending
        if not pending:
            assert _pack_files(out) in (sets[current], sets[target]), where
        copy = tmp_path / f"recovered-{number}"
        shutil.copytree(out, copy)
        recover(copy)
        state = _hashes(copy)
        assert state in (sets[current], sets[target]), f"{where}: {sorted(state)}"
        outcome = "old" if state == sets[current] else "new"
        seen[outcome] += 1
        current = current if outcome == "old" else target
        shutil.rmtree(copy)
    final = "B" if current == "A" else "A"
    subprocess.run(_command(data_dir, out, final), check=True, capture_output=True)
    assert _hashes(out) == sets[final], "the next build did not clean up, or mixed the set"
    return seen


def test_a_build_killed_at_random_moments_leaves_the_old_or_the_new_set(data_dir, tmp_path):
    seed = random.SystemRandom().randrange(10**6)
    seen = _kill_rounds(data_dir, tmp_path, rounds=6, seed=seed)
    assert seen["old"] + seen["new"] == 6


@pytest.mark.slow
def test_sixty_kills_of_real_builds_never_mix_or_lose_files(data_dir, tmp_path):
    seed = random.SystemRandom().randrange(10**6)
    seen = _kill_rounds(data_dir, tmp_path, rounds=60, seed=seed)
    print(f"seed {seed}: {seen}")
    # The kills really landed everywhere: before anything was written, amid the temporaries, after the commit.
    assert seen["old"] and seen["new"] and seen["temporaries left"] and seen["pending journal"], seen
