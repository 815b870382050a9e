"""Each language's typography, applied to everything a pack prints, through one function (`typeset`).

- Apostrophes become ’ and quotation marks the language's own: “…” in English, « … » in French (with no-break spaces
  inside), «…» in Portuguese (European norm) and Arabic; a quotation inside a quotation keeps ‘…’ or “…”.
- French puts a no-break space before the colon and a narrow no-break space before ; ? and ! (Imprimerie nationale).
- Addresses (http…, www…, e-mail) are left exactly as they are.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .model import BRIEF_BLOCKS, Block, BulletList, Cover, Heading, KeyFigure, Pack, Paragraph, Quote, Run, Section, SourceRef, Table

NBSP = "\u00a0"
NNBSP = "\u202f"
QUOTES = {"en": ("“", "”"), "fr": ("«" + NBSP, NBSP + "»"), "pt": ("«", "»"), "ar": ("«", "»")}
_PROTECTED = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_OPENING_CONTEXT = " \t\n([{\u00a0\u202f—–-/“‘«"


_OPEN_DOUBLE = re.compile(r'(?<![^\s(\[{\u00a0\u202f—–\-/“‘«])"')  # at the start or after a space, bracket, dash
_APOSTROPHE = re.compile(r"(?<=[\w.,!?;:)»”’])'")  # l'Union, it's, a closing single quote
_OPEN_SINGLE = re.compile(r"'(?=\w)")


def _quotes(text: str, language: str) -> str:
    if '"' in text:
        opening, closing = QUOTES.get(language, QUOTES["en"])
        text = _OPEN_DOUBLE.sub(opening, text).replace('"', closing)
    if "'" in text:
        text = _OPEN_SINGLE.sub("‘", _APOSTROPHE.sub("’", text)).replace("'", "’")
    return text


def _french_spaces(text: str) -> str:
    # A space (or none) before : ; ? ! that end a phrase becomes the right no-break space. Not inside 10:30 or a
    # reference such as "1(i):3"; "?!" keeps one space before the pair.
    text = re.sub(r"[ \u00a0\u202f]?:(?=\s|$)", lambda m: NBSP + ":", text)
    text = re.sub(r"(?<=[\w»)\]”’.])[ \u00a0\u202f]?([;?!]+)(?=\s|$|[»)\]])",
                  lambda m: NNBSP + m.group(1), text)
    text = re.sub(r"(?<=[\s(])[ \u00a0\u202f]?([;?!]+)(?=\s|$)", lambda m: m.group(1), text)  # leave odd ones
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub("«(?=[^\u00a0])", "«" + NBSP, text)
    text = re.sub("(?<=[^\u00a0])»", NBSP + "»", text)
    return text


@lru_cache(maxsize=8192)
def typeset(text: str, language: str) -> str:
    """The text with the language's quotation marks, apostrophes and spaces; addresses untouched."""
    if not text or ('"' not in text and "'" not in text
                    and (language != "fr" or not any(ch in text for ch in ":;?!«»"))):
        return text
    pieces: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        pieces.append(_typeset_plain(text[last:match.start()], language))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(_typeset_plain(text[last:], language))
    return "".join(pieces)


def _typeset_plain(text: str, language: str) -> str:
    text = _quotes(text, language)
    if language == "fr":
        text = _french_spaces(text)
    return text


# ---------------------------------------------------------------------------------------------------- the pack
def _runs(runs: tuple[Run, ...], language: str) -> tuple[Run, ...]:
    return tuple(dataclasses.replace(r, text=typeset(r.text, r.lang or language)) if r.text else r for r in runs)


def _block(block: Block, lang: str) -> Block:
    if isinstance(block, Heading):
        return dataclasses.replace(block, text=typeset(block.text, lang))
    if isinstance(block, Paragraph):
        return dataclasses.replace(block, runs=_runs(block.runs, lang))
    if isinstance(block, BulletList):
        return dataclasses.replace(block, items=tuple(_runs(item, lang) for item in block.items))
    if isinstance(block, Table):
        return dataclasses.replace(block, header=tuple(typeset(h, lang) for h in block.header),
                                   caption=typeset(block.caption, lang),
                                   rows=tuple(tuple(_runs(cell, lang) for cell in row) for row in block.rows))
    if isinstance(block, KeyFigure):
        return dataclasses.replace(block, label=typeset(block.label, block.lang or lang),
                                   as_of=typeset(block.as_of, lang))
    if isinstance(block, Quote):
        return dataclasses.replace(block, runs=_runs(block.runs, lang), attribution=typeset(block.attribution, lang))
    if isinstance(block, BRIEF_BLOCKS):
        return block.mapped(lambda runs: _runs(runs, lang), lambda text: typeset(text, lang))
    return block


def typeset_pack(pack: Pack) -> Pack:
    """Every printed text of the pack through `typeset`, each run in its own language (`Run.lang`, else the
    pack's); addresses and anchors unchanged."""
    lang = pack.language
    cover: Cover = pack.cover
    cover = dataclasses.replace(
        cover, title=typeset(cover.title, lang), subtitle=typeset(cover.subtitle, lang),
        organisation=typeset(cover.organisation, lang), recipient=typeset(cover.recipient, lang),
        office=typeset(cover.office, lang), event=typeset(cover.event, lang), country=typeset(cover.country, lang),
        meta_lines=tuple((typeset(a, lang), typeset(b, lang)) for a, b in cover.meta_lines))
    sections = tuple(dataclasses.replace(s, title=typeset(s.title, lang),
                                         blocks=tuple(_block(b, lang) for b in s.blocks)) for s in pack.sections)
    # Citations are typeset by `assemble` in each source's own language.
    return dataclasses.replace(pack, cover=cover, sections=sections,
                               title=typeset(pack.title, lang), subject=typeset(pack.subject, lang))


__all__ = ["NBSP", "NNBSP", "QUOTES", "typeset", "typeset_pack"]
