"""Narrow table columns break between words, or hyphenate: a word is never cut without a hyphen.

The PDF's line breaker (`pdf_text.break_lines`) cuts a word wider than its line wherever it must ("particip/ating"),
which suits an address but not prose. A table calls this module before it measures its cells:

1. `fit_widths` widens a column whose widest word does not fit, taking the room from columns that have more than
   their own widest word needs (in proportion to that slack), so words break only between words where the page
   allows it. The table's total width does not change.
2. `hyphenate` then splits the words still wider than their column at a hyphenation point of the word's language
   (pyphen's dictionaries: en, fr, pt), or after a hyphen the word already has, and adds the hyphen; only a word with
   no point that fits (or in a language with no dictionary, such as Arabic) is cut at the last letter that fits,
   still with a hyphen. Addresses are left to the line breaker, which breaks them at `/ . - ? & =`.
"""

from __future__ import annotations

from collections.abc import Sequence

from .pdf_text import TextBlock, _measure, _piece

HYPHEN = "-"
_ROUNDING = 0.5  # points a widened column keeps beyond its widest word, against rounding in measurement
from .hyphenation import DICTIONARIES, dictionary as _dictionary  # noqa: F401 - shared with the DOCX writer


def _words(cell: TextBlock) -> list[list]:
    """The cell's words as the line breaker sees them: pieces glued to the previous one (a citation, punctuation
    in another run) belong to the same word."""
    words: list[list] = []
    for piece in cell.pieces:
        if piece.glue and words and not piece.newline:
            words[-1].append(piece)
        else:
            words.append([piece])
    return words


# Longer tokens are not words of a language (data, hashes, a pasted string): the line breaker cuts them as it must,
# and they do not claim a column's width. The longest French or Portuguese words are about 25 letters.
LONGEST_WORD = 40


def _breakable(piece) -> bool:
    """A word to keep whole or hyphenate: not an address (`/ . -` breaks suit those) and not an over-long token."""
    return not piece.link and "/" not in piece.text and len(piece.text) <= LONGEST_WORD


def widest_word(cell: TextBlock) -> float:
    """Width of the cell's widest word that should not be cut (addresses may be: they break at `/ . -`)."""
    widths = [sum(p.width for p in word) for word in _words(cell) if all(_breakable(p) for p in word)]
    return max(widths, default=0.0) + cell.style.leftIndent + cell.style.rightIndent


def fit_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """`widths` changed as little as possible so that each column gets its `need` where the total allows: a column
    short of its need takes room from the columns with slack, in proportion to their slack."""
    widths = list(widths)
    deficit = sum(max(n - w, 0.0) for w, n in zip(widths, needs))
    slack = [max(w - n, 0.0) for w, n in zip(widths, needs)]
    total_slack = sum(slack)
    if deficit <= 0 or total_slack <= 0:
        return widths
    given = min(deficit, total_slack)
    out = []
    for width, need, spare in zip(widths, needs, slack):
        if need > width:  # a short column gets its share of what the others can give
            out.append(width + (need - width) * given / deficit)
        else:
            out.append(width - spare * given / total_slack)
    return out


def _points(word: str, language: str) -> list[tuple[int, bool]]:
    """Where `word` may break: (position, add a hyphen?) — after a hyphen it has, or at a hyphenation point."""
    points = {i + 1: False for i, ch in enumerate(word[:-1]) if ch in "-\u2010\u2011"}
    dictionary = _dictionary(language)
    if dictionary is not None:
        start = next((i for i, ch in enumerate(word) if ch.isalpha()), len(word))
        end = len(word) - next((i for i, ch in enumerate(reversed(word)) if ch.isalpha()), len(word))
        core = word[start:end]
        if core:
            for position in dictionary.positions(core):
                points.setdefault(start + position, True)
    return sorted(points.items())


def split_word(piece, width: float, language: str) -> list:
    """`piece` (one word wider than `width`) as pieces that each fit, every one but the last ending in a hyphen."""
    text, out = piece.text, []

    def fits(candidate: str) -> bool:
        return _measure(candidate, piece.bold, piece.italic, piece.size)[1] <= width

    while text and not fits(text):
        chosen = None
        for position, hyphen in _points(text, piece.lang or language):
            candidate = text[:position] + (HYPHEN if hyphen else "")
            if fits(candidate):
                chosen = (position, candidate)
        if chosen is None:  # no point fits: the last letter that fits, and a hyphen
            position = 1
            while position + 1 < len(text) and fits(text[:position + 1] + HYPHEN):
                position += 1
            chosen = (position, text[:position] + HYPHEN)
        out.append(chosen[1])
        text = text[chosen[0]:]
    if text:
        out.append(text)
    return [_piece(chunk, piece.bold, piece.italic, piece.size, piece.colour,
                   glue=piece.glue and number == 0, newline=piece.newline and number == 0,
                   ltr=piece.ltr, link=piece.link, lang=piece.lang) for number, chunk in enumerate(out)]


def hyphenate(cell: TextBlock, width: float, language: str) -> None:
    """Split, in place, the cell's words wider than `width` (the column's width inside its padding)."""
    if not cell.pieces:
        return  # an empty cell, or a part already laid out in lines by a split
    inner = width - cell.style.leftIndent - cell.style.rightIndent
    if all(p.width <= inner for p in cell.pieces):
        return
    pieces = []
    for piece in cell.pieces:
        pieces += split_word(piece, inner, language) if piece.width > inner and _breakable(piece) else [piece]
    cell.pieces = pieces
    cell._wrapped_at = None  # noqa: SLF001 - its lines are measured again


def fit_cells(rows: Sequence[Sequence[TextBlock]], widths: Sequence[float], padding: float,
              language: str) -> list[float]:
    """The column widths for `rows` (every row, header included), after which no word of a cell is cut without a
    hyphen: columns widened where the others can spare the room, then the words still too wide hyphenated."""
    columns = len(widths)
    needs = [0.0] * columns
    for row in rows:
        for index, cell in enumerate(row[:columns]):
            if isinstance(cell, TextBlock) and cell.pieces:
                needs[index] = max(needs[index], widest_word(cell) + padding + _ROUNDING)
    fitted = fit_widths(widths, needs)
    for row in rows:
        for cell, width in zip(row, fitted):
            if isinstance(cell, TextBlock):
                hyphenate(cell, width - padding, language)
    return fitted


__all__ = ["DICTIONARIES", "fit_cells", "fit_widths", "hyphenate", "split_word", "widest_word"]
