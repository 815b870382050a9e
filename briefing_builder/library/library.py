"""The `Library`: every read and write of the SQLite library goes through this class.

Rows leave as frozen dataclasses (`records.py`); writes are single transactions and return a `Changes` value.
A `Library` wraps one connection and, like every sqlite3 connection, belongs to the thread that opened it.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import LibraryError, NotFoundError, Problem, ReadOnlyError, ValidationError
from ..messages import translate
from . import backup as _backup
from . import people as _people
from . import search as _search
from . import translations as _translations
from .countries import lookup_code, reference_rows
from .db import open_database
from .records import (
    Changes,
    Country,
    CountryStatus,
    Item,
    ItemDraft,
    LibraryStats,
    SearchFilters,
    SearchResult,
    Source,
    SourceDraft,
    StatusDraft,
    MissingTranslation,
    Person,
    PersonDraft,
    Translation,
    TranslationDraft,
)
from .schema import SCHEMA_VERSION, SEARCH_INDEXES, TITLE_COLUMNS
from .validate import MAX_NOTES, check_text, item_problems, source_problems, status_problems
from .vocabulary import AU_REGIONS


_AU_SOURCE = "(SELECT uid FROM sources WHERE sources.id = countries.au_source_id) AS au_source_uid"


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_uid(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def _json_list(values: Iterable[Any]) -> str:
    return json.dumps(list(values))


class Library:
    """A library file opened for reading and (unless `read_only`) writing."""

    def __init__(self, db: Database, path: Path, *, read_only: bool = False) -> None:
        self.db = db
        self.path = Path(path)
        self.read_only = read_only  # the file was opened read-only
        self.allow_edits = not read_only  # False in deployments whose configuration forbids editing

    # ----------------------------------------------------------------------------------- lifecycle
    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, seed: bool = True, read_only: bool = False,
             allow_edits: bool = True, progress: Any = None) -> "Library":
        """Open the library at `path`, creating and seeding it on first use.

        `seed=False` creates an empty library (the ISO country list only), e.g. as an import target.
        `allow_edits=False` (read-only deployments) still creates and seeds a missing library, then refuses edits.
        """
        db, created = open_database(Path(path), create=create, read_only=read_only)
        library = cls(db, Path(path), read_only=read_only)
        try:
            if created:
                library._install_reference_countries()
                if seed:
                    from .seed import load_seed

                    load_seed(library, progress=progress)
        except BaseException:
            library.close()
            if created:  # leave nothing half-initialised behind
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        library.allow_edits = allow_edits and not read_only
        return library

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction for a multi-step write; refuses in read-only deployments."""
        if not self.allow_edits:
            raise ReadOnlyError(translate("Library", "The library is read-only here: editing is turned off by the "
                                          "configuration."))
        with self.db.atomic():
            yield self.db

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]  # type: ignore[misc]

    def _scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------------------------- sources
    def _source_from_row(self, row: dict[str, Any]) -> Source:
        return Source(**{k: row[k] for k in (
            "title", "publisher", "date", "url", "reference", "language", "notes", "read_at", "confidence",
            "id", "uid", "created_at", "updated_at", "revision")})

    def sources(self) -> list[Source]:
        return [self._source_from_row(r) for r in self._rows("SELECT * FROM sources ORDER BY title COLLATE NOCASE, id")]

    def source(self, key: int | str) -> Source:
        """A source by numeric id or uid."""
        rows = self._rows("SELECT * FROM sources WHERE uid = :k OR id = :i ORDER BY uid = :k DESC LIMIT 1",
                          {"k": str(key), "i": _as_int(key)})
        if not rows:
            raise NotFoundError(translate("Library", "No source has the id or uid {key}.").format(
                key=repr(str(key)[:80])))
        return self._source_from_row(rows[0])

    def _source_id(self, uid: str, problems: list[Problem], where: str) -> int | None:
        found = self._scalar("SELECT id FROM sources WHERE uid = ?", (uid,))
        if found is None and uid.strip():
            problems.append(Problem(where, "source", translate("Validation", "no source has the uid {uid}").format(
                uid=repr(uid[:80]))))
        return found

    def add_source(self, draft: SourceDraft, uid: str | None = None, *, stamps: dict[str, Any] | None = None
                   ) -> tuple[Source, Changes]:
        problems = source_problems(draft)
        uid = uid or new_uid("src")
        if self._scalar("SELECT 1 FROM sources WHERE uid = ?", (uid,)):
            problems.append(Problem(translate("Validation", "source"), "uid", translate(
                "Validation", "{uid} is already used").format(uid=repr(uid[:80]))))
        if problems:
            raise ValidationError(problems)
        now = utc_now()
        stamps = stamps or {}
        with self.write():
            cursor = self.conn.execute(
                "INSERT INTO sources (uid, title, publisher, date, url, reference, language, notes, read_at,"
                " confidence, created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (uid, draft.title, draft.publisher, draft.date, draft.url, draft.reference, draft.language,
                 draft.notes, draft.read_at, draft.confidence, stamps.get("created_at", now), stamps.get("updated_at", now),
                 stamps.get("revision", 1)),
            )
        source_id = int(cursor.lastrowid or 0)
        return self.source(source_id), Changes(sources=frozenset({source_id}))

    def update_source(self, key: int | str, draft: SourceDraft) -> tuple[Source, Changes]:
        current = self.source(key)
        problems = source_problems(draft)
        if problems:
            raise ValidationError(problems)
        if current.draft() == draft:
            return current, Changes()
        with self.write():
            self.conn.execute(
                "UPDATE sources SET title=?, publisher=?, date=?, url=?, reference=?, language=?, notes=?,"
                " read_at=?, confidence=?, updated_at=?, revision=revision+1 WHERE id=?",
                (draft.title, draft.publisher, draft.date, draft.url, draft.reference, draft.language,
                 draft.notes, draft.read_at, draft.confidence, utc_now(), current.id),
            )
        return self.source(current.id), Changes(sources=frozenset({current.id}))

    def source_usage(self, key: int | str) -> int:
        """How many items, country statuses and people's biography lines cite the source."""
        source = self.source(key)
        return int(self._scalar(
            "SELECT (SELECT count(*) FROM items WHERE source_id = :id)"
            " + (SELECT count(*) FROM country_statuses WHERE source_id = :id)"
            " + (SELECT count(*) FROM countries WHERE au_source_id = :id)"
            " + (SELECT count(*) FROM person_bio WHERE source_id = :id)", {"id": source.id}))

    def delete_source(self, key: int | str) -> Changes:
        source = self.source(key)
        used = self.source_usage(source.id)
        if used:
            raise LibraryError(translate(
                "Library", "The source {title} is cited %Ln time(s); point those records at another source before "
                "deleting it.", None, used).format(title=repr(source.title[:60])))
        with self.write():
            self.conn.execute("DELETE FROM sources WHERE id = ?", (source.id,))
        return Changes(deleted_sources=frozenset({source.id}))

    # --------------------------------------------------------------------------------------- items
    def items(self, ids: Sequence[int]) -> list[Item]:
        """Items by id, in the order asked for (missing ids are skipped)."""
        if not ids:
            return []
        # One query: the link tables come back as JSON arrays (in key order, hence sorted).
        rows = self.conn.execute(
            "SELECT items.id, kind, items.title, body, sources.uid, locator, as_of, review_by, items.language,"
            " classification, items.confidence, items.notes, items.uid, source_id, items.created_at, items.updated_at,"
            " items.revision,"
            " (SELECT json_group_array(tag) FROM item_tags WHERE item_id = items.id),"
            " (SELECT json_group_array(framework) FROM item_frameworks WHERE item_id = items.id),"
            " (SELECT json_group_array(country_code) FROM item_countries WHERE item_id = items.id)"
            " FROM items JOIN sources ON sources.id = items.source_id"
            " WHERE items.id IN (SELECT value FROM json_each(?))", (_json_list(ids),)).fetchall()
        by_id = {}
        for (item_id, kind, title, body, source_uid, locator, as_of, review_by, language, classification,
             confidence, notes, uid, source_id, created_at, updated_at, revision, tags, frameworks, countries) in rows:
            by_id[item_id] = Item(
                kind=kind, title=title, body=body, source_uid=source_uid, locator=locator, as_of=as_of,
                review_by=review_by, tags=_tuple(tags), frameworks=_tuple(frameworks), countries=_tuple(countries),
                language=language, classification=classification, confidence=confidence, notes=notes, id=item_id,
                uid=uid, source_id=source_id,
                created_at=created_at, updated_at=updated_at, revision=revision)
        return [by_id[i] for i in ids if i in by_id]

    def item(self, key: int | str) -> Item:
        """An item by numeric id or uid."""
        found = self._scalar("SELECT id FROM items WHERE uid = :k OR id = :i ORDER BY uid = :k DESC LIMIT 1",
                             {"k": str(key), "i": _as_int(key)})
        if found is None:
            raise NotFoundError(translate("Library", "No item has the id or uid {key}.").format(
                key=repr(str(key)[:80])))
        return self.items([found])[0]

    def all_item_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM items ORDER BY id")]

    def _check_item(self, draft: ItemDraft, where: str | None = None) -> tuple[list[Problem], int | None]:
        where = translate("Validation", "item") if where is None else where
        problems = item_problems(draft, where)
        source_id = None
        if isinstance(draft.source_uid, str):
            source_id = self._source_id(draft.source_uid, problems, where)
        if isinstance(draft.countries, (list, tuple)) and draft.countries:
            known = {r[0] for r in self.conn.execute(
                "SELECT code FROM countries WHERE code IN (SELECT value FROM json_each(?))",
                (_json_list(c for c in draft.countries if isinstance(c, str)),))}
            for code in draft.countries:
                if isinstance(code, str) and code not in known and len(code) == 3 and code.isupper():
                    problems.append(Problem(where, "countries", translate(
                        "Validation", "{code} is not a country in the library").format(code=repr(code))))
        return problems, source_id

    def _write_item_links(self, item_id: int, draft: ItemDraft) -> None:
        self.conn.execute("DELETE FROM item_tags WHERE item_id = ?", (item_id,))
        self.conn.execute("DELETE FROM item_frameworks WHERE item_id = ?", (item_id,))
        self.conn.execute("DELETE FROM item_countries WHERE item_id = ?", (item_id,))
        self.conn.executemany("INSERT INTO item_tags (item_id, tag) VALUES (?, ?)",
                              [(item_id, t) for t in draft.tags])
        self.conn.executemany("INSERT INTO item_frameworks (item_id, framework) VALUES (?, ?)",
                              [(item_id, f) for f in draft.frameworks])
        self.conn.executemany("INSERT INTO item_countries (item_id, country_code) VALUES (?, ?)",
                              [(item_id, c) for c in draft.countries])

    def _fts_remove(self, item_ids: Sequence[int]) -> None:
        """Drop items from both search indexes; must run before their text changes.

        External-content FTS5 needs the exact old values to delete an entry, so they are read from the view.
        """
        for table, columns in SEARCH_INDEXES:
            self.conn.execute(
                f"INSERT INTO {table} ({table}, rowid, {', '.join(columns)})"
                f" SELECT 'delete', id, {', '.join(columns)} FROM items_search_content"
                " WHERE id IN (SELECT value FROM json_each(?))", (_json_list(item_ids),))

    def _fts_add(self, item_ids: Sequence[int] | None = None, *, from_id: int | None = None) -> None:
        """Index items (by id list, or every id from `from_id` up) in both search indexes."""
        if from_id is not None:
            where, param = "id >= ?", from_id
        else:
            where, param = "id IN (SELECT value FROM json_each(?))", _json_list(item_ids or [])
        for table, columns in SEARCH_INDEXES:
            self.conn.execute(f"INSERT INTO {table} (rowid, {', '.join(columns)})"
                              f" SELECT id, {', '.join(columns)} FROM items_search_content WHERE {where}", (param,))

    def _fts_rebuild(self) -> None:
        for table, _ in SEARCH_INDEXES:
            self.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")

    def rebuild_search_index(self) -> None:
        with self.write():
            self._fts_rebuild()

    def _insert_item(self, draft: ItemDraft, uid: str, source_id: int, stamps: dict[str, Any]) -> int:
        now = utc_now()
        cursor = self.conn.execute(
            "INSERT INTO items (uid, kind, title, body, source_id, locator, as_of, review_by, language,"
            " classification, confidence, notes, created_at, updated_at, revision)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (uid, draft.kind, draft.title, draft.body, source_id, draft.locator, draft.as_of, draft.review_by,
             draft.language, draft.classification, draft.confidence, draft.notes,
             stamps.get("created_at", now), stamps.get("updated_at", now), stamps.get("revision", 1)),
        )
        item_id = int(cursor.lastrowid or 0)
        self._write_item_links(item_id, draft)
        return item_id

    def add_item(self, draft: ItemDraft, uid: str | None = None) -> tuple[Item, Changes]:
        """Create an item; raises `ValidationError` (and writes nothing) if any field is invalid."""
        problems, source_id = self._check_item(draft)
        draft = draft.normalised()
        uid = uid or new_uid("item")
        if self._scalar("SELECT 1 FROM items WHERE uid = ?", (uid,)):
            problems.append(Problem(translate("Validation", "item"), "uid", translate(
                "Validation", "{uid} is already used").format(uid=repr(uid[:80]))))
        if problems:
            raise ValidationError(problems)
        with self.write():
            item_id = self._insert_item(draft, uid, int(source_id or 0), {})
            self._fts_add([item_id])
        return self.item(item_id), Changes(items=frozenset({item_id}))

    def update_item(self, key: int | str, draft: ItemDraft, *, expected_revision: int | None = None
                    ) -> tuple[Item, Changes]:
        """Replace an item's fields; bumps the revision. Unchanged drafts write nothing.

        With `expected_revision`, refuses to overwrite an edit made elsewhere in the meantime.
        """
        current = self.item(key)
        if expected_revision is not None and current.revision != expected_revision:
            raise LibraryError(translate(
                "Library", "The item {title} was changed elsewhere (revision {revision}, you edited revision "
                "{expected}); reload it and apply your edit again.").format(
                title=repr(current.title[:60]), revision=current.revision, expected=expected_revision))
        problems, source_id = self._check_item(draft)
        if problems:
            raise ValidationError(problems)
        draft = draft.normalised()
        if current.draft() == draft:
            return current, Changes()
        with self.write():
            self._fts_remove([current.id])
            self.conn.execute(
                "UPDATE items SET kind=?, title=?, body=?, source_id=?, locator=?, as_of=?, review_by=?,"
                " language=?, classification=?, confidence=?, notes=?, updated_at=?, revision=revision+1"
                " WHERE id=?",
                (draft.kind, draft.title, draft.body, source_id, draft.locator, draft.as_of, draft.review_by,
                 draft.language, draft.classification, draft.confidence, draft.notes, utc_now(), current.id),
            )
            self._write_item_links(current.id, draft)
            self._fts_add([current.id])
        return self.item(current.id), Changes(items=frozenset({current.id}))

    def delete_item(self, key: int | str) -> Changes:
        item = self.item(key)
        with self.write():
            self._fts_remove([item.id])
            self.conn.execute("DELETE FROM items WHERE id = ?", (item.id,))
        return Changes(deleted_items=frozenset({item.id}))

    def restore_item(self, item: Item) -> tuple[Item, Changes]:
        """Put back a deleted item exactly as it was (uid, timestamps, revision): the undo of `delete_item`."""
        problems, source_id = self._check_item(item.draft())
        if self._scalar("SELECT 1 FROM items WHERE uid = ?", (item.uid,)):
            problems.append(Problem(translate("Validation", "item"), "uid", translate(
                "Validation", "{uid} exists already").format(uid=repr(item.uid))))
        if problems:
            raise ValidationError(problems)
        stamps = {"created_at": item.created_at, "updated_at": item.updated_at, "revision": item.revision}
        with self.write():
            item_id = self._insert_item(item.draft(), item.uid, int(source_id or 0), stamps)
            self._fts_add([item_id])
        return self.item(item_id), Changes(items=frozenset({item_id}))

    # -------------------------------------------------------------------------------------- search
    def search(self, query: str = "", filters: SearchFilters | None = None, *, limit: int = 50, offset: int = 0,
               order: str = "rank", typed: bool = False, count_cap: int | None = 10_000) -> SearchResult:
        """Items matching `query` (any text; see `search.compile_query`) and the filters.

        `typed` marks a search-box query: titles and tags whose words start with the last, unfinished word
        rank first, then whole-word matches anywhere, in the original or any version in another language.
        Text with nothing searchable in it (only punctuation) matches nothing; empty text matches everything.

        Ranked results come from at most `search.RANK_CANDIDATES` of the newest matches per index (exact
        below that), so those are all a user can page through in relevance order; when an index has more,
        `total` is that candidate count and `total_is_lower_bound` is set (unless `count_cap` is None, which
        asks for the exact number). Other orders count up to `count_cap`.
        """
        ids, total, lower_bound, expression = self._matching_ids(query, filters, limit, offset, order, typed,
                                                                 count_cap, count=True)
        return SearchResult(tuple(self.items(ids)), total, lower_bound, expression)

    def search_ids(self, query: str = "", filters: SearchFilters | None = None, *, order: str = "rank",
                   typed: bool = False) -> tuple[list[int], bool]:
        """Every matching item id in display order (for relevance: the ranked candidates), and whether more
        matches exist than are listed. For views that page rows in as they scroll (see `search`)."""
        ids, _total, lower_bound, _ = self._matching_ids(query, filters, 10_000_000, 0, order, typed, None,
                                                         count=False)
        return ids, lower_bound

    def _matching_ids(self, query: str, filters: SearchFilters | None, limit: int, offset: int, order: str,
                      typed: bool, count_cap: int | None, *, count: bool) -> tuple[list[int], int, bool, str]:
        filters = filters or SearchFilters()
        if order not in _search.ORDERINGS:
            raise LibraryError(translate("Library", "Unknown sort order {order}; use one of {orders}.").format(
                order=repr(order), orders=", ".join(_search.ORDERINGS)))
        where, params = _search.filter_sql(filters)
        compiled = _search.compile_query(query, typed=typed)
        if query.strip() and compiled.empty:
            return [], 0, False, ""
        excluding, exclusion_params = _search.exclusion_sql(compiled)  # "-word" alone: all but its matches
        if compiled.excluded is not None:
            where, params = f"({where}) AND {excluding}", dict(params, **exclusion_params)
        params = dict(params, limit=max(0, int(limit)), offset=max(0, int(offset)))
        arms = []  # (index table, parameter name, group, phrases): title-prefix hits sort before full-text ones
        if compiled.title_prefix is not None:
            arms.append(("items_prefix_fts", "prefix", 0, compiled.prefix_phrases))
            params["prefix"] = compiled.title_prefix
        if compiled.full_text is not None:
            arms.append(("items_fts", "full", 1, compiled.full_phrases))
            params["full"] = compiled.full_text
        total, lower_bound = 0, False
        try:
            if not arms:
                ordering = _search.ORDERINGS[order] or "items.id DESC"
                ids = self._ids(f"SELECT items.id FROM items WHERE {where} ORDER BY {ordering}"
                                " LIMIT :limit OFFSET :offset", params)
                if count:
                    total, lower_bound = self._count(f"SELECT 1 FROM items WHERE {where}", params, count_cap)
            elif order == "rank":
                ids, total, lower_bound = self._ranked(arms, where, params, count_cap if count else 0)
            else:
                matches = self._matches_sql(arms, where)
                ids = self._ids(f"SELECT items.id FROM items WHERE items.id IN ({matches})"
                                f" ORDER BY {_search.ORDERINGS[order]} LIMIT :limit OFFSET :offset", params)
                if count:
                    total, lower_bound = self._count(matches, params, count_cap)
        except sqlite3.OperationalError as exc:  # a translation bug must never reach the user as a crash
            raise LibraryError(translate("Library", "The search {query} could not be run ({error}).").format(
                query=repr(query[:60]), error=str(exc))) from exc
        if not count:
            total = len(ids)
        return ids, total, lower_bound, (compiled.title_prefix or compiled.full_text
                                         or (f"NOT ({compiled.excluded})" if compiled.excluded else ""))

    def _ranked(self, arms: list[tuple[str, str, int, tuple[str, ...]]], where: str, params: dict[str, Any],
                count_cap: int | None) -> tuple[list[int], int, bool]:
        """Matches in relevance order: title-prefix hits (group 0) before full-text ones (group 1).

        Within an index, bm25 ranks at most `RANK_CANDIDATES` of the newest matches, when every phrase of the
        query is in no more items than that (bm25 reads each phrase's whole document list). A more frequent
        phrase would make that slow, so its matches come with the phrase in the title first, then the rest,
        each newest first (with filters: newest first). Returns (the page of ids, total, whether total is a
        lower bound).
        """
        bound = _search.RANK_CANDIDATES
        join = "" if where == "1" else " JOIN items ON items.id = {table}.rowid"  # only needed to filter
        ordered: list[int] = []  # arms in group order; a hit found by both keeps its first place
        seen: set[int] = set()
        complete = True
        for table, name, _group, phrases in sorted(arms, key=lambda arm: arm[2]):
            def newest(match: str, rank: bool = False, table: str = table) -> list[tuple]:
                columns = f"{table}.rowid, {table}.rank" if rank else f"{table}.rowid"
                return self.conn.execute(
                    f"SELECT {columns} FROM {table}{join.format(table=table)} WHERE {table} MATCH {match}"
                    f" AND {where} ORDER BY {table}.rowid DESC LIMIT {bound + 1}", params).fetchall()

            if all(self._in_few_items(table, phrase, bound) for phrase in phrases):
                rows = newest(f":{name}", rank=True)
                arm_order = [hit for hit, _score in sorted(rows[:bound], key=lambda row: (row[1], row[0]))]
            else:
                rows = newest(f":{name}")
                # Title hits from the titles-and-tags index: its lists are far shorter than the full index's.
                # Not with filters: scanning for filtered title hits too would double the cost (~+50 ms p95
                # at 100,000 items, bench/), and filtered results are few: newest first serves them.
                titles = [] if where != "1" else newest(f"'{TITLE_COLUMNS} : (' || :{name} || ')'",
                                                        table="items_prefix_fts")
                arm_order = [row[0] for row in titles[:bound]] + [row[0] for row in rows[:bound]]
            complete = complete and len(rows) <= bound
            for hit in arm_order:
                if hit not in seen:
                    seen.add(hit)
                    ordered.append(hit)
        ids = ordered[params["offset"]:params["offset"] + params["limit"]]
        if complete:  # no index reached its bound: these are all the matches
            return ids, len(ordered), False
        if count_cap is None:
            return ids, self._count(self._matches_sql(arms, where), params, None)[0], False
        return ids, len(ordered), True

    def _in_few_items(self, table: str, phrase: str, bound: int) -> bool:
        """Whether `phrase` occurs in at most `bound` items (reads at most that many index entries)."""
        found = self._scalar(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT {bound + 1})",
                             (phrase,))
        return int(found) <= bound

    def _count(self, sql: str, params: dict[str, Any], cap: int | None) -> tuple[int, bool]:
        """(number of rows of `sql` up to `cap`, whether there are more)."""
        if cap is None:
            return int(self._scalar(f"SELECT count(*) FROM ({sql})", params)), False
        found = int(self._scalar(f"SELECT count(*) FROM ({sql} LIMIT {int(cap) + 1})", params))
        return min(found, cap), found > cap

    @staticmethod
    def _matches_sql(arms: list[tuple[str, str, int, tuple[str, ...]]], where: str) -> str:
        """Every matching item id (across the indexes used), filtered."""
        union = " UNION ".join(f"SELECT rowid FROM {table} WHERE {table} MATCH :{name}"
                               for table, name, _group, _phrases in arms)
        return f"SELECT items.id FROM items WHERE items.id IN ({union}) AND {where}"

    def _ids(self, sql: str, params: dict[str, Any]) -> list[int]:
        return [row[0] for row in self.conn.execute(sql, params)]

    def tags(self) -> list[tuple[str, int]]:
        """Tags in use, with how many items carry each, most used first."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT tag, count(*) FROM item_tags GROUP BY tag ORDER BY count(*) DESC, tag")]

    def frameworks(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT framework, count(*) FROM item_frameworks GROUP BY framework ORDER BY count(*) DESC, framework")]

    def languages(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT language FROM items ORDER BY language")]

    # ----------------------------------------------------------------------------------- countries
    def _install_reference_countries(self) -> None:
        now = utc_now()
        with self.write():
            self.conn.executemany(
                "INSERT OR IGNORE INTO countries (code, alpha2, numeric, name_en, name_fr, name_pt, name_ar,"
                " official_name, updated_at) VALUES (:code, :alpha2, :numeric, :name_en, :name_fr, :name_pt,"
                " :name_ar, :official_name, :now)",
                [dict(row, now=now) for row in reference_rows()],
            )

    def _statuses(self, codes: Sequence[str] | None) -> dict[str, list[CountryStatus]]:
        sql = ("SELECT s.*, src.uid AS source_uid FROM country_statuses s JOIN sources src ON src.id = s.source_id")
        params: tuple[Any, ...] = ()
        if codes is not None:
            sql += " WHERE s.country_code IN (SELECT value FROM json_each(?))"
            params = (_json_list(codes),)
        grouped: dict[str, list[CountryStatus]] = {}
        for row in self._rows(sql + " ORDER BY s.country_code, s.topic, s.as_of, s.id", params):
            grouped.setdefault(row["country_code"], []).append(CountryStatus(
                topic=row["topic"], status=row["status"], source_uid=row["source_uid"], as_of=row["as_of"],
                note=row["note"], confidence=row["confidence"], id=row["id"], uid=row["uid"],
                country_code=row["country_code"], created_at=row["created_at"], updated_at=row["updated_at"],
                revision=row["revision"]))
        return grouped

    def _country_from_row(self, row: dict[str, Any], statuses: list[CountryStatus]) -> Country:
        return Country(
            code=row["code"], alpha2=row["alpha2"], numeric=row["numeric"],
            names={"en": row["name_en"], "fr": row["name_fr"], "pt": row["name_pt"], "ar": row["name_ar"]},
            official_name=row["official_name"], au_member=bool(row["au_member"]), au_region=row["au_region"],
            au_name=row["au_name"], au_source_uid=row["au_source_uid"] or "", notes=row["notes"],
            statuses=tuple(statuses))

    def countries(self, *, au_only: bool = False, language: str = "en") -> list[Country]:
        """Every country (or the AU members), sorted by name in `language`."""
        column = {"fr": "name_fr", "pt": "name_pt", "ar": "name_ar"}.get(language, "name_en")
        rows = self._rows(f"SELECT *, {_AU_SOURCE} FROM countries {'WHERE au_member = 1' if au_only else ''}"
                          f" ORDER BY {column} COLLATE NOCASE")
        statuses = self._statuses(None)
        return [self._country_from_row(r, statuses.get(r["code"], [])) for r in rows]

    def country(self, code: str) -> Country:
        """A country by alpha-3 or alpha-2 code (any case)."""
        code = str(code).strip().upper()
        rows = self._rows(f"SELECT *, {_AU_SOURCE} FROM countries WHERE code = ? OR alpha2 = ?", (code, code))
        if not rows:
            found = lookup_code(code)
            rows = self._rows(f"SELECT *, {_AU_SOURCE} FROM countries WHERE code = ?", (found,)) if found else []
        if not rows:
            raise NotFoundError(translate("Library", "No country has the code {code} (use ISO codes such as ETH or "
                                          "ET).").format(code=repr(code[:20])))
        return self._country_from_row(rows[0], self._statuses([rows[0]["code"]]).get(rows[0]["code"], []))

    def region_members(self, region: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT code FROM countries WHERE au_member = 1 AND au_region = ? ORDER BY name_en", (region,))]

    def set_country_notes(self, code: str, notes: str) -> tuple[Country, Changes]:
        country = self.country(code)
        problems: list[Problem] = []
        check_text(problems, translate("Validation", "country {code}").format(code=country.code), "notes", notes,
                   limit=MAX_NOTES)
        if problems:
            raise ValidationError(problems)
        with self.write():
            self.conn.execute("UPDATE countries SET notes = ?, updated_at = ? WHERE code = ?",
                              (notes, utc_now(), country.code))
        return self.country(country.code), Changes(countries=frozenset({country.code}))

    def set_au_membership(self, code: str, member: bool, region: str | None, source_uid: str,
                          au_name: str = "") -> Changes:
        country = self.country(code)
        problems: list[Problem] = []
        where = translate("Validation", "country {code}").format(code=country.code)
        source_id = self._source_id(source_uid, problems, where)
        if region is not None and region not in AU_REGIONS:
            problems.append(Problem(where, "au_region", translate("Validation", "must be one of {options}").format(
                options=", ".join(AU_REGIONS))))
        if problems:
            raise ValidationError(problems)
        with self.write():
            self.conn.execute(
                "UPDATE countries SET au_member = ?, au_region = ?, au_name = ?, au_source_id = ?, updated_at = ?"
                " WHERE code = ?", (int(member), region, au_name, source_id, utc_now(), country.code))
        return Changes(countries=frozenset({country.code}))

    def add_status(self, code: str, draft: StatusDraft, uid: str | None = None,
                   stamps: dict[str, Any] | None = None) -> tuple[CountryStatus, Changes]:
        country = self.country(code)
        where = translate("Validation", "country {code} status").format(code=country.code)
        problems = status_problems(draft, where)
        source_id = self._source_id(draft.source_uid, problems, where) if isinstance(draft.source_uid, str) else None
        uid = uid or new_uid("status")
        if self._scalar("SELECT 1 FROM country_statuses WHERE uid = ?", (uid,)):
            problems.append(Problem(where, "uid", translate("Validation", "{uid} is already used").format(
                uid=repr(uid[:80]))))
        if problems:
            raise ValidationError(problems)
        now = utc_now()
        stamps = stamps or {}
        with self.write():
            cursor = self.conn.execute(
                "INSERT INTO country_statuses (uid, country_code, topic, status, as_of, source_id, note, confidence,"
                " created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (uid, country.code, draft.topic, draft.status, draft.as_of, source_id, draft.note, draft.confidence,
                 stamps.get("created_at", now), stamps.get("updated_at", now), stamps.get("revision", 1)))
        status_id = cursor.lastrowid
        status = next(s for s in self.country(country.code).statuses if s.id == status_id)
        return status, Changes(countries=frozenset({country.code}))

    def update_status(self, status_id: int, draft: StatusDraft) -> tuple[CountryStatus, Changes]:
        row = self._rows("SELECT country_code FROM country_statuses WHERE id = ?", (status_id,))
        if not row:
            raise NotFoundError(translate("Library", "No country status has the id {id}.").format(id=status_id))
        code = row[0]["country_code"]
        where = translate("Validation", "country {code} status").format(code=code)
        problems = status_problems(draft, where)
        source_id = self._source_id(draft.source_uid, problems, where) if isinstance(draft.source_uid, str) else None
        if problems:
            raise ValidationError(problems)
        with self.write():
            self.conn.execute(
                "UPDATE country_statuses SET topic=?, status=?, as_of=?, source_id=?, note=?, confidence=?,"
                " updated_at=?, revision=revision+1 WHERE id=?",
                (draft.topic, draft.status, draft.as_of, source_id, draft.note, draft.confidence, utc_now(),
                 status_id))
        status = next(s for s in self.country(code).statuses if s.id == status_id)
        return status, Changes(countries=frozenset({code}))

    def delete_status(self, status_id: int) -> Changes:
        code = self._scalar("SELECT country_code FROM country_statuses WHERE id = ?", (status_id,))
        if code is None:
            raise NotFoundError(translate("Library", "No country status has the id {id}.").format(id=status_id))
        with self.write():
            self.conn.execute("DELETE FROM country_statuses WHERE id = ?", (status_id,))
        return Changes(countries=frozenset({code}))

    # -------------------------------------------------------------------------------- translations
    def translations(self, record: str, key: str) -> list[Translation]:
        """Every version in another language of an item, source, country or status (by uid; a country by code)."""
        return _translations.translations(self, record, key)

    def translations_in(self, record: str, keys: Iterable[str], language: str) -> dict[str, Translation]:
        """The versions in `language` of many records of one kind, by uid (or country code)."""
        return _translations.translations_in(self, record, keys, language)

    def set_translation(self, record: str, key: str, draft: TranslationDraft) -> tuple[Translation, Changes]:
        """Create or replace a record's version in `draft.language` (one transaction; search index kept)."""
        return _translations.set_translation(self, record, key, draft)

    def delete_translation(self, record: str, key: str, language: str) -> Changes:
        return _translations.delete_translation(self, record, key, language)

    def side_by_side(self, record: str, key: str, language: str) -> list[tuple[str, str, str]]:
        """(field, original, version in `language` or '') per field with text: for a translation editor."""
        return _translations.side_by_side(self, record, key, language)

    def missing_translations(self, language: str, record: str | None = None,
                             keys: Iterable[str] | None = None) -> list[MissingTranslation]:
        """What has text with no version in `language` (see `translations.missing`)."""
        return _translations.missing(self, language, record, keys)

    # -------------------------------------------------------------------------------------- people
    def people(self, *, country: str | None = None) -> list[Person]:
        """Every person (or one country's, by alpha-3 code), sorted by name (see `people.py`)."""
        return _people.people(self, country=country)

    def person(self, key: int | str) -> Person:
        """A person by numeric id or uid; `NotFoundError` if none."""
        return _people.person(self, key)

    def add_person(self, draft: PersonDraft, uid: str | None = None, photo: bytes | None = None,
                   alt: str = "") -> tuple[Person, Changes]:
        """Create a person, with a photo (PNG or JPEG bytes, made print-ready) if given; all or nothing."""
        return _people.add_person(self, draft, uid, photo, alt)

    def update_person(self, key: int | str, draft: PersonDraft, expected_revision: int | None = None
                      ) -> tuple[Person, Changes]:
        """Replace a person's fields (not the photo); refuses if `expected_revision` is not the stored one."""
        return _people.update_person(self, key, draft, expected_revision)

    def delete_person(self, key: int | str) -> Changes:
        return _people.delete_person(self, key)

    def restore_person(self, person: Person, photo: bytes | None = None) -> tuple[Person, Changes]:
        """Undo `delete_person`: the person back with their uid, stamps, revision and photo."""
        return _people.restore_person(self, person, photo)

    def set_person_photo(self, key: int | str, data: bytes | None, alt: str = "") -> tuple[Person, Changes]:
        """Set (PNG or JPEG bytes) or with None remove a person's photo and its alternative text."""
        return _people.set_person_photo(self, key, data, alt)

    def person_photo(self, key: int | str) -> bytes | None:
        """The person's print-ready photo (JPEG, or PNG when transparent), or None."""
        return _people.person_photo(self, key)

    def search_people(self, query: str, limit: int = 50) -> list[Person]:
        """People by name in any script, role or organisation (folded like item search)."""
        return _people.search_people(self, query, limit)

    # ------------------------------------------------------------------------------ whole library
    def stats(self) -> LibraryStats:
        today = _dt.date.today().isoformat()
        by_kind = {r[0]: r[1] for r in self.conn.execute("SELECT kind, count(*) FROM items GROUP BY kind ORDER BY kind")}
        size = sum(Path(f"{self.path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{self.path}{s}").exists())
        return LibraryStats(
            path=str(self.path),
            schema_version=int(self._scalar("PRAGMA user_version")),
            items=sum(by_kind.values()),
            items_by_kind=by_kind,
            sources=int(self._scalar("SELECT count(*) FROM sources")),
            countries=int(self._scalar("SELECT count(*) FROM countries")),
            au_members=int(self._scalar("SELECT count(*) FROM countries WHERE au_member = 1")),
            country_statuses=int(self._scalar("SELECT count(*) FROM country_statuses")),
            stale_items=int(self._scalar(
                "SELECT count(*) FROM items WHERE review_by IS NOT NULL AND review_by < ?", (today,))),
            items_without_source=int(self._scalar(
                "SELECT count(*) FROM items WHERE source_id NOT IN (SELECT id FROM sources)")),
            size_bytes=size,
            people=int(self._scalar("SELECT count(*) FROM people")),
            stale_people=int(self._scalar(
                "SELECT count(*) FROM people WHERE review_by IS NOT NULL AND review_by < ?", (today,))),
        )

    def check(self) -> list[str]:
        """Integrity, foreign keys and search-index consistency; returns the problems found (empty: healthy)."""
        problems: list[str] = []
        # FTS5's 'integrity-check' is an INSERT: sqlite3 opens a transaction for it, which must not stay open
        # (on the GUI's library worker it held the write lock, so every other connection got "database is locked").
        ours = not self.conn.in_transaction
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [translate("Library", "integrity: {detail}").format(detail=r) for r in rows[:20]]
            for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
                problems.append(translate("Library", "foreign key: {table} row {row} points to a missing {parent} "
                                          "record").format(table=table, row=rowid, parent=parent))
            version = int(self._scalar("PRAGMA user_version"))
            if version != SCHEMA_VERSION:
                problems.append(translate("Library", "schema: version {version}, expected {expected}").format(
                    version=version, expected=SCHEMA_VERSION))
            for table, _ in SEARCH_INDEXES:
                try:
                    self.conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError as exc:
                    problems.append(translate("Library", "search index: {table} does not match the items ({error}); "
                                              "run 'briefing-builder library check --repair'").format(
                        table=table, error=str(exc)))
        except sqlite3.DatabaseError as exc:
            problems.append(translate("Library", "database: {error}").format(error=str(exc)))
        finally:
            if ours and self.conn.in_transaction:
                self.conn.rollback()  # the check writes nothing; end the transaction it opened
        return problems

    def backup(self, reason: str = "manual") -> Path:
        return _backup.backup_connection(self.conn, self.path, reason)

    def meta(self, key: str) -> str | None:
        return self._scalar("SELECT value FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value ="
                              " excluded.value", (key, value))


def _tuple(json_array: str) -> tuple[str, ...]:
    return () if json_array == "[]" else tuple(json.loads(json_array))


def _as_int(key: int | str) -> int:
    try:
        return int(key)
    except (TypeError, ValueError):
        return -1
