"""The country parts of a pack: dated statuses, the side-by-side comparison and each country's profile.

A profile says, for its country, what the library holds on it, once:
- a country's statuses come from its own dated records, or for AU participation from the library's dated list of
  suspensions (`participation`); "not applicable" where an AU treaty cannot apply to a state outside the AU;
- "Other facts on …" lists the items on that country. An item on several of the pack's countries (the
  list of suspended states, the states that had not ratified) is printed in full once, under the first of them in
  the pack's order, and under each of the others as a reference ("See Niger: “title”"): every country's part says
  what concerns it, and no item's text is printed twice. In a pack of several countries, a country on which the
  library holds nothing more says so (a one-country pack leaves the empty part out);
- items the pack already shows in another section are not repeated here.

`assemble` builds the context and the item runs; this module only decides the country parts (`item_runs` is
passed in, so the two modules do not import each other).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from ..library import Country, CountryStatus, Item, SearchFilters
from ..library.vocabulary import AU_TOPICS, PARTICIPATION_TOPIC
from ..messages import IsoDate, translate
from . import forms
from . import labels as L
from .model import Block, BulletList, Heading, PackWarning, Paragraph, Run, Table

ItemRuns = Callable[..., tuple[Run, ...]]
HOLDINGS_LIMIT = 15  # items listed per country
HOLDING_KINDS = ("fact", "background", "excerpt", "next_step")


def _citation(ctx: Any, source_uid: str) -> Run:
    return Run("", citation=ctx.cite(source_uid))


# ------------------------------------------------------------------------------------------------ statuses
def status(ctx: Any, country: Country, topic: str) -> CountryStatus | None:
    """The country's latest dated status on a topic; for AU participation, when the country has no record of its
    own, the status derived from the library's dated list of suspensions (`participation`)."""
    found = country.status(topic)
    if found is None and topic == PARTICIPATION_TOPIC and country.au_member:
        return participation(ctx, country)
    return found


def participation(ctx: Any, country: Country) -> CountryStatus | None:
    """An AU member with no participation record of its own is not on the library's dated list of suspended
    states: "participating", dated and cited as that list (the source that lists the most suspended states,
    newest first). None when the library holds no such list."""
    if ctx.participation is None:
        # The records only (their dates, sources, states), read past the language view: nothing of theirs is
        # printed, so no other country's version is "used" by the pack.
        records = getattr(ctx.library, "library", ctx.library)
        ctx.participation = [s for c in records.countries(au_only=True) for s in c.statuses
                             if s.topic == PARTICIPATION_TOPIC]
    suspended = [s for s in ctx.participation if s.status == "suspended"]
    if not suspended:
        return None
    by_source: dict[str, list[CountryStatus]] = {}
    for record in suspended:
        by_source.setdefault(record.source_uid, []).append(record)
    source_uid, records = max(by_source.items(), key=lambda kv: (len(kv[1]), max(r.as_of or "" for r in kv[1])))
    as_of = max(r.as_of or "" for r in records) or None
    names = sorted({c for c in (r.country_code for r in suspended)})
    return CountryStatus(topic=PARTICIPATION_TOPIC, status="participating", as_of=as_of, source_uid=source_uid,
                         note=ctx.words["participation_derived"].format(count=len(names)),
                         confidence=ctx.source(source_uid).confidence or "L", country_code=country.code)


def is_derived(found: CountryStatus) -> bool:
    """True for the participation `participation` derives (it has no record of its own)."""
    return not found.uid and found.topic == PARTICIPATION_TOPIC and found.status == "participating"


def status_sources(ctx: Any, found: CountryStatus) -> list[str]:
    """The sources a status cites: its own; for a derived participation, the dated documents the list of
    suspensions rests on (each suspended state's decision or report, oldest first), not the list alone."""
    if not is_derived(found) or not ctx.participation:
        return [found.source_uid]
    suspended = sorted((s for s in ctx.participation if s.status == "suspended"), key=lambda s: s.as_of or "")
    return list(dict.fromkeys(s.source_uid for s in suspended)) or [found.source_uid]


def _status_citations(ctx: Any, found: CountryStatus) -> list[Run]:
    return [_citation(ctx, uid) for uid in status_sources(ctx, found)]


