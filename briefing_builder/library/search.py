"""Turning whatever a user types into a safe FTS5 expression, and running filtered, ranked searches.

Raw user text in `MATCH` raises on `-`, `.`, `"` and friends, so nothing typed ever reaches FTS5 unquoted:
words are cut out the way the `unicode61` tokenizer cuts them and each is quoted. A small, forgiving syntax is
understood on top: "quoted phrases", `-word` or `NOT word` to exclude, `OR` between words. Each word is
folded first exactly as the index's text is (`fold.search_fold`): محمد finds مُحَمَّدٌ, and 🌍 finds 🌍.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from dataclasses import dataclass

from .fold import search_fold
from .records import SearchFilters

MAX_TERMS = 32
MAX_TERM_CHARS = 100
# Ranking is bm25 over at most this many of the newest matches per index. bm25 also reads the whole
# document list of every word in the query (for its rarity), so a word found in more items than this is
# not ranked by bm25 at all: its matches come titles first, then the rest, each newest first (bench/:
# in a 100,000-item library a frequent word costs ~5 ms to rank, and a frequent prefix more).
RANK_CANDIDATES = 500


def _is_token_char(ch: str) -> bool:
    # unicode61 keeps letters, numbers, marks and private-use characters; everything else separates tokens.
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def words(text: str) -> list[str]:
    """Split text into the tokens FTS5's unicode61 tokenizer would see (case and diacritics left as typed)."""
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


@dataclass(frozen=True)
class _Term:
    pieces: tuple[str, ...]
    negated: bool = False
    phrase: bool = False  # typed in quotes: never a prefix
    or_before: bool = False


def _lex(query: str) -> list[tuple[str, bool]]:
    """Split into (chunk, quoted) pairs; an unterminated quote runs to the end."""
    chunks: list[tuple[str, bool]] = []
    i = 0
    while i < len(query):
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch == '"':
            end = query.find('"', i + 1)
            end = len(query) if end == -1 else end
            chunks.append((query[i + 1:end], True))
            i = end + 1
        else:
            j = i
            while j < len(query) and not query[j].isspace() and query[j] != '"':
                j += 1
            chunks.append((query[i:j], False))
            i = j
    return chunks


def _quote(piece: str) -> str:
    return '"' + piece.replace('"', '""') + '"'


@dataclass(frozen=True)
class CompiledQuery:
    """What a user's text becomes: an expression for each search index (None: that index is not used)."""

    full_text: str | None  # whole words over titles, bodies and tags (items_fts)
    title_prefix: str | None  # the same words over titles and tags, the last one as a prefix (items_prefix_fts)
    prefix_length: int = 0
    full_phrases: tuple[str, ...] = ()  # every quoted phrase of full_text, each a valid expression alone
    prefix_phrases: tuple[str, ...] = ()  # the same for title_prefix

    @property
    def empty(self) -> bool:
        return self.full_text is None and self.title_prefix is None


def _parse(query: str) -> list[_Term]:
    terms: list[_Term] = []
    negate_next = False
    or_next = False
    for chunk, quoted in _lex(query):
        if not quoted and chunk == "OR":
            or_next = bool(terms)
            continue
        if not quoted and chunk in ("NOT", "AND"):
            negate_next = chunk == "NOT"
            continue
        negated = negate_next
        if not quoted and chunk.startswith("-") and len(chunk) > 1:
            negated, chunk = True, chunk[1:]
        # Folded as the index's content is (Arabic marks and alef forms, symbols as words): see fold.py.
        pieces = tuple(p[:MAX_TERM_CHARS] for p in words(search_fold(chunk) or ""))
        if pieces:
            terms.append(_Term(pieces, negated, quoted, or_next and not negated))
        negate_next = or_next = False
        if len(terms) >= MAX_TERMS:
            break
    if not any(not t.negated for t in terms):
        # "-word" alone has nothing to subtract from: search for it rather than fail.
        terms = [_Term(t.pieces, False, t.phrase) for t in terms]
    return terms


