"""Small hand-made packs for the renderer tests (placeholders only, no real people or facts)."""

from __future__ import annotations

from briefing_builder.pack.model import (
    Block,
    Cover,
    Heading,
    Labels,
    Pack,
    Paragraph,
    Run,
    Section,
    SourceRef,
    Table,
)


def pack_of(blocks: list[Block], *, direction: str = "ltr", paper: str = "a4", language: str = "en",
            sources: tuple[SourceRef, ...] = (SourceRef(1, "s", "A source", ""),)) -> Pack:
    """A pack with one section holding `blocks` after its heading."""
    blocks = [Heading("Section", 1, "s1", direction), *blocks]
    return Pack(cover=Cover("Title", "Subtitle", "Org", None, "R", "O", "E", "1 December 2026", "Placeland",
                            (("Date", "1 December 2026"),)),
                sections=(Section("all", "Section", tuple(blocks), "s1", (), direction),),
                sources=sources, classification="RESTRICTED", language=language, direction=direction,
                paper=paper, labels=Labels("Contents", "Page {page} of {pages}", "Sources", "Prepared for",
                                           "Classification"),
                title="T", subject="S", author="A", date="2026-12-01")


def one_table_pack(header: tuple[str, ...], rows: list[list[tuple[Run, ...]]], *, direction: str = "ltr",
                   paper: str = "a4") -> Pack:
    table = Table(header, tuple(tuple(r) for r in rows), direction=direction)
    return pack_of([Paragraph((Run("Before the table."),)), table], direction=direction, paper=paper)


def _fold(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def missing_words(expected: str, extracted: str) -> list[str]:
    """Words of `expected` not found in `extracted` (a reader's text). Arabic presentation forms are folded
    (NFKC) and an Arabic word may come back reversed (readers differ in how they order right-to-left glyphs)."""
    from briefing_builder.render.text import clean, has_arabic

    haystack = "".join(c for c in _fold(extracted) if c.isalnum())
    missing = []
    for word in _fold(clean(expected)).split():
        word = "".join(c for c in word if c.isalnum())  # brackets mirror, dots move in right-to-left lines
        if not word or word in haystack or (has_arabic(word) and word[::-1] in haystack):
            continue
        missing.append(word)
    return missing


def missing_chars(expected: str, extracted: str) -> dict[str, int]:
    """Letters and digits of `expected` that `extracted` holds fewer times (a character count, for text whose
    word order readers change: right-to-left lines, words cut across lines of a narrow column)."""
    from collections import Counter

    from briefing_builder.render.text import clean

    want = Counter(c for c in _fold(clean(expected)) if c.isalnum())
    have = Counter(c for c in _fold(extracted) if c.isalnum())
    return {c: n - have[c] for c, n in want.items() if have[c] < n}
