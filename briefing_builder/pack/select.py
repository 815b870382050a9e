"""Which library items a section holds: the one rule shared by `assemble`, the CLI and the GUI (no Qt).

- `holds_items(section)`: whether a section lists library items at all. Only "items" and "key_figures" sections
  do; the others (text, summary, country profile and comparison, sources) are written from the template, the
  country records and the user's own text, so an item pinned into one of them could never be shown. The GUI
  offers "Add item…" only where this is true, and `stray_pins` finds pins a draft holds elsewhere.
- `select_items(...)`: the items a section holds for a spec, in order: the template's rule (kinds, tags,
  frameworks, scope, AU-only tags, order, limit), less the items the user dropped, plus the items pinned in,
  then the user's order. Pinned items no longer in the library are returned apart, for a warning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import NotFoundError
from ..library import Country, Item, Library, SearchFilters
from .spec import PackSpec
from .templates import SectionTemplate, Template

ITEM_SECTION_KINDS = frozenset({"items", "key_figures", "questions", "sensitivities", "press_lines"})
CANDIDATE_LIMIT = 5_000  # items read per rule before filtering; far above any template's limit


def holds_items(section: SectionTemplate) -> bool:
    """True when the section lists library items (and so can take items the user pins into it)."""
    return section.kind in ITEM_SECTION_KINDS and section.select is not None


def why_no_items(section: SectionTemplate) -> str:
    """A sentence for the user on why items cannot be added to `section` (empty when they can)."""
    if holds_items(section):
        return ""
    what = {"text": "only text (the template's and yours)", "summary": "a summary written from the rest of the pack",
            "sources": "the list of sources cited", "country_profile": "the country's own record",
            "country_comparison": "a table of the countries' statuses",
            "meeting": "the meeting's details from the pack's form", "purpose": "the meeting's purpose and objectives",
            "interlocutors": "the people you are meeting, from the library's people",
            "attendees": "the attendees on each side", "annexes": "the files attached to the pack",
            "contact": "the responsible official's contact details"}.get(section.kind, "no library items")
    return f"“{section.heading_in('en')}” holds {what}; library items can only be added to sections that list items."


def stray_pins(template: Template, spec: PackSpec) -> list[tuple[str, str]]:
    """(section id, item uid) for every item pinned into a section that cannot show it (or is not in the template)."""
    sections = {s.id: s for s in template.sections}
    return [(section_id, uid) for section_id, override in sorted(spec.overrides.items())
            for uid in override.pinned
            if section_id not in sections or not holds_items(sections[section_id])]


@dataclass(frozen=True)
class Selection:
    """What `select_items` found: the items in pack order, and pinned uids that are no longer in the library."""

    items: tuple[Item, ...]
    missing: tuple[str, ...] = ()


def in_scope(item: Item, scope: Iterable[str], country: Country, region_codes: frozenset[str]) -> bool:
    """Whether the item's countries fit the rule's scope (all / country / region / general)."""
    scope = tuple(scope)
    if "all" in scope:
        return True
    linked = set(item.countries)
    return (("country" in scope and country.code in linked)
            or ("region" in scope and bool(linked & region_codes))
            or ("general" in scope and not linked))


def ordered(items: list[Item], order: str) -> list[Item]:
    """Items in a rule's order: library (as stored), as_of, as_of_desc (newest first, undated last) or title."""
    if order == "as_of":
        return sorted(items, key=lambda i: (i.as_of is None, i.as_of or "", i.id))
    if order == "as_of_desc":  # ties keep library order (the sort is stable)
        return sorted((i for i in items if i.as_of), key=lambda i: i.as_of or "", reverse=True) + \
            [i for i in items if not i.as_of]
    if order == "title":
        return sorted(items, key=lambda i: (i.title.casefold(), i.id))
    return items


def select_items(library: Library, template: Template, section: SectionTemplate, spec: PackSpec,
                 country: Country, region_codes: frozenset[str] | None = None) -> Selection:
    """The items `section` holds for `spec` with `country` in focus; empty for a section that holds none."""
    if not holds_items(section):
        return Selection(())
    rule = section.select
    assert rule is not None  # holds_items checked it
    if region_codes is None:
        region_codes = frozenset(library.region_members(country.au_region)) if country.au_region else frozenset()
    override = spec.override(section.id)
    result = library.search("", SearchFilters(kinds=rule.kinds, tags=rule.tags, frameworks=rule.frameworks),
                            limit=CANDIDATE_LIMIT, order="id", count_cap=None)
    chosen: list[Item] = []
    for item in result.items:
        tags = set(item.tags)
        if tags & set(rule.exclude_tags) or not set(rule.with_tags) <= tags:
            continue
        if not country.au_member and tags & set(template.au_only_tags):
            continue
        if not in_scope(item, rule.scope, country, region_codes):
            continue
        chosen.append(item)
    chosen = ordered(chosen, rule.order)[: rule.limit]
    dropped = set(override.dropped)
    chosen = [item for item in chosen if item.uid not in dropped]
    present = {item.uid for item in chosen}
    missing: list[str] = []
    for uid in override.pinned:
        if uid in present or uid in dropped:
            continue
        try:
            chosen.append(library.item(uid))
            present.add(uid)
        except NotFoundError:
            missing.append(uid)
    if override.order:
        rank = {uid: n for n, uid in enumerate(override.order)}
        chosen.sort(key=lambda item: rank.get(item.uid, len(rank)))
    return Selection(tuple(chosen), tuple(missing))


__all__ = ["holds_items", "why_no_items", "stray_pins", "select_items", "Selection", "in_scope", "ordered",
           "ITEM_SECTION_KINDS"]
