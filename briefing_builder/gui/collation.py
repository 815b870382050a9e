"""Sorting text as the interface language sorts it (ICU through QCollator): "Égypte" among the E's in French,
alef forms together in Arabic, rather than by code point (which puts every accented capital after "Z")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def sorted_for_locale(values: Iterable[T], key: Callable[[T], str], locale: QLocale | None = None) -> list[T]:
    """`values` sorted by `key(value)` in the collation of `locale` (default: the application's locale)."""
    collator = QCollator(locale or QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(values, key=lambda v: collator.sortKey(key(v)))
