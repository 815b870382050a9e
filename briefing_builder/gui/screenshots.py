"""Screenshots of each main screen with the seeded library, maximised on screens of the sizes our users have:
`./run screenshots [OUT_DIR] [--size WxH ...] [--lang fr ...]` (or `python -m briefing_builder.gui.screenshots`).

Without `--size`, one run per size in `SIZES` (each in its own process: Qt's offscreen screen is set before Qt
starts). The 1366×768 set (the most common laptop screen in ministries) is written as `<screen>.png`, which the
README shows; the other sizes as `<screen>-<W>x<H>.png`. Runs offscreen unless a display is available.

`--lang` (repeatable, or `all`) shoots the interface in that language (default English): `<screen>-fr.png`, and
with `--lang` but no `--size` only at 1366×768. The Settings dialog is shot too (`settings[-<lang>].png`).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZES = ("1024x600", "1366x768", "1920x1080")
MAIN_SIZE = "1366x768"  # written without a size suffix


def _wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        if condition():
            return


def _use_offscreen_screen(size: str, scratch: Path) -> None:
    """Qt's offscreen platform with one screen of `size` (its default is 800×800)."""
    width, height = (int(part) for part in size.lower().split("x"))
    config = scratch / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": f"screen-{size}", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _type(widget, text: str) -> None:
    """Type into a field as a person does, then leave it with Tab (so the form takes the value)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def shoot(out: Path, size: str, language: str = "en") -> int:
    """Write the screenshots of one screen size in one interface language."""
    scratch = Path(tempfile.mkdtemp(prefix="bb-screens-"))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        _use_offscreen_screen(size, scratch)
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # do not touch the user's own settings
    os.environ.pop("BRIEFING_BUILDER_HOME", None)
    os.environ.pop("BRIEFING_BUILDER_LANGUAGE", None)
    # The language as a user chooses it in Settings (their settings file), so the dialog shows it as theirs.
    user_settings = scratch / "config" / "briefing-builder" / "settings.toml"
    user_settings.parent.mkdir(parents=True, exist_ok=True)
    user_settings.write_text(f'[interface]\nlanguage = "{language}"\n', encoding="utf-8")
    from .app import create_window

    _app, window, tasks, reader = create_window(str(scratch / "data"))
    out.mkdir(parents=True, exist_ok=True)
    suffix = ("" if language == "en" else f"-{language}") + ("" if size == MAIN_SIZE else f"-{size}")
    window.showMaximized()
    idle = lambda: tasks.pending == 0  # noqa: E731
    library = window.library_page
    _wait(lambda: library.model.rowCount() > 0 and idle())

    def shot(name: str) -> None:
        _wait(idle, 10)
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(f"wrote {path} ({window.width()}×{window.height()})")

    _type(library.search, "Malabo")
    library.run_search()
    _wait(lambda: 0 < library.model.rowCount() < 50 and idle())
    call = reader.item("communique2019-call-3-au")
    library.table.setCurrentIndex(library.model.index(max(library.model.row_of(call.id), 0), 0))  # (selectRow
    # selects nothing right to left: Qt looks for the row's first column past the viewport's edge)
    shot("library")

    library.tabs.setCurrentIndex(1)
    _wait(lambda: library.sources_tab.list.count() > 0)
    library.sources_tab.list.setCurrentRow(1)
    shot("library-sources")
    library.tabs.setCurrentIndex(0)

    window.go(1)
    countries = window.countries_page
    _wait(lambda: countries.list.count() > 0)
    countries.select("MRT")
    shot("countries")

    window.go(2)
    packs = window.packs_page
    _wait(lambda: packs.tree.topLevelItemCount() > 0 and idle())
    form = packs.form
    _type(form.name, "Bilateral with Ethiopia, Global Summit")
    _type(form.recipient, "Hon. A. Minister")
    _type(form.office, "Ministry of Communications")
    _type(form.event_field, "Global Summit 2026")
    for index in range(packs.tree.topLevelItemCount()):
        top = packs.tree.topLevelItem(index)
        if top.childCount() > 2:
            packs.tree.setCurrentItem(top.child(1))
            break
    packs.save_draft()
    packs.refresh_preview()
    _wait(lambda: packs.pdf.pageCount() > 0 and packs._preview_token is None and idle(), 30)
    shot("packs")

    from .settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.location, window)
    dialog.show()
    _wait(lambda: dialog.isVisible(), 5)
    _wait(lambda: False, 0.3)  # one more round of painting
    path = out / f"settings{suffix}.png"
    dialog.grab().save(str(path))
    print(f"wrote {path} ({dialog.width()}×{dialog.height()})")
    dialog.close()
    window.library_page.editor.revert()
    window.close()
    tasks.shutdown()
    reader.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "docs" / "screenshots")
    parser.add_argument("--size", action="append", metavar="WxH",
                        help=f"screen size (repeatable); default: {', '.join(SIZES)} (with --lang: {MAIN_SIZE})")
    parser.add_argument("--lang", action="append", choices=("en", "fr", "pt", "ar", "all"),
                        help="interface language (repeatable; 'all' for the four); default: en")
    args = parser.parse_args(argv)
    languages = args.lang or ["en"]
    if "all" in languages:
        languages = ["en", "fr", "pt", "ar"]
    sizes = args.size or ([MAIN_SIZE] if args.lang else list(SIZES))
    if len(sizes) == 1 and len(languages) == 1:
        return shoot(args.out, sizes[0], languages[0])
    for language in languages:
        for size in sizes:  # one process per run: the offscreen screen and Qt's translators are set at start
            code = subprocess.call([sys.executable, "-m", "briefing_builder.gui.screenshots", str(args.out),
                                    "--size", size, "--lang", language])
            if code:
                return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