def _render(terms: list[_Term], prefix_last: bool) -> tuple[str | None, int, tuple[str, ...]]:
    """The expression, the prefix length, and every phrase in it (negated ones too: bm25 reads them all)."""
    prefix_len = 0
    groups: list[list[str]] = []  # AND of ORs
    phrases: list[str] = []
    positives = [t for t in terms if not t.negated]
    for index, term in enumerate(positives):
        text = _phrase(term.pieces)
        if prefix_last and term is terms[-1] and not term.phrase:
            text += " *"
            prefix_len = len(term.pieces[-1])
        phrases.append(text)
        if index and term.or_before:
            groups[-1].append(text)
        else:
            groups.append([text])
    if not groups:
        return None, 0, ()
    expression = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups)
    for term in terms:
        if term.negated:
            expression = f"({expression}) NOT {_phrase(term.pieces)}"
            phrases.append(_phrase(term.pieces))
    return expression, prefix_len, tuple(phrases)


def compile_query(query: str, *, typed: bool = False) -> CompiledQuery:
    """Translate user text into FTS5 expressions; never raises, whatever the text.

    Plain searches match whole words anywhere. A `typed` search (a search box, while the user is typing) also
    matches titles and tags in which the last word is a prefix, unless the text ends in a space or a quote.
    """
    terms = _parse(query)
    full, _, full_phrases = _render(terms, prefix_last=False)
    ends_open = bool(query) and not query[-1].isspace() and query.rstrip()[-1:] != '"'
    if not typed or not ends_open or not terms or terms[-1].negated or terms[-1].phrase:
        return CompiledQuery(full, None, full_phrases=full_phrases)
    prefix, length, prefix_phrases = _render(terms, prefix_last=True)
    return CompiledQuery(full, prefix, length, full_phrases, prefix_phrases)


def to_match(query: str, *, prefix_last: bool = False) -> tuple[str | None, int]:
    """The single FTS5 expression for `query` (the prefix form when `prefix_last`), with the prefix length."""
    compiled = compile_query(query, typed=prefix_last)
    if compiled.title_prefix is not None:
        return compiled.title_prefix, compiled.prefix_length
    return compiled.full_text, 0


def _phrase(pieces: tuple[str, ...]) -> str:
    """One quoted FTS5 string; several pieces (from "e-mail" or a quoted phrase) make a phrase."""
    return _quote(" ".join(pieces))


def filter_sql(filters: SearchFilters) -> tuple[str, dict[str, object]]:
    """SQL conditions on `items` for the filters, with named parameters (JSON arrays for lists)."""
    import json

    clauses: list[str] = []
    params: dict[str, object] = {}
    if filters.kinds:
        clauses.append("items.kind IN (SELECT value FROM json_each(:kinds))")
        params["kinds"] = json.dumps(list(filters.kinds))
    if filters.languages:
        clauses.append("items.language IN (SELECT value FROM json_each(:languages))")
        params["languages"] = json.dumps(list(filters.languages))
    for name, table, column in (
        ("frameworks", "item_frameworks", "framework"),
        ("tags", "item_tags", "tag"),
        ("countries", "item_countries", "country_code"),
    ):
        values = getattr(filters, name)
        if values:
            clauses.append(
                f"EXISTS (SELECT 1 FROM {table} x WHERE x.item_id = items.id "
                f"AND x.{column} IN (SELECT value FROM json_each(:{name})))"
            )
            params[name] = json.dumps(list(values))
    if filters.source_uid:
        clauses.append("items.source_id = (SELECT id FROM sources WHERE uid = :source_uid)")
        params["source_uid"] = filters.source_uid
    if filters.stale_only:
        clauses.append("items.review_by IS NOT NULL AND items.review_by < :today")
        params["today"] = filters.today or _dt.date.today().isoformat()
    return (" AND ".join(clauses) or "1"), params


ORDERINGS = {
    "rank": None,  # relevance when there is a query, else newest first
    "title": "items.title COLLATE NOCASE, items.id",
    "kind": "items.kind, items.title COLLATE NOCASE, items.id",
    "as_of": "items.as_of IS NULL, items.as_of, items.id",
    "review_by": "items.review_by IS NULL, items.review_by, items.id",
    "updated": "items.updated_at, items.id",
    "source": "(SELECT title FROM sources WHERE sources.id = items.source_id) COLLATE NOCASE, items.id",
    "id": "items.id",
}
