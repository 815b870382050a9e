"""Every character drawn, or a warning: which characters of a pack no bundled font can draw.

The PDF writer draws a character no bundled font has as □; this module finds those characters before any file is
written, so the builder can say which item holds which character. Coverage is the union of the character maps of
every font in resources/fonts (read with fontTools, once per process).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import pycountry

from ..messages import translate
from ..paths import resource_path
from .model import BRIEF_BLOCKS, BulletList, Heading, KeyFigure, Pack, PackWarning, Paragraph, Quote, Table

# Characters that are never drawn as glyphs (controls, joiners, variation selectors, marks of direction).
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


@lru_cache(maxsize=1)
def drawable() -> frozenset[int]:
    """Code points some bundled font has a glyph for (the fonts' Unicode character maps, read lazily with fontTools:
    about 0.3 s for the bundled set, once per process)."""
    from fontTools.ttLib import TTFont

    codes: set[int] = set()
    folder = resource_path("fonts")
    for path in sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf")):
        try:
            font = TTFont(str(path), lazy=True)
            for table in font["cmap"].tables:
                if table.isUnicode():
                    codes.update(table.cmap)
        except Exception:  # noqa: BLE001 - a font that cannot be read covers nothing
            continue
    return frozenset(codes)


# Regional indicator symbols: a pair of them is a flag emoji (🇪🇹 = E + T), which only a colour-emoji font's
# ligatures draw. A bundled font (Symbola) has the single letters, so without this check a flag prints as two boxed
# letters in silence; no renderer here shapes the pair, so each flag is reported as one entry.
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
_FLAG = re.compile("[\U0001F1E6-\U0001F1FF]{2}")


def _is_indicator(ch: str) -> bool:
    return len(ch) == 1 and ord(ch) in _REGIONAL_INDICATORS


def missing(text: str) -> list[str]:
    """The distinct characters of `text` no bundled font draws, in order of appearance. A flag emoji (a pair of
    regional indicators) is one entry of two characters; a lone regional indicator is one entry too."""
    if text.isascii():
        return []
    have = drawable()
    seen: dict[str, None] = {}
    for flag in _FLAG.findall(text):
        seen.setdefault(flag, None)
    for ch in _FLAG.sub("", text):
        if _is_indicator(ch):
            seen.setdefault(ch, None)
            continue
        if ord(ch) in have or ch in " \t\n\r" or ch in seen:
            continue
        if unicodedata.category(ch) in _INVISIBLE_CATEGORIES or 0xFE00 <= ord(ch) <= 0xFE0F \
                or 0xE0100 <= ord(ch) <= 0xE01EF:
            continue
        seen[ch] = None
    return list(seen)


def describe(ch: str) -> str:
    """'U+1FAE0 MELTING FACE (🫠)'; code and character alone when Python's Unicode data has no name yet; a flag:
    'U+1F1EA U+1F1F9 flag of Ethiopia (🇪🇹), printed as two boxed letters'."""
    if len(ch) == 2 and all(_is_indicator(c) for c in ch):
        letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in ch)
        country = pycountry.countries.get(alpha_2=letters)
        name = f"flag of {country.name}" if country else f"flag {letters}"
        return f"U+{ord(ch[0]):04X} U+{ord(ch[1]):04X} {name} ({ch}), printed as two boxed letters"
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name} ({ch})" if name else f"U+{ord(ch):04X} ({ch})"


def _listed(chars: list[str], limit: int = 6) -> str:
    shown = ", ".join(describe(ch) for ch in chars[:limit])
    if len(chars) <= limit:
        return shown
    return translate("PackWarning", "{characters} and %Ln more", None, len(chars) - limit).format(characters=shown)


def _block_texts(block) -> Iterable[str]:
    if isinstance(block, Heading):
        yield block.text
    elif isinstance(block, (Paragraph, Quote)):
        yield "".join(r.text for r in block.runs)
        if isinstance(block, Quote):
            yield block.attribution
    elif isinstance(block, BulletList):
        for item in block.items:
            yield "".join(r.text for r in item)
    elif isinstance(block, Table):
        yield from block.header
        for row in block.rows:
            for cell in row:
                yield "".join(r.text for r in cell)
    elif isinstance(block, KeyFigure):
        yield block.value
        yield block.label
    elif isinstance(block, BRIEF_BLOCKS):
        yield from block.texts()
        for runs in block.run_groups():
            yield "".join(r.text for r in runs)


def warnings(pack: Pack, items: Mapping[str, object] | None = None) -> tuple[PackWarning, ...]:
    """One warning per item (title and body) and one per other place (cover, a section's own text, sources) that
    holds characters which would print as □, naming them. `PackWarning.character` holds those characters."""
    out: list[PackWarning] = []
    reported: set[str] = set()
    sections_of: dict[str, str] = {}
    for section in pack.sections:
        for uid in section.item_uids:
            sections_of.setdefault(uid, section.id)
    for uid, item in (items or {}).items():
        chars = missing(f"{getattr(item, 'title', '')}\n{getattr(item, 'body', '')}")
        if chars:
            reported.update(chars)
            out.append(PackWarning(translate(
                "PackWarning", "“{title}” holds characters no bundled font can draw, which would print as □: "
                "{characters}. Replace them, or add a font that has them.").format(
                    title=getattr(item, 'title', uid), characters=_listed(chars)), sections_of.get(uid, ""), uid,
                "glyph", "".join(chars)))
    places: list[tuple[str, str]] = [("", " ".join([pack.cover.title, pack.cover.subtitle, pack.cover.organisation]
                                                   + [f"{a} {b}" for a, b in pack.cover.meta_lines]))]
    for section in pack.sections:
        places += [(section.id, text) for block in section.blocks for text in _block_texts(block)]
    places += [("sources", ref.citation) for ref in pack.sources]
    pending: dict[str, list[str]] = {}
    for where, text in places:
        for ch in missing(text):
            if ch not in reported:
                reported.add(ch)
                pending.setdefault(where, []).append(ch)
    headings = {section.id: section.title for section in pack.sections}
    headings.setdefault("sources", pack.labels.sources)  # the citations' place when no section has that id
    for where, chars in pending.items():
        # the section as the reader sees it (its heading), not the template's id; the id stays in `section`
        text = translate("PackWarning", "The cover holds characters no bundled font can draw, which would print "
                         "as □: {characters}.") if not where else translate(
            "PackWarning", "The section “{title}” holds characters no bundled font can draw, which would print as "
            "□: {characters}.").format(title=headings.get(where) or where)
        out.append(PackWarning(text.format(characters=_listed(chars)), where, "", "glyph", "".join(chars)))
    return tuple(out)


__all__ = ["describe", "drawable", "missing", "warnings"]
