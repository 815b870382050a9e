"""Word writer: a `Pack` to an editable .docx in the house style of `resources/templates/reference.docx`.

python-docx handles the package, the section, header and footer and the document properties. The body is built
as WordprocessingML text in one pass and never parsed: it is streamed into the zip in place of a marker paragraph
(python-docx's paragraph-by-paragraph API costs about three times as much for a 100-page pack; see bench/).
Every user string goes through `text.clean` and XML escaping (`docx_text`, which also collects the characters the
embedded font subsets must hold); each block's citations are worked out once per pack (`links.Links`).

Files are reproducible: the same pack gives the same bytes (fixed zip timestamps and order, dates from the pack).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape as _escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from .. import __version__
from ..errors import Cancelled
from ..memory import collector_paused
from ..pack.model import (
    Annex,
    Block,
    BulletList,
    Heading,
    KeyFigure,
    MeetingTable,
    Pack,
    PageBreak,
    Paragraph,
    PersonProfile,
    QAPair,
    Quote,
    Run,
    Table,
)
from . import docx_blocks, docx_fonts, theme
from .hyphenation import soft_hyphenate
from .isolates import isolated_figure, unbreakable_citation
from .output import atomic_write_bytes
from .reference_docx import reference_path
from .links import Links, is_empty, source_entry_number, split_urls
from .docx_page import PAPER_TWIPS, TWIPS_PER_PT, page_furniture
from .docx_text import ETHIOPIC as _ETHIOPIC
from .docx_text import WordText, escape_plain, ethiopic_fonts as _ethiopic_fonts, is_plain, script_flags
from .text import clean


def _ethiopic_rpr(text: str) -> str:
    """A run's properties naming Noto Sans Ethiopic when the text is Ge'ez (headings write their runs directly)."""
    return f"<w:rPr>{_ethiopic_fonts()}</w:rPr>" if _ETHIOPIC.search(text) else ""

_PARAGRAPH_STYLES = {"body": "Normal", "lead": "Lead", "note": "Note", "meta": "Cover Meta"}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _word_name(name: str) -> str:
    """A Word bookmark name: letters, digits and underscores, at most 40 characters."""
    return "".join(c if c.isalnum() else "_" for c in name)[:40]


WORD_LANGUAGES = {"en": "en-GB", "fr": "fr-FR", "pt": "pt-PT", "ar": "ar-SA"}  # Word wants a region


def word_language(code: str) -> str:
    return WORD_LANGUAGES.get(code, code)


@lru_cache(maxsize=64)
def _lang(code: str) -> str:
    """A run's language (issue 11): Arabic is a complex script, so its tag goes in w:bidi."""
    tag = _escape(word_language(code), {'"': "&quot;"})
    return f'<w:lang w:bidi="{tag}"/>' if code.split("-")[0] == "ar" else f'<w:lang w:val="{tag}"/>'


def _bookmark_name(anchor: str) -> str:
    name = "_Toc_" + "".join(c if c.isalnum() else "_" for c in anchor)
    return name[:40]


