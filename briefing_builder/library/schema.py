"""The library's schema, created and upgraded only by named migrations.

Rules: a migration is never edited once released; add a new one instead. Each runs in a transaction together
with the record that it ran (sqlite-utils `Migrations`). `PRAGMA user_version` mirrors the number of
migrations applied, so an older app can tell at a glance that a library is newer than it understands.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..messages import translate

MIGRATION_SET = "briefing_builder"
APPLICATION_ID = 0x42424C31  # "BBL1": marks the file as a Briefing Builder library

migrations = Migrations(MIGRATION_SET)


def _run_script(db: Database, script: str) -> None:
    """Run several statements inside the caller's transaction.

    `sqlite3.executescript` would COMMIT first, breaking the migration's all-or-nothing promise,
    so statements are split (with SQLite's own `complete_statement`) and run one by one.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(translate("Library", "incomplete SQL statement in migration: {statement}").format(
            statement=pending.strip()[:80]))


@migrations(name="0001_initial_schema")
def _initial_schema(db: Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            publisher TEXT NOT NULL DEFAULT '',
            date TEXT,
            url TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );

        CREATE TABLE countries (
            code TEXT PRIMARY KEY,              -- ISO 3166-1 alpha-3
            alpha2 TEXT NOT NULL UNIQUE,
            numeric TEXT NOT NULL DEFAULT '',
            name_en TEXT NOT NULL,
            name_fr TEXT NOT NULL DEFAULT '',
            name_pt TEXT NOT NULL DEFAULT '',
            name_ar TEXT NOT NULL DEFAULT '',
            official_name TEXT NOT NULL DEFAULT '',
            au_member INTEGER NOT NULL DEFAULT 0 CHECK (au_member IN (0, 1)),
            au_region TEXT CHECK (au_region IS NULL OR au_region IN
                ('northern', 'southern', 'eastern', 'western', 'central')),
            au_name TEXT NOT NULL DEFAULT '',
            au_source_id INTEGER REFERENCES sources(id) ON DELETE RESTRICT,
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN
                ('fact', 'excerpt', 'commitment', 'call', 'next_step', 'talking_point', 'background')),
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            locator TEXT NOT NULL DEFAULT '',
            as_of TEXT,
            review_by TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            classification TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
            confidence TEXT NOT NULL DEFAULT '' CHECK (confidence IN ('', 'H', 'M', 'L')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX items_kind ON items(kind);
        CREATE INDEX items_source ON items(source_id);
        CREATE INDEX items_review_by ON items(review_by);
        CREATE INDEX items_language ON items(language);

        CREATE TABLE item_tags (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX item_tags_tag ON item_tags(tag);

        CREATE TABLE item_frameworks (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            framework TEXT NOT NULL,
            PRIMARY KEY (item_id, framework)
        ) WITHOUT ROWID;

        CREATE TABLE item_countries (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            country_code TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
            PRIMARY KEY (item_id, country_code)
        ) WITHOUT ROWID;
        CREATE INDEX item_countries_country ON item_countries(country_code);

        CREATE TABLE country_statuses (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            country_code TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            status TEXT NOT NULL,
            as_of TEXT,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            note TEXT NOT NULL DEFAULT '',
            confidence TEXT NOT NULL DEFAULT '' CHECK (confidence IN ('', 'H', 'M', 'L')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX country_statuses_country ON country_statuses(country_code, topic);
        CREATE INDEX country_statuses_source ON country_statuses(source_id);

        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="0002_search_index")
def _search_index(db: Database) -> None:
    # Two external-content FTS5 indexes over one view, so no text is stored twice and `integrity-check` can
    # compare each index with the rows it was built from:
    # - items_fts: titles, bodies and tags, for whole-word search and ranking;
    # - items_prefix_fts: titles and tags only, with 2- and 3-letter prefix indexes, for as-you-type search.
    # Prefix indexes over the bodies as well would double the index build time and add ~30% to the file
    # (measured at 100,000 items in bench/); a search box mostly wants titles while a word is half-typed.
    # Tags are listed in key order (the WITHOUT ROWID primary key), which keeps the view deterministic.
    _run_script(
        db,
        """
        CREATE VIEW items_search_content AS
            SELECT items.id AS id, items.title AS title, items.body AS body,
                   coalesce((SELECT group_concat(tag, ' ') FROM item_tags WHERE item_tags.item_id = items.id), '')
                       AS tags
            FROM items;

        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, body, tags,
            content='items_search_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE items_prefix_fts USING fts5(
            title, tags,
            content='items_search_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        );
        -- A word in the title counts ten times one in the body; a tag five times.
        INSERT INTO items_fts(items_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)');
        INSERT INTO items_prefix_fts(items_prefix_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
        -- Buffer up to 64 MB of terms before writing a segment: bulk imports build the index ~35% faster.
        INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO items_prefix_fts(items_prefix_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO items_fts(items_fts) VALUES ('rebuild');
        INSERT INTO items_prefix_fts(items_prefix_fts) VALUES ('rebuild');
        """,
    )


@migrations(name="0003_source_provenance")
def _source_provenance(db: Database) -> None:
    # A printed citation names the original publisher; the copy the editors actually read (a mirror, a
    # transcription, a news report) is kept apart in `read_at`, never printed. `confidence` is the source's own
    # mark (H, M, L as for items), so a pack resting on weak sources can say so.
    _run_script(
        db,
        """
        ALTER TABLE sources ADD COLUMN read_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE sources ADD COLUMN confidence TEXT NOT NULL DEFAULT ''
            CHECK (confidence IN ('', 'H', 'M', 'L'));
        """,
    )


@migrations(name="0004_translations")
def _translations(db: Database) -> None:
    # Versions of an item, a source, a country's notes and a status note in other languages, each with its
    # provenance: 'official' (published by the source itself) or 'unofficial' (the editors' translation, with
    # translator and date). One row per record and language; rows go with their record (ON DELETE CASCADE).
    # The search view now folds text (`bb_search_fold`, registered on every connection by db.py: Arabic
    # vowel marks, tatweel and alef forms, symbols as words) and appends every version's title and body, so
    # search finds an item by any of its versions. Both indexes are rebuilt from the new view.
    common = """
            provenance TEXT NOT NULL CHECK (provenance IN ('official', 'unofficial')),
            translator TEXT NOT NULL DEFAULT '',
            translated_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,"""
    _run_script(
        db,
        f"""
        CREATE TABLE item_translations (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            locator TEXT NOT NULL DEFAULT '',{common}
            PRIMARY KEY (item_id, language)
        ) WITHOUT ROWID;
        CREATE INDEX item_translations_language ON item_translations(language);

        CREATE TABLE source_translations (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',{common}
            PRIMARY KEY (source_id, language)
        ) WITHOUT ROWID;

        CREATE TABLE country_translations (
            country_code TEXT NOT NULL REFERENCES countries(code) ON DELETE CASCADE,
            language TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            au_name TEXT NOT NULL DEFAULT '',{common}
            PRIMARY KEY (country_code, language)
        ) WITHOUT ROWID;

        CREATE TABLE status_translations (
            status_id INTEGER NOT NULL REFERENCES country_statuses(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',{common}
            PRIMARY KEY (status_id, language)
        ) WITHOUT ROWID;

        DROP VIEW items_search_content;
        CREATE VIEW items_search_content AS
            SELECT items.id AS id,
                   bb_search_fold(items.title || coalesce((SELECT ' ' || group_concat(title, ' ') FROM
                       (SELECT title FROM item_translations t WHERE t.item_id = items.id ORDER BY language)), ''))
                       AS title,
                   bb_search_fold(items.body || coalesce((SELECT ' ' || group_concat(body, ' ') FROM
                       (SELECT body FROM item_translations t WHERE t.item_id = items.id ORDER BY language)), ''))
                       AS body,
                   coalesce((SELECT group_concat(tag, ' ') FROM item_tags WHERE item_tags.item_id = items.id), '')
                       AS tags
            FROM items;
        INSERT INTO items_fts(items_fts) VALUES ('rebuild');
        INSERT INTO items_prefix_fts(items_prefix_fts) VALUES ('rebuild');
        """,
    )


def _folded(column: str) -> str:
    """SQL for `column` as the search index sees it: folded (fold.py) only when it holds something to fold."""
    symbols = " OR ".join(f"instr({column}, '{ch}')" for ch in "$+<=>|~")
    return (f"CASE WHEN length(CAST({column} AS BLOB)) != length({column}) OR {symbols}"
            f" THEN bb_search_fold({column}) ELSE {column} END")


@migrations(name="0005_search_versions")
def _search_versions(db: Database) -> None:
    # 0004 appended every version's text to the original's in the view, and folded every row in Python: a
    # 100,000-item import spent seconds on string copies and function calls (bench/). Versions get columns of
    # their own, and only text with something to fold is folded.
    _run_script(
        db,
        f"""
        -- The index now reads every version's titles and bodies too, in columns of their own (so an item without
        -- versions costs nothing extra), and folds text where it needs folding (non-ASCII text, or one of the
        -- ASCII symbols): plain ASCII text, the bulk of any import, is never handed to Python (bench/: a 100,000
        -- item import would otherwise spend seconds in the function call alone).
        DROP TABLE items_fts;
        DROP TABLE items_prefix_fts;
        DROP VIEW items_search_content;
        CREATE VIEW items_search_content AS
            SELECT items.id AS id,
                   {_folded("items.title")} AS title,
                   {_folded("items.body")} AS body,
                   coalesce((SELECT group_concat(tag, ' ') FROM item_tags WHERE item_tags.item_id = items.id), '')
                       AS tags,
                   (SELECT bb_search_fold(group_concat(title, ' ')) FROM (SELECT title FROM item_translations t
                        WHERE t.item_id = items.id ORDER BY language) HAVING count(*) > 0) AS version_titles,
                   (SELECT bb_search_fold(group_concat(body, ' ')) FROM (SELECT body FROM item_translations t
                        WHERE t.item_id = items.id ORDER BY language) HAVING count(*) > 0) AS version_bodies
            FROM items;
        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, body, tags, version_titles, version_bodies,
            content='items_search_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE items_prefix_fts USING fts5(
            title, tags, version_titles,
            content='items_search_content', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        );
        -- As in 0002, a version's title and body count as much as the original's.
        INSERT INTO items_fts(items_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0, 10.0, 1.0)');
        INSERT INTO items_prefix_fts(items_prefix_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0, 2.0)');
        INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO items_prefix_fts(items_prefix_fts, rank) VALUES ('hashsize', 67108864);
        INSERT INTO items_fts(items_fts) VALUES ('rebuild');
        INSERT INTO items_prefix_fts(items_prefix_fts) VALUES ('rebuild');
        """,
    )


@migrations(name="0006_people")
def _people(db: Database) -> None:
    # People (interlocutors and officials, issue 12), with revisions like items. Their names in other scripts,
    # biography lines (each with its source and as-of date: facts keep provenance) and languages spoken are rows
    # of their own, in the order given. `search_text` holds the folded names, role and organisation
    # (people.search_text), written by the library on every change: a few thousand people need no FTS index.
    # A photo (one per person, print-ready: see photos.py) lives in its own table, so listing people never
    # reads image data.
    _run_script(
        db,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            honorific TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            country_code TEXT REFERENCES countries(code) ON DELETE RESTRICT,
            pronunciation TEXT NOT NULL DEFAULT '',
            as_of TEXT,
            review_by TEXT,
            confidence TEXT NOT NULL DEFAULT '' CHECK (confidence IN ('', 'H', 'M', 'L')),
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX people_country ON people(country_code);
        CREATE INDEX people_review_by ON people(review_by);

        CREATE TABLE person_names (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (person_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE person_bio (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            as_of TEXT,
            locator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (person_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX person_bio_source ON person_bio(source_id);

        CREATE TABLE person_languages (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (person_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE person_photos (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            data BLOB NOT NULL,
            mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            alt TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );
        """,
    )


_OLD_KINDS = "('fact', 'excerpt', 'commitment', 'call', 'next_step', 'talking_point', 'background')"
_NEW_KINDS = ("('fact', 'excerpt', 'commitment', 'call', 'next_step', 'talking_point', 'background', 'question', "
              "'sensitivity', 'press_line')")


@migrations(name="0007_brief_item_kinds")
def _brief_item_kinds(db: Database) -> None:
    # Issue 12's item kinds (likely asks, sensitivities, press lines). SQLite cannot ALTER a CHECK constraint; a
    # change that leaves every stored row valid may edit the table's SQL text in the schema table instead
    # (https://www.sqlite.org/lang_altertable.html, "making other kinds of table schema changes"), bumping
    # schema_version so every connection re-reads it. Numbered 0007: 0006 is the people tables (issue 12).
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'items'").fetchone()[0]
    if _OLD_KINDS not in sql:
        raise ValueError(translate("Library", "the items table's kind constraint is not the one 0001 created"))
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'items'",
                   [sql.replace(_OLD_KINDS, _NEW_KINDS)])
        db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


SEARCH_INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("items_fts", ("title", "body", "tags", "version_titles", "version_bodies")),
    ("items_prefix_fts", ("title", "tags", "version_titles")),
)
TITLE_COLUMNS = "{title version_titles}"  # an FTS5 column filter: the titles of an item and of its versions


KNOWN_MIGRATIONS: tuple[str, ...] = tuple(m.name for m in migrations._migrations)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
