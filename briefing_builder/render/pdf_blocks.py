"""PDF rendering of the blocks of a real brief (issue 12): a person with photo, a likely ask and its response,
label/value tables, annexes; and the one-page note's heading in place of the cover and contents.

`pdf._Story` dispatches to these functions (its one dispatch on block type); they build flowables with the
story's own `paragraph` and `table`, so the styles and the text handling stay in one place. The PDF is not a
tagged PDF (ReportLab writes no structure tree), so a photo's alternative text is given the way PDF 32000-1
(14.9.3) allows without one: the image is drawn inside a marked-content sequence `/Span <</Alt (…)>> BDC … EMC`.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from ..errors import BuildError
from ..messages import translate
from ..pack.model import Annex, MeetingTable, PersonProfile, QAPair, Run
from . import fonts, theme
from .text import clean

PHOTO_WIDTH = 28 * theme.MM  # the Word writer's (docx_blocks.PHOTO_WIDTH_MM)
PHOTO_GAP = 10


def alt_span(alt: str) -> str:
    """The marked-content operator opening an image with its alternative text (a UTF-16 text string)."""
    encoded = ("\ufeff" + clean(alt)).encode("utf-16-be").hex().upper()
    return f"/Span <</Alt <{encoded}>>> BDC"


class Photo(Flowable):
    """A photo at `width`, its height from the image's proportions, with its alternative text."""

    def __init__(self, data: bytes, alt: str, width: float) -> None:
        super().__init__()
        try:
            self.reader = ImageReader(io.BytesIO(data))
            pixels_w, pixels_h = self.reader.getSize()
        except Exception as exc:  # noqa: BLE001 - the library checks photos; a broken one must not crash a build
            if alt:
                raise BuildError(translate("Export", "The photo of {name} cannot be read ({error}).").format(
                    name=alt, error=str(exc))) from exc
            raise BuildError(translate("Export", "The photo of a person cannot be read ({error}).").format(
                error=str(exc))) from exc
        self.data, self.alt = data, alt
        self.width = width
        self.height = width * pixels_h / max(pixels_w, 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas._code.append(alt_span(self.alt))  # noqa: SLF001 - ReportLab has no API for marked content
        if not (self.data[:2] == b"\xff\xd8" and _draw_jpeg(canvas, self.data, self.width, self.height)):
            canvas.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")
        canvas._code.append("EMC")  # noqa: SLF001


def _draw_jpeg(canvas: Any, data: bytes, width: float, height: float) -> bool:
    """Draw a JPEG with its bytes embedded as they are (DCTDecode), as `Canvas.drawImage` does for a .jpg file
    name; given an in-memory image it would decode and hash every pixel instead (bench/brief_bench.py: 20 photos
    0.37 s more). False when ReportLab cannot read the JPEG's header (the caller then uses `drawImage`)."""
    from reportlab.pdfbase import pdfdoc

    name = "bbPhoto" + hashlib.sha256(data).hexdigest()[:24]
    doc = canvas._doc  # noqa: SLF001 - the registration `drawImage` does, without its decoding
    reg_name = doc.getXObjectName(name)
    image = doc.idToObject.get(reg_name)
    if image is None:
        image = pdfdoc.PDFImageXObject(name)
        if not image.loadImageFromJPEG(io.BytesIO(data)):
            return False
        image.name = name
        canvas._setXObjects(image)  # noqa: SLF001
        doc.Reference(image, reg_name)
        doc.addForm(name, image)
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{reg_name} Do")  # noqa: SLF001
    canvas.restoreState()
    canvas._formsinuse.append(name)  # noqa: SLF001
    return True


def person_profile(story: Any, block: PersonProfile) -> list[Flowable]:
    """The photo beside the name, role and details (a one-row table that moves whole), then the biography."""
    rtl = block.direction == "rtl"
    sep = story.pack.labels.separator
    text: list[Flowable] = [story.paragraph((Run(block.name, bold=True),), "lead", block.direction)]
    if block.role:
        text.append(story.paragraph((Run(block.role, italic=True),), "body", block.direction))
    for label, value in block.details:
        text.append(story.paragraph((Run(label + sep, bold=True), Run(value)), "note", block.direction))
    if block.photo:
        photo = Photo(block.photo, block.photo_alt, PHOTO_WIDTH)
        widths = [PHOTO_WIDTH + PHOTO_GAP, story.width - PHOTO_WIDTH - PHOTO_GAP]
        cells = [photo, text]
        align = []
        if rtl:  # the photo at the right, the gap on its left
            cells, widths = cells[::-1], widths[::-1]
            align = [("ALIGN", (1, 0), (1, 0), "RIGHT")]
        table = RLTable([cells], colWidths=widths, hAlign="RIGHT" if rtl else "LEFT", style=TableStyle(align + [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        flow: list[Flowable] = [table]
    else:
        flow = text
    flow += [story.paragraph(line, "bullet", block.direction, "•") for line in block.lines]
    # A person stays together: photo, name and biography on one page (`pdf_flow.bind` keeps chained flowables
    # with what follows, as it does headings).
    for flowable in flow[:-1]:
        flowable.keepWithNext = 1
    return flow + [Spacer(1, theme.BLOCK_GAP)]


def qa_pair(story: Any, block: QAPair) -> list[Flowable]:
    sep = story.pack.labels.separator
    question = ((Run(block.question_label + sep, bold=True),) if block.question_label else ()) + block.question
    answer = ((Run(block.answer_label + sep, italic=True),) if block.answer_label else ()) + block.answer
    head = story.paragraph(question, "lead", block.direction)
    head.keepWithNext = 1
    return [head, story.paragraph(answer, "body", block.direction)]


def meeting_table(story: Any, block: MeetingTable) -> list[Flowable]:
    return story.table(block.as_table())


def annex(story: Any, block: Annex) -> list[Flowable]:
    runs = (Run(block.heading(story.pack.labels.separator), bold=True),) + ((Run(f" — {block.note}"),)
                                                                           if block.note else ())
    return [story.paragraph(runs, "body", block.direction)]


def note_head(story: Any) -> list[Flowable]:
    """A one-page note opens with its title and the cover's label/value lines, no cover or contents page."""
    cover, direction = story.pack.cover, story.pack.direction
    flow: list[Flowable] = [story.paragraph((Run(cover.title),), "title", direction)]
    if cover.subtitle:
        flow.append(story.paragraph((Run(cover.subtitle),), "subtitle", direction))
    flow.append(HRFlowable(width="100%", thickness=1.2, color=story.styles["subtitle"].textColor, spaceAfter=8))
    flow.append(story.paragraph(_meta_runs(story.pack), "meta", direction))
    return flow


def _meta_runs(pack: Any) -> tuple[Run, ...]:
    """The cover's label/value lines as one line ("Meeting with: Ethiopia · Date: …"): a note has one page."""
    runs: list[Run] = []
    for index, (label, value) in enumerate(pack.cover.meta_lines):
        runs += ([Run(" · ")] if index else []) + [Run(f"{label}{pack.labels.separator}", bold=True), Run(value)]
    return tuple(runs)
