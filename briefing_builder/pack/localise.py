"""A pack in a language uses the library's versions in that language, and says where it could not.

`assemble` reads the library through `LocalisedLibrary`, a read-only view that hands out items, sources and
countries with their text in the pack's language wherever a version exists (see `library/translations.py`).
Where one is missing the original is used, and `finish` then marks every passage still in its original
language with that language (`Run.lang`, `KeyFigure.lang`, `Quote.attribution_lang`), so the Word and PDF
writers can tag it (spelling, hyphenation and screen readers follow), and adds a warning per record naming
what is missing. A quotation (an excerpt) always keeps its original words, marked with their language; its
version follows it, introduced as a translation ("[Unofficial translation] …").

`missing_translations(library, pack_or_spec)` lists what a pack lacks in its language, for the builder's
translation editor; `Library.set_translation` writes a version. Nothing here touches Qt.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from ..library import Country, Item, Library, MissingTranslation, SearchResult, Source, Translation
from ..library.translations import BASE_LANGUAGE
from ..messages import translate
from .model import BRIEF_BLOCKS, Block, BulletList, KeyFigure, Pack, PackWarning, Paragraph, Quote, Run, Section, Table

# How a version of a quotation is introduced, in the pack's language: (unofficial, official).
TRANSLATION_MARKERS: dict[str, tuple[str, str]] = {
    "en": ("[Unofficial translation]", "[Official translation]"),
    "fr": ("[Traduction non officielle]", "[Traduction officielle]"),
    "pt": ("[Tradução não oficial]", "[Tradução oficial]"),
    "ar": ("[ترجمة غير رسمية]", "[ترجمة رسمية]"),
}
QUOTED_KINDS = frozenset({"excerpt"})  # items whose body is a quotation: its words are never replaced


def translation_marker(language: str, provenance: str) -> str:
    unofficial, official = TRANSLATION_MARKERS.get(language, TRANSLATION_MARKERS["en"])
    return official if provenance == "official" else unofficial


class LocalisedLibrary:
    """The library as a pack in `language` reads it. Anything not overridden here passes straight through.

    It records, as it hands records out: which texts stay in their original language (`originals`), what is
    missing (`missing`), the versions of quotations (`quote_versions`) and the versions used (`used`).
    """

    def __init__(self, library: Library, language: str) -> None:
        self._library = library
        self.language = language
        self.originals: dict[str, str] = {}  # text shown in its original language -> that language
        self.missing: dict[tuple[str, str], MissingTranslation] = {}
        self.quote_versions: dict[str, tuple[str, str]] = {}  # quotation (stripped) -> (version, provenance)
        self.used: dict[tuple[str, str], Translation] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._library, name)

    @property
    def library(self) -> Library:
        return self._library

    # --- what assemble calls
    def item(self, key: int | str) -> Item:
        return self._items([self._library.item(key)])[0]

    def items(self, ids: list[int]) -> list[Item]:
        return self._items(self._library.items(ids))

    def search(self, *args: Any, **kwargs: Any) -> SearchResult:
        result = self._library.search(*args, **kwargs)
        return dataclasses.replace(result, items=tuple(self._items(result.items)))

    def source(self, key: int | str) -> Source:
        source = self._library.source(key)
        return self._localise("source", source.uid, source, source.language, source.title)

    def country(self, code: str) -> Country:
        return self._country(self._library.country(code))

    def countries(self, *args: Any, **kwargs: Any) -> list[Country]:
        return [self._country(c) for c in self._library.countries(*args, **kwargs)]

    def source_title(self, key: int | str) -> tuple[str, str]:
        """(original title, the pack-language version of it or "") for a reference list: a version that is the
        editors' own (unofficial) translation is printed after the original, marked as a translation (there is no
        edition of that title); an official version is the title itself and comes back as the original."""
        source = self._library.source(key)
        localised = self.source(key)
        version = self.used.get(("source", source.uid))
        if localised.title == source.title or version is None or version.provenance == "official":
            return localised.title, ""
        self.originals[source.title.strip()] = source.language  # the original title, marked with its language
        return source.title, localised.title

    # --- the work
    def _versions(self, record: str, keys: Iterable[str]) -> dict[str, Translation]:
        return self._library.translations_in(record, keys, self.language)

    def _items(self, items: Iterable[Item]) -> list[Item]:
        items = list(items)
        foreign = [i.uid for i in items if i.language != self.language]
        versions = self._versions("item", foreign) if foreign else {}
        out = []
        for item in items:
            if item.language == self.language:
                out.append(item)
                continue
            version = versions.get(item.uid)
            localised = self._localise("item", item.uid, item, item.language, item.title, version,
                                       keep=("body",) if item.kind in QUOTED_KINDS else ())
            if item.kind in QUOTED_KINDS and item.body.strip():
                self.originals[item.body.strip()] = item.language
                if version is not None and version.text("body"):
                    self.quote_versions[item.body.strip()] = (version.text("body"), version.provenance)
            out.append(localised)
        return out

    def _country(self, country: Country) -> Country:
        if self.language == BASE_LANGUAGE:
            return country
        statuses = self._versions("status", [s.uid for s in country.statuses]) if country.statuses else {}
        localised_statuses = tuple(
            self._localise("status", s.uid, s, BASE_LANGUAGE, f"{country.code} {s.topic}", statuses.get(s.uid),
                           fetched=True)
            for s in country.statuses)
        localised = self._localise("country", country.code, country, BASE_LANGUAGE, country.code)
        return dataclasses.replace(localised, statuses=localised_statuses)

    def _localise(self, record: str, key: str, value: Any, original_language: str, label: str,
                  version: Translation | None = None, *, keep: tuple[str, ...] = (), fetched: bool = False) -> Any:
        """`value` with its translatable fields in the pack's language where a version gives them."""
        if original_language == self.language:
            return value
        if version is None and not fetched and record != "item":
            version = self._versions(record, [key]).get(key)
        if version is not None:
            self.used[(record, key)] = version
        from ..library import TRANSLATABLE

        changes: dict[str, str] = {}
        gaps: list[str] = []
        for name in TRANSLATABLE[record]:
            original = getattr(value, name)
            if not original.strip():
                continue
            text = version.text(name) if version is not None else ""
            if name in keep:  # a quotation keeps its words; a missing version of it is still missing
                if not text.strip():
                    gaps.append(name)
                continue
            if text.strip():
                changes[name] = text
            else:
                gaps.append(name)
                self.originals[original.strip()] = original_language
        if gaps:
            self.missing[(record, key)] = MissingTranslation(record, key, self.language, tuple(gaps),
                                                             original_language, label[:120])
        return dataclasses.replace(value, **changes) if changes else value


