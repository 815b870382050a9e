"""`assemble(library, spec)`: read the library, apply the template and the user's tailoring, return a `Pack`.

This is the only place where pack content is decided; renderers only lay it out. Tailoring rules a user expects:
- items with the template's AU-only tags (the communiqué's call on AU Member States) appear only for AU members;
- items on a framework with a status note (Malabo Convention, ACRWC) carry the focus country's own dated status;
- statuses always show their as-of date, and unknown ones say so;
- items past their review-by date are reported as warnings;
- the pack is marked with the highest classification among its items, never lower than the one chosen.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import BuildError, Cancelled, NotFoundError, user_message
from ..library import Country, CountryStatus, Item, Library, Source
from ..library.vocabulary import AU_TOPICS
from ..messages import IsoDate, translate
from ..settings import Settings
from . import brief_sections, coverage, forms, provenance, typography
from . import labels as L
from . import localise, profile
from .model import (
    BRIEF_BLOCKS,
    Block,
    BulletList,
    Cover,
    Direction,
    Heading,
    KeyFigure,
    Pack,
    PackWarning,
    PageBreak,
    Paragraph,
    Quote,
    Run,
    Section,
    SourceRef,
    Table,
)
from .select import select_items
from .spec import PackSpec
from .templates import SectionTemplate, Template, load_template

Progress = Callable[[int, int, str], None]
SHOW_AS_OF = frozenset({"fact", "background"})


def text_direction(text: str, default: Direction = "ltr") -> Direction:
    """The direction of the first strongly directional character (Unicode bidi classes L, R and AL)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


@dataclass
class _Context:
    library: Library
    spec: PackSpec
    template: Template
    settings: Settings
    language: str
    words: dict[str, str]
    today: str
    country: Country
    countries: list[Country]
    region_codes: frozenset[str]
    cited: dict[str, int] = field(default_factory=dict)  # source uid -> reference number
    source_cache: dict[str, Source] = field(default_factory=dict)
    included: dict[str, Item] = field(default_factory=dict)  # every library item shown, by uid
    item_sections: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[PackWarning] = field(default_factory=list)
    talking_points: list[Item] = field(default_factory=list)
    participation: list[CountryStatus] | None = None  # every AU participation record in the library, read once
    people: dict[str, Any] = field(default_factory=dict)  # library people printed, by uid (None: not found)
    annexes: list[dict[str, Any]] = field(default_factory=list)  # annex files attached, for the manifest
    statuses_said: set[tuple[str, str]] = field(default_factory=set)  # (country, topic) status notes printed

    def cite(self, source_uid: str) -> int:
        if source_uid not in self.cited:
            self.cited[source_uid] = len(self.cited) + 1
        return self.cited[source_uid]

    def source(self, uid: str) -> Source:
        if uid not in self.source_cache:
            try:
                self.source_cache[uid] = self.library.source(uid)
            except NotFoundError:  # ISO 3166 and CLDR are built in, even in a library seeded before they were
                if uid not in forms.REFERENCE_SOURCES:
                    raise
                self.source_cache[uid] = forms.REFERENCE_SOURCES[uid]
        return self.source_cache[uid]

    def fill(self, text: str, country: Country | None = None) -> str:
        """Replace {country}, {event}, {date}, {recipient} and {office} in template text; {country.FORM} gives the
        name with the language's article or preposition (`forms.country_form`: the, of, to, in, with)."""
        names = [c.name(self.language) for c in ([country] if country else self.countries)]
        values = {
            "country": " / ".join(names),
            "event": self.spec.event,
            "date": L.format_iso_date(self.spec.resolved_date(), self.language),
            "recipient": self.spec.recipient or self.words["the_minister"],
            "office": self.spec.office,
        }

        def value(match: re.Match[str]) -> str:
            name, form = match.group(1), match.group(2)
            if name == "country" and form in forms.FORMS:
                chosen = [country] if country else self.countries
                return forms.country_phrase([(c.code, c.name(self.language)) for c in chosen], self.language, form)
            return values[name] if not form else match.group(0)

        return re.sub(r"\{(country|event|date|recipient|office)(?:\.(\w+))?\}", value, text)

    def direction_of(self, text: str) -> Direction:
        return text_direction(text, L.direction(self.language))


