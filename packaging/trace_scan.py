"""Find paths of the build machine in what the bundle ships: `python packaging/trace_scan.py dist/briefing-builder`.

Security scanners flag absolute paths of a build machine (a home folder, a checkout, a Python prefix) left in
shipped files. This scan reads every file of the bundle as bytes and, because much of the bundle is compressed,
also the members of zip files (`base_library.zip`) and, where PyInstaller is importable (the build's .venv), every
entry of PyInstaller's archives: the CArchive appended to the executable and the PYZ of Python modules inside it.
Exit 1 and one line per trace if anything is found.

The markers are this machine's: the checkout, the virtual environment, the Python installation's prefixes and
the home folder (see `build_machine_markers`). Paths such as `/usr/lib` or `/etc/fonts` belong to the machine the
bundle runs on and are not traces.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Trace:
    """One build-machine path found: in which file (and archive member), and which marker."""

    file: str
    member: str
    marker: str

    def __str__(self) -> str:
        where = f"{self.file} ({self.member})" if self.member else self.file
        return f"{where}: contains {self.marker}"


def build_machine_markers(checkout: Path, environ: dict[str, str] | None = None) -> list[str]:
    """The absolute paths that identify this build machine; none of them may appear in the bundle."""
    import sysconfig

    env = os.environ if environ is None else environ
    candidates = [str(checkout.resolve()), sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
                  sysconfig.get_config_var("prefix") or "", env.get("HOME", "")]
    if env.get("VIRTUAL_ENV"):
        candidates.append(env["VIRTUAL_ENV"])
    # Paths every Linux system has are not traces of this one: the system prefixes, and root's home folder
    # (`/root` on its own is as common as `/usr`; a build as root still leaves its prefix and checkout to find).
    ordinary = {"", "/", "/usr", "/usr/local", "/opt", "/tmp", "/root"}
    return sorted({c.rstrip("/") for c in candidates if c.rstrip("/") not in ordinary}, key=len, reverse=True)


def _pattern(marker: bytes) -> re.Pattern[bytes]:
    """The marker as a whole path: not inside a longer name (`/root` matches `/root/x`, not `icudt73l/root.res`)."""
    return re.compile(rb"(?<![A-Za-z0-9._-])" + re.escape(marker) + rb"(?![A-Za-z0-9._-])")


def _hits(data: bytes, markers: list[tuple[str, re.Pattern[bytes]]]) -> list[str]:
    return [marker for marker, pattern in markers if pattern.search(data)]


def _pyinstaller_entries(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each entry of a PyInstaller CArchive (and of each PYZ inside it); nothing if not one."""
    try:
        from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader
    except ImportError:
        return
    try:
        archive = CArchiveReader(str(path))
    except Exception:  # noqa: BLE001 - not a PyInstaller executable: nothing to unpack
        return
    for name, (*_, typecode) in archive.toc.items():
        data = archive.extract(name)
        if data is None:
            continue
        yield name, data
        if typecode == "z":
            import tempfile

            with tempfile.NamedTemporaryFile(suffix=".pyz") as handle:
                handle.write(data)
                handle.flush()
                pyz = ZlibArchiveReader(handle.name)
                for module in pyz.toc:
                    code = pyz.extract(module, raw=True)
                    if code is not None:
                        yield f"{name}:{module}", zlib.decompress(code) if code[:1] == b"x" else code


def scan(folder: Path, markers: Iterable[str]) -> list[Trace]:
    """Every place under `folder` where one of `markers` occurs (files, zip members, PyInstaller archive entries)."""
    needles = [(m, _pattern(m.encode())) for m in markers if m]
    traces: list[Trace] = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        rel = str(path.relative_to(folder))
        data = path.read_bytes()
        traces += [Trace(rel, "", m) for m in _hits(data, needles)]
        if data[:4] == b"PK\x03\x04":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    for info in archive.infolist():
                        traces += [Trace(rel, info.filename, m) for m in _hits(archive.read(info), needles)]
            except zipfile.BadZipFile:
                pass
        if data[:4] == b"\x7fELF" and b"MEI\x0c\x0b\x0a\x0b\x0e" in data:
            for member, content in _pyinstaller_entries(path):
                traces += [Trace(rel, member, m) for m in _hits(content, needles)]
    return traces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    markers = build_machine_markers(args.checkout)
    traces = scan(args.bundle, markers)
    for trace in traces:
        print(f"build-machine path: {trace}")
    print(f"trace scan: {len(traces)} build-machine path(s) in {args.bundle} (looked for: {', '.join(markers)})")
    return 1 if traces else 0


if __name__ == "__main__":
    sys.exit(main())