# ------------------------------------------------------------------------------------------- key figures
# `assemble.key_value` reads English titles; a key figure's title in another language needs that language's
# months (so "11 et 12 décembre 2019" is a date, not the figure 11), units and "more than".
_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
_UNITS = {"fr": r"milliards?|millions?|%", "pt": r"mil milhões|milhões|milhão|%", "ar": r"مليار|ملايين|مليون|%"}
_MORE_THAN = {"fr": r"plus de", "pt": r"mais de", "ar": r"أكثر من"}
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d[\d,.]*"


def key_value_in(title: str, language: str) -> str:
    """The figure a key-figure callout shows for a title in `language` (English: `assemble.key_value`)."""
    if language not in _MONTHS:
        from .assemble import key_value

        return key_value(title)
    months = "|".join(_MONTHS[language].split())
    dates = re.compile(rf"\b\d{{1,2}}(?:er|\.º)?(?:\s*(?:-|–|et|e|و)\s*\d{{1,2}})?\s+(?:de\s+)?(?:{months})"
                       rf"(?:\s+(?:de\s+)?\d{{4}})?|(?:{months})\s+(?:de\s+)?\d{{4}}|\b(?:19|20)\d{{2}}\b|\(\d{{4}}\)",
                       re.IGNORECASE)
    undated = dates.sub(lambda m: " " * len(m.group(0)), title)
    match = re.search(rf"({_NUMBER})(?:\s*({_UNITS[language]}))?", undated, re.IGNORECASE)
    if not match:
        return ""
    value = match.group(0).strip() if match.group(2) else match.group(1).rstrip(".,")  # as written: "94 %"
    if re.search(rf"(?:{_MORE_THAN[language]})\s*$", title[: match.start()], re.IGNORECASE):
        value += "+"
    return value


# ------------------------------------------------------------------------------------------- the pack
def finish(pack: Pack, view: LocalisedLibrary) -> Pack:
    """Mark passages left in their original language, add quotations' versions and missing-version warnings."""
    if not view.originals and not view.missing and not view.used:
        return pack
    marker = _Marker(view, pack.language)
    sections = tuple(dataclasses.replace(s, blocks=tuple(out for b in s.blocks for out in marker.blocks(b)))
                     for s in pack.sections)
    warnings = list(pack.warnings)
    for gap in view.missing.values():
        what = {"item": translate("PackWarning", "item"), "source": translate("PackWarning", "source"),
                "country": translate("PackWarning", "country"),
                "status": translate("PackWarning", "status of")}[gap.record]
        warnings.append(PackWarning(translate(
            "PackWarning", "No {language} version of the {fields} of {record} “{label}” ({key}): the {original} "
            "original is used, marked as such.").format(
                language=pack.language, fields=tuple(gap.fields), record=what, label=gap.label, key=gap.key,
                original=gap.original_language),
            item_uid=gap.key if gap.record == "item" else "", kind="missing"))
    return dataclasses.replace(pack, sections=sections, warnings=tuple(warnings))


