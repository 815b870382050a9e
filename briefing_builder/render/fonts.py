"""Bundled fonts for the PDF writer: registration, per-character fallback, and the text's runs in visual order.

ReportLab draws a glyph only if the font has it, and does no shaping or bidi of its own. So text is cut into
segments that each get a font which covers them: Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic for
Arabic (shaped by HarfBuzz, `shaping.py`, so joining forms, ligatures and vowel marks are the font's own); DejaVu
Sans for symbols; a subset of Symbola for emoji and pictographs (drawn in black and white: PDF fonts have no
colour); and a visible replacement (□) for what no bundled font has, instead of an invisible missing glyph.
Segments of a right-to-left run (`Segment.rtl`) are shaped right to left, which also mirrors their brackets; the
order of runs in a line is the bidi algorithm's (`bidi.py`, `visual_segments`).

ReportLab 5.1 writes each character's Unicode value into the PDF's ToUnicode map as 4 hex digits, which is wrong for
characters beyond U+FFFF (emoji): readers would extract garbage. `_to_unicode_cmap` writes them as UTF-16 surrogate
pairs, as the PDF specification asks, and writes the typed text of a shaped glyph (`shaping.unicode_of`) in place of
its private code; it is installed in place of ReportLab's function when the fonts are registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path
from . import shaping, theme
from .bidi import indexed_runs
from .text import clean, is_arabic_char

LATIN = "NotoSans"
ARABIC = "NotoSansArabic"
SYMBOLS = "DejaVuSans"
EMOJI = "SymbolaEmoji"
ETHIOPIC = "NotoSansEthiopic"  # Ge'ez script (Amharic, Tigrinya): no shaping needed, one glyph per syllable
REPLACEMENT = "\u25a1"  # □, drawn for characters no bundled font has

FILES = theme.FONT_FILES


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's `makeToUnicodeCMap`, with each value written as UTF-16BE hex (PDF 1.7, 9.10.3): the same bytes
    as ReportLab's for U+0000-FFFF, a surrogate pair beyond."""
    def utf16_hex(code: int) -> str:
        text = shaping.unicode_of(code)
        text = chr(code) if text is None else text
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16_hex(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


@lru_cache(maxsize=None)
def register() -> None:
    """Register the bundled fonts with ReportLab (once per process)."""
    from reportlab.lib.fonts import addMapping

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=f"{LATIN}-Bold", italic=f"{LATIN}-Italic",
                                  boldItalic=f"{LATIN}-BoldItalic")
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=f"{ARABIC}-Bold", italic=ARABIC,
                                  boldItalic=f"{ARABIC}-Bold")
    pdfmetrics.registerFontFamily(ETHIOPIC, normal=ETHIOPIC, bold=f"{ETHIOPIC}-Bold", italic=ETHIOPIC,
                                  boldItalic=f"{ETHIOPIC}-Bold")
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)
            addMapping(EMOJI, bold, italic, EMOJI)