def _status_cells(ctx: Any, country: Country, topic: str) -> tuple[tuple[Run, ...], tuple[Run, ...], tuple[Run, ...]]:
    found = status(ctx, country, topic)
    if found is None and topic in AU_TOPICS and not country.au_member:
        return (Run(ctx.words["not_applicable"], italic=True),), (Run("—"),), (Run("—"),)
    if found is None:
        return (Run(ctx.words["unknown"], italic=True),), (Run("—"),), (Run("—"),)
    value: list[Run] = [Run(L.status_word(found.status, ctx.language), bold=True)]
    if found.note:
        value.append(Run(f". {found.note}"))
    # A status's date is the date it was true on, not the date of the act: "as of 8 June 2023".
    as_of = (Run(L.as_of_phrase(found.as_of, ctx.language)),) if found.as_of else \
        (Run(ctx.words["date_unknown"], italic=True),)
    uids = status_sources(ctx, found)
    publishers = [p for p in dict.fromkeys(ctx.source(uid).publisher.strip() for uid in uids) if p]
    named = "; ".join(publishers) or ctx.source(uids[0]).title  # a compilation has no publisher of its own
    return tuple(value), as_of, (Run(named), *_status_citations(ctx, found))


def comparison_table(ctx: Any) -> Table:
    """The pack's countries side by side: AU membership and each of the template's status topics."""
    lang, words = ctx.language, ctx.words
    header = ("",) + tuple(c.name(lang) for c in ctx.countries)
    rows: list[tuple[tuple[Run, ...], ...]] = []
    rows.append(((Run(words["au_member"], bold=True),),) + tuple(
        (Run(f"{words['yes']}{L.comma(lang)}{L.region_word(c.au_region or '', lang)}" if c.au_member else words["no"]),)
        for c in ctx.countries))
    for topic in ctx.template.status_topics:
        cells: list[tuple[Run, ...]] = []
        for country in ctx.countries:
            found = status(ctx, country, topic)
            if found is None and topic in AU_TOPICS and not country.au_member:
                cells.append((Run(words["not_applicable"], italic=True),))
            elif found is None:
                cells.append((Run(words["unknown"], italic=True),))
            else:
                as_of = L.as_of_phrase(found.as_of, lang)  # "ratified (as of 8 June 2023)", never a ratification date
                cells.append((Run(L.status_word(found.status, lang), bold=True), Run(f" ({as_of})"),
                              *_status_citations(ctx, found)))
        rows.append(((Run(L.topic_word(topic, lang), bold=True),),) + tuple(cells))
    # From four countries on, the label column is as wide as a country's: the labels wrap between words, while a
    # country column narrower than "participação" or "desconhecida" makes a writer without hyphenation (LibreOffice,
    # Word) cut the word; the PDF also widens or hyphenates (render/pdf_words.py).
    label = 1.4 if len(ctx.countries) < 4 else 1.0
    widths = (label,) + (1.0,) * len(ctx.countries)
    return Table(header, tuple(rows), widths=widths, direction=L.direction(lang))


# ------------------------------------------------------------------------------------------------ profiles
def holdings(ctx: Any, country: Country, shown_elsewhere: set[str]) -> list[Item]:
    """The library's items on `country` a profile lists: facts, background, excerpts and next steps, not shown
    in another section of the pack, and for a state outside the AU none of the template's AU-only items."""
    found = [item for item in ctx.library.search("", SearchFilters(countries=(country.code,)), limit=200,
                                                 order="id", count_cap=None).items
             if item.uid not in shown_elsewhere and item.kind in HOLDING_KINDS]
    if not country.au_member:
        found = [item for item in found if not set(item.tags) & set(ctx.template.au_only_tags)]
    return found[:HOLDINGS_LIMIT]


def country_profiles(ctx: Any, anchor: str, item_runs: ItemRuns) -> list[Block]:
    """Every country's profile, in the pack's order (`ctx.countries`)."""
    shown_elsewhere = set(ctx.included)  # items the pack's other sections already show
    held = {country.code: holdings(ctx, country, shown_elsewhere) for country in ctx.countries}
    owner: dict[str, Country] = {}  # item uid -> the country under which its text is printed
    for country in ctx.countries:
        for item in held[country.code]:
            owner.setdefault(item.uid, country)
    several = len(ctx.countries) > 1
    blocks: list[Block] = []
    for number, country in enumerate(ctx.countries):
        blocks += _country_profile(ctx, country, f"{anchor}-{number + 1}", several, held[country.code], owner,
                                   item_runs)
    return blocks


