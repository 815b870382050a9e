"""Text for WordprocessingML runs, escaped in bulk: the Word writer's per-run hot path.

`WordText.escape(text)` gives what goes between `<w:t>` and `</w:t>`: the text cleaned (`text.clean`), XML-escaped,
newlines as `<w:br/>` and tabs as `<w:tab/>`. The common case (printable ASCII: most runs of an English pack) takes
three C-speed replaces and nothing else; everything else takes the full path. On the way, the object keeps every
character beyond ASCII that it wrote, so that the font subsets are chosen from that small set instead of a scan
of the whole body (ASCII lies inside every subset's base set).
"""

from __future__ import annotations

import re

from .text import clean, has_arabic

ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")
_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'
_TAB = '</w:t><w:tab/><w:t xml:space="preserve">'


def is_plain(text: str) -> bool:
    """Printable ASCII only: nothing to clean, no line break or tab, no complex script, nothing beyond the base
    font subset. (Two C-speed checks; `isprintable` alone would accept the rest of Unicode.)"""
    return text.isascii() and text.isprintable()


def escape_plain(text: str) -> str:
    """XML escaping of plain text (as `xml.sax.saxutils.escape`)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


class WordText:
    """Escapes run text for `w:t` and remembers the non-ASCII characters written (`chars`)."""

    def __init__(self) -> None:
        self.chars: set[str] = set()  # every character of the texts that have any beyond ASCII

    def escape(self, text: str) -> str:
        if is_plain(text):
            return escape_plain(text)
        text = clean(text)
        if not text.isascii():
            self.chars.update(text)
        escaped = escape_plain(text)
        if "\n" in escaped:
            escaped = escaped.replace("\n", _BREAK)
        if "\t" in escaped:
            escaped = escaped.replace("\t", _TAB)
        return escaped

    def used(self) -> str:
        """The characters beyond ASCII written so far, in a fixed order (for `docx_fonts.embed`)."""
        return "".join(sorted(c for c in self.chars if not c.isascii()))


def script_flags(text: str) -> tuple[bool, bool]:
    """(Arabic, Ge'ez) for a run's text: what its run properties must say (`w:rtl`, the Ethiopic font)."""
    if text.isascii():
        return False, False
    return has_arabic(text), bool(ETHIOPIC.search(text))


__all__ = ["ETHIOPIC", "WordText", "escape_plain", "is_plain", "script_flags"]
