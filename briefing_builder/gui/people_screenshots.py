"""Screenshots of the People page with generated placeholder people (never real people's photos):
`python -m briefing_builder.gui.people_screenshots [OUT_DIR] [--size WxH ...]`.

Writes `people-<W>x<H>.png` for each size (default 1024×600 and 1366×768), each in its own process (Qt's
offscreen screen is fixed once Qt has started). The placeholders are added to a scratch copy of the seeded
library, with portraits drawn here (a head and shoulders in flat colours), and the list is filtered to them.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

from .screenshot_cli import shoot_each_size
from .screenshots import _type, _use_offscreen_screen, _wait

SIZES = ("1024x600", "1366x768")

PLACEHOLDERS = (
    # (letter, honorific, role, organisation, country, names in other scripts, colours)
    ("A", "H.E.", "Placeholder Minister of Communications", "Placeholder Ministry", "ETH",
     (("am", "ቦታ ያዥ ሰው ሀ"),), ((46, 117, 182), (240, 200, 160))),
    ("B", "Dr", "Placeholder Director-General", "Placeholder Authority", "KEN", (), ((120, 60, 120), (200, 150, 110))),
    ("C", "Hon.", "Placeholder Commissioner", "Placeholder Commission", "", (("ar", "شخص نائب ج"),),
     ((30, 120, 80), (120, 80, 50))),
)


def placeholder_portrait(background: tuple[int, int, int], skin: tuple[int, int, int], size=(480, 600)) -> bytes:
    """A generated portrait: flat background, a head and shoulders. Returns JPEG bytes (with a fake EXIF
    'Make', which the library must strip)."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.1, height * 0.62, width * 0.9, height * 1.25), fill=(40, 40, 48))
    draw.ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.62), fill=skin)
    exif = Image.Exif()
    exif[0x010F] = "Placeholder Camera"
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def _add_placeholders(path: Path) -> None:
    from ..library import BioLine, Library, PersonDraft

    with Library.open(path) as library:
        for letter, honorific, role, organisation, country, names, (background, skin) in PLACEHOLDERS:
            draft = PersonDraft(
                name=f"Placeholder Person {letter}", honorific=honorific, role=role, organisation=organisation,
                country=country, names=names, languages=("en",), as_of="2026-11", review_by="2027-06-01",
                bio=(BioLine(f"Placeholder biography line one for Person {letter}.", "summit-report-2019", "2019-12",
                             "p. 1"),
                     BioLine(f"Placeholder biography line two for Person {letter}.", "summit-communique-2019",
                             "2019-12-12", "para. 2")),
                notes="Generated for screenshots.")
            library.add_person(draft, uid=f"person-placeholder-{letter.lower()}",
                               photo=placeholder_portrait(background, skin),
                               alt=f"Placeholder Person {letter}, {role}")


def shoot(out: Path, size: str) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="bb-people-screens-"))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        _use_offscreen_screen(size, scratch)
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ.pop("BRIEFING_BUILDER_HOME", None)
    from ..library import Library

    data = scratch / "data"
    data.mkdir(parents=True)
    Library.open(data / "library.sqlite").close()  # seeded
    _add_placeholders(data / "library.sqlite")
    from .app import create_window

    _app, window, tasks, reader = create_window(str(data))
    out.mkdir(parents=True, exist_ok=True)
    window.showMaximized()
    idle = lambda: tasks.pending == 0  # noqa: E731
    _wait(lambda: window.library_page.model.rowCount() > 0 and idle())
    window.go(3)
    page = window.people_page
    _wait(lambda: page.list.count() > 0 and page.bio_source.count() > 0 and idle())
    _type(page.search, "Placeholder")
    page.run_search()
    _wait(lambda: page.list.count() == len(PLACEHOLDERS) and idle())
    page.select("person-placeholder-a")
    _wait(lambda: page.current is not None and page.bio_list.count() == 2 and idle())
    _wait(idle, 5)
    path = out / f"people-{size}.png"
    window.grab().save(str(path))
    print(f"wrote {path} ({window.width()}×{window.height()})")
    window.close()
    tasks.shutdown()
    reader.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    return shoot_each_size("briefing_builder.gui.people_screenshots", __doc__.splitlines()[0], shoot, SIZES, argv)


if __name__ == "__main__":
    sys.exit(main())
