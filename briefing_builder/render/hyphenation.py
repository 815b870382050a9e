"""Hyphenation dictionaries for the pack languages (pyphen), shared by both writers.

The PDF hyphenates narrow table cells itself (`pdf_words`); Word and LibreOffice break a word only where the
document allows it, so the DOCX gets soft hyphens (U+00AD, shown only where a line breaks) in the words too wide for
their column. Arabic has no dictionary: its words are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

SOFT_HYPHEN = "\u00ad"
# The dictionary for each pack language; the pyphen package holds many more, these are the ones packs use.
DICTIONARIES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT"}
_WORD = re.compile(r"[^\W\d_]{5,}")  # letters only: addresses, numbers and codes are left alone


@lru_cache(maxsize=8)
def dictionary(language: str):
    """pyphen's dictionary for a language ("fr", "pt-PT", "en"), or None (no dictionary, or pyphen unavailable)."""
    code = DICTIONARIES.get(language.split("-")[0].split("_")[0].lower())
    if not code:
        return None
    try:
        import pyphen

        return pyphen.Pyphen(lang=code)
    except (ImportError, KeyError, OSError):  # a bundle without the dictionaries
        return None


@lru_cache(maxsize=64)
def _longer_than(longest: int) -> re.Pattern[str]:
    """A search for a run of letters longer than `longest` (C speed: most cells have none)."""
    return re.compile(r"[^\W\d_]{%d,}" % (longest + 1))


def soft_hyphenate(text: str, longest: int, language: str) -> str:
    """`text` with soft hyphens at the hyphenation points of each word longer than `longest` characters (the
    characters a line of the column holds); unchanged when no word is that long or the language has no
    dictionary."""
    if len(text) <= longest or not _longer_than(longest).search(text):
        return text
    hyphenator = dictionary(language)
    if hyphenator is None:
        return text
    return _WORD.sub(lambda m: hyphenator.inserted(m.group(0), hyphen=SOFT_HYPHEN)
                     if len(m.group(0)) > longest else m.group(0), text)
