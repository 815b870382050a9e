"""Frozen dataclasses: the only shape in which library rows leave `briefing_builder.library`.

Drafts (`ItemDraft`, `SourceDraft`, `StatusDraft`) are what callers hand in to create or edit a record;
stored records add the id, the stable uid, timestamps and the revision that the library manages.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class SourceDraft:
    title: str
    publisher: str = ""
    date: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    url: str = ""
    reference: str = ""  # document reference when there is no URL (e.g. "EX.CL/846(XXV)")
    language: str = "en"
    notes: str = ""
    read_at: str = ""  # the copy the editors read (mirror, transcription, news page) and when; never printed
    confidence: str = ""  # "", "H", "M" or "L", as for items


@dataclass(frozen=True)
class Source(SourceDraft):
    id: int = 0
    uid: str = ""
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1

    def draft(self) -> SourceDraft:
        return SourceDraft(**{f.name: getattr(self, f.name) for f in fields(SourceDraft)})

    def citation(self) -> str:
        """One-line human citation: publisher, title, date, then URL or reference."""
        parts = [p for p in (self.publisher, self.title, self.date or "") if p]
        where = self.url or self.reference
        text = ", ".join(parts)
        return f"{text}. {where}" if where else text


@dataclass(frozen=True)
class ItemDraft:
    kind: str
    title: str
    body: str = ""
    source_uid: str = ""
    locator: str = ""  # paragraph, section or page within the source
    as_of: str | None = None
    review_by: str | None = None
    tags: tuple[str, ...] = ()
    frameworks: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-3 codes
    language: str = "en"
    classification: str = "UNCLASSIFIED"
    confidence: str = ""  # "", "H", "M" or "L"
    notes: str = ""  # editorial notes: discrepancies, caveats, spelling in the original

    def normalised(self) -> "ItemDraft":
        """The stored form: tags, frameworks and countries are sets, kept sorted."""
        def tidy(values: object) -> object:
            if isinstance(values, (list, tuple)) and all(isinstance(v, str) for v in values):
                return tuple(sorted(values))
            return values

        lists = (self.tags, self.frameworks, self.countries)
        if all(type(v) is tuple and all(type(x) is str for x in v) and list(v) == sorted(v) for v in lists):
            return self  # already normal: skip the copy
        return replace(self, tags=tidy(self.tags), frameworks=tidy(self.frameworks), countries=tidy(self.countries))


@dataclass(frozen=True)
class Item(ItemDraft):
    id: int = 0
    uid: str = ""
    source_id: int = 0
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1

    def draft(self) -> ItemDraft:
        return ItemDraft(**{f.name: getattr(self, f.name) for f in fields(ItemDraft)}).normalised()

    def is_stale(self, today: _dt.date | None = None) -> bool:
        """True when the review-by date has passed."""
        if not self.review_by:
            return False
        today = today or _dt.date.today()
        return self.review_by < today.isoformat()


@dataclass(frozen=True)
class StatusDraft:
    topic: str
    status: str
    source_uid: str
    as_of: str | None = None
    note: str = ""
    confidence: str = ""


@dataclass(frozen=True)
class CountryStatus(StatusDraft):
    id: int = 0
    uid: str = ""
    country_code: str = ""
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1

    def draft(self) -> StatusDraft:
        return StatusDraft(**{f.name: getattr(self, f.name) for f in fields(StatusDraft)})


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    alpha2: str
    numeric: str
    names: dict[str, str]  # language code -> name (en, fr, pt, ar)
    official_name: str = ""
    au_member: bool = False
    au_region: str | None = None
    au_name: str = ""  # the name the African Union uses, where it differs
    au_source_uid: str = ""  # the source of the membership and region
    notes: str = ""
    statuses: tuple[CountryStatus, ...] = ()

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code

    def status(self, topic: str) -> CountryStatus | None:
        """The most recent status on a topic (latest as-of date, undated last), or None."""
        matching = [s for s in self.statuses if s.topic == topic]
        if not matching:
            return None
        return max(matching, key=lambda s: (s.as_of or "", s.id))


@dataclass(frozen=True)
class BioLine:
    """One line of a person's biography, with where it was read and as of when (never a line without both)."""

    text: str
    source_uid: str
    as_of: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    locator: str = ""


@dataclass(frozen=True)
class PersonDraft:
    """An interlocutor or official, as a caller hands it in (contract shared by library/, pack/ and gui/).

    `names` holds the name in other scripts (language code -> name, e.g. {"ar": "...", "am": "..."}); `name` is the
    name as printed in Latin script. The photo is stored apart (`Library.person_photo(uid)` -> bytes | None); a
    draft carries only whether one is wanted to change. `notes` are editorial and never printed.
    """

    name: str
    honorific: str = ""  # e.g. "H.E.", "Dr", "Hon."
    role: str = ""  # e.g. "Minister of Women and Social Affairs"
    organisation: str = ""
    country: str = ""  # ISO 3166-1 alpha-3, or "" for an international organisation
    names: tuple[tuple[str, str], ...] = ()  # (language, name in that language's script)
    bio: tuple[BioLine, ...] = ()
    pronunciation: str = ""
    languages: tuple[str, ...] = ()  # languages spoken, BCP 47 codes
    as_of: str | None = None  # when the role was last checked
    review_by: str | None = None
    confidence: str = ""  # "", "H", "M" or "L", as for items
    notes: str = ""  # editorial, never printed

    def name_in(self, language: str) -> str:
        for lang, name in self.names:
            if lang == language:
                return name
        return self.name

    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()


