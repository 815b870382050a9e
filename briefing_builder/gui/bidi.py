"""Library content keeps its own direction in a right-to-left interface.

In Arabic the interface runs right to left, but most library content (titles, warnings, sources) is English. Qt
lays out an item view's text in the view's direction, so an English title in an Arabic window puts its final
full stop, closing quotation mark or ellipsis on the wrong side ("…Encourage the Malabo"). `follow_content(view)`
gives such a view a delegate that shows a left-to-right cell's text as a Unicode isolate (LRI … PDI, UAX #9):
the cell stays where the right-to-left layout puts it (check box and alignment included) while its words and
punctuation keep their own order, as HTML's dir="auto" does. The model's data is untouched (only what is drawn).
`paragraph(text)` gives a rich-text label's block its own direction.
Nothing changes in a left-to-right interface, where Arabic content is already handled where it is shown.
"""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyledItemDelegate


def direction_of(text: str) -> Qt.LayoutDirection | None:
    """The direction of `text`'s first strong character (Unicode bidi class L, or R/AL), or None if it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


class ContentDirectionDelegate(QStyledItemDelegate):
    """Draws a left-to-right cell's text as an isolate inside the right-to-left layout."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.text and direction_of(option.text) == Qt.LayoutDirection.LeftToRight:
            option.text = LRI + option.text + PDI


def follow_content(view: QAbstractItemView) -> None:
    """In a right-to-left interface, lay out `view`'s cells in their own direction (see the module docstring)."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        view.setItemDelegate(ContentDirectionDelegate(view))


def isolate(text: str) -> str:
    """`text` as an isolate in its own direction (LRI or RLI … PDI) in a right-to-left interface, so a path, an
    option such as "--data-dir" or an Arabic phrase appended to English content keeps its own order and brackets;
    unchanged left to right. (The direction is found here, not left to FSI: Qt's labels did not honour FSI.)"""
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or not text:
        return text
    return (RLI if direction_of(text) == Qt.LayoutDirection.RightToLeft else LRI) + text + PDI


def paragraph(text: str, escape: bool = True) -> str:
    """`text` (plain, or rich text when not `escape`) as a block (a <div>: blocks follow one another on their own
    lines), in its own direction when the interface runs right to left."""
    body = html.escape(text) if escape else text
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return f"<div>{body}</div>"
    direction = direction_of(text if escape else html.unescape(re.sub(r"<[^>]*>", "", text)))
    return f'<div dir="{"ltr" if direction == Qt.LayoutDirection.LeftToRight else "rtl"}">{body}</div>'
