"""User text is data, never markup: the one place where text is cleaned for Word XML and ReportLab markup.

Word XML 1.0 rejects most control characters and non-characters; ReportLab's Paragraph parses `<`, `>` and
`&` as markup. Every string a renderer writes goes through `clean`, and ReportLab text also through `escape`.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as _xml_escape

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates and the XML non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85]")


def clean(text: str) -> str:
    """Text safe for XML and PDF: newlines normalised to \\n, forbidden characters removed."""
    if text.isascii() and text.isprintable():  # most text: nothing to do (two C-speed checks, no regex)
        return text
    return _FORBIDDEN.sub("", _NEWLINES.sub("\n", text))


def escape(text: str) -> str:
    """Clean, then escape for ReportLab's paragraph markup (which is XML-like)."""
    return _xml_escape(clean(text), {'"': "&quot;"})


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def is_arabic_char(ch: str) -> bool:
    return bool(_ARABIC.match(ch))