class _Marker:
    def __init__(self, view: LocalisedLibrary, language: str) -> None:
        self.language = language
        self.quote_versions = view.quote_versions
        # Longest first, so a title inside a longer passage does not split it.
        self.originals = sorted(((t, lang) for t, lang in view.originals.items() if lang != language and t),
                                key=lambda pair: -len(pair[0]))

    def _find(self, text: str) -> tuple[int, str, str] | None:
        best: tuple[int, str, str] | None = None
        for original, lang in self.originals:
            at = text.find(original)
            if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(original) > len(best[1]))):
                best = (at, original, lang)
        return best

    def runs(self, runs: tuple[Run, ...], versions: list[tuple[str, str]] | None = None) -> tuple[Run, ...]:
        """The runs with every original-language passage split out and marked; a quotation's version follows
        it on a new line, or (with `versions`) is collected there as (text, provenance) instead."""
        out: list[Run] = []
        for run in runs:
            if run.citation is not None or run.lang or not run.text:
                out.append(run)
                continue
            rest = run.text
            while rest:
                found = self._find(rest)
                if found is None:
                    out.append(dataclasses.replace(run, text=rest))
                    break
                at, original, lang = found
                if at:
                    out.append(dataclasses.replace(run, text=rest[:at]))
                out.append(dataclasses.replace(run, text=original, lang=lang))
                if original in self.quote_versions:
                    version, provenance = self.quote_versions[original]
                    if versions is not None:
                        versions.append((version, provenance))
                    else:
                        out.append(Run("\n" + translation_marker(self.language, provenance) + " ", italic=True))
                        out.append(Run(version))
                rest = rest[at + len(original):]
        return tuple(out)

    def label_lang(self, text: str) -> str:
        found = self._find(text)
        return found[2] if found is not None and found[1].strip() == text.strip() else ""

    def blocks(self, block: Block) -> tuple[Block, ...]:
        """A quotation with a version becomes the quotation in its own language and direction, then its version
        as a paragraph of its own, introduced as a translation; every other block maps to one block."""
        if not isinstance(block, Quote):
            return (self.block(block),)
        from .assemble import text_direction

        versions: list[tuple[str, str]] = []
        runs = self.runs(block.runs, versions)
        found = self._find(block.attribution) if block.attribution else None
        quote = dataclasses.replace(block, runs=runs, attribution_lang=found[2] if found is not None else "")
        if not versions:
            return (quote,)
        original = next((r.text for r in runs if r.lang), "")
        quote = dataclasses.replace(quote, direction=text_direction(original, block.direction))
        out: list[Block] = [quote]
        for version, provenance in versions:
            out.append(Paragraph((Run(translation_marker(self.language, provenance) + " ", italic=True),
                                  Run(version)), "body", text_direction(version, block.direction)))
        return tuple(out)

    def block(self, block: Block) -> Block:
        if isinstance(block, Paragraph):
            return dataclasses.replace(block, runs=self.runs(block.runs))
        if isinstance(block, BulletList):
            return dataclasses.replace(block, items=tuple(self.runs(entry) for entry in block.items))
        if isinstance(block, Table):
            return dataclasses.replace(block, rows=tuple(tuple(self.runs(c) for c in row) for row in block.rows))
        if isinstance(block, Quote):
            found = self._find(block.attribution) if block.attribution else None
            return dataclasses.replace(block, runs=self.runs(block.runs),
                                       attribution_lang=found[2] if found is not None else "")
        if isinstance(block, KeyFigure):
            lang = self.label_lang(block.label)
            return dataclasses.replace(block, lang=lang, value=key_value_in(block.label, lang or self.language))
        if isinstance(block, BRIEF_BLOCKS):
            return block.mapped(self.runs, lambda text: text)
        return block


def manifest_entries(view: LocalisedLibrary) -> list[dict[str, Any]]:
    """The versions a pack used, for its manifest: record, key, language, provenance and revision."""
    return [{"record": record, "key": key, "language": t.language, "provenance": t.provenance,
             "translator": t.translator, "translated_on": t.translated_on, "revision": t.revision}
            for (record, key), t in sorted(view.used.items())]


# ------------------------------------------------------------------------------------------- for the builder
def missing_translations(library: Library, target: Pack | Any, *, settings: Any = None) -> list[MissingTranslation]:
    """What a pack (or the pack a `PackSpec` would build) lacks in its language: its items, the sources it
    cites and its countries' notes and statuses, each with the fields that have no version there."""
    if not isinstance(target, Pack):
        from .assemble import assemble

        target = assemble(library, target, settings)
    language = target.language
    manifest = target.manifest
    items = [entry["uid"] for entry in manifest.get("items", [])]
    sources = [entry["uid"] for entry in manifest.get("sources", [])]
    countries = list(manifest.get("countries", []))
    found = library.missing_translations(language, "item", items)
    found += library.missing_translations(language, "source", sources)
    if countries:
        found += library.missing_translations(language, "country", countries)
        statuses = [s.uid for code in countries for s in library.country(code).statuses]
        found += library.missing_translations(language, "status", statuses)
    return found


__all__ = ["LocalisedLibrary", "TRANSLATION_MARKERS", "finish", "manifest_entries", "missing_translations",
           "translation_marker"]