def _reference_runs(ctx: Any, item: Item, where: Country) -> tuple[Run, ...]:
    """An item printed under another country, as a cross-reference: where its text is, its title (quoted, so
    the entry reads as a reference and not as the item again), date and source."""
    see = ctx.words["see_country"].format(country=where.name(ctx.language)) + L.label_separator(ctx.language)
    runs: list[Run] = [Run(see, italic=True), Run(f'"{item.title.rstrip(" .")}"')]
    if item.as_of and not L.date_in_text(item.as_of, item.title, ctx.language):
        runs.append(Run(f" ({L.as_of_phrase(item.as_of, ctx.language)})", italic=True))
    runs.append(_citation(ctx, item.source_uid))
    return tuple(runs)


def _country_profile(ctx: Any, country: Country, anchor: str, several: bool, items: list[Item],
                     owner: dict[str, Country], item_runs: ItemRuns) -> list[Block]:
    words, lang = ctx.words, ctx.language
    name = country.name(lang)
    blocks: list[Block] = []
    if several:
        blocks.append(Heading(name, 2, anchor, ctx.direction_of(name)))
    # Each distinct form once ("Mali", not "Mali; Mali; Mali"), the pack's own language first. A name in the
    # other direction is a bidi isolate: its citation then follows it, not the Arabic name before it ("[10] السنغال").
    order = (lang,) + tuple(code for code in ("en", "fr", "pt", "ar") if code != lang)
    pack_direction = L.direction(lang)
    names = ("؛ " if lang == "ar" else "; ").join(
        name if ctx.direction_of(name) == pack_direction else f"\u2068{name}\u2069"
        for name in dict.fromkeys(country.names[code] for code in order if country.names.get(code)))
    membership: tuple[Run, ...]
    if country.au_member:
        membership = (Run(f"{words['yes']}{L.comma(lang)}{L.region_word(country.au_region or '', lang)}"),) + (
            (_citation(ctx, country.au_source_uid),) if country.au_source_uid else ())
    else:
        membership = (Run(words["no"]),) + ((_citation(ctx, country.au_source_uid),) if country.au_source_uid else ())
    rows: list[tuple[tuple[Run, ...], ...]] = [
        ((Run(words["names"], bold=True),), (Run(names), _citation(ctx, "cldr"))),
        ((Run(words["iso"], bold=True),), (Run(f"{country.code} / {country.alpha2} / {country.numeric}"),
                                           _citation(ctx, "iso-3166"))),
        ((Run(words["au_member"], bold=True),), membership),
    ]
    if country.au_name:
        rows.append(((Run(words["au_name"], bold=True),), (Run(country.au_name),)))
    blocks.append(Table(("", ""), tuple(rows), widths=(1, 2.6), direction=L.direction(lang)))
    topics = list(ctx.template.status_topics) + sorted({s.topic for s in country.statuses} -
                                                       set(ctx.template.status_topics))
    status_rows = []
    for topic in topics:
        value, as_of, source = _status_cells(ctx, country, topic)
        status_rows.append(((Run(L.topic_word(topic, lang), bold=True),), value, as_of, source))
    blocks.append(Table((words["topic"], words["status"], words["date"], words["source"]), tuple(status_rows),
                        widths=(1.3, 2.2, 1.0, 1.5), direction=L.direction(lang)))
    if country.notes.strip():
        blocks.append(Paragraph((Run(words["notes"] + L.label_separator(lang), bold=True),
                                 Run(country.notes.strip())), "body", ctx.direction_of(country.notes)))
    if not items and not several:
        return blocks  # one country, and the pack's other sections show all the library holds on it
    name_the = forms.country_form(country.code, name, lang, "the")
    heading = words["country_items"].format(country=name, country_the=name_the)
    blocks.append(Heading(heading, 3, f"{anchor}-items", ctx.direction_of(heading)))
    if not items:
        text = words["country_items_none"].format(country=name, country_the=name_the)
        blocks.append(Paragraph((Run(text),), "body", ctx.direction_of(text)))
        return blocks
    entries = []
    for item in items:
        where = owner.get(item.uid, country)
        if where.code != country.code:
            entries.append(_reference_runs(ctx, item, where))
            continue
        entries.append(item_runs(ctx, item, country=country))
        ctx.included.setdefault(item.uid, item)
        ctx.item_sections.setdefault(item.uid, []).append("country-profile")
        if item.is_stale(_dt.date.fromisoformat(ctx.today)):
            ctx.warnings.append(PackWarning(translate(
                "PackWarning", "“{title}” was due for review on {date}; check it is still true.").format(
                title=item.title, date=IsoDate(item.review_by)), "country-profile", item.uid, "stale"))
    blocks.append(BulletList(tuple(entries), direction=ctx.direction_of(items[0].title)))
    return blocks


__all__ = ["comparison_table", "country_profiles", "holdings", "participation", "status"]
