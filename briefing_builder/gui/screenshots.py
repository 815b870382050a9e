"""Screenshots of each main screen with the seeded library: `./run screenshots` (or
`python -m briefing_builder.gui.screenshots [OUT_DIR]`). Runs offscreen unless a display is available."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def _wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        if condition():
            return


def main(out: Path) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="bb-screens-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # do not touch the user's own settings
    os.environ.pop("BRIEFING_BUILDER_HOME", None)
    from .app import create_window

    _app, window, tasks, reader = create_window(str(scratch / "data"))
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1440, 900)
    window.show()
    idle = lambda: tasks.pending == 0  # noqa: E731
    library = window.library_page
    _wait(lambda: library.model.rowCount() > 0 and idle())

    def shot(name: str) -> None:
        _wait(idle, 10)
        window.grab().save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    library.search.setText("Malabo")
    library.run_search()
    _wait(lambda: 0 < library.model.rowCount() < 50 and idle())
    call = reader.item("communique2019-call-3-au")
    library.table.selectRow(max(library.model.row_of(call.id), 0))
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
    packs.name.setText("Bilateral with Ethiopia, Global Summit")
    packs.recipient.setText("Hon. A. Minister")
    packs.office.setText("Ministry of Communications")
    packs.event_field.setText("Global Summit 2026")
    for index in range(packs.tree.topLevelItemCount()):
        top = packs.tree.topLevelItem(index)
        if top.childCount() > 2:
            packs.tree.setCurrentItem(top.child(1))
            break
    packs.save_draft()
    packs.refresh_preview()
    _wait(lambda: packs.pdf.pageCount() > 0 and "pages" in packs.preview_state.text() and idle(), 30)
    shot("packs")
    window.library_page.editor.revert()
    window.close()
    tasks.shutdown()
    reader.close()
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    sys.exit(main(target))
