"""`TextBlock`: the PDF writer's paragraph, for both text directions.

ReportLab's `Paragraph` parses XML-like markup and runs a general line breaker; for a brief's plain runs of
text (bold, italic, citations) that was most of a build's time (bench/). This flowable takes the pack's `Run`s
directly, so user text is never parsed as markup, measures each distinct word once (a cache), breaks lines
greedily, and draws every same-style stretch of a line as one string, which also keeps the text extractable.

Right-to-left blocks, and left-to-right lines with Arabic in them, break their lines in logical order and then
put each line in visual order by the bidi algorithm (`bidi.visual_runs`; reordering a whole paragraph would
reverse the order of its wrapped lines): the line's same-style stretches, spaces included, are cut at each change
of embedding level, each drawn in its direction (Arabic shaped by HarfBuzz, brackets mirrored) and with a font
for each script in it (`fonts.directed_segments`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from ..pack.model import Run
from . import fonts, theme
from .bidi import indexed_runs, levels
from .links import url_of
from .text import clean, has_arabic

_SPACES = re.compile(r"[ \t]+")
CITATION_COLOUR = colors.HexColor(f"#{theme.ACCENT.hex}")


@lru_cache(maxsize=200_000)
def _measure(text: str, bold: bool, italic: bool, size: float) -> tuple[tuple[fonts.Segment, ...], float]:
    segments = tuple(fonts.segments(text))
    return segments, fonts.string_width(list(segments), size, bold, italic)


@lru_cache(maxsize=64)
def _space(bold: bool, italic: bool, size: float) -> float:
    return pdfmetrics.stringWidth(" ", fonts.font_name(fonts.LATIN, bold, italic), size)


@dataclass(frozen=True)
class _Piece:
    text: str  # logical order
    segments: tuple[fonts.Segment, ...]
    width: float
    bold: bool
    italic: bool
    size: float
    colour: object | None  # None: the style's colour
    ltr: bool  # has left-to-right letters (or is a citation)
    glue: bool = False  # joins the previous piece with no space
    newline: bool = False  # starts a new line
    link: str = ""  # a URL, or "#name" for a destination in the document
    lang: str = ""  # the run's language when not the pack's: drawn inside a /Span <</Lang ...>> sequence


@lru_cache(maxsize=200_000)
def _piece(text: str, bold: bool, italic: bool, size: float, colour: object | None, glue: bool = False,
           newline: bool = False, ltr: bool | None = None, link: str = "", lang: str = "") -> _Piece:
    """One measured word; cached, since briefs repeat their words (pieces are immutable, so sharing is safe)."""
    segments, width = _measure(text, bold, italic, size)
    if ltr is None:
        ltr = not has_arabic(text) and any(c.isalpha() for c in text)
    return _Piece(text, segments, width, bold, italic, size, colour, ltr, glue, newline, link, lang)


def span_start(lang: str) -> str:
    """The marked-content operator that opens a passage in another language (PDF 32000-1, 14.9.2):
    screen readers and text extraction tools read its /Lang; closed by EMC."""
    tag = "".join(c for c in lang if c.isalnum() or c == "-")[:35]
    return f"/Span <</Lang ({tag})>> BDC"


def _kind(word: list[_Piece]) -> str:
    """'rtl' (Arabic), 'ltr' (Latin letters, citations) or 'weak' (numbers and punctuation only)."""
    if any(has_arabic(p.text) for p in word):
        return "rtl"
    return "ltr" if any(p.ltr for p in word) else "weak"


def pieces_of(runs: tuple[Run, ...], bold: bool, italic: bool, size: float,
              links: tuple[str, ...] = ()) -> list[_Piece]:
    """Words (and citations) of the runs, each measured once; newlines become line breaks. `links` gives a link
    per run ("#name" or a URL; "" for none); addresses in the text link to themselves."""
    out: list[_Piece] = []
    after_space = True
    for number, run in enumerate(runs):
        run_link = links[number] if number < len(links) else ""
        if run.citation is not None:
            out.append(_piece(f"[{run.citation}]", False, False, theme.NOTE_SIZE, CITATION_COLOUR, ltr=True,
                              link=run_link))
            after_space = False
            continue
        text = clean(run.text)
        if not text:
            continue
        run_bold, run_italic = bold or run.bold, italic or run.italic
        for line_number, line in enumerate(text.split("\n")):
            words = [w for w in _SPACES.split(line) if w]
            for index, word in enumerate(words):
                glue = (index == 0 and line_number == 0 and bool(out) and not after_space
                        and not line[:1].isspace())
                url = "" if "/" not in word and "www" not in word else url_of(word)
                out.append(_piece(word, run_bold, run_italic, size, CITATION_COLOUR if url else None, glue,
                                  newline=index == 0 and line_number > 0, link=run_link or url, lang=run.lang))
            after_space = line[-1:].isspace() or not line
    return out


_BREAK_AFTER = frozenset("/.-?&=_#")  # where an address (or another over-long word) may break


def _chop(piece: _Piece, width: float) -> list[_Piece]:
    """Cut a word wider than the line into pieces that fit (words longer than a line must still print): after
    one of `/ . - ? & =` where one fits, anywhere only when none does."""
    chunks, text = [], piece.text
    while text:
        low, high = 1, len(text)
        while low < high:  # the longest prefix that fits
            middle = (low + high + 1) // 2
            if _measure(text[:middle], piece.bold, piece.italic, piece.size)[1] <= width:
                low = middle
            else:
                high = middle - 1
        if low < len(text):
            cut = max((i + 1 for i in range(low) if text[i] in _BREAK_AFTER), default=0)
            if cut:
                low = cut
        chunks.append(text[:low])
        text = text[low:]
    return [_piece(chunk, piece.bold, piece.italic, piece.size, piece.colour, glue=False,
                   newline=piece.newline and number == 0, link=piece.link) for number, chunk in enumerate(chunks)]


def break_lines(pieces: list[_Piece], width: float) -> list[list[list[_Piece]]]:
    """Greedy line breaking; returns lines of words, each word a list of glued pieces."""
    words: list[list[_Piece]] = []
    for piece in pieces:
        if piece.width > width:
            for chunk in _chop(piece, width):
                words.append([chunk])
        elif piece.glue and words and not piece.newline:
            words[-1].append(piece)
        else:
            words.append([piece])
    lines: list[list[list[_Piece]]] = [[]]
    used = 0.0
    for word in words:
        word_width = sum(p.width for p in word)
        if word[0].newline and lines[-1]:
            lines.append([])
            used = 0.0
        space = _space(word[0].bold, word[0].italic, word[0].size) if lines[-1] else 0.0
        if lines[-1] and used + space + word_width > width:
            lines.append([])
            used, space = 0.0, 0.0
        lines[-1].append(word)
        used += space + word_width
    return [line for line in lines if line]


class TextBlock(Flowable):
    """A paragraph of runs in one style, left-to-right or right-to-left, optionally with a bullet."""

    def __init__(self, runs: tuple[Run, ...], style: ParagraphStyle, *, rtl: bool = False, bullet: str = "",
                 links: tuple[str, ...] = (), _lines: list | None = None, _first: bool = True) -> None:
        """`links`: one per run, a URL or "#destination" ("" for none); addresses in the text link anyway."""
        super().__init__()
        self.runs, self.style, self.rtl, self.bullet = runs, style, rtl, bullet
        name = style.fontName
        self.bold, self.italic = "Bold" in name, "Italic" in name
        self.size = style.fontSize
        self.pieces = pieces_of(runs, self.bold, self.italic, self.size, links) if _lines is None else []
        self.mixed = any(has_arabic(run.text) for run in runs)  # only then does a left-to-right line need bidi
        self._lines = _lines
        self._first = _first
        self._wrapped_at: float | None = None
        self.spaceBefore = style.spaceBefore if _first else 0
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _inner_width(self, available_width: float) -> float:
        return max(available_width - self.style.leftIndent - self.style.rightIndent, 24)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at != available_width:
            if self.pieces or self._lines is None:
                self._lines = break_lines(self.pieces, self._inner_width(available_width))
            self._wrapped_at = available_width
        self.width = available_width
        self.height = max(len(self._lines or []), 1 if self.bullet else 0) * self.style.leading
        return available_width, self.height

    ORPHANS = WIDOWS = 2  # lines a split paragraph keeps at the foot of a page and at the top of the next

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """At most what fits; never one line alone at either end (orphans and widows), so a paragraph of three
        lines or fewer moves whole."""
        self.wrap(available_width, available_height)
        fit = int((available_height + 1e-6) // self.style.leading)
        lines = self._lines or []
        if fit >= len(lines):
            return [self]
        fit = min(fit, len(lines) - self.WIDOWS)
        if fit < self.ORPHANS:
            return []
        first = TextBlock(self.runs, self.style, rtl=self.rtl, bullet=self.bullet, _lines=lines[:fit],
                          _first=self._first)
        rest = TextBlock(self.runs, self.style, rtl=self.rtl, _lines=lines[fit:], _first=False)
        first.spaceAfter = 0
        return [first, rest]

    def empty(self) -> TextBlock:
        """A block of the same style with no lines (a table cell's part that holds nothing)."""
        return TextBlock((), self.style, rtl=self.rtl, _lines=[], _first=False)

    def is_empty(self) -> bool:
        return not (self._lines if self._lines is not None else self.pieces)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        colour = style.textColor
        text = canvas.beginText() if not self.rtl else None  # one text object for the whole block
        paragraph: list | None = None  # each line's units and levels, for lines drawn by the bidi algorithm
        for index, line in enumerate(self._lines or []):
            baseline = self.height - index * style.leading - self.size - (style.leading - self.size * 1.2) / 2
            if index == 0 and self.bullet and self._first:
                canvas.setFillColor(colour)
                bullet = fonts.visual_segments(self.bullet, self.rtl)  # "1." reads ".1" from the right, as in Word
                if self.rtl:
                    x = self.width - style.bulletIndent - fonts.string_width(bullet, self.size)
                else:
                    x = style.bulletIndent
                fonts.draw_segments(canvas, x, baseline, bullet, self.size)
            spans: list[tuple[float, float, str]] = []
            if text is None or (self.mixed and any(_kind(word) == "rtl" for word in line)):
                if paragraph is None:
                    paragraph = self._paragraph_levels(colour)
                self._draw_bidi(canvas, paragraph[index], baseline, colour, spans)
            else:
                self._draw_ltr(text, line, baseline, colour, spans)
            self._links(canvas, spans, baseline)
        if text is not None:
            canvas.drawText(text)

    def _links(self, canvas, spans: list[tuple[float, float, str]], baseline: float) -> None:
        """Link annotations over the linked words of one line (neighbouring words with one link become one)."""
        merged: list[list] = []
        for x0, x1, link in spans:
            if merged and merged[-1][2] == link and x0 - merged[-1][1] < self.size:
                merged[-1][1] = x1
            else:
                merged.append([x0, x1, link])
        for x0, x1, link in merged:
            rect = (x0, baseline - 0.25 * self.size, x1, baseline + 0.9 * self.size)
            if link.startswith("#"):
                canvas.linkRect("", link[1:], rect, relative=1, thickness=0)
            else:
                canvas.linkURL(link, rect, relative=1, thickness=0)

    def _draw_ltr(self, text_object, line: list[list[_Piece]], y: float, colour: object,
                  spans: list[tuple[float, float, str]]) -> None:
        """Left to right: consecutive text in the same font and colour goes out as one string."""
        x = self.style.leftIndent
        current: tuple | None = None
        buffer: list[str] = []
        start = x

        def flush() -> None:
            if buffer and current is not None:
                if current[3]:
                    text_object._code.append(span_start(current[3]))
                text_object.setTextOrigin(start, y)
                text_object.setFont(current[0], current[1])
                text_object.setFillColor(current[2])
                text_object.textOut("".join(buffer))
                if current[3]:
                    text_object._code.append("EMC")

        for word_index, word in enumerate(line):
            for piece_index, piece in enumerate(word):
                spaced = word_index > 0 and piece_index == 0
                left = x + (_space(piece.bold, piece.italic, piece.size) if spaced else 0)
                for segment_index, segment in enumerate(piece.segments):
                    key = (fonts.font_name(segment.family, piece.bold, piece.italic), piece.size,
                           piece.colour or colour, piece.lang)
                    text = (" " if spaced and segment_index == 0 else "") + segment.text
                    if key != current:
                        flush()
                        if spaced and segment_index == 0:  # the space belongs to the previous style's advance
                            x += _space(piece.bold, piece.italic, piece.size)
                            text = segment.text
                        current, buffer, start = key, [text], x
                    else:
                        buffer.append(text)
                    x += pdfmetrics.stringWidth(text, key[0], key[1])
                if piece.link:
                    spans.append((left, x, piece.link))
        flush()

    def _paragraph_levels(self, colour: object) -> list[tuple[list[tuple[str, tuple]], tuple[int, ...]]]:
        """Each line's units (same-style texts, the spaces between words included) with its embedding levels,
        resolved over the block's lines together as one paragraph (a line-final "-" or number takes its
        direction from what follows on the next line, as in Word and LibreOffice)."""
        lines = []
        for line in self._lines or []:
            units: list[tuple[str, tuple]] = []
            for word_index, word in enumerate(line):
                for piece_index, piece in enumerate(word):
                    key = (piece.bold, piece.italic, piece.size, piece.colour or colour, piece.link, piece.lang)
                    if word_index and not piece_index:
                        units.append((" ", units[-1][1] if units else key))
                    units.append((piece.text, key))
            lines.append(units)
        texts = ["".join(t for t, _ in units) for units in lines]
        joined = ""
        for number, text_ in enumerate(texts):
            if number:
                joined += "\n" if (self._lines[number][0][0].newline) else " "
            joined += text_
        resolved = levels(joined, self.rtl)
        out, offset = [], 0
        for units, text_ in zip(lines, texts):
            line_levels = list(resolved[offset:offset + len(text_)])
            for index in range(len(text_) - 1, -1, -1):  # L1: trailing whitespace at the paragraph level
                if text_[index] != " ":
                    break
                line_levels[index] = 1 if self.rtl else 0
            out.append((units, tuple(line_levels)))
            offset += len(text_) + 1
        return out

    def _draw_bidi(self, canvas, line: tuple[list[tuple[str, tuple]], tuple[int, ...]], y: float, colour: object,
                   spans: list[tuple[float, float, str]]) -> None:
        """A line in visual order by the bidi algorithm, aligned to the right (right-to-left blocks) or to the
        left; each same-style stretch of one embedding level is one run."""
        units, line_levels = line
        drawn = []
        for start, text, key, rtl in indexed_runs(units, self.rtl, line_levels):
            bold, italic, size = key[0], key[1], key[2]
            for segment in fonts.directed_segments(text, rtl, start):
                drawn.append((segment, key, fonts.segment_width(segment, size, bold, italic)))
        total = sum(width for _, _, width in drawn)
        if self.rtl:
            x = self.width - self.style.leftIndent - total
        else:
            x = self.style.leftIndent
        placed = []
        for segment, key, width in drawn:
            placed.append((segment.order, x, segment, key))
            if key[4]:
                spans.append((x, x + width, key[4]))
            x += width
        current_colour = None
        for _order, left, segment, key in sorted(placed, key=lambda p: p[0]):  # reading order (bidi.py)
            bold, italic, size, fill, _link, lang = key
            if fill != current_colour:
                canvas.setFillColor(fill)
                current_colour = fill
            if lang:
                canvas._code.append(span_start(lang))
            fonts.draw_segments(canvas, left, y, [segment], size, bold, italic)
            if lang:
                canvas._code.append("EMC")