class _Body:
    """Turns the pack's blocks into WordprocessingML, one dispatch on block type (convention 8)."""

    def __init__(self, pack: Pack, style_ids: dict[str, str], numbering: "_Numbering", text_width_twips: int,
                 page_hints: dict[str, int] | None, relate: Callable[[str], str] | None = None) -> None:
        """`relate(url)` registers an external hyperlink and returns its relationship id."""
        self.pack = pack
        self.page_height = PAPER_TWIPS[pack.paper][1] - (theme.MARGIN_TOP + theme.MARGIN_BOTTOM) * TWIPS_PER_PT
        self.style = style_ids
        self.numbering = numbering
        self.width = text_width_twips
        self.page_hints = page_hints or {}
        self.bookmark_id = 0
        self.break_pending = False
        self.links = Links(pack)
        self.first_cites: set[int] = set()
        self.relate = relate
        self.picture: docx_blocks.Picture | None = None  # set by render_bytes: photos need the document's parts
        self.text = WordText()
        self.out: list[str] = []
        self._citations: dict[int, str] = {}  # number -> its run (and link): the same XML each time
        self._logo_at = -1  # where the cover's logo goes in `out`
        self._dispatch: dict[type, Callable[[Block], None]] = {
            Heading: self.heading, Paragraph: self._paragraph_block, BulletList: self.bullets, Table: self.table,
            KeyFigure: self.key_figure, Quote: self.quote, PageBreak: lambda _: self.page_break(),
            # the blocks of a real brief (issue 12), written by docx_blocks
            PersonProfile: lambda b: docx_blocks.person_profile(self, b),
            QAPair: lambda b: docx_blocks.qa_pair(self, b),
            MeetingTable: lambda b: docx_blocks.meeting_table(self, b),
            Annex: lambda b: docx_blocks.annex(self, b)}

    # --- inline
    def _bookmark(self, name: str, content: str) -> str:
        self.bookmark_id += 1
        return (f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>{content}'
                f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>')

    def citation(self, number: int) -> str:
        """` [n]`, linked to source n's entry; the pack's first `[n]` is also where the entry links back to."""
        xml = self._citations.get(number)
        if xml is None:
            xml = (f'<w:r><w:rPr><w:rStyle w:val="{self.style["Citation"]}"/></w:rPr>'
                   f'<w:t xml:space="preserve"> {unbreakable_citation(number)}</w:t></w:r>')
            if number in self.links.listed:
                xml = (f'<w:hyperlink w:anchor="{_word_name(Links.source_name(number))}" w:history="1">{xml}'
                       '</w:hyperlink>')
            self._citations[number] = xml
        if number in self.first_cites:
            self.first_cites.discard(number)
            xml = self._bookmark(_word_name(Links.citation_name(number)), xml)
        return xml

    def run(self, run: Run, extra_props: str = "") -> str:
        if run.citation is not None:
            return self.citation(run.citation)
        text = run.text
        if not text:
            return ""
        if "/" in text or "www" in text:
            parts = split_urls(text)
            if len(parts) > 1 or parts[0][1]:  # addresses become external hyperlinks
                return "".join([self._text_run(Run(part, run.bold, run.italic, lang=run.lang), extra_props, url)
                                for part, url in parts])  # each part keeps the passage's language
        return self._text_run(run, extra_props)

    def _text_run(self, run: Run, extra_props: str = "", url: str = "") -> str:
        text = run.text
        props = extra_props
        if run.bold:
            props += "<w:b/><w:bCs/>"
        if run.italic:
            props += "<w:i/><w:iCs/>"
        if url:
            props += f'<w:color w:val="{theme.ACCENT.hex}"/>'
        if is_plain(text):  # most runs: no script to flag, nothing to clean
            escaped = escape_plain(text)
        else:
            escaped = self.text.escape(text)
            arabic, ethiopic = script_flags(text)
            if arabic:
                props += "<w:rtl/>"
            if ethiopic:  # Word has no Ge'ez default: name the bundled font for every slot
                props = _ethiopic_fonts() + props
        if run.lang:  # a passage not in the pack's language (its default, set in the styles)
            props += _lang(run.lang)
        xml = f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escaped}</w:t></w:r>' if props else \
            f'<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r>'
        if url and self.relate is not None:
            xml = f'<w:hyperlink r:id="{self.relate(url)}" w:history="1">{xml}</w:hyperlink>'
        return xml

    def runs(self, runs: tuple[Run, ...], extra_props: str = "") -> str:
        run = self.run
        return "".join([run(r, extra_props) for r in runs])

    def paragraph(self, style: str, content: str, direction: str = "ltr", extra_ppr: str = "",
                  after_bidi: str = "") -> str:
        """A paragraph; `extra_ppr` goes before `w:bidi` (numPr, tabs), `after_bidi` after it (spacing, ind), as
        the schema orders them. A pending page break becomes `w:pageBreakBefore` (no empty line on the new page)."""
        bidi = "<w:bidi/>" if direction == "rtl" else ""  # jc left unset: RIGHT would render left in RTL
        brk = ""
        if self.break_pending:
            brk, self.break_pending = "<w:pageBreakBefore/>", False
            if "<w:spacing" not in after_bidi:  # the PDF's frame drops a heading's space before at a page top
                after_bidi = '<w:spacing w:before="0"/>' + after_bidi
        return (f'<w:p><w:pPr><w:pStyle w:val="{self.style[style]}"/>{brk}{extra_ppr}{bidi}{after_bidi}</w:pPr>'
                f'{content}</w:p>')

    def page_break(self) -> None:
        self.break_pending = True

    def flush_break(self) -> None:
        """Before a table, which cannot carry the break: a one-point paragraph holding it."""
        if self.break_pending:
            self.break_pending = False
            self.out.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                            '</w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')

    def spacer(self, points: float, direction: str) -> None:
        """An empty paragraph exactly `points` high (the PDF's Spacer)."""
        self.out.append(self.paragraph("Normal", "", direction, after_bidi=(
            f'<w:spacing w:before="0" w:after="0" w:line="{round(points * TWIPS_PER_PT)}" w:lineRule="exact"/>')))

    # --- blocks
    def block(self, block: Block) -> None:
        if is_empty(block):  # no empty shaded boxes, bars or grids
            return
        self.first_cites = set(self.links.first_citations(block))
        entry = source_entry_number(block, self.links.listed) if self.links.listed else None
        if entry is not None:  # a source entry: its bookmark, and its number linking back to the first citation
            number, rest = block.runs[0], block.runs[1:]
            head = self._text_run(number)
            if entry in self.links.cited:
                head = f'<w:hyperlink w:anchor="{_word_name(Links.citation_name(entry))}" w:history="1">{head}</w:hyperlink>'
            content = self._bookmark(_word_name(Links.source_name(entry)), head) + self.runs(rest)
            self.out.append(self.paragraph(_PARAGRAPH_STYLES[block.style], content, block.direction))
            return
        write = self._dispatch.get(type(block))
        if write is None:  # pragma: no cover - the model's block types are closed
            raise TypeError(f"unknown block {type(block).__name__}")
        write(block)

    def _paragraph_block(self, block: Paragraph) -> None:
        self.out.append(self.paragraph(_PARAGRAPH_STYLES[block.style], self.runs(block.runs), block.direction))

    def heading(self, block: Heading) -> None:
        style = f"Heading {min(block.level, 3)}"
        text = f'<w:r>{_ethiopic_rpr(block.text)}<w:t xml:space="preserve">{self.text.escape(block.text)}</w:t></w:r>'
        if block.anchor:
            self.bookmark_id += 1
            name = _bookmark_name(block.anchor)
            text = (f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>{text}'
                    f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>')
        self.out.append(self.paragraph(style, text, block.direction))

    def bullets(self, block: BulletList) -> None:
        kind = "number" if block.numbered else "bullet"
        left = theme.LIST_INDENT[kind] * TWIPS_PER_PT
        hanging = left - theme.LIST_MARKER_INDENT[kind] * TWIPS_PER_PT
        ind = f'<w:ind w:left="{round(left)}" w:hanging="{round(hanging)}"/>'  # the PDF's indents, not numbering's
        if block.numbered:
            num_id = self.numbering.restart()
            numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            for entry in block.items:
                self.out.append(self.paragraph("List Number", self.runs(entry), block.direction, numpr, ind))
        else:
            for entry in block.items:
                self.out.append(self.paragraph("List Bullet", self.runs(entry), block.direction, after_bidi=ind))

    @staticmethod
    def _characters_per_line(widths: list[int]) -> list[int]:
        """For each column, the characters a line of its cells holds (half an em each)."""
        em = (theme.BODY_SIZE - 0.5) * TWIPS_PER_PT * 0.5
        return [max(int((width - 200) / em), 1) for width in widths]

    def _row_height(self, row: tuple[tuple[Run, ...], ...], characters_per_line: list[int]) -> float:
        """A row's height in twips, estimated from its longest cell (`_characters_per_line`)."""
        size = theme.BODY_SIZE - 0.5
        lines = 1
        for cell, per_line in zip(row, characters_per_line):
            length = sum([len(r.text) for r in cell])
            if length <= per_line:
                continue
            if any("\n" in r.text for r in cell):
                text = "".join(r.text for r in cell)
                lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")))
            else:
                lines = max(lines, -(-length // per_line))
        return lines * size * theme.LINE_SPACING * TWIPS_PER_PT + 160

    def _cell(self, content: str, width: int, fill: str = "") -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{content}</w:tc>'

    def table(self, block: Table) -> None:
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
        widths = [int(self.width * w / sum(weights)) for w in weights]
        has_header = any(h.strip() for h in block.header)
        rtl = block.direction == "rtl"
        self.flush_break()
        look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" ' \
               'w:noHBand="1" w:noVBand="1"/>' if has_header else \
               '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" ' \
               'w:noHBand="1" w:noVBand="1"/>'
        parts = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style["Briefing Table"]}"/>'
                 f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{"<w:bidiVisual/>" if rtl else ""}{look}</w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
        if has_header:
            cells = "".join(self._cell(self.paragraph("Table Text", self.run(Run(h, bold=True)), block.direction),
                                       widths[i]) for i, h in enumerate(block.header))
            parts.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>")
        # Every body cell is one "Table Text" paragraph: its opening tags are the same all through the table.
        opening = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle '
                   f'w:val="{self.style["Table Text"]}"/>{"<w:bidi/>" if rtl else ""}</w:pPr>' for w in widths]
        runs = self.runs
        per_line = self._characters_per_line(widths)
        language = self.pack.language
        longest = [int(n * 0.8) for n in per_line]
        hyphenated = soft_hyphenate
        for row in block.rows:
            # words too wide for a narrow column get soft hyphens, so Word breaks them as the PDF does (pdf_words)
            # (the estimate of characters per line is for regular text: bold labels are wider, hence the margin)
            row = tuple(cell if all(r.text is hyphenated(r.text, longest[i], r.lang or language) for r in cell) else
                        tuple(replace(r, text=hyphenated(r.text, longest[i], r.lang or language)) for r in cell)
                        for i, cell in enumerate(row))
            cells = "".join([f"{opening[i]}{runs(cell)}</w:p></w:tc>" for i, cell in enumerate(row)])
            # A row moves whole to the next page unless it is long (as in the PDF): Word then splits it.
            whole = "<w:cantSplit/>" if self._row_height(row, per_line) <= self.page_height / 2 else ""
            parts.append(f"<w:tr><w:trPr>{whole}</w:trPr>{cells}</w:tr>")
        parts.append("</w:tbl>")
        self.out.append("".join(parts))
        if block.caption:
            self.out.append(self.paragraph("Caption", self.run(Run(block.caption)), block.direction))
        else:  # Word merges adjacent tables; a spacer paragraph keeps them apart (the PDF's gap)
            self.spacer(theme.BLOCK_GAP, block.direction)

    def key_figure(self, block: KeyFigure) -> None:
        self.flush_break()
        value = self.paragraph("Key Figure", self.run(Run(isolated_figure(block.value, block.direction))), block.direction)
        label_runs = (Run(block.label, lang=block.lang),) + ((Run(f" ({block.as_of})", italic=True),) if block.as_of else ()) + \
            ((Run("", citation=block.citation),) if block.citation is not None else ())
        label = self.paragraph("Key Figure Label", self.runs(label_runs), block.direction)
        if block.value:  # the figure big on the left, its label beside it
            share = int(self.width * theme.KEY_FIGURE_VALUE_SHARE)
            widths = [share, self.width - share]
            cells = [self._cell(value, widths[0]), self._cell(label, widths[1])]
        else:  # no figure to show: the label takes the whole box
            widths, cells = [self.width], [self._cell(label, self.width)]
        self.out.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style["Callout Table"]}"/>'
            f'<w:tblW w:w="{self.width}" w:type="dxa"/>{"<w:bidiVisual/>" if block.direction == "rtl" else ""}'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
            f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{"".join(cells)}</w:tr></w:tbl>')
        self.spacer(theme.KEY_FIGURE_GAP, block.direction)

    def quote(self, block: Quote) -> None:
        quote = self.paragraph("Quote", self.runs(block.runs), block.direction)
        caption = (Run("— "), Run(block.attribution, lang=block.attribution_lang)) if block.attribution else ()
        if block.citation is not None:
            caption += (Run("", citation=block.citation),)
        if caption:  # the attribution never starts a page alone (the PDF's pdf_flow.EndWithNext); keepNext
            # comes right after pStyle in the schema's order
            style_end = quote.index("/>", quote.index("<w:pStyle")) + 2
            quote = quote[:style_end] + "<w:keepNext/>" + quote[style_end:]
        self.out.append(quote)
        if caption:
            # the pack's direction, not the quotation's: the attribution is the pack's own words
            self.out.append(self.paragraph("Caption", self.runs(caption), self.pack.direction))
        else:
            self.spacer(theme.BLOCK_GAP, block.direction)

    # --- page furniture
    def cover(self) -> None:
        cover = self.pack.cover
        direction = self.pack.direction
        if cover.organisation:
            self.out.append(self.paragraph("Cover Organisation", self.run(Run(cover.organisation)), direction))
        self._logo_at = len(self.out)
        self.out.append("")  # the logo's paragraph, if any (`render`'s `logo`)
        # The title sits a third of the way down the cover, as in the PDF.
        self.out.append(self.paragraph("Title", self.run(Run(cover.title)), direction,
                                       after_bidi=f'<w:spacing w:before="{round(55 * theme.MM * TWIPS_PER_PT)}"/>'))
        if cover.subtitle:
            self.out.append(self.paragraph("Subtitle", self.run(Run(cover.subtitle)), direction))
        for label, value in cover.meta_lines:
            label_run = self.run(Run(f"{label}{self.pack.labels.separator}", bold=True))
            self.out.append(self.paragraph("Cover Meta", label_run + self.run(Run(value)),
                                           direction))
        self.page_break()

    def contents(self) -> None:
        """A TOC field whose result is pre-filled with the headings, so it is never empty before an update."""
        entries = self.pack.toc_entries()
        direction = self.pack.direction
        self.out.append(self.paragraph("TOC Heading", self.run(Run(self.pack.labels.contents)), direction))
        tab = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{self.width}"/></w:tabs>'
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        for index, (level, text, anchor) in enumerate(entries):
            name = _bookmark_name(anchor)
            page = self.page_hints.get(anchor)
            number = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> '
                      f'PAGEREF {name} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                      f'<w:r><w:t>{page if page is not None else ""}</w:t></w:r>'
                      '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            link = (f'<w:hyperlink w:anchor="{name}" w:history="1"><w:r><w:t xml:space="preserve">'
                    f'{self.text.escape(text)}</w:t></w:r>'
                    f'<w:r><w:tab/></w:r>{number}</w:hyperlink>')
            content = (begin if index == 0 else "") + link + (end if index == len(entries) - 1 else "")
            self.out.append(self.paragraph(f"TOC {min(level, 2)}", content, direction, tab))
        self.page_break()

    def render(self, cancelled: Callable[[], bool] | None, logo: Callable[[], str] = str) -> str:
        """The body's XML; `logo()` gives the cover logo's paragraph (called after the body, as its image's
        relationship comes after the hyperlinks')."""
        if self.pack.front_matter:
            self.cover()
            self.contents()
        else:  # a one-page note: no cover, so no logo
            docx_blocks.note_head(self)
        block = self.block
        for section in self.pack.sections:
            if cancelled and cancelled():
                raise Cancelled()
            for item in section.blocks:
                block(item)
        if self._logo_at >= 0:
            self.out[self._logo_at] = logo()
        return "".join(self.out)