def assemble(library: Library, spec: PackSpec, settings: Settings | None = None, *,
             template: Template | None = None, extra_template_dirs: list[Path] | None = None,
             today: str | None = None, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Pack:
    """Build the format-neutral pack for `spec` from the library. Raises `BuildError` for unusable choices."""
    settings = settings or Settings()
    spec.validate()
    library = localise.LocalisedLibrary(library, spec.language)  # records in the pack's language (issue 11)
    template = template or load_template(spec.template, extra_template_dirs)
    try:
        country = library.country(spec.country)
        extra = [library.country(code) for code in spec.extra_countries] if template.multi_country else []
    except NotFoundError as exc:
        raise BuildError(user_message(exc)) from exc  # a Message when the library wrote one
    countries = [country] + [c for c in extra if c.code != country.code]
    region = frozenset(library.region_members(country.au_region)) if country.au_region else frozenset()
    language = spec.language
    ctx = _Context(library=library, spec=spec, template=template, settings=settings, language=language,
                   words=L.words(language), today=today or _dt.date.today().isoformat(), country=country,
                   countries=countries, region_codes=region)
    if spec.extra_countries and not template.multi_country:
        ctx.warnings.append(_ignored_countries_warning(library, template, spec))
    order = _section_order(template, spec)
    ctx.warnings += brief_sections.annexes_left_out(template, spec, order)  # e.g. the speaking note prints none
    built: dict[str, Section] = {}
    # Country profiles come after the item sections, so "what the library holds" repeats nothing the pack already
    # shows; the summary and sources report on everything else. Citation numbers then follow reading order.
    deferred = {"summary", "sources", "country_profile"}
    for index, section_template in enumerate(order):
        if cancelled and cancelled():
            raise Cancelled()
        if section_template.kind not in deferred:
            built[section_template.id] = _build_section(ctx, section_template, index)
        if progress:
            progress(index + 1, len(order) + 1, "sections")
    for index, section_template in enumerate(order):
        if section_template.kind == "country_profile":
            built[section_template.id] = _build_section(ctx, section_template, index)
    for index, section_template in enumerate(order):
        if section_template.kind == "summary":
            built[section_template.id] = _summary(ctx, section_template, _anchor(index, section_template))
    _renumber_citations(ctx, built, order)
    for index, section_template in enumerate(order):
        if section_template.kind == "sources":
            built[section_template.id] = _sources_section(ctx, section_template, _anchor(index, section_template))
    _warn_empty_sections(ctx, built, order)
    sections = tuple(built[s.id] for s in order if s.id in built and built[s.id].blocks)

    chosen = spec.classification or settings.default_classification
    markings = [chosen] + [item.classification for item in ctx.included.values()]
    unknown = sorted({m for m in markings if m not in settings.allowed_markings})
    for marking in unknown:
        ctx.warnings.append(PackWarning(translate(
            "PackWarning", "The marking {marking} is not one of the configured markings ({markings}); it is treated "
            "as the highest.").format(marking=repr(marking), markings=tuple(settings.allowed_markings)),
            kind="classification"))
    classification = settings.highest_marking(markings)
    if classification != chosen:
        ctx.warnings.append(PackWarning(translate(
            "PackWarning", "The pack is marked {marking}, above the {chosen} chosen, because it includes items "
            "marked so.").format(marking=classification, chosen=chosen), kind="classification"))
    numbered = [(n, ctx.source(uid)) for uid, n in sorted(ctx.cited.items(), key=lambda kv: kv[1])]
    sources = tuple(SourceRef(number=n, uid=source.uid, citation=typography.typeset(
                                  _citation_text(ctx, source), source.language),
                              url=provenance.printed_url(source)) for n, source in numbered)
    weak = provenance.confidence_warning(numbered, language)
    if weak:
        ctx.warnings.append(PackWarning(weak, "sources", kind="confidence"))
    low_items = provenance.low_items_warning(list(ctx.included.values()))
    if low_items:
        ctx.warnings.append(PackWarning(low_items, kind="confidence"))
    cover = _cover(ctx, classification)
    pack = Pack(
        cover=cover, sections=sections, sources=sources, classification=classification, language=language,
        direction=L.direction(language), paper=(spec.paper or settings.paper), labels=L.labels(language),
        title=f"{template.title_in(language)}: {cover.subtitle}" if cover.subtitle else template.title_in(language),
        subject=ctx.fill(template.description_in(language)) or template.title_in(language),
        author=settings.organisation_name or "Briefing Builder", date=spec.resolved_date(),
        keywords=tuple(sorted({c.name("en") for c in countries} | {spec.event} - {""})),
        warnings=tuple(ctx.warnings), created=_document_time(ctx),
        front_matter=template.front_matter, page_limit=template.page_limit,
    )
    # Order matters: `finish` finds the passages left in their original language by their text, so it runs before
    # typography changes quotes and spaces; typography then follows each run's own language.
    pack = localise.finish(pack, library)  # marks passages left in their original language; warns what's missing
    pack = typography.typeset_pack(pack)
    pack = dataclasses.replace(pack, warnings=pack.warnings + coverage.warnings(pack, ctx.included))
    manifest = _manifest(ctx, pack)
    manifest["translations"] = localise.manifest_entries(library)
    if progress:
        progress(len(order) + 1, len(order) + 1, "sections")
    return dataclasses.replace(pack, manifest=manifest)


def _ignored_countries_warning(library: Any, template: Template, spec: PackSpec) -> PackWarning:
    """The warning for more countries than the template shows: it shows one country, and the others are left out."""
    names = []
    for code in spec.extra_countries:
        try:
            names.append(library.country(code).name("en"))
        except NotFoundError:
            names.append(code)
    return PackWarning(translate(
        "PackWarning", "The template {template} shows one country: {countries} left out (only a template that "
        "shows countries side by side, such as 'country-profile', takes more).").format(
            template=repr(template.name), countries=tuple(names)), kind="countries")


def _document_time(ctx: _Context) -> str:
    """The time the document properties carry: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the
    newest included content's time (items, sources, country statuses), never later than now. ISO 8601 UTC."""
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        when = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
    stamps = [item.updated_at for item in ctx.included.values()]
    stamps += [ctx.source(uid).updated_at for uid in ctx.cited]
    stamps += [s.updated_at for c in ctx.countries for s in c.statuses]
    newest = None
    for stamp in stamps:
        try:
            value = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except (ValueError, AttributeError):
            continue
        value = value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
        newest = value if newest is None or value > newest else newest
    when = min(newest, now) if newest else now
    return when.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _renumber_citations(ctx: _Context, built: dict[str, Section], order: list[SectionTemplate]) -> None:
    """Renumber citations by first appearance in reading order (sections are built out of order)."""
    mapping: dict[int, int] = {}

    def see(number: int | None) -> None:
        if number is not None and number not in mapping:
            mapping[number] = len(mapping) + 1

    for section in (built[s.id] for s in order if s.id in built):
        for block in section.blocks:
            for runs in _block_runs(block):
                for run in runs:
                    see(run.citation)
            see(getattr(block, "citation", None))
    for number in sorted(ctx.cited.values()):
        see(number)  # cited but not shown (should not happen): keep it, last
    if all(old == new for old, new in mapping.items()):
        return
    ctx.cited = {uid: mapping[n] for uid, n in ctx.cited.items()}
    for sid, section in list(built.items()):
        built[sid] = dataclasses.replace(section, blocks=tuple(_renumber_block(b, mapping) for b in section.blocks))


def _block_runs(block: Block) -> list[tuple[Run, ...]]:
    if isinstance(block, (Paragraph, Quote)):
        return [block.runs]
    if isinstance(block, BulletList):
        return list(block.items)
    if isinstance(block, Table):
        return [cell for row in block.rows for cell in row]
    if isinstance(block, BRIEF_BLOCKS):
        return list(block.run_groups())
    return []


def _renumber_block(block: Block, mapping: dict[int, int]) -> Block:
    def runs(values: tuple[Run, ...]) -> tuple[Run, ...]:
        return tuple(dataclasses.replace(r, citation=mapping[r.citation]) if r.citation is not None else r
                     for r in values)

    if isinstance(block, Paragraph):
        return dataclasses.replace(block, runs=runs(block.runs))
    if isinstance(block, Quote):
        return dataclasses.replace(block, runs=runs(block.runs),
                                   citation=mapping.get(block.citation) if block.citation else block.citation)
    if isinstance(block, BulletList):
        return dataclasses.replace(block, items=tuple(runs(item) for item in block.items))
    if isinstance(block, Table):
        return dataclasses.replace(block, rows=tuple(tuple(runs(cell) for cell in row) for row in block.rows))
    if isinstance(block, KeyFigure) and block.citation is not None:
        return dataclasses.replace(block, citation=mapping[block.citation])
    if isinstance(block, BRIEF_BLOCKS):
        return block.mapped(runs, lambda text: text)
    return block


def _warn_empty_sections(ctx: _Context, built: dict[str, Section], order: list[SectionTemplate]) -> None:
    """An empty section is dropped from the pack; the builder says which and why."""
    for section_template in order:
        section = built.get(section_template.id)
        if section is not None and not section.blocks:
            reason = brief_sections.EMPTY_REASONS.get(section_template.kind) or translate(
                "PackWarning", "nothing in the library matches it for this pack")
            ctx.warnings.append(PackWarning(translate("PackWarning", "The section “{title}” is left out: {reason}.")
                                            .format(title=section.title, reason=reason),
                                            section_template.id, kind="empty_section"))


def _section_order(template: Template, spec: PackSpec) -> list[SectionTemplate]:
    sections = list(template.sections)
    if spec.section_order:
        rank = {sid: i for i, sid in enumerate(spec.section_order)}
        sections.sort(key=lambda s: (rank.get(s.id, len(rank) + template.sections.index(s))))
    return [s for s in sections if not spec.override(s.id).hidden]


def _anchor(index: int, section: SectionTemplate) -> str:
    return f"s{index + 1}-{re.sub(r'[^A-Za-z0-9_-]', '', section.id) or 'section'}"


def _build_section(ctx: _Context, section: SectionTemplate, index: int) -> Section:
    anchor = _anchor(index, section)
    title = ctx.fill(section.heading_in(ctx.language))
    blocks: list[Block] = []
    if section.page_break_before:
        blocks.append(PageBreak())
    blocks.append(Heading(title, 1, anchor, ctx.direction_of(title)))
    uids: list[str] = []
    if section.kind in ("items", "key_figures"):
        items = _select(ctx, section)
        uids = [i.uid for i in items]
        blocks += _fixed_text(ctx, section)
        blocks += _key_figures(ctx, items) if section.kind == "key_figures" else _item_blocks(ctx, section, items)
        blocks += _free_text(ctx, section, bullets=section.display in ("bullets", "numbered"))
    elif section.kind == "text":
        blocks += _fixed_text(ctx, section)
        blocks += _free_text(ctx, section, bullets=True)
    elif section.kind == "country_profile":
        blocks += _fixed_text(ctx, section)
        blocks += profile.country_profiles(ctx, anchor, _item_runs)
        blocks += _free_text(ctx, section, bullets=False)
    elif section.kind == "country_comparison":
        blocks += _fixed_text(ctx, section)
        blocks.append(profile.comparison_table(ctx))
        blocks += _free_text(ctx, section, bullets=False)
    elif section.kind in brief_sections.KINDS:
        more, uids = brief_sections.blocks(ctx, section, anchor, _BRIEF_HELPERS)
        blocks += more
    has_content = any(not isinstance(b, (Heading, PageBreak)) for b in blocks)
    return Section(section.id, title, tuple(blocks) if has_content else (), anchor, tuple(uids), ctx.direction_of(title))


# ------------------------------------------------------------------------------------------------ items
def _select(ctx: _Context, section: SectionTemplate) -> list[Item]:
    """The section's items by the shared rule (`pack.select`), recorded in the context with their warnings."""
    selection = select_items(ctx.library, ctx.template, section, ctx.spec, ctx.country, ctx.region_codes)
    for uid in selection.missing:
        ctx.warnings.append(PackWarning(translate(
            "PackWarning", "An item pinned to '{section}' ({uid}) is no longer in the library.").format(
                section=section.id, uid=uid), section.id, uid, "missing"))
    chosen = list(selection.items)
    for item in chosen:
        ctx.included.setdefault(item.uid, item)
        ctx.item_sections.setdefault(item.uid, []).append(section.id)
        if item.kind == "talking_point":
            ctx.talking_points.append(item)
        if item.is_stale(_dt.date.fromisoformat(ctx.today)):
            ctx.warnings.append(PackWarning(translate(
                "PackWarning", "“{title}” was due for review on {date}; check it is still true.").format(
                    title=item.title, date=IsoDate(item.review_by)), section.id, item.uid, "stale"))
    return chosen


def _citation(ctx: _Context, source_uid: str) -> Run:
    return Run("", citation=ctx.cite(source_uid))


def _item_runs(ctx: _Context, item: Item, *, with_title: bool = True, with_locator: bool = False,
               country: Country | None = None) -> tuple[Run, ...]:
    runs: list[Run] = []
    if with_title:
        runs.append(Run(item.title.rstrip() + (". " if item.body.strip() and not item.title.rstrip().endswith(
            (".", "?", "!", ":")) else " " if item.body.strip() else ""), bold=True))
    if item.body.strip():
        runs.append(Run(item.body.strip()))
    extras = []
    if with_locator and item.locator:
        extras.append(item.locator)
    if item.kind in SHOW_AS_OF and item.as_of and not L.date_in_text(item.as_of, item.title + " " + item.body,
                                                                      ctx.language):
        extras.append(L.as_of_phrase(item.as_of, ctx.language))
    if extras:
        runs.append(Run(f" ({'; '.join(extras)})", italic=True))
    runs.append(_citation(ctx, item.source_uid))
    runs += _status_notes(ctx, item, country)
    return tuple(runs)


def _status_notes(ctx: _Context, item: Item, country: Country | None = None) -> list[Run]:
    """The country's own dated status on the item's framework, only on items about that country or about no
    country in particular (never "— Ethiopia: not ratified" on a list of other states); each status once per
    pack, on the first item it applies to, and never after an item whose own text names the country (a list of
    the states that had not ratified already says it)."""
    country = country or ctx.country
    if item.countries and country.code not in item.countries:
        return []
    runs: list[Run] = []
    topics = [note.topic for note in ctx.template.status_notes if note.framework in item.frameworks]
    name = country.name(ctx.language)
    states_it = bool(name) and name.casefold() in f"{item.title} {item.body}".casefold()
    for topic in dict.fromkeys(topics):
        if (country.code, topic) in ctx.statuses_said:
            continue
        status = profile.status(ctx, country, topic)
        if status is None and topic in AU_TOPICS and not country.au_member:
            continue  # an AU treaty's status says nothing about a state outside the AU
        ctx.statuses_said.add((country.code, topic))
        if states_it:
            continue
        if status is None:
            runs.append(Run(" " + ctx.words["status_missing"].format(country=name), italic=True))
            continue
        as_of = L.as_of_phrase(status.as_of, ctx.language)
        text = ctx.words["status_note"].format(country=name, status=L.status_word(status.status, ctx.language),
                                               as_of=as_of)
        runs += [Run(f" — {text}", bold=True), _citation(ctx, status.source_uid)]
    return runs


def _status_line(ctx: _Context, item: Item, direction: Direction) -> list[Block]:
    """The status notes of a quotation, as a line of their own after it: a quotation keeps only its own words."""
    runs = _status_notes(ctx, item)
    if not runs:
        return []
    first = runs[0]
    runs[0] = dataclasses.replace(first, text=first.text.lstrip(" —"))
    return [Paragraph(tuple(runs), "note", direction)]


def _item_blocks(ctx: _Context, section: SectionTemplate, items: list[Item]) -> list[Block]:
    if not items:
        return []
    if section.display == "titles":  # points only, each with its source (a one-page speaking note)
        return [BulletList(tuple((Run(item.title.strip()), _citation(ctx, item.source_uid)) for item in items),
                           direction=ctx.direction_of(items[0].title))]
    if section.display in ("bullets", "numbered"):
        with_locator = section.display == "numbered"
        entries = tuple(_item_runs(ctx, item, with_locator=with_locator) for item in items)
        return [BulletList(entries, numbered=section.display == "numbered",
                           direction=ctx.direction_of(items[0].title))]
    blocks: list[Block] = []
    for item in items:
        direction = ctx.direction_of(item.title + item.body)
        if section.display == "quotes":
            source = ctx.source(item.source_uid)
            attribution = L.comma(ctx.language).join(p for p in (source.publisher or source.title, item.locator) if p)
            blocks.append(Paragraph((Run(item.title, bold=True),), "lead",
                                    ctx.direction_of(item.title)))
            blocks.append(Quote((Run(item.body.strip() or item.title),),
                                attribution, ctx.cite(item.source_uid), direction))
            blocks += _status_line(ctx, item, ctx.direction_of(item.title))
        else:
            blocks.append(Paragraph(_item_runs(ctx, item), "body", direction))
    return blocks


_FIGURE = re.compile(r"(\d[\d,.]*(?:\s*(?:million|billion|%))?)", re.IGNORECASE)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATES = re.compile(rf"\b\d{{1,2}}(?:[-–]\d{{1,2}})?\s+{_MONTHS}(?:\s+\d{{4}})?|\b{_MONTHS}\s+\d{{4}}"
                    r"|\b(?:19|20)\d{2}\b|\(\d{4}\)")


def key_value(title: str) -> str:
    """The figure a key-figure callout shows big: the first number in the title that is not part of a date,
    with its unit ("5 million", "94", "400+"); empty when the title has none."""
    undated = _DATES.sub(lambda m: " " * len(m.group(0)), title)
    match = _FIGURE.search(undated)
    if not match:
        return ""
    value = match.group(1).rstrip(".,")
    if re.search(r"\b(more than|over|above)\s+$", title[: match.start()], re.IGNORECASE):
        value += "+"
    return value


def _key_figures(ctx: _Context, items: list[Item]) -> list[Block]:
    blocks: list[Block] = []
    for item in items:
        # A figure keeps its as-of date; a title that gives the date itself (an event: "Summit held 11-12
        # December 2019") does not get it again.
        as_of = L.as_of_phrase(item.as_of, ctx.language) if item.as_of and not L.date_in_text(
            item.as_of, item.title, ctx.language) else ""
        if as_of and not localise.key_value_in(item.title, ctx.language):
            as_of = L.format_iso_date(item.as_of, ctx.language)  # no figure: an event, on its date, not "as of"
        blocks.append(KeyFigure(key_value(item.title), item.title, ctx.cite(item.source_uid), as_of,
                                ctx.direction_of(item.title)))
    return blocks


def _fixed_text(ctx: _Context, section: SectionTemplate) -> list[Block]:
    blocks: list[Block] = []
    text = section.text.get(ctx.language) or section.text.get("en")
    if text:
        for paragraph in _paragraphs(ctx.fill(text)):
            blocks.append(Paragraph((Run(paragraph),), "body", ctx.direction_of(paragraph)))
    bullets = section.bullets.get(ctx.language) or section.bullets.get("en")
    if bullets:
        filled = [ctx.fill(b) for b in bullets]
        blocks.append(BulletList(tuple((Run(b),) for b in filled), direction=ctx.direction_of(filled[0])))
    return blocks


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


def _free_text(ctx: _Context, section: SectionTemplate, *, bullets: bool) -> list[Block]:
    paragraphs = _paragraphs(ctx.spec.override(section.id).free_text)
    if not paragraphs:
        return []
    if bullets:
        return [BulletList(tuple((Run(p),) for p in paragraphs), direction=ctx.direction_of(paragraphs[0]))]
    return [Paragraph((Run(p),), "body", ctx.direction_of(p)) for p in paragraphs]


# ------------------------------------------------------------------------------------------------ summary, sources
def _summary(ctx: _Context, section: SectionTemplate, anchor: str) -> Section:
    words = ctx.words
    title = ctx.fill(section.heading_in(ctx.language))
    blocks: list[Block] = [Heading(title, 1, anchor, ctx.direction_of(title))]
    # Label/value lines, not a sentence glued from fields ("Hon. A. Minister, Office of … meets Ethiopia at …").
    for label, value in _meeting_lines(ctx):
        blocks.append(Paragraph((Run(label + L.label_separator(ctx.language), bold=True), Run(value)), "meta",
                                ctx.direction_of(label + value)))
    blocks += _fixed_text(ctx, section)
    if ctx.talking_points:
        blocks.append(Heading(words["key_messages"], 3, f"{anchor}-key", ctx.direction_of(words["key_messages"])))
        blocks.append(BulletList(tuple((Run(item.title), _citation(ctx, item.source_uid))
                                       for item in ctx.talking_points[:4]),
                                 direction=ctx.direction_of(ctx.talking_points[0].title)))
    chosen = ctx.spec.classification or ctx.settings.default_classification
    marking = ctx.settings.highest_marking([chosen] + [i.classification for i in ctx.included.values()])
    contents = words["summary_contents"].format(items=len(ctx.included), sources=len(_all_sources(ctx)),
                                                classification=marking)
    blocks.append(Paragraph((Run(contents),), "note", ctx.direction_of(contents)))
    blocks += _free_text(ctx, section, bullets=False)
    return Section(section.id, title, tuple(blocks), anchor, (), ctx.direction_of(title))


def _meeting_lines(ctx: _Context) -> list[tuple[str, str]]:
    """(label, value) lines for who meets whom, where and when: the cover's and the summary's."""
    words, spec = ctx.words, ctx.spec
    lines: list[tuple[str, str]] = []
    recipient = ", ".join(p for p in (spec.recipient, spec.office) if p)
    if recipient:
        lines.append((words["prepared_for"], recipient))
    lines.append((words["meeting_with"], " / ".join(c.name(ctx.language) for c in ctx.countries)))
    if spec.event:
        lines.append((words["event"], spec.event))
    lines.append((words["date"], L.format_iso_date(spec.resolved_date(), ctx.language)))
    return lines


def _all_sources(ctx: _Context) -> set[str]:
    """Sources cited so far plus those the summary itself will cite (its key messages)."""
    return set(ctx.cited) | {item.source_uid for item in ctx.talking_points[:4]}


def _sources_section(ctx: _Context, section: SectionTemplate, anchor: str) -> Section:
    title = ctx.fill(section.heading_in(ctx.language))
    blocks: list[Block] = [Heading(title, 1, anchor, ctx.direction_of(title))]
    intro = ctx.words["sources_intro"]
    blocks.append(Paragraph((Run(intro, italic=True),), "note", ctx.direction_of(intro)))
    for uid, number in sorted(ctx.cited.items(), key=lambda kv: kv[1]):
        source = ctx.source(uid)
        citation = typography.typeset(_citation_text(ctx, source), source.language)
        blocks.append(Paragraph((Run(f"[{number}] ", bold=True), Run(citation)), "note",
                                L.direction(ctx.language)))  # the pack's: a Latin publisher first is no reason
    return Section(section.id, title, tuple(blocks), anchor, (), ctx.direction_of(title))


def _citation_text(ctx: _Context, source: Source) -> str:
    """A source's line in the reference list: its original title, with the editors' translation marked as one."""
    titles = getattr(ctx.library, "source_title", None)
    if titles is None or source.uid in forms.REFERENCE_SOURCES:
        return provenance.citation_text(source, ctx.language)
    original, translation = titles(source.uid)
    return provenance.citation_text(source, ctx.language, provenance.printed_title(original, translation,
                                                                                    ctx.language))


def _cover(ctx: _Context, classification: str) -> Cover:
    words, spec = ctx.words, ctx.spec
    date = L.format_iso_date(spec.resolved_date(), ctx.language)
    country = " / ".join(c.name(ctx.language) for c in ctx.countries)
    meta = _meeting_lines(ctx) + [(words["classification"], classification)]
    logo = str(ctx.settings.organisation_logo) if ctx.settings.organisation_logo else None
    return Cover(title=ctx.template.title_in(ctx.language), subtitle=spec.event or country,
                 organisation=ctx.settings.organisation_name, logo_path=logo, recipient=spec.recipient,
                 office=spec.office, event=spec.event, date_text=date, country=country, meta_lines=tuple(meta))


# ------------------------------------------------------------------------------------------------ manifest
def pack_content_hash(pack: Pack) -> str:
    """sha256 of everything the pack says (not of the files, whose bytes depend on the renderer)."""
    data = dataclasses.asdict(dataclasses.replace(pack, manifest={}, warnings=()))
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False, default=_json_value).encode()).hexdigest()


