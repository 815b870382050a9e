"""Shaping with HarfBuzz for the PDF writer: glyphs that ReportLab can embed, and a text layer of typed characters.

ReportLab draws characters, one glyph per character code, and knows nothing of Arabic joining, ligatures or marks.
`shape` runs HarfBuzz (uharfbuzz) over one run of one font and direction and returns its glyphs in visual order,
each as a character code ReportLab can subset:

- a glyph that is the font's own glyph for the typed character keeps that character's code;
- any other glyph (a joining form, a ligature, a mirrored bracket, a mark's variant) gets a private code from
  plane 15 (U+F0000 up), registered in the font's character-to-glyph map, whose ToUnicode entry is the typed text
  of its cluster (`unicode_of`), never a presentation form.

Glyph positions HarfBuzz gives that differ from the glyphs' advance widths (marks over their base, kerning) become
`TJ` adjustments and text rise (`draw`), so vowel marks sit where the font puts them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

_PRIVATE_START = 0xF0000  # Supplementary Private Use Area-A: no bundled font maps a character there
_lock = threading.Lock()
_private: dict[tuple[str, int, str], int] = {}  # (font, glyph, text) -> private code
_text_of_code: dict[int, str] = {}  # private code -> the typed characters it stands for

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Shaped:
    """One shaped run in visual order. `codes` are the characters to send to the font; `moves[i]` is
    (before, after, rise) for glyph i in thousandths of the font size: a shift before drawing it, a shift after
    its advance, and its height above the baseline. `width` is in thousandths of the font size."""

    codes: str
    moves: tuple[tuple[float, float, float], ...]
    width: float
    plain: bool  # every move is zero: the codes can be drawn as a plain string


def unicode_of(code: int) -> str | None:
    """The typed text a private code stands for (for the ToUnicode map); None for an ordinary code."""
    return _text_of_code.get(code)


@lru_cache(maxsize=None)
def _hb_font(font_name: str) -> tuple[hb.Font, float]:
    face = pdfmetrics.getFont(font_name).face
    font = hb.Font(hb.Face(hb.Blob(face._ttf_data)))
    return font, 1000 / face.unitsPerEm


def _code_for(font_name: str, gid: int, text: str) -> int:
    """The code that draws glyph `gid` of the font and reads back as `text`."""
    face = pdfmetrics.getFont(font_name).face
    if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
        return ord(text)  # the font's own glyph for the typed character
    key = (font_name, gid, text)
    code = _private.get(key)
    if code is None:
        with _lock:
            code = _private.get(key)
            if code is None:
                code = _PRIVATE_START + len(_private)
                face.charToGlyph[code] = gid
                face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0]) if gid < len(face.hmetrics) else 0
                _text_of_code[code] = text
                _private[key] = code
    return code


@lru_cache(maxsize=100_000)
def shape(text: str, font_name: str, rtl: bool) -> Shaped:
    """Shape `text` (logical order) in one font and direction; the glyphs come back in visual order. In a
    right-to-left run HarfBuzz mirrors brackets ("(" is drawn as ")")."""
    font, scale = _hb_font(font_name)
    face = pdfmetrics.getFont(font_name).face
    buffer = hb.Buffer()
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buffer, _FEATURES)
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    # The characters each cluster holds: from its start to the next cluster's start in logical order.
    starts = sorted({info.cluster for info in infos})
    ends = {start: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, start in enumerate(starts)}
    # Each glyph reads back as one typed character, so that readers which reverse right-to-left text character
    # by character (poppler) and those which reverse it string by string (pypdf) agree. A cluster of several
    # characters (a lam-alef ligature, shadda with its vowel) gives its first character to its glyph, and each
    # further one to an empty zero-width glyph (U+200B's) drawn next to it: beside it in reading order.
    joiner = face.charToGlyph.get(0x200B)  # zero width space: no outline, no advance (ZWJ has a visible glyph)
    codes: list[str] = []
    moves: list[tuple[float, float, float]] = []
    total = 0.0
    unmoved = True
    seen: set[int] = set()
    for info, position in zip(infos, positions):
        cluster = info.cluster
        chars = text[cluster:ends[cluster]] if cluster not in seen else ""
        seen.add(cluster)
        first = chars[:1]  # "" for a further glyph of a cluster: it reads as nothing
        extras = [_code_for(font_name, joiner, ch) for ch in chars[1:]] if joiner is not None else []
        if joiner is None and len(chars) > 1:
            first = chars
        code = _code_for(font_name, info.codepoint, first)
        advance = face.charWidths.get(code, face.defaultWidth)
        x_offset, y_offset = position.x_offset * scale, position.y_offset * scale
        x_advance = position.x_advance * scale
        before, after = x_offset, x_advance - x_offset - advance
        if abs(before) < 0.01 and abs(after) < 0.01 and abs(y_offset) < 0.01:
            before = after = y_offset = 0.0
        else:
            unmoved = False
        glyph = [(chr(code), (before, after, y_offset))]
        empties = [(chr(c), (0.0, 0.0, 0.0)) for c in extras]
        for char, move in (empties[::-1] + glyph if rtl else glyph + empties):
            codes.append(char)
            moves.append(move)
        total += x_advance
    return Shaped("".join(codes), tuple(moves), total, unmoved)


@lru_cache(maxsize=20_000)
def plain(text: str, font_name: str) -> Shaped:
    """Text drawn character by character with the font's own advances (no shaping needed)."""
    return Shaped(text, ((0.0, 0.0, 0.0),) * len(text), pdfmetrics.stringWidth(text, font_name, 1000), True)


def width(shaped: Shaped, size: float) -> float:
    return shaped.width * size / 1000


def operators(shaped: Shaped, font_name: str, size: float, doc) -> str:
    """PDF text-showing operators for the run at the current text position (inside BT ... ET), with the
    font set for each of ReportLab's 256-glyph subsets it falls in."""
    font = pdfmetrics.getFont(font_name)
    out: list[str] = []
    items: list[str] = []  # the current TJ array
    pending = bytearray()  # glyphs with no move between them: one string
    rise = 0.0

    def flush_string() -> None:
        if pending:
            items.append(f"({escapePDF(bytes(pending))})")
            pending.clear()

    def flush() -> None:
        flush_string()
        if items:
            out.append(f"[{' '.join(items)}] TJ")
            items.clear()

    index = 0
    current_subset = None
    for subset, data in font.splitString(shaped.codes, doc):  # one byte per glyph, in runs of one subset
        if subset != current_subset:
            flush()
            out.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
            current_subset = subset
        if shaped.plain:
            pending += data
            index += len(data)
            continue
        for byte in data:
            before, after, y = shaped.moves[index]
            index += 1
            if y != rise:
                flush()
                out.append(f"{fp_str(y * size / 1000)} Ts")
                rise = y
            if before:
                flush_string()
                items.append(fp_str(-before))
            pending.append(byte)
            if after:
                flush_string()
                items.append(fp_str(-after))
    flush()
    if rise:
        out.append("0 Ts")
    return " ".join(out)


def draw(canvas, x: float, y: float, shaped: Shaped, font_name: str, size: float) -> float:
    """Draw the run with its left end at (x, y) in the canvas's fill colour; returns its width. One text object
    with no line move (ReportLab's `drawString` ends with T*, which pypdf reads as a new line between the runs
    of a bidi line)."""
    canvas._code.append(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {operators(shaped, font_name, size, canvas._doc)} ET")
    return width(shaped, size)
