"""Builds `resources/templates/reference.docx`, the Word document whose styles every pack uses.

    python -m briefing_builder.render.reference_docx

An organisation may replace the file with its own house style, as long as it defines the styles named in
`theme.WORD_*_STYLES`. This builder starts from python-docx's default document and removes everything of it
that is not a style (thumbnail, custom XML, editor ids, "python-docx" authorship).
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from ..paths import resource_path
from . import theme

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Briefing Builder</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def reference_path() -> Path:
    return resource_path("templates", "reference.docx")


def _colour(c: theme.Colour) -> RGBColor:
    return RGBColor.from_string(c.hex)


def _paragraph_style(doc, name: str, base: str | None = "Normal"):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = styles[base]
    style.hidden = False
    style.quick_style = True
    return style


def _font(style, size: float | None = None, *, bold: bool | None = None, italic: bool | None = None,
          colour: theme.Colour | None = None, name: str | None = theme.FONT_FAMILY) -> None:
    font = style.font
    if name:
        font.name = name
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        fonts.set(qn("w:cs"), theme.ARABIC_FONT_FAMILY)  # complex script (Arabic) text
        fonts.set(qn("w:eastAsia"), name)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attribute), None)
    if size is not None:
        font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        for tag in ("w:szCs",):
            existing = rpr.find(qn(tag))
            if existing is None:
                existing = parse_xml(f"<{tag} {nsdecls('w')}/>")
                rpr.append(existing)
            existing.set(qn("w:val"), str(int(size * 2)))
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    if colour is not None:
        font.color.rgb = _colour(colour)


def _spacing(style, before: float = 0, after: float = 6, keep_next: bool = False, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep_next
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = line


def _metrics(style, name: str, *, keep_next: bool = False, extra_after: float = 0) -> None:
    """Size, exact line height and spaces from `theme.METRICS`, as the PDF has them: the same lines per page.
    Widow and orphan control is on (two lines at each end of a split paragraph, as in the PDF)."""
    metrics = theme.METRICS[name]
    style.font.size = Pt(metrics.size)
    rpr = style.element.get_or_add_rPr()
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = parse_xml(f"<w:szCs {nsdecls('w')}/>")
        rpr.append(size_cs)
    size_cs.set(qn("w:val"), str(round(metrics.size * 2)))
    fmt = style.paragraph_format
    fmt.space_before = Pt(metrics.before)
    fmt.space_after = Pt(metrics.after + extra_after)
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(metrics.leading)


def _border(style, side: str, colour: theme.Colour, size_eighths: int = 12, space: int = 8) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = parse_xml(f"<w:pBdr {nsdecls('w')}/>")
        ppr.append(borders)
    borders.append(parse_xml(f'<w:{side} {nsdecls("w")} w:val="single" w:sz="{size_eighths}" '
                             f'w:space="{space}" w:color="{colour.hex}"/>'))


def _table_style(doc, name: str, *, header: bool, fill: theme.Colour | None, grid: bool) -> None:
    """A real table style (python-docx has no API for their formatting, so the XML is written here)."""
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.TABLE)
    element = style.element
    for child in list(element):
        if child.tag not in (qn("w:name"),):
            element.remove(child)
    borders = ""
    if grid:
        borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{theme.RULE.hex}"/>'
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.hex}"/>' if fill else ""
    padding = theme.CELL_PADDING if grid else theme.KEY_FIGURE_PADDING
    top, bottom, left, right = (round(p * 20) for p in padding)  # twips
    if grid:
        # Word and LibreOffice add a row's border (0.5 pt, w:sz="4") to its height, ReportLab draws its grid
        # inside the padding: the top margin gives it back, so a row is as tall as in the PDF (measured in
        # LibreOffice: 0.5 pt per row late otherwise, a page late after seven countries side by side).
        top -= 10
    xml = (
        f'<w:root {nsdecls("w")}>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        f'<w:rPr><w:sz w:val="{int(theme.BODY_SIZE * 2 - 1)}"/></w:rPr>'
        f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblCellMar><w:top w:w="{top}" w:type="dxa"/><w:left w:w="{left}" w:type="dxa"/>'
        f'<w:bottom w:w="{bottom}" w:type="dxa"/><w:right w:w="{right}" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f'<w:tcPr>{shade}</w:tcPr>'
    )
    if header:
        xml += (
            '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>'
            f'<w:color w:val="{theme.NAVY.hex}"/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{theme.HEADER_FILL.hex}"/></w:tcPr>'
            '</w:tblStylePr>'
        )
    xml += "</w:root>"
    for child in parse_xml(xml):
        element.append(copy.deepcopy(child))


def _strip_template_leftovers(doc) -> None:
    package = doc.part.package
    for rels in (package.rels, doc.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in (RT.THUMBNAIL, RT.CUSTOM_XML) or rel.reltype.endswith("/stylesWithEffects"):
                del rels[rid]
    app = package.part_related_by(RT.EXTENDED_PROPERTIES)
    app._blob = APP_XML.encode("utf-8")
    settings = doc.settings.element
    for tag in ("w:rsids", "w:savePreviewPicture", "w:proofState", "w:attachedTemplate"):
        for found in settings.findall(qn(tag)):
            settings.remove(found)
    for found in settings.findall("{http://schemas.microsoft.com/office/word/2010/wordml}docId"):
        settings.remove(found)
    body_sect = doc.element.body.find(qn("w:sectPr"))
    for attribute in list(body_sect.attrib):
        body_sect.attrib.pop(attribute)
    props = doc.core_properties
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    props.title = ""
    props.revision = 1


# CT_PPrBase's child order (ECMA-376 Part 1, 17.3.1.26): Word rejects paragraph properties out of order.
_PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
              "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def _sort_paragraph_properties(doc) -> None:
    rank = {qn(f"w:{name}"): index for index, name in enumerate(_PPR_ORDER)}
    for found in list(doc.styles.element.iter(qn("w:contextualSpacing"))):
        # python-docx's list styles drop the space between their items; the PDF keeps it.
        found.getparent().remove(found)
    for ppr in doc.styles.element.iter(qn("w:pPr")):
        children = list(ppr)
        for child in children:
            ppr.remove(child)
        for child in sorted(children, key=lambda c: rank.get(c.tag, len(rank))):
            ppr.append(child)


# Word keeps complex-script (Arabic) bold, italic and size apart from Latin ones: each has its twin.
_COMPLEX_TWINS = {"b": "bCs", "i": "iCs", "sz": "szCs"}


def _complex_script_twins(doc) -> None:
    """Give every `w:b`, `w:i` and `w:sz` of the styles its complex-script twin (`bCs`, `iCs`, `szCs`) with the
    same value, placed right after it as the schema orders them: without it Arabic text of a bold style (Title,
    TOC 1, Key Figure...) is regular in Word and LibreOffice."""
    for rpr in doc.styles.element.iter(qn("w:rPr")):
        for latin, twin in _COMPLEX_TWINS.items():
            found = rpr.find(qn(f"w:{latin}"))
            if found is None:
                continue
            existing = rpr.find(qn(f"w:{twin}"))
            if existing is not None:
                rpr.remove(existing)
            copy_ = parse_xml(f"<w:{twin} {nsdecls('w')}/>")
            value = found.get(qn("w:val"))
            if value is not None:
                copy_.set(qn("w:val"), value)
            found.addnext(copy_)


def build_reference(target: Path) -> Path:
    doc = docx.Document()
    _strip_template_leftovers(doc)

    normal = _paragraph_style(doc, "Normal", None)
    _font(normal, theme.BODY_SIZE, colour=theme.TEXT)
    _spacing(normal, 0, 6, line=theme.LINE_SPACING)
    for name, size, before, after in (("Heading 1", theme.HEADING_SIZES[1], 18, 6),
                                      ("Heading 2", theme.HEADING_SIZES[2], 14, 4),
                                      ("Heading 3", theme.HEADING_SIZES[3], 10, 3)):
        style = _paragraph_style(doc, name)
        _font(style, size, bold=True, italic=False, colour=theme.NAVY)
        _spacing(style, before, after, keep_next=True, line=1.1)
    _border(_paragraph_style(doc, "Heading 1"), "bottom", theme.RULE, size_eighths=6, space=2)

    title = _paragraph_style(doc, "Title")
    _font(title, theme.TITLE_SIZE, bold=True, colour=theme.NAVY)
    _spacing(title, 0, 10, line=1.05)
    title_ppr = title.element.get_or_add_pPr()
    for found in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(found)
    subtitle = _paragraph_style(doc, "Subtitle")
    _font(subtitle, 15, italic=False, colour=theme.ACCENT)
    _spacing(subtitle, 0, 18)

    for name, base in (("List Bullet", "Normal"), ("List Number", "Normal")):
        style = _paragraph_style(doc, name, base)
        _font(style, theme.BODY_SIZE)
        _spacing(style, 0, 4, line=theme.LINE_SPACING)
    quote = _paragraph_style(doc, "Quote")
    _font(quote, theme.BODY_SIZE, italic=True, colour=theme.TEXT)
    _spacing(quote, 2, 2, line=theme.LINE_SPACING)
    quote.paragraph_format.left_indent = Pt(14)
    quote.paragraph_format.right_indent = Pt(14)
    _border(quote, "left", theme.ACCENT, size_eighths=18, space=10)
    caption = _paragraph_style(doc, "Caption")
    _font(caption, theme.NOTE_SIZE, bold=False, italic=False, colour=theme.MUTED)
    _spacing(caption, 0, 10)
    caption.paragraph_format.left_indent = Pt(14)

    for name, size, colour, bold in (("Header", theme.MARKING_SIZE, theme.MARKING, True),
                                     ("Footer", theme.MARKING_SIZE, theme.MUTED, False)):
        style = _paragraph_style(doc, name)
        _font(style, size, bold=bold, colour=colour)
        _spacing(style, 0, 0)
    classification = _paragraph_style(doc, "Classification", "Header")
    _font(classification, theme.MARKING_SIZE, bold=True, colour=theme.MARKING)
    classification.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    toc_heading = _paragraph_style(doc, "TOC Heading", "Heading 1")
    _font(toc_heading, theme.HEADING_SIZES[1], bold=True, colour=theme.NAVY)
    for level, indent in ((1, 0), (2, 14)):
        style = _paragraph_style(doc, f"TOC {level}")
        _font(style, theme.BODY_SIZE, bold=level == 1)
        _spacing(style, 4 if level == 1 else 0, 2)
        style.paragraph_format.left_indent = Pt(indent)

    lead = _paragraph_style(doc, "Lead")
    _font(lead, theme.LEAD_SIZE, colour=theme.TEXT)
    _spacing(lead, 0, 8, line=theme.LINE_SPACING)
    note = _paragraph_style(doc, "Note")
    _font(note, theme.NOTE_SIZE, colour=theme.MUTED)
    _spacing(note, 0, 4, line=1.15)
    figure = _paragraph_style(doc, "Key Figure")
    _font(figure, theme.KEY_FIGURE_SIZE, bold=True, colour=theme.ACCENT)
    _spacing(figure, 0, 0, line=1.0)
    figure_label = _paragraph_style(doc, "Key Figure Label")
    _font(figure_label, theme.BODY_SIZE, colour=theme.TEXT)
    _spacing(figure_label, 0, 0, line=1.15)
    organisation = _paragraph_style(doc, "Cover Organisation")
    _font(organisation, 12, bold=True, colour=theme.MUTED)
    _spacing(organisation, 0, 48)
    cover_meta = _paragraph_style(doc, "Cover Meta")
    _font(cover_meta, 11, colour=theme.TEXT)
    _spacing(cover_meta, 0, 4)
    table_text = _paragraph_style(doc, "Table Text")
    _font(table_text, theme.BODY_SIZE - 0.5)
    _spacing(table_text, 0, 0, line=1.15)

    # The PDF's metrics, style by style (they replace the spacing above where both set it).
    for name, metrics, keep in (("Normal", "body", False), ("Lead", "lead", True), ("Note", "note", False),
                                ("Cover Meta", "meta", False), ("List Bullet", "list", False),
                                ("List Number", "list", False), ("Quote", "quote", False),
                                ("Caption", "caption", False), ("Table Text", "cell", False),
                                ("Key Figure", "figure", False), ("Key Figure Label", "figure_label", False),
                                ("Title", "title", False), ("Subtitle", "subtitle", False),
                                ("Cover Organisation", "organisation", False), ("Heading 2", "h2", True),
                                ("Heading 3", "h3", True)):
        _metrics(_paragraph_style(doc, name), metrics, keep_next=keep)
    # A section heading's rule is its bottom border: the border's space and width stand for the PDF's rule.
    thickness, rule_after = theme.RULE_AFTER_H1
    for name in ("Heading 1", "TOC Heading"):
        style = _paragraph_style(doc, name)
        _metrics(style, "h1" if name == "Heading 1" else "toc_title", keep_next=True)
        style.paragraph_format.space_after = Pt(rule_after)
        ppr = style.element.get_or_add_pPr()
        for found in ppr.findall(qn("w:pBdr")):
            ppr.remove(found)
        space = theme.METRICS["h1" if name == "Heading 1" else "toc_title"].after
        ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{round(thickness * 8)}" '
                             f'w:space="{round(space)}" w:color="{theme.RULE.hex}"/></w:pBdr>'))
    for level in (1, 2):  # the PDF's contents lines: 1.9 times the type size each, no spacing
        fmt = _paragraph_style(doc, f"TOC {level}").paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(theme.BODY_SIZE * 1.9)
    quote = _paragraph_style(doc, "Quote")
    quote.paragraph_format.left_indent = Pt(theme.QUOTE_INDENT)
    quote.paragraph_format.right_indent = Pt(theme.QUOTE_INDENT)
    caption.paragraph_format.left_indent = Pt(14)

    try:
        citation = doc.styles["Citation"]
    except KeyError:
        citation = doc.styles.add_style("Citation", WD_STYLE_TYPE.CHARACTER)
    citation.font.size = Pt(theme.NOTE_SIZE)
    citation.font.color.rgb = _colour(theme.ACCENT)

    _table_style(doc, "Briefing Table", header=True, fill=None, grid=True)
    _table_style(doc, "Callout Table", header=False, fill=theme.CALLOUT_FILL, grid=False)

    _complex_script_twins(doc)
    _sort_paragraph_properties(doc)
    for paragraph in list(doc.paragraphs):
        paragraph._element.getparent().remove(paragraph._element)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else reference_path()
    print(f"wrote {build_reference(out)}")
