"""Word rendering of the blocks of a real brief (issue 12): a person with photo, a likely ask and its response,
label/value tables, annexes; and the one-page note's heading in place of the cover and contents.

`docx._Body` dispatches to these functions (its one dispatch on block type); they write WordprocessingML through
the body's own helpers (`paragraph`, `runs`, `table`), so escaping and styles stay in one place. Photos go
through python-docx (`new_pic_inline` registers the image part) with the alternative text in `wp:docPr/@descr`.
Word annexes are appended with docxcompose after the pack is written (`append_annexes`).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from ..errors import BuildError
from ..messages import translate
from ..pack.model import Annex, MeetingTable, Pack, PersonProfile, QAPair, Run
from . import theme
from .docx_page import TWIPS_PER_PT
from .text import clean

PHOTO_WIDTH_MM = 28  # the PDF's (pdf_blocks.PHOTO_WIDTH)
Picture = Callable[[bytes, str], str]  # (image bytes, alternative text) -> a w:r holding the drawing


def picture_maker(doc: Any) -> Picture:
    """Pictures for the body XML: each image part registered on `doc`, each drawing with its own id."""
    counter = iter(range(5001, 10**9))

    def picture(data: bytes, alt: str) -> str:
        inline = doc.part.new_pic_inline(io.BytesIO(data), Mm(PHOTO_WIDTH_MM), None)
        number = str(next(counter))
        doc_pr = inline.find(qn("wp:docPr"))
        doc_pr.set("id", number)  # python-docx numbers from the (still empty) body: unique ids by hand
        doc_pr.set("descr", clean(alt))
        doc_pr.set("title", clean(alt))
        for c_nv_pr in inline.iter(qn("pic:cNvPr")):
            c_nv_pr.set("id", number)
            c_nv_pr.set("descr", clean(alt))
        return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"

    return picture


_NO_BORDERS = ("<w:tblBorders>" + "".join(f'<w:{side} w:val="nil"/>' for side in
                                          ("top", "left", "bottom", "right", "insideH", "insideV"))
               + "</w:tblBorders>")


def person_profile(body: Any, block: PersonProfile) -> None:
    """Photo beside the name, role and details (a borderless two-column table), then the biography lines."""
    rtl = block.direction == "rtl"
    sep = body.pack.labels.separator
    body.flush_break()  # first: a pending break must not land inside the table's cell
    keep = "<w:keepNext/>"  # the row stays with the biography after it (as the PDF keeps them together)
    text = [body.paragraph("Lead", body.run(Run(block.name, bold=True)), block.direction, keep)]
    if block.role:
        text.append(body.paragraph("Normal", body.run(Run(block.role, italic=True)), block.direction, keep))
    for label, value in block.details:
        text.append(body.paragraph("Note", body.runs((Run(label + sep, bold=True), Run(value))), block.direction,
                                   keep))
    if block.lines:
        # The first biography line sits in the same unsplittable row as the photo and name: LibreOffice ignores
        # keepNext from a table cell to the paragraph after the table, and moved that line alone to the next page.
        text.append(_bio_line(body, block.lines[0], block.direction))
    photo_width = round(PHOTO_WIDTH_MM * theme.MM * 20) + 200
    if block.photo and body.picture is not None:
        widths = [photo_width, body.width - photo_width]
        # Line spacing "auto": the styles' exact spacing would clip the picture to one line's height.
        photo = body.paragraph("Normal", body.picture(block.photo, block.photo_alt), block.direction, keep,
                               after_bidi='<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>')
        cells = [body._cell(photo, widths[0]), body._cell("".join(text), widths[1])]
    else:
        widths, cells = [body.width], [body._cell("".join(text), body.width)]
    body.out.append(
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{"<w:bidiVisual/>" if rtl else ""}{_NO_BORDERS}'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
        f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{"".join(cells)}</w:tr></w:tbl>')
    if block.lines[1:]:
        from ..pack.model import BulletList

        body.bullets(BulletList(block.lines[1:], direction=block.direction))
    else:
        body.spacer(theme.BLOCK_GAP, block.direction)


def _bio_line(body: Any, line: tuple[Run, ...], direction: str) -> str:
    """One biography bullet as `docx._Body.bullets` writes it (the same style and indents), for inside a cell."""
    left = theme.LIST_INDENT["bullet"] * TWIPS_PER_PT
    hanging = left - theme.LIST_MARKER_INDENT["bullet"] * TWIPS_PER_PT
    ind = f'<w:ind w:left="{round(left)}" w:hanging="{round(hanging)}"/>'
    return body.paragraph("List Bullet", body.runs(line), direction, after_bidi=ind)


def qa_pair(body: Any, block: QAPair) -> None:
    sep = body.pack.labels.separator
    question = ((Run(block.question_label + sep, bold=True),) if block.question_label else ()) + block.question
    answer = ((Run(block.answer_label + sep, italic=True),) if block.answer_label else ()) + block.answer
    body.out.append(body.paragraph("Lead", body.runs(question), block.direction))
    body.out.append(body.paragraph("Normal", body.runs(answer), block.direction))


def meeting_table(body: Any, block: MeetingTable) -> None:
    body.table(block.as_table())


def annex(body: Any, block: Annex) -> None:
    runs = (Run(block.heading(body.pack.labels.separator), bold=True),) + ((Run(f" — {block.note}"),)
                                                                          if block.note else ())
    body.out.append(body.paragraph("Normal", body.runs(runs), block.direction))


def note_head(body: Any) -> None:
    """A one-page note opens with its title and the cover's label/value lines, no cover or contents page."""
    cover, direction = body.pack.cover, body.pack.direction
    body.out.append(body.paragraph("Title", body.run(Run(cover.title)), direction))
    if cover.subtitle:
        body.out.append(body.paragraph("Subtitle", body.run(Run(cover.subtitle)), direction))
    runs: list[Run] = []
    for index, (label, value) in enumerate(cover.meta_lines):  # one line, as the PDF's (pdf_blocks._meta_runs)
        runs += ([Run(" · ")] if index else []) + [Run(f"{label}{body.pack.labels.separator}", bold=True), Run(value)]
    if runs:
        body.out.append(body.paragraph("Cover Meta", body.runs(tuple(runs)), direction))


