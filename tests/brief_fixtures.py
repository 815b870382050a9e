"""Placeholder material for the brief tests (issue 12): generated photos, annex files, items and a meeting.

Nothing here names a real person: photos are drawn shapes with initials, people are "Placeholder Person A".
"""

from __future__ import annotations

import io
from pathlib import Path

from briefing_builder.library import ItemDraft
from briefing_builder.pack.meeting import Attendee, Contact, Meeting

SOURCE = "summit-report-2019"  # a seed source: the placeholder items cite it


def placeholder_photo(colour: tuple[int, int, int], text: str = "PA", fmt: str = "JPEG",
                      size: tuple[int, int] = (300, 375)) -> bytes:
    """A portrait-shaped picture: a coloured background, a lighter head-and-shoulders shape, the initials."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    light = tuple(min(255, c + 90) for c in colour)
    draw.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.5), fill=light)
    draw.ellipse((w * 0.12, h * 0.55, w * 0.88, h * 1.2), fill=light)
    draw.text((8, 8), text, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, fmt, quality=85) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


def annex_pdf(path: Path, pages: int = 3, title: str = "Placeholder annex") -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=1)
    canvas.setTitle(title)
    for number in range(1, pages + 1):
        canvas.drawString(72, 700, f"Placeholder annex text, page {number}")
        canvas.showPage()
    canvas.save()
    return path


def annex_docx(path: Path, text: str = "Placeholder Word annex paragraph") -> Path:
    path.write_bytes(annex_docx_bytes(text))
    return path


def annex_docx_bytes(text: str = "Placeholder Word annex paragraph") -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Placeholder Word annex"
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_brief_items(library, asks: int = 3) -> dict[str, list[str]]:
    """Likely asks, a sensitivity and press lines in the library; their uids by kind."""
    uids: dict[str, list[str]] = {"question": [], "sensitivity": [], "press_line": []}
    for number in range(1, asks + 1):
        item, _ = library.add_item(ItemDraft(kind="question", title=f"Placeholder likely ask {number}?",
                                             body=f"Placeholder suggested response {number}.", source_uid=SOURCE))
        uids["question"].append(item.uid)
    item, _ = library.add_item(ItemDraft(kind="sensitivity", title="Placeholder sensitive subject",
                                         body="Placeholder defensive line.", source_uid=SOURCE))
    uids["sensitivity"].append(item.uid)
    for number in (1, 2):
        item, _ = library.add_item(ItemDraft(kind="press_line", title=f"Placeholder press line {number}.",
                                             source_uid=SOURCE))
        uids["press_line"].append(item.uid)
    return uids


def meeting(theirs: tuple[Attendee, ...] = ()) -> Meeting:
    return Meeting(purpose="Placeholder purpose: agree next steps.", format="bilateral", venue="Placeholder venue",
                   date="2026-12-02", time="10:30", time_zone="Africa/Addis_Ababa", duration=45,
                   ours=(Attendee(name="Placeholder Minister", role="Minister"),
                         Attendee(name="Placeholder Adviser", role="Private Secretary")),
                   theirs=theirs or (Attendee(name="Placeholder Person A", role="Placeholder Minister"),
                                     Attendee(name="Placeholder Person B", role="Placeholder Adviser")),
                   interpreters=("Placeholder Interpreter",), file_reference="PLACEHOLDER/REF/1", version="1",
                   prepared_by=Contact("Placeholder Official", "Placeholder Desk", "+44 20 0000 0000",
                                       "desk@example.org"),
                   cleared_by="Placeholder Director", date_prepared="2026-11-30")