@lru_cache(maxsize=None)
def coverage(font_name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def font_name(family: str, bold: bool, italic: bool) -> str:
    if family == LATIN:
        return {(False, False): LATIN, (True, False): f"{LATIN}-Bold", (False, True): f"{LATIN}-Italic",
                (True, True): f"{LATIN}-BoldItalic"}[(bold, italic)]
    if family in (ARABIC, ETHIOPIC):
        return f"{family}-Bold" if bold else family
    return family  # SYMBOLS and EMOJI have one face


@dataclass(frozen=True)
class Segment:
    text: str  # logical order (as typed)
    family: str  # LATIN, ARABIC, SYMBOLS, EMOJI or ETHIOPIC
    rtl: bool = False  # drawn right to left (shaped by HarfBuzz, brackets mirrored)
    order: int = 0  # where its bidi run starts in logical order: segments are drawn in this order (see bidi.py)


# Characters that join their neighbours' run instead of starting one: spaces, and the format characters that
# steer joining and direction (ZWNJ, ZWJ, LRM, RLM, ALM), which must reach the shaper with the letters around them.
_JOINERS = frozenset(" \t\u200c\u200d\u200e\u200f\u061c")


def _family(ch: str) -> str | None:
    """The family for one character; None for characters that join their neighbours (spaces, joiners)."""
    if ch in _JOINERS:
        return None
    if is_arabic_char(ch):
        return ARABIC
    code = ord(ch)
    if code in coverage(LATIN):
        return LATIN
    if code in coverage(ETHIOPIC):
        return ETHIOPIC
    if code in coverage(SYMBOLS) or ch == REPLACEMENT:
        return SYMBOLS
    if code in coverage(EMOJI):
        return EMOJI
    return "missing"


@lru_cache(maxsize=50_000)
def _font_runs(text: str) -> tuple[tuple[str, str], ...]:
    """(family, text) runs of cleaned text in logical order; characters no font has become the replacement."""
    out: list[tuple[str, list[str]]] = []
    for ch in text:
        family = _family(ch)
        if family == "missing":
            family, ch = SYMBOLS, REPLACEMENT
        if family is None:
            if out:
                out[-1][1].append(ch)
            else:
                out.append((LATIN, [ch]))
            continue
        if out and out[-1][0] == family:
            out[-1][1].append(ch)
        elif out and out[-1][0] == LATIN and all(c in _JOINERS for c in out[-1][1]):
            out[-1] = (family, out[-1][1] + [ch])  # leading spaces join the first run
        else:
            out.append((family, [ch]))
    return tuple((family, "".join(chars)) for family, chars in out)


def segments(text: str) -> list[Segment]:
    """Cut cleaned text (one word, or a left-to-right string) into runs of one font each, in logical order;
    Arabic runs are shaped right to left."""
    text = clean(text)
    if text.isascii():  # the common case: Noto Sans has every printable ASCII character
        return [Segment(text, LATIN)] if text else []
    return [Segment(value, family, family == ARABIC) for family, value in _font_runs(text)]


def directed_segments(text: str, rtl: bool, order: int = 0) -> list[Segment]:
    """A run of one direction cut into fonts, in visual order (a right-to-left run's fonts right to left)."""
    if not rtl:
        return [Segment(value, family, rtl, order) for family, value in _font_runs(text)]
    # The spaces at either end of a right-to-left run are drawn as spaces of their own, written after the
    # letters before them in reading order: pypdf would otherwise move a run's last space to its front.
    core = text.strip(" ")
    lead = len(text) - len(text.lstrip(" "))
    trail = len(text) - lead - len(core)
    out = [Segment(" " * trail, LATIN, False, order + lead + len(core))] if trail else []
    out += [Segment(value, family, True, order + lead) for family, value in _font_runs(core)][::-1]
    if lead:
        out.append(Segment(" " * lead, LATIN, False, order))
    return out


def visual_segments(text: str, rtl: bool = True) -> list[Segment]:
    """Segments of a whole string (a label, a heading, a contents entry) in visual order, left to right, by the
    bidi algorithm with base direction `rtl`: numbers, brackets and Latin words land where UAX #9 puts them."""
    text = clean(text)
    if text.isascii() and not rtl:
        return segments(text)
    out: list[Segment] = []
    for start, run, _key, run_rtl in indexed_runs([(text, None)], rtl):
        out += directed_segments(run, run_rtl, start)
    return out


def _shaped(segment: Segment, name: str) -> shaping.Shaped | None:
    """The shaped glyphs of a segment that needs HarfBuzz (Arabic, or anything right to left); else None."""
    if segment.family == ARABIC or segment.rtl:
        return shaping.shape(segment.text, name, segment.rtl)
    return None


def segment_width(segment: Segment, size: float, bold: bool = False, italic: bool = False) -> float:
    name = font_name(segment.family, bold, italic)
    shaped = _shaped(segment, name)
    if shaped is not None:
        return shaping.width(shaped, size)
    return pdfmetrics.stringWidth(segment.text, name, size)


def string_width(segments_: list[Segment], size: float, bold: bool = False, italic: bool = False) -> float:
    return sum(segment_width(s, size, bold, italic) for s in segments_)


def draw_segments(canvas, x: float, y: float, segments_: list[Segment], size: float, bold: bool = False,
                  italic: bool = False) -> float:
    """Draw segments (in visual order) left to right from (x, y), each placed by itself and written in the
    order of `Segment.order`; returns the width drawn."""
    placed = []
    start = x
    for segment in segments_:
        name = font_name(segment.family, bold, italic)
        shaped = _shaped(segment, name) or shaping.plain(segment.text, name)
        placed.append((segment.order, x, shaped, name))
        x += shaping.width(shaped, size)
    for _order, left, shaped, name in sorted(placed, key=lambda p: p[0]):
        shaping.draw(canvas, left, y, shaped, name, size)
    return x - start