class _Numbering:
    """New list instances for numbered lists, so that each one starts again at 1."""

    def __init__(self, doc: docx.document.Document, style_id: str) -> None:
        self.part = doc.part.numbering_part
        self.element = self.part.element
        styles = doc.styles.element
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
        num = self.element.find(f"{qn('w:num')}[@{qn('w:numId')}='{num_id}']")
        self.abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        self.next_id = max(int(n.get(qn("w:numId"))) for n in self.element.findall(qn("w:num"))) + 1

    def restart(self) -> int:
        num_id = self.next_id
        self.next_id += 1
        self.element.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return num_id


def _properties(doc: docx.document.Document, pack: Pack) -> None:
    when = pack.document_time()  # never after the build (pack.created)
    props = doc.core_properties
    props.title = clean(pack.title)[:255]
    props.subject = clean(pack.subject)[:255]
    props.author = clean(pack.author)[:255]
    props.last_modified_by = clean(pack.author)[:255]
    props.keywords = clean("; ".join(pack.keywords))[:255]
    props.category = "Briefing pack"
    props.comments = f"Made with Briefing Builder {__version__}"
    props.content_status = clean(pack.classification)[:255]
    props.language = pack.language
    _default_language(doc, pack.language)
    props.identifier = str(pack.manifest.get("content_sha256", ""))
    props.version = __version__
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


