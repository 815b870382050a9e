"""Text folding for search: what the search index stores and what queries are compared with.

FTS5's `unicode61 remove_diacritics 2` tokenizer already folds case and Latin accents (côte = cote, São = Sao),
but it keeps Arabic vowel marks (harakat) and tatweel as parts of words, treats أ, إ, آ and ا as different
letters, and drops emoji and other symbols as separators. `search_fold` closes those gaps before the
tokenizer sees the text; it runs on both sides (as the SQL function `bb_search_fold` inside the index's
content view, and on every query), so the two always agree:

- Arabic: harakat, Quranic annotation marks, the superscript alef and tatweel are removed; alef with hamza
  above or below, alef with madda and alef wasla become a bare alef; alef maqsura becomes yeh and teh marbuta
  heh (both are commonly written either way); Persian yeh and keheh become Arabic yeh and kaf; Arabic-Indic
  and Eastern Arabic-Indic digits become 0-9; presentation forms are decomposed (NFKC) first.
  So محمد finds مُحَمَّدٌ, and احمد finds أحمد.
- Symbols (Unicode categories Sm, Sc and So: emoji, ©, €, ±, ...): each becomes a word of its own,
  `zsym` + its code point in hex, so "🌍" finds the items that contain 🌍. Emoji variation selectors and skin
  tone modifiers are dropped (👍🏽 finds 👍); joiners separate, so a ZWJ sequence is a phrase of its parts.

The function is pure and deterministic (the index's 'delete' command needs the exact old values back).
Plain ASCII text without symbol characters, the bulk of any import, is returned as it is without a copy.
"""

from __future__ import annotations

import re
import unicodedata

SYMBOL_PREFIX = "zsym"

_ASCII_SYMBOLS = re.compile(r"[$+<=>|~]")  # ASCII characters of categories Sm and Sc
# Every symbol below U+0600 (©, °, ±, ×, ...): text in Latin, Greek or Cyrillic script with general punctuation
# cannot hold Arabic, presentation forms or emoji, so one regex pass for these symbols serves it.
_LOW_SYMBOLS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x600)
                                        if unicodedata.category(chr(c)) in ("Sm", "Sc", "So")) + "]")
# Anything outside plain letters, digits, spaces and common punctuation: worth a character-by-character look.
_UNUSUAL = re.compile(r"[^\w\s.,;:!?'\"()\[\]/\-–—‘’“”«»%&*#@]")
# Characters that need the full treatment: anything past U+05FF except general punctuation (’ “ ” – — …).
_BEYOND_SIMPLE = re.compile("[^\x00-\u05ff\u2010-\u2027\u2030-\u205e]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
_NEEDS_TABLE = re.compile("[\u0600-\u06ff\ufe0e\ufe0f\u20e3\U0001F3FB-\U0001F3FF]")  # str.translate is slow
_DROPPED_EMOJI_PARTS = frozenset(
    [0xFE0E, 0xFE0F, 0x20E3] + list(range(0x1F3FB, 0x1F400)))  # variation selectors, keycap, skin tones


def _arabic_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in list(range(0x064B, 0x0660)) + [0x0670, 0x0640] + list(range(0x06D6, 0x06EE)):
        if code not in range(0x06E5, 0x06E7):  # small waw and small yeh are letters, not marks
            table[code] = None  # harakat, Quranic marks, superscript alef, tatweel
    for code in (0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673):
        table[code] = "\u0627"  # alef forms -> alef
    table[0x0649] = "\u064A"  # alef maqsura -> yeh
    table[0x0629] = "\u0647"  # teh marbuta -> heh
    table[0x06CC] = "\u064A"  # Persian yeh -> yeh
    table[0x06A9] = "\u0643"  # keheh -> kaf
    for digit in range(10):
        table[0x0660 + digit] = str(digit)  # Arabic-Indic digits
        table[0x06F0 + digit] = str(digit)  # Eastern Arabic-Indic digits
    for code in _DROPPED_EMOJI_PARTS:
        table[code] = None
    return table


_TABLE = _arabic_table()


def symbol_word(ch: str) -> str:
    """The searchable word that stands for one symbol character."""
    return f"{SYMBOL_PREFIX}{ord(ch):x}"


def is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("Sm", "Sc", "So")


def search_fold(text: str | None) -> str | None:
    """`text` as the search index sees it (see the module docstring); None stays None (SQL NULL)."""
    if text is None or type(text) is not str:
        return text
    if text.isascii():
        if _ASCII_SYMBOLS.search(text) is None:
            return text  # the common case: nothing to do
        return _ASCII_SYMBOLS.sub(lambda m: f" {symbol_word(m.group())} ", text)
    if _BEYOND_SIMPLE.search(text) is None:
        if _LOW_SYMBOLS.search(text) is None:
            return text
        return _LOW_SYMBOLS.sub(lambda m: f" {symbol_word(m.group())} ", text)
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if _NEEDS_TABLE.search(text):
        text = text.translate(_TABLE)
    if _UNUSUAL.search(text) is None:
        return text
    out: list[str] = []
    for ch in text:
        if ch > "\x7f" and is_symbol(ch) or ch in "$+<=>|~":
            out.append(f" {symbol_word(ch)} ")
        else:
            out.append(ch)
    return "".join(out)
