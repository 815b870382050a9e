"""House rules that hold for the whole code base: no Qt below the GUI, no network anywhere."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import briefing_builder

PACKAGE_DIR = Path(briefing_builder.__file__).parent
CORE_PACKAGES = ("library", "pack", "render")


def _core_modules():
    names = ["briefing_builder", "briefing_builder.cli", "briefing_builder.paths", "briefing_builder.settings"]
    for package in CORE_PACKAGES:
        for info in pkgutil.iter_modules([str(PACKAGE_DIR / package)]):
            names.append(f"briefing_builder.{package}.{info.name}")
    return names


def test_core_and_renderers_import_without_qt():
    modules = _core_modules()
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print([m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')])")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


def test_no_module_imports_networking_code():
    forbidden = ("urllib.request", "http.client", "requests", "socket", "httpx", "aiohttp", "ftplib", "smtplib")
    offenders = []
    for path in PACKAGE_DIR.rglob("*.py"):
        if path.name == "selftest.py":
            continue  # it imports socket only to refuse every connection while it runs
        for line in path.read_text("utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")):
                module = stripped.split()[1]
                if module.split(".")[0] in {f.split(".")[0] for f in forbidden} and module in forbidden:
                    offenders.append(f"{path.name}: {stripped}")
    assert offenders == []
