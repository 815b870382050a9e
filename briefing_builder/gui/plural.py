"""Singular and plural in the interface: Qt's numerus translation, with proper English when none is loaded.

`numerus(widget, "%n backup(s)", n)` goes through `tr()` with `n`, so a translator gives every plural form
of their language (Arabic has six). Without a translation (English, the source language) Qt would print
"1 backup(s)": then the "(s)" becomes "" for one and "s" for any other number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


def english_numerus(text: str, n: int) -> str:
    """The English of a "%n thing(s)" source text: "1 thing", "2 things" (and "(es)", "(ies)" alike)."""
    out = text.replace("%n", f"{n:,}")
    for marker, plural in (("(s)", "s"), ("(es)", "es")):
        out = out.replace(marker, "" if n == 1 else plural)
    return out.replace("y(ies)", "y" if n == 1 else "ies")


def numerus(owner: QObject | str, text: str, n: int, disambiguation: str | None = None) -> str:
    """`text` (holding %n) translated for `n` in the context of `owner` (a QObject, or a context name)."""
    if isinstance(owner, QObject):
        translated = owner.tr(text, disambiguation, n)
    else:
        translated = QCoreApplication.translate(owner, text, disambiguation, n)
    if translated == text.replace("%n", str(n)) or "(s)" in translated or "(es)" in translated:
        return english_numerus(text, n)  # no translation loaded: the source text, made proper English
    return translated


__all__ = ["numerus", "english_numerus"]
