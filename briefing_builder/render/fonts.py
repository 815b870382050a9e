"""Bundled fonts for the PDF writer: registration, per-character fallback, and Arabic shaping.

ReportLab draws a glyph only if the font has it, and does no shaping or bidi of its own. So text is cut into
segments that each get a font which covers them: Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic for
Arabic (shaped with arabic-reshaper, put in visual order with python-bidi); DejaVu Sans for symbols; a subset of
Symbola for emoji and pictographs (drawn in black and white: PDF fonts have no colour); and a visible replacement (□)
for what no bundled font has, instead of an invisible missing glyph.

ReportLab 5.1 writes each character's Unicode value into the PDF's ToUnicode map as 4 hex digits, which is wrong for
characters beyond U+FFFF (emoji): readers would extract garbage. `_to_unicode_cmap` writes them as UTF-16 surrogate
pairs, as the PDF specification asks, and is installed in place of ReportLab's function when the fonts are registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource_path
from . import theme
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
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

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
    text: str  # in visual order for Arabic segments
    family: str  # LATIN, ARABIC, SYMBOLS or EMOJI


def _family(ch: str) -> str | None:
    """The family for one character; None for characters any font has (spaces), which join their neighbours."""
    if ch in " \t":
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


def segments(text: str) -> list[Segment]:
    """Cut cleaned text into runs of one font each; Arabic runs shaped and in visual (right-to-left) order."""
    text = clean(text)
    if text.isascii():  # the common case: Noto Sans has every printable ASCII character
        return [Segment(text, LATIN)] if text else []
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
        else:
            out.append((family, [ch]))
    result = []
    for family, chars in out:
        value = "".join(chars)
        if family == ARABIC:
            stripped = value.rstrip(" \t")
            trailing = value[len(stripped):]
            value = get_display(arabic_reshaper.reshape(stripped)) + trailing
        result.append(Segment(value, family))
    return result


def visual_segments(text: str) -> list[Segment]:
    """Segments of a whole right-to-left string (a label, a heading), put in visual order by the bidi
    algorithm first, so numbers and spaces land where a reader of Arabic expects them."""
    visual = get_display(arabic_reshaper.reshape(clean(text)), base_dir="R")
    out: list[Segment] = []
    for ch in visual:
        family = _family(ch) or (out[-1].family if out else LATIN)
        if family == "missing":
            family, ch = SYMBOLS, REPLACEMENT
        if family == ARABIC and not is_arabic_char(ch) and ch not in " \t":
            family = LATIN
        if out and out[-1].family == family:
            out[-1] = Segment(out[-1].text + ch, family)
        else:
            out.append(Segment(ch, family))
    return out


def string_width(segments_: list[Segment], size: float, bold: bool = False, italic: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(s.text, font_name(s.family, bold, italic), size) for s in segments_)


def draw_segments(canvas, x: float, y: float, segments_: list[Segment], size: float, bold: bool = False,
                  italic: bool = False) -> float:
    """Draw segments left to right from (x, y); returns the width drawn."""
    start = x
    for segment in segments_:
        name = font_name(segment.family, bold, italic)
        canvas.setFont(name, size)
        canvas.drawString(x, y, segment.text)
        x += pdfmetrics.stringWidth(segment.text, name, size)
    return x - start
