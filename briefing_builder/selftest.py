"""`briefing-builder --self-test`: the smoke test of an installation or a bundle on a new machine.

Without showing a window: create a library in a temporary folder, search it, build a pack in both formats,
re-open both files, sort with Qt (ICU's data), and check the bundled resources, all with network connections
refused. Prints a short report. The system libraries the window needs are reported apart: when only they are
missing, the exit code is 3 (`syslibs.EXIT_MISSING_LIBRARIES`) and the last line names the packages; 1 if any
other check failed; 0 when all is well.
"""

from __future__ import annotations

import io
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import __version__
from .paths import is_frozen, resource_path
from .syslibs import EXIT_MISSING_LIBRARIES, GUI_LIBRARIES, missing_gui_libraries, missing_message


# Every way Python code opens a connection or resolves a name goes through one of these.
_GUARDED = ((socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "create_connection"),
            (socket, "getaddrinfo"))


@contextmanager
def _no_network() -> Iterator[list[str]]:
    """Refuse every connection attempt for the duration, and record any that were tried."""
    attempts: list[str] = []

    def refuse(*args, **_kwargs):
        attempts.append(repr(args[1:] if len(args) > 1 else args)[:80])
        raise OSError("network access is refused during the self-test")

    saved = [(owner, name, getattr(owner, name)) for owner, name in _GUARDED]
    for owner, name, _original in saved:
        setattr(owner, name, refuse)
    try:
        yield attempts
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _fonts_not_embedded(reader) -> set[str]:
    """Names of the fonts a PDF uses without embedding them (a pack must carry its fonts to any machine)."""
    missing = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.add(str(font.get("/BaseFont")))
    return missing


def _render_first_page_with_qt(path: Path) -> str:
    """Open the PDF with QtPdf, as the pack preview does, and draw its first page offscreen (no window)."""
    import os

    from .qt_runtime import prepare_qt

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare_qt()
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    document = QPdfDocument(app)
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise AssertionError(f"QtPdf could not open the pack ({document.error()})")
    image = document.render(0, QSize(300, 424))
    inked = sum(1 for y in range(0, 424, 4) for x in range(0, 300, 4) if image.pixelColor(x, y).lightness() < 200)
    if image.isNull() or inked < 20:
        raise AssertionError("the first page rendered blank")
    pages = document.pageCount()
    document.close()
    return f"QtPdf drew page 1 of {pages} ({image.width()}x{image.height()}, Qt {_qt_version()})"


def _sort_with_qt() -> str:
    """Sort with QCollator in each pack language: proves the bundle's (trimmed) ICU data loads.

    Without ICU's collation data Qt falls back to code-point order, which puts "B" before "a" and "é" after "f".
    """
    from functools import cmp_to_key

    from .qt_runtime import prepare_qt

    prepare_qt()
    from PySide6.QtCore import QCollator, QLocale

    words = ["f", "é", "B", "a", "e"]
    for language in ("en", "fr", "pt", "ar"):
        collator = QCollator(QLocale(language))
        got = sorted(words, key=cmp_to_key(collator.compare))
        if got != ["a", "B", "e", "é", "f"]:
            raise AssertionError(f"QCollator({language}) sorted {words} as {got}: ICU's collation data is missing")
    return "QCollator sorts en, fr, pt, ar text (ICU data)"


def _qt_version() -> str:
    from PySide6 import QtCore

    return QtCore.qVersion()


