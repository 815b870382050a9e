"""Word rendering of the blocks of a real brief (issue 12): a person with photo, a likely ask and its response,
label/value tables, annexes; and the one-page note's heading in place of the cover and contents.

`docx._Body` dispatches to these functions (its one dispatch on block type); they write WordprocessingML through
the body's own helpers (`paragraph`, `runs`, `table`), so escaping and styles stay in one place. Photos go
through python-docx (`new_pic_inline` registers the image part) with the alternative text in `wp:docPr/@descr`.
Word annexes are appended with docxcompose after the pack is written (`append_annexes`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from ..errors import BuildError
from ..pack.model import Annex, MeetingTable, Pack, PersonProfile, QAPair, Run
from . import theme
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
    text = [body.paragraph("Lead", body.run(Run(block.name, bold=True)), block.direction)]
    if block.role:
        text.append(body.paragraph("Normal", body.run(Run(block.role, italic=True)), block.direction))
    for label, value in block.details:
        text.append(body.paragraph("Note", body.runs((Run(label + sep, bold=True), Run(value))), block.direction))
    body.flush_break()
    photo_width = round(PHOTO_WIDTH_MM * theme.MM * 20) + 200
    if block.photo and body.picture is not None:
        widths = [photo_width, body.width - photo_width]
        # Line spacing "auto": the styles' exact spacing would clip the picture to one line's height.
        photo = body.paragraph("Normal", body.picture(block.photo, block.photo_alt), block.direction,
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
    if block.lines:
        from ..pack.model import BulletList

        body.bullets(BulletList(block.lines, direction=block.direction))
    else:
        body.spacer(theme.BLOCK_GAP, block.direction)


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
    for label, value in cover.meta_lines:
        body.out.append(body.paragraph("Cover Meta", body.run(Run(f"{label}{body.pack.labels.separator}", bold=True))
                                       + body.run(Run(value)), direction))


def append_annexes(data: bytes, pack: Pack) -> bytes:
    """The Word pack with each Word annex appended after a page break (docxcompose: styles, numbering, images
    and relationships of the annex are carried over). Returns `data` unchanged when there are none."""
    annexes = [a for a in pack.annexes() if a.kind == "docx"]
    if not annexes:
        return data
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
            raise BuildError(f"The Word annex {entry.title!r} cannot be opened ({type(exc).__name__}).") from exc
        composer.append(annex_document)
    out = io.BytesIO()
    composer.save(out)
    return out.getvalue()
