"""Screenshots of the Packs page with the meeting filled in (issue 12), placeholder people only:
`python -m briefing_builder.gui.screenshots_meeting [OUT_DIR] [--size WxH ...]`.

Writes `packs-meeting-<W>x<H>.png` (the Meeting tab), `packs-meeting-attendees-<W>x<H>.png` (scrolled to the
delegations) and `packs-document-<W>x<H>.png` (the Document tab with an
annex) for each size, each size in its own process (Qt's offscreen screen is fixed once Qt starts). The library
is a fresh seeded one in a scratch folder, with two generated placeholder people added; nothing real is named.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .screenshot_cli import shoot_each_size
from .screenshots import _use_offscreen_screen, _wait

SIZES = ("1024x600", "1366x768")


def _placeholder_library(data: Path) -> None:
    """A seeded library with two placeholder people (drawn initials for photos), cited to a seed source."""
    import io

    from PIL import Image, ImageDraw

    from ..library import Library
    from ..library.records import BioLine, PersonDraft

    data.mkdir(parents=True, exist_ok=True)
    with Library.open(data / "library.sqlite") as library:
        source = library.sources()[0].uid
        for letter, colour in (("A", (40, 80, 120)), ("B", (120, 60, 40))):
            image = Image.new("RGB", (300, 375), colour)
            ImageDraw.Draw(image).text((10, 10), f"P{letter}", fill=(255, 255, 255))
            photo = io.BytesIO()
            image.save(photo, "JPEG")
            library.add_person(PersonDraft(
                name=f"Placeholder Person {letter}", honorific="H.E.", role=f"Placeholder role {letter}",
                organisation="Placeholder Ministry", country="ETH",
                bio=(BioLine(f"Placeholder biography line of {letter}.", source, "2019-12"),), as_of="2026-11"),
                photo=photo.getvalue())


def _annex(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=1)
    canvas.setTitle("Placeholder annex")
    for number in (1, 2, 3):
        canvas.drawString(72, 700, f"Placeholder annex text, page {number}")
        canvas.showPage()
    canvas.save()
    return path


def shoot(out: Path, size: str) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="bb-meeting-screens-"))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        _use_offscreen_screen(size, scratch)
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # do not touch the user's own settings
    os.environ.pop("BRIEFING_BUILDER_HOME", None)
    from ..library import Library

    with Library.open(scratch / "data" / "library.sqlite"):
        pass  # seeded on first open
    _placeholder_library(scratch / "data")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from .app import create_window

    _app, window, tasks, reader = create_window(str(scratch / "data"))
    out.mkdir(parents=True, exist_ok=True)
    window.showMaximized()
    idle = lambda: tasks.pending == 0  # noqa: E731
    _wait(lambda: window.library_page.model.rowCount() > 0 and idle())
    window.go(2)
    packs = window.packs_page
    _wait(lambda: packs.tree.topLevelItemCount() > 0 and idle())

    def typed(widget, text: str) -> None:
        window.activateWindow()
        widget.setFocus()
        QTest.keyClicks(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    packs.template.setFocus()
    packs.template.lineEdit().selectAll()
    typed(packs.template, "Bilateral")
    packs.name.selectAll()
    QTest.keyClicks(packs.name, "Bilateral with Ethiopia")
    part = packs.meeting_part
    part.tabs.setCurrentIndex(1)
    form = part.meeting_form
    typed(form.purpose, "Placeholder purpose: agree practical next steps on child online protection.")
    form.format.setCurrentIndex(form.format.findData("bilateral"))
    typed(form.venue, "Placeholder venue, room 4")
    typed(form.date, "2026-12-02")
    typed(form.time, "10:30")
    typed(form.time_zone.lineEdit(), "Addis Ababa")
    form.duration.setValue(45)
    for side, names in ((form.ours, (("Placeholder Minister", "Minister"), ("Placeholder Adviser", "Private Secretary"))),
                        (form.theirs, (("person a", ""), ("person b", "")))):
        for name, role in names:
            window.activateWindow()
            side.name_entry.setFocus()
            QTest.keyClicks(side.name_entry, name)
            if not role:  # a library person: pick the first match
                _wait(lambda s=side: s.matches.count() > 0 and idle(), 10)
                QTest.keyClick(side.name_entry, Qt.Key.Key_Down)
                QTest.keyClick(side.matches, Qt.Key.Key_Return)
            else:
                QTest.keyClicks(side.role_entry, role)
            QTest.keyClick(side.role_entry, Qt.Key.Key_Return)
    typed(form.interpreters, "Placeholder Interpreter")
    form.purpose.setFocus()
    part.meeting_scroll.verticalScrollBar().setValue(0)
    packs.refresh_preview()
    _wait(lambda: packs.pdf.pageCount() > 0 and "pages" in packs.preview_state.text() and idle(), 30)
    _wait(lambda: False, 2)  # the preview's pages paint a moment after they load
    path = out / f"packs-meeting-{size}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    form.interpreters.setFocus()  # the scroll area brings the delegations and interpreters into view
    part.meeting_scroll.ensureWidgetVisible(form.interpreters)
    _wait(lambda: False, 1)
    path = out / f"packs-meeting-attendees-{size}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")

    part.tabs.setCurrentIndex(2)
    document = part.document_form
    for widget, text in ((document.file_reference, "PLACEHOLDER/REF/1"), (document.version, "2"),
                         (document.prepared_name, "Placeholder Official"), (document.prepared_desk, "Placeholder Desk"),
                         (document.prepared_telephone, "+44 20 0000 0000"), (document.prepared_email, "desk@example.org"),
                         (document.cleared_by, "Placeholder Director"), (document.date_prepared, "2026-11-30")):
        typed(widget, text)
    part.annex_list.add_files([str(_annex(scratch / "placeholder-annex.pdf"))])
    packs.refresh_preview()
    _wait(lambda: "pages" in packs.preview_state.text() and idle(), 30)
    document.file_reference.setFocus()
    part.document_scroll.verticalScrollBar().setValue(0)
    _wait(lambda: False, 2)
    path = out / f"packs-document-{size}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    window.library_page.editor.revert()
    packs.draft_timer.stop()
    window.close()
    tasks.shutdown()
    reader.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    return shoot_each_size("briefing_builder.gui.screenshots_meeting", __doc__.splitlines()[0], shoot, SIZES, argv)


if __name__ == "__main__":
    sys.exit(main())
