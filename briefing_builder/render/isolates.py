"""Text both writers print the same way whatever the paragraph's direction (UAX #9 isolates, UAX #14 joiners).

A key figure's value ("400+", "97%", "5 ملايين") is a unit of its own: in a right-to-left paragraph its neutral
"+" or "%" would otherwise be reordered by the bidirectional algorithm, and Word, LibreOffice and our PDF resolve
such neutrals differently. A first-strong isolate (FSI … PDI) keeps it in the direction of its own first letter
(left to right for a bare number, right to left for "5 ملايين"), identically in every reader. A citation "[12]"
must never be broken across lines ("[" / "12]", as LibreOffice does at a bracket next to right-to-left text):
word joiners between its characters forbid a break there.
"""

from __future__ import annotations

FSI, PDI = "\u2068", "\u2069"  # first strong isolate, pop directional isolate
WORD_JOINER = "\u2060"  # zero width, no break before or after


def isolated_figure(value: str, direction: str = "rtl") -> str:
    """`value` as a first-strong isolate in a right-to-left paragraph (a left-to-right one has nothing to reorder:
    its text stays as it was); "" stays "" and an isolated value is not isolated twice."""
    if direction != "rtl" or not value or value.startswith(FSI):
        return value
    return f"{FSI}{value}{PDI}"


def unbreakable_citation(number: int) -> str:
    """"[n]" with a word joiner between each two characters: no line break inside it."""
    return WORD_JOINER.join(f"[{number}]")


__all__ = ["FSI", "PDI", "WORD_JOINER", "isolated_figure", "unbreakable_citation"]