def append_annexes(data: bytes, pack: Pack) -> bytes:
    """The Word pack with each Word annex appended after a page break (docxcompose: styles, numbering, images
    and relationships of the annex are carried over). Returns `data` unchanged when there are none."""
    annexes = [a for a in pack.annexes() if a.kind == "docx"]
    if not annexes:
        return data
    with _docxcompose_namespaces():
        return _compose(data, pack, annexes)


@contextlib.contextmanager
def _docxcompose_namespaces() -> Iterator[None]:
    """docxcompose rebinds python-docx's shared prefix map on import ("cp" to the custom-properties namespace,
    where python-docx means core properties): every later document would lose its core properties (seen: the
    classification gone from the next pack's properties). Its mapping holds only while composing."""
    from docx.oxml.ns import nsmap

    saved = dict(nsmap)
    try:
        from docxcompose.utils import NS

        nsmap.update(NS)
        yield
    finally:
        nsmap.clear()
        nsmap.update(saved)


def _compose(data: bytes, pack: Pack, annexes: list[Annex]) -> bytes:
    import docx
    from docxcompose.composer import Composer

    master = docx.Document(io.BytesIO(data))
    composer = Composer(master)
    for entry in annexes:
        master.add_page_break()
        master.add_paragraph(clean(entry.heading(pack.labels.separator)), style="Heading 1")
        try:
            annex_document = docx.Document(io.BytesIO(entry.data))
        except Exception as exc:  # noqa: BLE001 - checked on assembly; python-docx raises many kinds
            raise BuildError(translate("Export", "The Word annex {title} cannot be opened ({error}).").format(
                title=repr(entry.title), error=type(exc).__name__)) from exc
        composer.append(annex_document)
    out = io.BytesIO()
    composer.save(out)
    return out.getvalue()
