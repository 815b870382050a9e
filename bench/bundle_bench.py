"""Bundle benchmark (issues 5 and 13): what each part of the onedir bundle weighs, the bundle's and its compressed
archive's size, `--version` start-up from the bundle, and launch to first painted window from the bundle under a
real X server (Xvfb) and offscreen.

Needs a built bundle: `./run bundle` (or `bash packaging/build.sh`) first. Budgets: onedir <= 120 MB,
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
BUDGETS = {"onedir_mb": 120, "archive_mb": 65, "version_s": 0.3, "first_paint_s": 1.5}

# The parts of the bundle, first match wins: (label, test on the path relative to _internal/).
PARTS: list[tuple[str, object]] = [
    ("ICU data (libicudata, trimmed to en/fr/pt/ar)", lambda p: p.name.startswith("libicudata")),
    ("ICU code (libicuuc, libicui18n)", lambda p: p.name.startswith(("libicuuc", "libicui18n"))),
    ("Qt libraries (Core, Gui, Widgets, Pdf, Svg, ...)", lambda p: p.parts[:3] == ("PySide6", "Qt", "lib")),
    ("Qt plugins (xcb, offscreen, image formats, ...)", lambda p: p.parts[:3] == ("PySide6", "Qt", "plugins")),
    ("PySide6 bindings and shiboken", lambda p: p.parts[0] in ("PySide6", "shiboken6")),
    ("Python runtime (libpython, lib-dynload, base_library.zip)",
     lambda p: p.name.startswith("libpython") or p.parts[0].startswith("python3") or p.name == "base_library.zip"),
    ("fonts (resources/fonts)", lambda p: p.parts[:2] == ("resources", "fonts")),
    ("app resources (seed, templates, icons)", lambda p: p.parts[0] == "resources"),
    ("PDF and Word (reportlab, rl_accel, docx, lxml, Pillow)",
     lambda p: p.parts[0].split("-")[0].split(".")[0] in ("reportlab", "rl_accel", "docx", "lxml", "PIL",
                                                            "pillow", "_rl_accel")),
    ("locale and country data (babel, pycountry)", lambda p: p.parts[0].split("-")[0] in ("babel", "pycountry")),
    ("other Python packages", lambda p: len(p.parts) > 1),
    ("system libraries (X11/xcb, fontconfig, freetype, dbus, ...)", lambda p: ".so" in p.name),
]


def folder_bytes(folder: Path) -> int:
    """Bytes of every file under `folder` (links not followed): what the bundle costs on disk, apparent size."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def size_by_part(bundle: Path) -> list[tuple[str, int]]:
    """Bytes of each part of the bundle (PARTS), largest first; the executable is its own part."""
    totals: dict[str, int] = {}
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if path.parent == bundle:
            label = "program (bootloader + every Python module, our code included)"
        else:
            rel = path.relative_to(internal) if path.is_relative_to(internal) else path.relative_to(bundle)
            label = next((name for name, test in PARTS if test(rel)), "other")  # type: ignore[operator]
        totals[label] = totals.get(label, 0) + path.lstat().st_size
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)


def our_code_bytes(executable: Path) -> int | None:
    """Compressed bytes of briefing_builder's modules inside the executable's PYZ (None without PyInstaller)."""
    try:
        from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
    except ImportError:
        return None
    archive = CArchiveReader(str(executable))
    name = next((n for n, entry in archive.toc.items() if entry[-1] == "z"), None)
    if name is None:
        return None
    with tempfile.NamedTemporaryFile(suffix=".pyz") as handle:
        handle.write(archive.extract(name))
        handle.flush()
        pyz = ZlibArchiveReader(handle.name)
        return sum(pyz.toc[m][2] for m in pyz.toc if m == "briefing_builder" or m.startswith("briefing_builder."))


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
    results: dict = {"onedir_bytes": folder_bytes(BUNDLE), "archive_bytes": archive_bytes(BUNDLE),
                     "parts": size_by_part(BUNDLE), "our_code_bytes": our_code_bytes(EXECUTABLE)}
    part_rows = [[label, f"{size / MB:.1f} MB", f"{100 * size / results['onedir_bytes']:.0f} %"]
                 for label, size in results["parts"]]
    part_rows.append(["total", f"{results['onedir_bytes'] / MB:.1f} MB", "100 %"])
    print_table("Bundle size by part (dist/briefing-builder)", ["part", "size", "share"], part_rows)
    if results["our_code_bytes"] is not None:
        print(f"  of the program, our own code (briefing_builder, compressed): {results['our_code_bytes'] / MB:.2f} MB")
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
