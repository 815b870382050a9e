"""The Word document's page: paper size and margins from the theme, and the running header and footer.

The header holds the marking over a hairline; the footer is one line under a hairline, as in the PDF: the
marking centred and "Page X of Y" at the line's end, placed by tab stops (see `_footer_xml`).
"""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from ..pack.model import Pack
from . import theme
from .docx_text import WordText, ethiopic_fonts, script_flags
from .text import clean

PAPER_TWIPS = {"a4": (11906, 16838), "letter": (12240, 15840)}
TWIPS_PER_PT = 20


def _field_runs(instruction: str, cached: str) -> str:
    """A field (PAGE, NUMPAGES) with its cached result, as Word writes one."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instruction} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{cached}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def page_furniture(doc: docx.document.Document, pack: Pack, style_ids: dict[str, str], text_width: int) -> None:
    """Paper, margins and header and footer distances from the theme; the marking in the header; the footer."""
    section = doc.sections[0]
    width, height = PAPER_TWIPS[pack.paper]
    section.page_width, section.page_height = width * 635, height * 635  # EMU per twip
    section.left_margin, section.right_margin = Mm(theme.MARGIN_LEFT / theme.MM), Mm(theme.MARGIN_RIGHT / theme.MM)
    section.top_margin, section.bottom_margin = Mm(theme.MARGIN_TOP / theme.MM), Mm(theme.MARGIN_BOTTOM / theme.MM)
    section.header_distance = Mm(theme.HEADER_DISTANCE / theme.MM)
    section.footer_distance = Mm(theme.FOOTER_DISTANCE / theme.MM)
    if pack.direction == "rtl":
        section._sectPr.append(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = doc.styles["Classification"]
    paragraph.add_run(clean(pack.classification))
    # The PDF's hairline under the marking (a paragraph border; schema order: right after the style).
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="{theme.RULE.hex}"/></w:pBdr>')
    paragraph._p.get_or_add_pPr().find(qn("w:pStyle")).addnext(border)
    if pack.direction == "rtl":  # every paragraph of a right-to-left pack carries its direction (after pBdr)
        border.addnext(parse_xml(f"<w:bidi {nsdecls('w')}/>"))
    footer = section.footer
    footer.is_linked_to_previous = False
    element = footer._element
    for old in list(element):
        element.remove(old)
    element.append(parse_xml(_footer_xml(doc, pack, style_ids, text_width)))


def _footer_xml(doc: docx.document.Document, pack: Pack, style_ids: dict[str, str], text_width: int) -> str:
    """The footer as one line under a hairline, as in the PDF: the marking centred, "Page X of Y" at the line's
    end (the right, or the left in a right-to-left pack), by a centre and an end tab stop across the text width
    (the style's own stops, set for another paper, cleared)."""
    text = WordText()
    style_tabs = doc.styles["Footer"].element.findall(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
    clear = "".join(f'<w:tab w:val="clear" w:pos="{tab.get(qn("w:pos"))}"/>' for tab in style_tabs
                    if tab.get(qn("w:pos")) not in (str(text_width // 2), str(text_width)))
    tabs = (f'<w:tabs>{clear}<w:tab w:val="center" w:pos="{text_width // 2}"/>'
            f'<w:tab w:val="right" w:pos="{text_width}"/></w:tabs>')

    def run(value: str, props: str = "") -> str:
        if not value:
            return ""
        arabic, ethiopic = script_flags(value)
        props = (ethiopic_fonts() if ethiopic else "") + props + ("<w:rtl/>" if arabic else "")
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{text.escape(value)}</w:t></w:r>'

    marking = run(pack.classification, f'<w:b/><w:bCs/><w:color w:val="{theme.MARKING.hex}"/>')
    before, _, after = pack.labels.page_x_of_y.partition("{page}")
    middle, _, tail = after.partition("{pages}")
    label = run(before) + _field_runs("PAGE", "1") + run(middle) + _field_runs("NUMPAGES", "1") + run(tail)
    bidi = "<w:bidi/>" if pack.direction == "rtl" else ""
    rule = f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="{theme.RULE.hex}"/></w:pBdr>'  # the PDF's
    return (f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style_ids["Footer"]}"/>{rule}{tabs}{bidi}</w:pPr>'
            f'<w:r><w:tab/></w:r>{marking}<w:r><w:tab/></w:r>{label}</w:p>')


__all__ = ["PAPER_TWIPS", "TWIPS_PER_PT", "page_furniture"]
