"""Bundle benchmark (issue 5): size of the onedir bundle and of its compressed archive, `--version` start-up
from the bundle, and launch to first painted window from the bundle under a real X server (Xvfb) and offscreen.

Needs a built bundle: `./run bundle` (or `bash packaging/build.sh`) first. Budgets: onedir <= 150 MB,
archive <= 65 MB, `--version` <= 0.3 s median, first paint <= 1.5 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .common import first_paint_of, print_table

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "briefing-builder"
EXECUTABLE = BUNDLE / "briefing-builder"
MB, MIB = 1_000_000, 1024 * 1024
BUDGETS = {"onedir_mb": 150, "archive_mb": 65, "version_s": 0.3, "first_paint_s": 1.5}


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (links not followed): what the bundle costs on disk, apparent size."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive_bytes(folder: Path) -> int:
    """Size of the folder as a .tar.gz (the form it is copied to laptops in), made afresh in a temporary folder."""
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def version_times(runs: int = 15) -> list[float]:
    """Wall-clock seconds of `briefing-builder --version`, after one untimed warm-up run."""
    subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


@contextmanager
def x_server() -> Iterator[str | None]:
    """A private Xvfb display for the duration (None when Xvfb is not installed)."""
    if not shutil.which("Xvfb"):
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        yield f":{display}" if display else None
    finally:
        server.terminate()
        server.wait(timeout=10)


def run() -> dict:
    if not EXECUTABLE.exists():
        print(f"No bundle at {BUNDLE}: build it with `./run bundle`, then run `./run bench bundle`.")
        return {}
    results: dict = {"onedir_bytes": folder_bytes(BUNDLE), "archive_bytes": archive_bytes(BUNDLE)}
    results["version"] = version_times()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        results["paint_offscreen"] = first_paint_of([str(EXECUTABLE)], data / "offscreen",
                                                    {"QT_QPA_PLATFORM": "offscreen"})
        with x_server() as display:
            if display:
                shot = ROOT / "dist" / "bundle-first-window.png"
                results["paint_x11"] = first_paint_of([str(EXECUTABLE)], data / "x11",
                                                      {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
                # One more start, keeping a picture of the window as the X server drew it.
                env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display,
                           BRIEFING_BUILDER_STARTUP_PROBE=str(shot), XDG_CONFIG_HOME=str(data / "x11" / "config"))
                subprocess.run([str(EXECUTABLE), "--data-dir", str(data / "x11")], env=env, capture_output=True,
                               timeout=120)
                results["screenshot"] = str(shot) if shot.exists() else None

    version_median = statistics.median(results["version"])
    paint = results.get("paint_x11") or results["paint_offscreen"]

    def verdict(value: float, budget: float) -> str:
        return "within budget" if value <= budget else "OVER BUDGET"

    rows = [
        ["onedir bundle", f"{results['onedir_bytes'] / MB:.1f} MB ({results['onedir_bytes'] / MIB:.1f} MiB)",
         f"<= {BUDGETS['onedir_mb']} MB", verdict(results["onedir_bytes"] / MB, BUDGETS["onedir_mb"])],
        ["compressed archive (.tar.gz)", f"{results['archive_bytes'] / MB:.1f} MB",
         f"<= {BUDGETS['archive_mb']} MB", verdict(results["archive_bytes"] / MB, BUDGETS["archive_mb"])],
        ["--version (median of 15)", f"{version_median:.3f} s", f"<= {BUDGETS['version_s']} s",
         verdict(version_median, BUDGETS["version_s"])],
        ["launch to first paint, offscreen (median of 5)", f"{results['paint_offscreen']['median_s']:.2f} s",
         f"<= {BUDGETS['first_paint_s']} s",
         verdict(results["paint_offscreen"]["median_s"], BUDGETS["first_paint_s"])],
    ]
    if "paint_x11" in results:
        rows.append(["launch to first paint, Xvfb/xcb (median of 5)", f"{paint['median_s']:.2f} s",
                     f"<= {BUDGETS['first_paint_s']} s", verdict(paint["median_s"], BUDGETS["first_paint_s"])])
    print_table("Bundle (dist/briefing-builder)", ["measure", "value", "budget", ""], rows)
    if results.get("screenshot"):
        print(f"  window drawn from the bundle under Xvfb: {results['screenshot']}")
    results["within_budget"] = all(row[3] == "within budget" for row in rows)
    return results
