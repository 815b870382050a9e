"""Text direction of one message: so that an Arabic warning runs right to left in an English window (and an
English one left to right in an Arabic window), whatever the widget's own direction.

Qt lays a label's or a list entry's text out in the widget's direction; a message in the other direction then
has its punctuation, quotation marks and digits at the wrong end ("“…” :مع"). `is_rtl` decides by the first
strong character (the Unicode Bidirectional Algorithm's rule P2); `paragraph_html` gives a rich-text paragraph
with its own `dir`; `embedded` wraps plain text in a directional embedding for widgets that take no markup.
"""

from __future__ import annotations

import html
import unicodedata

RLE, LRE, PDF = "\u202b", "\u202a", "\u202c"


def is_rtl(text: str) -> bool:
    """Whether `text`'s first strong character is right to left (Arabic, Hebrew, …)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def paragraph_html(text: str) -> str:
    """`text` as an HTML paragraph running in its own direction (and aligned to its side)."""
    rtl = is_rtl(text)
    return f'<p dir="{"rtl" if rtl else "ltr"}" align="{"right" if rtl else "left"}">{html.escape(text)}</p>'


def embedded(text: str, widget_rtl: bool = False) -> str:
    """`text` wrapped in a directional embedding when it runs against the widget's direction (else as is)."""
    rtl = is_rtl(text)
    if rtl == widget_rtl:
        return text
    return (RLE if rtl else LRE) + text + PDF


__all__ = ["is_rtl", "paragraph_html", "embedded"]
