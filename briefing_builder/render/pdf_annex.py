"""PDF annexes (issue 12): the pages of each PDF annex follow the pack, each stamped with the pack's marking at
the top and bottom and numbered on from the pack ("Page 14 of 16"), each annex listed in the contents (its page
known before layout, since its page count is) and in the bookmarks, and the contents' links landing on its
first page.

The pack is laid out by ReportLab as usual (`pdf.py` counts the annex pages into "of Y" and the contents); pypdf
then appends the annex pages, fits each into the pack's text area on the pack's paper (`pdf_annex_fit`), merges a stamp page drawn by ReportLab onto each, points the annex's named
destination at its first page and adds an outline entry. Nothing here runs for a pack without PDF annexes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from ..errors import BuildError
from ..messages import translate
from ..pack.model import Annex, Pack
from . import fonts, theme
from .pdf_annex_fit import fit

if TYPE_CHECKING:  # pypdf is imported only for a pack with PDF annexes (a plain build loads nothing more)
    from pypdf import PdfReader, PdfWriter


def pdf_annexes(pack: Pack) -> list[Annex]:
    return [a for a in pack.annexes() if a.kind == "pdf" and a.pages > 0]


def toc_entries(pack: Pack) -> list[tuple[int, str, str]]:
    """(level, text, anchor) of each PDF annex, for the PDF's contents after the pack's own entries."""
    return [(2, a.heading(pack.labels.separator), a.anchor) for a in pdf_annexes(pack)]


def page_counts(pack: Pack) -> list[tuple[str, int]]:
    """(anchor, pages) of each PDF annex, in order."""
    return [(a.anchor, a.pages) for a in pdf_annexes(pack)]


def _hex(colour: theme.Colour) -> colors.Color:
    return colors.HexColor(f"#{colour.hex}")


def _stamps(pack: Pack, sizes: list[tuple[float, float]], first: int, total: int) -> "PdfReader":
    """One page per annex page: the marking top and bottom and "Page n of N", as `pdf._Document._furniture`."""
    from pypdf import PdfReader

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, initialFontName=fonts.LATIN)
    rtl = pack.direction == "rtl"
    marking = fonts.segments(pack.classification)
    marking_width = fonts.string_width(marking, theme.MARKING_SIZE, bold=True)
    for offset, (width, height) in enumerate(sizes):
        canvas.setPageSize((width, height))
        canvas.setFillColor(_hex(theme.MARKING))
        for y in (height - theme.HEADER_DISTANCE, theme.FOOTER_DISTANCE):
            fonts.draw_segments(canvas, (width - marking_width) / 2, y, marking, theme.MARKING_SIZE, bold=True)
        label = pack.labels.page_x_of_y.format(page=first + offset, pages=total)
        segments = fonts.visual_segments(label) if rtl else fonts.segments(label)
        label_width = fonts.string_width(segments, theme.MARKING_SIZE)
        x = theme.MARGIN_LEFT if rtl else width - theme.MARGIN_RIGHT - label_width
        canvas.setFillColor(_hex(theme.MUTED))
        fonts.draw_segments(canvas, x, theme.FOOTER_DISTANCE, segments, theme.MARKING_SIZE)
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _point_destination(writer: "PdfWriter", name: str, page_index: int) -> None:
    """Make the named destination `name` (written by ReportLab at the annex's listing) open `page_index`."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    target = ArrayObject([writer.pages[page_index].indirect_reference, NameObject("/Fit")])
    names = writer._root_object.get("/Names")  # noqa: SLF001 - pypdf exposes the catalog only so
    dests = names.get_object().get("/Dests") if names is not None else None
    if dests is not None:
        stack = [dests.get_object()]
        while stack:
            node = stack.pop()
            for kid in node.get("/Kids", []):
                stack.append(kid.get_object())
            entries = node.get("/Names")
            if entries is None:
                continue
            entries = entries.get_object()
            for index in range(0, len(entries) - 1, 2):
                if str(entries[index]) == name:
                    value = entries[index + 1].get_object()
                    if isinstance(value, DictionaryObject) and "/D" in value:
                        value[NameObject("/D")] = target
                    else:
                        entries[index + 1] = target
                    return
    writer.add_named_destination_array(TextStringObject(name), target)


def append(data: bytes, pack: Pack, pack_pages: int) -> bytes:
    """The pack's PDF with every PDF annex's pages after it, stamped and numbered on; `data` when none."""
    annexes = pdf_annexes(pack)
    if not annexes:
        return data
    from pypdf import PdfReader, PdfWriter

    try:
        readers = [PdfReader(io.BytesIO(a.data)) for a in annexes]
    except Exception as exc:  # noqa: BLE001 - checked on assembly; pypdf raises many kinds
        raise BuildError(translate("Export", "An annex cannot be read as a PDF ({error}).").format(error=str(exc))) from exc
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    total = pack_pages + sum(len(r.pages) for r in readers)
    for annex, reader in zip(annexes, readers):
        start = len(writer.pages)
        for page in reader.pages:
            added = writer.add_page(page)
            if added.rotation:
                added.transfer_rotation_to_content()
            fit(added, pack.paper)  # into the text area: the marking below sits in a clear margin
        added_pages = writer.pages[start:]
        sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in added_pages]
        stamps = _stamps(pack, sizes, start + 1, total)
        for page, stamp in zip(added_pages, stamps.pages):
            page.merge_page(stamp)  # every fitted page's box starts at (0, 0)
        _point_destination(writer, annex.anchor, start)
        writer.add_outline_item(title=annex.heading(pack.labels.separator), page_number=start)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = ["append", "page_counts", "pdf_annexes", "toc_entries"]
