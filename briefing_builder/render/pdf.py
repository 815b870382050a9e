"""PDF writer: a `Pack` to a print-ready PDF with ReportLab platypus and the bundled, embedded fonts.

One layout pass. The numbers that are only known at the end (the page count in "Page X of Y" and the page of
each contents entry) are form XObjects that every page references and that are defined when the canvas saves;
ReportLab's `multiBuild` would lay the whole document out two or three times instead (bench/ measures both).
The contents link to the sections; headings become PDF bookmarks. Invariant mode and dates taken from the pack
make the same pack give the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak

from .. import __version__
from ..errors import BuildError, Cancelled
from ..messages import translate
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
from . import fonts, pdf_annex, pdf_blocks, theme
from .output import atomic_write_bytes
from .isolates import isolated_figure
from .links import Links, is_empty, source_entry_number
from .pdf_flow import EndWithNext, bind
from .pdf_table import BriefTable
from .pdf_text import TextBlock
from .text import clean


# Compressed streams are stored as binary, not ASCII85: smaller files, and 15% less time per page (bench/).
rl_config.useA85 = 0


def _hex(colour: theme.Colour) -> colors.Color:
    return colors.HexColor(f"#{colour.hex}")


# ------------------------------------------------------------------------------------------------ styles
def _stylesheet() -> dict[str, ParagraphStyle]:
    """Every paragraph style of the PDF, from the one theme (convention 10; `theme.METRICS` is shared with the
    Word styles)."""
    fonts.register()
    m = theme.METRICS
    bold, italic = fonts.font_name(fonts.LATIN, True, False), fonts.font_name(fonts.LATIN, False, True)

    def style(name: str, metrics: str, parent: ParagraphStyle | None = None, **extra) -> ParagraphStyle:
        size = m[metrics]
        base = {} if parent is not None else {"fontName": fonts.LATIN, "textColor": _hex(theme.TEXT),
                                               "alignment": TA_LEFT, "bulletFontName": fonts.LATIN}
        return ParagraphStyle(name, parent=parent, fontSize=size.size, leading=size.leading,
                              spaceBefore=size.before, spaceAfter=size.after, **base, **extra)

    body = style("body", "body")
    styles = {
        "body": body,
        "lead": style("lead", "lead", body, keepWithNext=1),
        "note": style("note", "note", body, textColor=_hex(theme.MUTED)),
        "meta": style("meta", "meta", body),
        "bullet": style("bullet", "list", body, leftIndent=theme.LIST_INDENT["bullet"],
                        bulletIndent=theme.LIST_MARKER_INDENT["bullet"]),
        "number": style("number", "list", body, leftIndent=theme.LIST_INDENT["number"],
                        bulletIndent=theme.LIST_MARKER_INDENT["number"]),
        "quote": style("quote", "quote", body, fontName=italic),
        "caption": style("caption", "caption", body, textColor=_hex(theme.MUTED), leftIndent=14),
        "cell": style("cell", "cell", body),
        "figure": style("figure", "figure", body, fontName=bold, textColor=_hex(theme.ACCENT)),
        "figure_label": style("figure_label", "figure_label", body),
        "title": style("title", "title", body, fontName=bold, textColor=_hex(theme.NAVY)),
        "subtitle": style("subtitle", "subtitle", body, textColor=_hex(theme.ACCENT)),
        "organisation": style("organisation", "organisation", body, fontName=bold, textColor=_hex(theme.MUTED)),
        "toc_title": style("toc_title", "toc_title", body, fontName=bold, textColor=_hex(theme.NAVY)),
    }
    for level in theme.HEADING_SIZES:
        styles[f"h{level}"] = style(f"h{level}", f"h{level}", body, fontName=bold, textColor=_hex(theme.NAVY),
                                    keepWithNext=1)
    return styles


# ------------------------------------------------------------------------------------------------ state
@dataclass
class _State:
    """What the layout pass learns and the final forms need: the last page, and each heading's page."""

    pages: int = 0
    heading_pages: dict[str, int] = field(default_factory=dict)
    toc: list[tuple[int, str, str]] = field(default_factory=list)
    outline_levels: list[int] = field(default_factory=list)
    appended: list[tuple[str, int]] = field(default_factory=list)  # (anchor, pages) of the PDF annexes after the pack

    def total_pages(self) -> int:
        """The pack's pages and its annexes' (whose first pages the contents show)."""
        page = self.pages
        for anchor, count in self.appended:
            self.heading_pages[anchor] = page + 1
            page += count
        return page


