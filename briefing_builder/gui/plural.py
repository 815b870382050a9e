"""Singular and plural in the interface: Qt's numerus translation, with proper English when none is loaded.

Write `plural(self.tr("%n backup(s)", "", n), n)`: `tr()` with `n` lets a translator give every plural form
of their language (Arabic has six), and lupdate finds the text. Without a translation (English, the source
language) Qt gives back "1 backup(s)": `plural` then makes it "1 backup" / "2 backups".
"""

from __future__ import annotations


def plural(translated: str, n: int) -> str:
    """`translated` (the result of tr() with %n) with English "(s)", "(es)" and "y(ies)" markers resolved for `n`;
    a real translation has no such markers and comes back unchanged."""
    one = n == 1
    out = translated.replace("y(ies)", "y" if one else "ies")
    for marker, many in (("(s)", "s"), ("(es)", "es")):
        out = out.replace(marker, "" if one else many)
    return out


__all__ = ["plural"]