def _default_language(doc: docx.document.Document, language: str) -> None:
    """The document's default language is the pack's: runs in another language carry their own w:lang."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    tag = word_language(language)
    lang.set(qn("w:bidi" if language.split("-")[0] == "ar" else "w:val"), tag)
    if language.split("-")[0] == "ar":
        lang.set(qn("w:val"), word_language("en"))  # Latin-script runs in an Arabic pack: names, codes, URLs


def _logo(doc: docx.document.Document, pack: Pack) -> str:
    """The cover logo's paragraph, or "": it goes through python-docx, which registers the image part."""
    path = pack.cover.logo_path
    if not path or not Path(path).is_file():
        return ""
    paragraph = doc.add_paragraph()
    paragraph.add_run().add_picture(path, height=Mm(18))
    element = paragraph._element
    element.getparent().remove(element)
    from lxml import etree

    return etree.tostring(element, encoding="unicode")


BODY_MARKER = "@@briefing-builder-body@@"
_STYLE_IDS: dict[tuple[str, int, int], dict[str, str]] = {}


def _style_ids(doc: docx.document.Document, path: Path) -> dict[str, str]:
    """Style name -> style id of the reference document, worked out once per file (python-docx builds an
    object per style to tell, a fifth of a short pack's time)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key not in _STYLE_IDS:
        _STYLE_IDS[key] = {style.name: style.style_id for style in doc.styles}
    return dict(_STYLE_IDS[key])


def reproducible_zip(data: bytes, body: bytes | None = None,
                     transform: Callable[[dict[str, bytes]], dict[str, bytes]] | None = None) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes, in the same entry order: same input, same bytes.

    With `body`, the paragraph holding `BODY_MARKER` in word/document.xml is replaced by it: the body of a
    long pack never becomes an XML tree in memory (1,000 pages would take several hundred MB), nor is it copied
    into the part: it is written to the zip as it is. `transform` may change or add entries (new ones go last);
    it sees word/document.xml with the marker, before the body goes in.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    if transform is not None:
        parts = transform(parts)
    spliced: tuple[str, int, int] | None = None  # (entry, start, end): where `body` replaces the marker
    if body is not None:
        content = parts["word/document.xml"]
        marker = content.index(BODY_MARKER.encode())
        start = content.rindex(b"<w:p>", 0, marker)
        end = content.index(b"</w:p>", marker) + len(b"</w:p>")
        spliced = ("word/document.xml", start, end)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            fixed = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            # Deflating the fonts would cost more time than it saves bytes (~40%); photos are compressed already.
            if name.endswith((".odttf", ".jpeg", ".jpg", ".png")):
                fixed.compress_type = zipfile.ZIP_STORED
            if spliced is not None and spliced[0] == name:  # streamed: the long body is never copied again
                _, start, end = spliced
                with target.open(fixed, "w") as stream:
                    stream.write(content[:start])
                    stream.write(body)
                    stream.write(content[end:])
            else:
                target.writestr(fixed, content)
    return out.getvalue()


def render_bytes(pack: Pack, *, page_hints: dict[str, int] | None = None,
                 cancelled: Callable[[], bool] | None = None, reference: Path | None = None) -> bytes:
    """The .docx file's bytes for `pack`. `page_hints` (anchor -> page) pre-fill the contents' page numbers."""
    path = Path(reference or reference_path())
    doc = docx.Document(str(path))
    style_ids = _style_ids(doc, path)
    width, _ = PAPER_TWIPS[pack.paper]
    text_width = int(width - (theme.MARGIN_LEFT + theme.MARGIN_RIGHT) * TWIPS_PER_PT)
    page_furniture(doc, pack, style_ids, text_width)
    def relate(url: str) -> str:
        return doc.part.relate_to(url, RT.HYPERLINK, is_external=True)

    body = _Body(pack, style_ids, _Numbering(doc, style_ids["List Number"]), text_width, page_hints, relate)
    body.picture = docx_blocks.picture_maker(doc)
    with collector_paused():
        xml = body.render(cancelled, lambda: _logo(doc, pack))
    sect_pr = doc.element.body.find(qn("w:sectPr"))
    sect_pr.addprevious(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>{BODY_MARKER}</w:t></w:r></w:p>'))
    _properties(doc, pack)
    buffer = io.BytesIO()
    doc.save(buffer)
    # The fonts cover every character of the body and the page furniture (ASCII is in every base subset).
    used = body.text.used() + pack.classification + pack.labels.page_x_of_y
    data = reproducible_zip(buffer.getvalue(), xml.encode("utf-8"), lambda parts: docx_fonts.embed(parts, used))
    if any(a.kind == "docx" for a in pack.annexes()):
        data = reproducible_zip(docx_blocks.append_annexes(data, pack))
    return data


def write(pack: Pack, path: Path, *, page_hints: dict[str, int] | None = None,
          cancelled: Callable[[], bool] | None = None) -> Path:
    """Write `pack` as .docx to `path` atomically (a temporary file beside it, then a rename)."""
    data = render_bytes(pack, page_hints=page_hints, cancelled=cancelled)
    if cancelled and cancelled():
        raise Cancelled()
    return atomic_write_bytes(Path(path), data)


__all__ = ["render_bytes", "reproducible_zip", "write"]