class _PackTimeStamp(TimeStamp):
    """ReportLab's invariant timestamp, but at the pack's date: metadata dates come from the pack."""

    def __init__(self, when: _dt.datetime) -> None:
        super().__init__(invariant=True)
        self.t = when.replace(tzinfo=_dt.timezone.utc).timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]


def _make_canvas_class(state: _State, pack: Pack) -> type[Canvas]:
    when = pack.document_time()  # never after the build (pack.created)

    class BriefCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = fonts.LATIN  # else every page's preamble references Helvetica
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _PackTimeStamp(when)
            self.setCreator(f"Briefing Builder {__version__}")

        def save(self) -> None:
            # The late numbers: total pages, and the page of every contents entry.
            size = theme.NOTE_SIZE + 0.5
            self.beginForm("bbPages", lowerx=0, lowery=-4, upperx=40, uppery=14)
            self.setFont(fonts.LATIN, theme.MARKING_SIZE)
            self.setFillColor(_hex(theme.MUTED))
            total = state.total_pages()  # the pack's pages and its PDF annexes'
            if pack.direction == "rtl":  # the count sits left of "... of": flush with the words, at its slot's right
                self.drawRightString(pdfmetrics.stringWidth("000", fonts.LATIN, theme.MARKING_SIZE), 0,
                                     str(total))
            else:
                self.drawString(0, 0, str(total))
            self.endForm()
            for index, (_level, _text, anchor) in enumerate(state.toc):
                self.beginForm(f"bbToc{index}", lowerx=-60, lowery=-4, upperx=2, uppery=16)
                self.setFont(fonts.LATIN, size + 1)
                self.setFillColor(_hex(theme.TEXT))
                self.drawRightString(0, 0, str(state.heading_pages.get(anchor, "")))
                self.endForm()
            super().save()

    return BriefCanvas


# ------------------------------------------------------------------------------------------------ flowables
class _Anchor(Flowable):
    """A zero-height mark: a named destination, an outline entry and the page number of a heading."""

    def __init__(self, state: _State, anchor: str, text: str, level: int) -> None:
        super().__init__()
        self.state, self.anchor, self.text, self.level = state, anchor, text, level
        self.width = self.height = 0
        self._ZEROSIZE = True  # takes no space (ReportLab's frames and pdf_flow honour it)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        self.state.heading_pages[self.anchor] = canvas.getPageNumber()
        canvas.bookmarkHorizontal(self.anchor, 0, 14)
        if self.level <= 2:
            level = self.level - 1
            if level == 1 and (not self.state.outline_levels or self.state.outline_levels[-1] < 0):
                level = 0  # an outline cannot jump a level
            canvas.addOutlineEntry(clean(self.text) or "-", self.anchor, level, closed=level > 0)
            self.state.outline_levels.append(level)