@dataclass(frozen=True)
class Person(PersonDraft):
    id: int = 0
    uid: str = ""
    has_photo: bool = False
    photo_alt: str = ""  # alternative text; defaults to "name, role" when empty
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1

    def draft(self) -> PersonDraft:
        return PersonDraft(**{f.name: getattr(self, f.name) for f in fields(PersonDraft)})

    def is_stale(self, today: _dt.date | None = None) -> bool:
        if not self.review_by:
            return False
        today = today or _dt.date.today()
        return self.review_by < today.isoformat()


TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "item": ("title", "body", "locator"),
    "source": ("title", "publisher", "reference"),
    "country": ("notes", "au_name"),
    "status": ("note",),
}
"""The fields of each kind of record that can have versions in other languages, in display order."""

PROVENANCES = ("official", "unofficial")


@dataclass(frozen=True)
class TranslationDraft:
    """A version of a record's text in another language, with its provenance.

    `texts` holds (field, text) pairs for the fields of `TRANSLATABLE[record]` this version gives; a field it
    leaves out (or leaves empty) falls back to the original. 'official': published by the source itself;
    'unofficial': the editors' translation, which names its `translator` and the date it was made.
    """

    language: str
    texts: tuple[tuple[str, str], ...] = ()
    provenance: str = "unofficial"
    translator: str = ""
    translated_on: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD

    @classmethod
    def of(cls, language: str, *, provenance: str = "unofficial", translator: str = "",
           translated_on: str | None = None, **texts: str) -> "TranslationDraft":
        """Convenience constructor: `TranslationDraft.of("fr", title=..., body=..., translator=...)`."""
        return cls(language, tuple(sorted((k, v) for k, v in texts.items() if v)), provenance, translator,
                   translated_on)

    def text(self, name: str) -> str:
        """The version of field `name`, or '' when this version does not give it."""
        for key, value in self.texts:
            if key == name:
                return value
        return ""

    def normalised(self) -> "TranslationDraft":
        """The stored form: empty texts dropped, fields sorted by name."""
        texts = tuple(sorted((k, v) for k, v in self.texts if v))
        return self if texts == self.texts else replace(self, texts=texts)

    def as_draft(self) -> "TranslationDraft":
        return TranslationDraft(self.language, self.texts, self.provenance, self.translator, self.translated_on)


@dataclass(frozen=True)
class Translation(TranslationDraft):
    record: str = ""  # "item", "source", "country" or "status"
    key: str = ""  # the record's uid (a country: its alpha-3 code)
    created_at: str = ""
    updated_at: str = ""
    revision: int = 1


@dataclass(frozen=True)
class MissingTranslation:
    """A record shown (or to be shown) in `language` that has no version of some of its text there."""

    record: str  # "item", "source", "country" or "status"
    key: str  # uid or country code
    language: str  # the language wanted
    fields: tuple[str, ...]  # the fields with text in the original and none in `language`
    original_language: str
    label: str = ""  # a short human description (an item's title, a source's title, a country's code)


@dataclass(frozen=True)
class Changes:
    """What a write changed, so views can refresh themselves (no view reaches into another)."""

    items: frozenset[int] = frozenset()
    sources: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()
    deleted_items: frozenset[int] = frozenset()
    deleted_sources: frozenset[int] = frozenset()
    translations: frozenset[tuple[str, str, str]] = frozenset()  # (record, key, language) written or deleted
    people: frozenset[int] = frozenset()  # people added or changed (their photo included), by id
    deleted_people: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return any((self.items, self.sources, self.countries, self.deleted_items, self.deleted_sources,
                    self.translations, self.people, self.deleted_people))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            self.items | other.items,
            self.sources | other.sources,
            self.countries | other.countries,
            self.deleted_items | other.deleted_items,
            self.deleted_sources | other.deleted_sources,
            self.translations | other.translations,
            self.people | other.people,
            self.deleted_people | other.deleted_people,
        )


@dataclass(frozen=True)
class SearchFilters:
    kinds: tuple[str, ...] = ()
    frameworks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    source_uid: str | None = None
    stale_only: bool = False
    today: str | None = None  # ISO date for "stale"; defaults to today

    def is_empty(self) -> bool:
        return self == SearchFilters(today=self.today)


@dataclass(frozen=True)
class SearchResult:
    items: tuple[Item, ...]
    total: int  # number of matches (capped at `total_cap` when `total_is_lower_bound`)
    total_is_lower_bound: bool = False
    query: str = ""  # the FTS5 expression actually run, for diagnostics


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    sources_added: int = 0
    sources_updated: int = 0
    countries_updated: int = 0
    statuses_added: int = 0
    statuses_updated: int = 0
    translations_added: int = 0
    translations_updated: int = 0
    people_added: int = 0
    people_updated: int = 0
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class LibraryStats:
    path: str
    schema_version: int
    items: int
    items_by_kind: dict[str, int]
    sources: int
    countries: int
    au_members: int
    country_statuses: int
    stale_items: int
    items_without_source: int
    size_bytes: int

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def with_changes(record: Any, **changes: Any) -> Any:
    """`dataclasses.replace`, re-exported so callers need not import dataclasses for edits."""
    return replace(record, **changes)
