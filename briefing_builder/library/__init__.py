"""The local library: sources, items, countries and their statuses in SQLite. No Qt here.

Names are imported on first use (PEP 562), so `briefing_builder.library.vocabulary` can be read without
loading SQLite support: the command line's `--version` and help stay instant.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Library": ".library",
    **{name: ".records" for name in (
        "Changes", "Country", "CountryStatus", "ImportReport", "Item", "ItemDraft", "LibraryStats",
        "SearchFilters", "SearchResult", "Source", "SourceDraft", "StatusDraft", "MissingTranslation",
        "Translation", "TranslationDraft", "TRANSLATABLE", "BioLine", "Person", "PersonDraft")},
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .library import Library
    from .records import (
        BioLine,
        Changes,
        Country,
        CountryStatus,
        ImportReport,
        Item,
        ItemDraft,
        LibraryStats,
        MissingTranslation,
        Person,
        PersonDraft,
        SearchFilters,
        SearchResult,
        Source,
        SourceDraft,
        StatusDraft,
        TRANSLATABLE,
        Translation,
        TranslationDraft,
    )


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