class _Destination(Flowable):
    """A zero-height named destination (a link target), kept with what follows it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.width = self.height = 0
        self._ZEROSIZE = True  # takes no space (ReportLab's frames and pdf_flow honour it)
        self.keepWithNext = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.name, 0, 14)


class _TocLine(Flowable):
    """One contents entry: the heading (clipped to one line), dot leaders, the page number, a link to it."""

    def __init__(self, index: int, level: int, text: str, anchor: str, rtl: bool) -> None:
        super().__init__()
        self.index, self.level, self.text, self.anchor, self.rtl = index, level, text, anchor, rtl
        self.size = theme.NOTE_SIZE + 1.5 if level > 1 else theme.BODY_SIZE
        self.bold = level == 1
        self.height = self.size * 1.9

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        indent = 0 if self.level == 1 else 16
        number_width = 34
        def cut(text: str) -> list[fonts.Segment]:
            return fonts.visual_segments(text, self.rtl)

        segments = cut(self.text)
        limit = self.width - indent - number_width - 12
        while fonts.string_width(segments, self.size, self.bold) > limit and len(self.text) > 4:
            self.text = self.text[: max(1, int(len(self.text) * 0.9))].rstrip() + "…"
            segments = cut(self.text)
        width = fonts.string_width(segments, self.size, self.bold)
        y = self.size * 0.5
        canvas.setFillColor(_hex(theme.NAVY if self.level == 1 else theme.TEXT))
        if self.rtl:  # entries read from the right; the numbers sit at the left
            fonts.draw_segments(canvas, self.width - indent - width, y, segments, self.size, self.bold)
            dots_from, dots_to = number_width + 6, self.width - indent - width - 6
            number_x = number_width
        else:
            fonts.draw_segments(canvas, indent, y, segments, self.size, self.bold)
            dots_from, dots_to = indent + width + 6, self.width - number_width - 2
            number_x = self.width
        canvas.setFillColor(_hex(theme.RULE))
        canvas.setFont(fonts.LATIN, self.size)
        dot = pdfmetrics.stringWidth(". ", fonts.LATIN, self.size)
        if dots_to > dots_from:
            count = int((dots_to - dots_from) / dot)
            canvas.drawString(dots_to - count * dot, y, ". " * count)
        canvas.saveState()
        canvas.translate(number_x, y)
        canvas.doForm(f"bbToc{self.index}")
        canvas.restoreState()
        canvas.linkRect("", self.anchor, (0, 0, self.width, self.height), relative=1, thickness=0)


class _Barred(Flowable):
    """A quotation: its text indented, with an accent bar beside it; splits across pages like its text."""

    BAR, GAP = 2.5, theme.QUOTE_INDENT

    def __init__(self, content: Flowable, rtl: bool) -> None:
        super().__init__()
        self.content, self.rtl = content, rtl

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.height = self.content.wrap(available_width - 2 * self.GAP, available_height)
        self.width = available_width
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.content.split(available_width - 2 * self.GAP, available_height)
        return [_Barred(part, self.rtl) for part in parts]

    def draw(self) -> None:
        canvas = self.canv
        self.content.drawOn(canvas, self.GAP, 0)
        x = self.width - self.BAR if self.rtl else self.BAR
        canvas.setStrokeColor(_hex(theme.ACCENT))
        canvas.setLineWidth(self.BAR)
        canvas.line(x, 0, x, self.height)


# ------------------------------------------------------------------------------------------------ story
class _Story:
    """Turns the pack's blocks into flowables; one dispatch on block type (convention 8)."""

    def __init__(self, pack: Pack, state: _State, styles: dict[str, ParagraphStyle], text_width: float,
                 frame_height: float) -> None:
        self.pack, self.state, self.styles, self.width = pack, state, styles, text_width
        self.frame_height = frame_height
        self.links = Links(pack)
        self.rtl_pack = pack.direction == "rtl"

    def paragraph(self, runs: tuple[Run, ...], style: str, direction: str, bullet: str = "",
                  entry: int | None = None) -> Flowable:
        """A paragraph; citations link to their source's entry, and a source entry's number (`entry`) links
        back to the first citation of it."""
        links = tuple("#" + self.links.source_name(r.citation) if r.citation in self.links.listed else ""
                      for r in runs)
        if entry is not None and entry in self.links.cited and runs:
            links = ("#" + self.links.citation_name(entry),) + links[1:]
        return TextBlock(runs, self.styles[style], rtl=direction == "rtl", bullet=bullet, links=links)

    def block(self, block: Block) -> list[Flowable]:
        """The block's flowables, after the destinations of the citations it makes first (and, for a source
        entry, of the entry itself)."""
        if is_empty(block):
            return []
        marks: list[Flowable] = [_Destination(self.links.citation_name(n)) for n in self.links.first_citations(block)]
        entry = source_entry_number(block, self.links.listed)
        if entry is not None:
            marks.append(_Destination(self.links.source_name(entry)))
            return marks + [self.paragraph(block.runs, block.style, block.direction, entry=entry)]
        return marks + self._block(block)

    def _block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, Paragraph):
            return [self.paragraph(block.runs, block.style, block.direction)]
        if isinstance(block, BulletList):
            return [self.paragraph(entry, "number" if block.numbered else "bullet", block.direction,
                                   f"{n}." if block.numbered else "•")
                    for n, entry in enumerate(block.items, 1)]
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, KeyFigure):
            return self.key_figure(block)
        if isinstance(block, Quote):
            return self.quote(block)
        if isinstance(block, PageBreak):
            return [RLPageBreak()]
        if isinstance(block, PersonProfile):
            return pdf_blocks.person_profile(self, block)
        if isinstance(block, QAPair):
            return pdf_blocks.qa_pair(self, block)
        if isinstance(block, MeetingTable):
            return pdf_blocks.meeting_table(self, block)
        if isinstance(block, Annex):
            return ([_Destination(block.anchor)] if block.kind == "pdf" else []) + pdf_blocks.annex(self, block)
        raise TypeError(f"unknown block {type(block).__name__}")  # pragma: no cover - closed set of types

    def heading(self, block: Heading) -> list[Flowable]:
        """The anchor, the heading and (level 1) its rule, each kept with what follows (`pdf_flow.bind`)."""
        flowables: list[Flowable] = []
        if block.anchor:
            flowables.append(_Anchor(self.state, block.anchor, block.text, block.level))
        flowables.append(self.paragraph((Run(block.text),), f"h{min(block.level, 3)}", block.direction))
        if block.level == 1:
            thickness, after = theme.RULE_AFTER_H1
            flowables.append(HRFlowable(width="100%", thickness=thickness, color=_hex(theme.RULE), spaceBefore=0,
                                        spaceAfter=after))
        for flowable in flowables:
            flowable.keepWithNext = 1  # a heading never ends a page
        return flowables

    def table(self, block: Table) -> list[Flowable]:
        columns = max([len(block.header)] + [len(r) for r in block.rows]) or 1
        weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
        widths = [self.width * w / sum(weights) for w in weights]
        has_header = any(h.strip() for h in block.header)
        header = None
        if has_header:
            names = list(block.header) + [""] * (columns - len(block.header))
            header = [self.paragraph((Run(h, bold=True),), "cell", block.direction) for h in names]
        rows = [[self.paragraph(cell, "cell", block.direction) for cell in row]
                + [self.paragraph((), "cell", block.direction) for _ in range(columns - len(row))]
                for row in block.rows]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),  # the cells' default, else Helvetica is referenced
            ("GRID", (0, 0), (-1, -1), 0.5, _hex(theme.RULE)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        table = BriefTable(header, rows, widths, commands=commands,
                           header_commands=[("BACKGROUND", (0, 0), (-1, 0), _hex(theme.HEADER_FILL))],
                           rtl=block.direction == "rtl", frame_height=self.frame_height,
                           h_align="RIGHT" if block.direction == "rtl" else "LEFT", language=self.pack.language)
        out: list[Flowable] = [table]
        if block.caption:
            out.append(self.paragraph((Run(block.caption),), "caption", block.direction))
        else:
            out.append(Spacer(1, theme.BLOCK_GAP))
        return out

    def key_figure(self, block: KeyFigure) -> list[Flowable]:
        label: tuple[Run, ...] = (Run(block.label, lang=block.lang),)
        if block.as_of:
            label += (Run(f" ({block.as_of})", italic=True),)
        if block.citation is not None:
            label += (Run("", citation=block.citation),)
        label_flow = self.paragraph(label, "figure_label", block.direction)
        if block.value:
            cells = [self.paragraph((Run(isolated_figure(block.value, block.direction)),), "figure", block.direction), label_flow]
            share = theme.KEY_FIGURE_VALUE_SHARE
            widths = [self.width * share, self.width * (1 - share)]
        else:
            cells, widths = [label_flow], [self.width]
        table = BriefTable(None, [cells], widths, rtl=block.direction == "rtl", frame_height=self.frame_height,
                           padding=theme.KEY_FIGURE_PADDING, commands=[
                               ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN),
                               ("BACKGROUND", (0, 0), (-1, -1), _hex(theme.CALLOUT_FILL)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ])
        return [table, Spacer(1, theme.KEY_FIGURE_GAP)]

    def quote(self, block: Quote) -> list[Flowable]:
        box = _Barred(self.paragraph(block.runs, "quote", block.direction), rtl=block.direction == "rtl")
        caption: tuple[Run, ...] = ((Run("— "), Run(block.attribution, lang=block.attribution_lang))
                                    if block.attribution else ())
        if block.citation is not None:
            caption += (Run("", citation=block.citation),)
        if not caption:
            return [box, Spacer(1, theme.BLOCK_GAP)]
        # the attribution never starts a page alone: the quotation's last lines go with it (pdf_flow); it is set
        # in the pack's direction, not the quotation's: the attribution is the pack's own words
        return [EndWithNext(box, self.paragraph(caption, "caption", self.pack.direction), self.frame_height)]

    def cover(self) -> list[Flowable]:
        cover, direction = self.pack.cover, self.pack.direction
        flow: list[Flowable] = []
        if cover.organisation:
            flow.append(self.paragraph((Run(cover.organisation),), "organisation", direction))
        if cover.logo_path and Path(cover.logo_path).is_file():
            try:
                reader = ImageReader(cover.logo_path)
                width, height = reader.getSize()
                target = 18 * theme.MM
                flow.append(Image(cover.logo_path, width=target * width / height, height=target,
                                  hAlign="RIGHT" if direction == "rtl" else "LEFT"))
            except Exception as exc:  # a broken logo must not stop the pack
                raise BuildError(translate("Export", "The organisation logo {path} cannot be read ({error}).").format(
                    path=str(cover.logo_path), error=str(exc))) from exc
        flow.append(Spacer(1, 55 * theme.MM))
        flow.append(self.paragraph((Run(cover.title),), "title", direction))
        if cover.subtitle:
            flow.append(self.paragraph((Run(cover.subtitle),), "subtitle", direction))
        flow.append(HRFlowable(width="100%", thickness=1.2, color=_hex(theme.ACCENT), spaceAfter=14))
        for label, value in cover.meta_lines:
            flow.append(self.paragraph((Run(f"{label}{self.pack.labels.separator}", bold=True), Run(value)), "meta",
                                          direction))
        flow += [NextPageTemplate("body"), RLPageBreak()]
        return flow

    def contents(self) -> list[Flowable]:
        flow: list[Flowable] = [self.paragraph((Run(self.pack.labels.contents),), "toc_title", self.pack.direction)]
        flow.append(HRFlowable(width="100%", thickness=0.6, color=_hex(theme.RULE), spaceAfter=8))
        for index, (level, text, anchor) in enumerate(self.state.toc):
            flow.append(_TocLine(index, level, text, anchor, self.rtl_pack))
        flow.append(RLPageBreak())
        return flow


# ------------------------------------------------------------------------------------------------ document
class _Document(BaseDocTemplate):
    def __init__(self, target, pack: Pack, state: _State, progress: Callable[[int, int, str], None] | None,
                 cancelled: Callable[[], bool] | None, total: int) -> None:
        width, height = theme.PAPER_SIZES_PT[pack.paper]
        super().__init__(
            target, pagesize=(width, height), leftMargin=theme.MARGIN_LEFT, rightMargin=theme.MARGIN_RIGHT,
            topMargin=theme.MARGIN_TOP, bottomMargin=theme.MARGIN_BOTTOM, title=clean(pack.title),
            author=clean(pack.author), subject=clean(pack.subject), keywords=[clean(k) for k in pack.keywords],
            creator=f"Briefing Builder {__version__}", invariant=1, lang=pack.language,
        )
        self.pack, self.state, self.progress, self.cancelled, self.total = pack, state, progress, cancelled, total
        self.done = 0
        # Between two paragraphs the larger of the space after and the space before, as LibreOffice lays out
        # the DOCX (measured); ReportLab's frames do the same by default.
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, overlapAttachedSpace=1)
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self._furniture),
                               PageTemplate("body", [frame], onPage=self._furniture)])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        self.done += 1
        if self.done % 50 == 0:
            if self.cancelled and self.cancelled():
                raise Cancelled()
            if self.progress:
                self.progress(min(self.done, self.total), self.total, "PDF blocks laid out")

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Classification at the top and bottom of every page; "Page X of Y" at the bottom."""
        page = canvas.getPageNumber()
        self.state.pages = max(self.state.pages, page)
        width, height = doc.pagesize
        canvas.saveState()
        marking = fonts.visual_segments(self.pack.classification, self.pack.direction == "rtl")
        marking_width = fonts.string_width(marking, theme.MARKING_SIZE, bold=True)
        canvas.setFillColor(_hex(theme.MARKING))
        for y in (height - theme.HEADER_DISTANCE, theme.FOOTER_DISTANCE):
            fonts.draw_segments(canvas, (width - marking_width) / 2, y, marking, theme.MARKING_SIZE, bold=True)
        canvas.setStrokeColor(_hex(theme.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(theme.MARGIN_LEFT, height - theme.HEADER_DISTANCE - 5, width - theme.MARGIN_RIGHT,
                    height - theme.HEADER_DISTANCE - 5)
        canvas.line(theme.MARGIN_LEFT, theme.FOOTER_DISTANCE + 11, width - theme.MARGIN_RIGHT,
                    theme.FOOTER_DISTANCE + 11)
        self._page_label(canvas, page, width)
        canvas.restoreState()

    def _page_label(self, canvas: Canvas, page: int, width: float) -> None:
        template = self.pack.labels.page_x_of_y
        before, _, rest = template.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        size = theme.MARKING_SIZE
        estimate = pdfmetrics.stringWidth("000", fonts.LATIN, size)  # room for the page count form
        if self.pack.direction == "rtl":  # the count comes last, so at the left; bidi orders the rest
            laid = [("text", fonts.visual_segments(after)), ("form", []),
                    ("text", fonts.visual_segments(f"{before}{page}{middle}"))]
        else:
            laid = [("text", fonts.segments(f"{before}{page}{middle}")), ("form", []), ("text", fonts.segments(after))]
        total = sum(estimate if kind == "form" else fonts.string_width(segs, size) for kind, segs in laid)
        x = theme.MARGIN_LEFT if self.pack.direction == "rtl" else width - theme.MARGIN_RIGHT - total
        y = theme.FOOTER_DISTANCE
        canvas.setFillColor(_hex(theme.MUTED))
        for kind, segs in laid:
            if kind == "form":
                canvas.saveState()
                canvas.translate(x, y)
                canvas.doForm("bbPages")
                canvas.restoreState()
                x += estimate
            else:
                x += fonts.draw_segments(canvas, x, y, segs, size)


def render_bytes(pack: Pack, *, progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> tuple[bytes, dict[str, int]]:
    """The PDF's bytes, and the page of each heading (anchor -> page), e.g. to pre-fill Word's contents."""
    fonts.register()
    state = _State(toc=pack.toc_entries() + pdf_annex.toc_entries(pack), appended=pdf_annex.page_counts(pack))
    styles = _stylesheet()
    width, height = theme.PAPER_SIZES_PT[pack.paper]
    story_builder = _Story(pack, state, styles, width - theme.MARGIN_LEFT - theme.MARGIN_RIGHT,
                           height - theme.MARGIN_TOP - theme.MARGIN_BOTTOM)
    story: list[Flowable] = (story_builder.cover() + story_builder.contents() if pack.front_matter
                             else pdf_blocks.note_head(story_builder))
    for section in pack.sections:
        for block in section.blocks:
            story += story_builder.block(block)
    story = bind(story, height - theme.MARGIN_TOP - theme.MARGIN_BOTTOM)
    buffer = io.BytesIO()
    document = _Document(buffer, pack, state, progress, cancelled, len(story))
    with collector_paused():  # full collections over a long story stall every thread (see memory.py)
        document.build(story, canvasmaker=_make_canvas_class(state, pack))
    data = pdf_annex.append(buffer.getvalue(), pack, state.pages) if state.appended else buffer.getvalue()
    return data, dict(state.heading_pages)


def write(pack: Pack, path: Path, *, progress: Callable[[int, int, str], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> tuple[Path, dict[str, int]]:
    """Write `pack` as PDF to `path` atomically; returns the path and the heading pages."""
    data, pages = render_bytes(pack, progress=progress, cancelled=cancelled)
    if cancelled and cancelled():
        raise Cancelled()
    return atomic_write_bytes(Path(path), data), pages


__all__ = ["render_bytes", "write"]
