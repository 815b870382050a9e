"""The local library: sources, items, countries and their statuses in SQLite. No Qt here."""

from .library import Library
from .records import (
    Changes,
    Country,
    CountryStatus,
    ImportReport,
    Item,
    ItemDraft,
    LibraryStats,
    SearchFilters,
    SearchResult,
    Source,
    SourceDraft,
    StatusDraft,
)

__all__ = [
    "Changes", "Country", "CountryStatus", "ImportReport", "Item", "ItemDraft", "Library", "LibraryStats",
    "SearchFilters", "SearchResult", "Source", "SourceDraft", "StatusDraft",
]