def _json_value(value: Any) -> str:
    """Photos and annexes count by their digest (their bytes would make the hash slow and the JSON huge)."""
    if isinstance(value, (bytes, bytearray)):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return str(value)


def _manifest(ctx: _Context, pack: Pack) -> dict[str, Any]:
    spec = ctx.spec.to_dict()
    spec.update(date=pack.date, classification=ctx.spec.classification or ctx.settings.default_classification,
                paper=pack.paper)
    return {
        "app": "Briefing Builder",
        "app_version": __version__,
        "template": {"name": ctx.template.name, "version": ctx.template.version, "sha256": ctx.template.digest},
        "spec": spec,
        "classification": pack.classification,
        "items": [{"uid": item.uid, "revision": item.revision, "kind": item.kind, "source": item.source_uid,
                   "sections": ctx.item_sections.get(uid, [])}
                  for uid, item in ctx.included.items()],
        "sources": [{"number": ref.number, "uid": ref.uid} for ref in pack.sources],
        "countries": [c.code for c in ctx.countries],
        "people": brief_sections.manifest_people(ctx),
        "annexes": list(ctx.annexes),
        "warnings": [dataclasses.asdict(w) for w in pack.warnings],
        "document_time": pack.created,  # what the DOCX and PDF properties say (SOURCE_DATE_EPOCH or newest content)
        "content_sha256": pack_content_hash(pack),
    }


_BRIEF_HELPERS = brief_sections.Helpers(select=_select, item_blocks=_item_blocks, citation=_citation,
                                         fixed_text=_fixed_text, free_text=_free_text)

__all__ = ["assemble", "key_value", "pack_content_hash", "text_direction"]