def run_self_test(echo: Callable[[str], None] = print) -> int:
    from .build import build
    from .library import Library
    from .pack.spec import PackSpec
    from .pack.templates import load_templates

    results: list[tuple[str, bool, str]] = []
    skipped: list[tuple[str, str]] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        start = time.perf_counter()
        try:
            detail = fn()
            results.append((name, True, f"{detail} ({(time.perf_counter() - start) * 1000:.0f} ms)"))
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the exit code says it
            results.append((name, False, f"{type(exc).__name__}: {exc}"))

    echo(f"Briefing Builder {__version__} self-test ({'bundle' if is_frozen() else 'source'}, "
         f"Python {sys.version.split()[0]})")
    # Checked apart from the rest: without them the window cannot open, but everything else still works.
    missing_libraries = missing_gui_libraries()
    with tempfile.TemporaryDirectory(prefix="bb-selftest-") as folder, _no_network() as attempts:
        root = Path(folder)
        state: dict = {}

        def resources() -> str:
            needed = [resource_path("fonts", "NotoSans-Regular.ttf"), resource_path("fonts", "NotoSansArabic-Regular.ttf"),
                      resource_path("seed", "sources.toml"), resource_path("templates", "reference.docx"),
                      resource_path("icons", "briefing-builder.svg")]
            missing = [str(p) for p in needed if not p.is_file()]
            if missing:
                raise FileNotFoundError(", ".join(missing))
            return f"{len(load_templates())} templates, fonts, seed, icons found"

        def library() -> str:
            state["library"] = Library.open(root / "data" / "library.sqlite")
            stats = state["library"].stats()
            if stats.items < 100 or stats.countries < 249 or stats.items_without_source:
                raise AssertionError(f"unexpected library: {stats.items} items, {stats.countries} countries")
            problems = state["library"].check()
            if problems:
                raise AssertionError("; ".join(problems))
            # the seed's versions in the other pack languages ship too (a bundle once left them out)
            missing = [lang for lang in ("fr", "pt", "ar")
                       if len(state["library"].missing_translations(lang, "item")) >= stats.items]
            if missing:
                raise AssertionError(f"the seed has no item versions in {', '.join(missing)}")
            return (f"{stats.items} items, {stats.sources} sources, {stats.countries} countries, "
                    "versions in fr, pt, ar; integrity OK")

        def search() -> str:
            found = state["library"].search("Malabo", limit=50)
            if "communique2019-call-3-au" not in [i.uid for i in found.items]:
                raise AssertionError("the communiqué's call on AU member states was not found")
            return f"'Malabo': {found.total} matches"

        def pack() -> str:
            out = root / "out"
            out.mkdir()
            spec = PackSpec(template="ministerial-summit", country="ETH", event="Self-test", date="2026-01-01")
            state["build"] = build(state["library"], spec, out)
            return ", ".join(f"{p.name} {p.stat().st_size // 1024} KiB" for p in state["build"].files)

        def reopen_docx() -> str:
            import docx

            path = next(p for p in state["build"].files if p.suffix == ".docx")
            document = docx.Document(str(path))
            headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
            if len(headings) < 5:
                raise AssertionError(f"only {len(headings)} section headings")
            return f"{len(headings)} sections, {len(document.paragraphs)} paragraphs"

        def reopen_pdf() -> str:
            from pypdf import PdfReader

            path = next(p for p in state["build"].files if p.suffix == ".pdf")
            reader = PdfReader(io.BytesIO(path.read_bytes()))
            text = "".join(page.extract_text() or "" for page in reader.pages)
            if "Malabo" not in text or len(reader.pages) < 5:
                raise AssertionError("the PDF's text does not read back")
            unembedded = sorted(_fonts_not_embedded(reader))
            if unembedded:
                raise AssertionError("fonts not embedded: " + ", ".join(unembedded))
            return f"{len(reader.pages)} pages, text, {len(reader.outline)} bookmarks, fonts embedded"

        def photos() -> str:
            # Pillow's codecs load (the bundle points them at system libraries) and a photo comes out print-ready
            import PIL.Image

            from .library.photos import prepare_photo

            buffer = io.BytesIO()
            PIL.Image.new("RGB", (1600, 1200), (90, 120, 150)).save(buffer, "JPEG")
            photo = prepare_photo(buffer.getvalue(), "self-test photo")
            return f"a 1600x1200 JPEG stored as {photo.width}x{photo.height} {photo.mime}"

        def preview() -> str:
            path = next(p for p in state["build"].files if p.suffix == ".pdf")
            return _render_first_page_with_qt(path)

        for name, fn in (("resources", resources), ("library", library), ("search", search),
                         ("pack", pack), ("Word file", reopen_docx), ("PDF file", reopen_pdf),
                         ("photos", photos), ("sorting", _sort_with_qt), ("preview", preview)):
            if name != "resources" and not all(ok for _, ok, _ in results):
                results.append((name, False, "skipped: an earlier check failed"))
                continue
            if name == "preview" and missing_libraries:
                skipped.append((name, "skipped: QtPdf needs the window's system libraries (below)"))
                continue
            check(name, fn)
        if "library" in state:
            state["library"].close()
        results.append(("offline", not attempts, "no network connection attempted" if not attempts
                        else f"{len(attempts)} connection attempt(s): {attempts[0]}"))
    for name, ok, detail in results:
        echo(f"  {'ok  ' if ok else 'FAIL'}  {name:<10} {detail}")
    for name, detail in skipped:
        echo(f"  skip  {name:<10} {detail}")
    echo("System libraries the window needs:")
    if missing_libraries:
        echo(f"  MISSING {', '.join(library.soname for library in missing_libraries)}")
        echo(f"  {missing_message(missing_libraries)}")
    else:
        echo(f"  ok    {', '.join(library.soname for library in GUI_LIBRARIES)} found")
    passed = all(ok for _, ok, _ in results)
    if not passed:
        echo("Self-test FAILED.")
        return 1
    if missing_libraries:
        packages = " ".join(dict.fromkeys(library.package for library in missing_libraries))
        echo(f"Self-test passed for the command line; the window needs: sudo apt-get install {packages}")
        return EXIT_MISSING_LIBRARIES
    echo("Self-test passed.")
    return 0
