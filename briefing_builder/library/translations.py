"""Versions of records in other languages: read, write, and find what is missing (migration 0004).

An item (title, body, locator), a source (title, publisher, reference), a country (notes, AU name) and a
country status (note) can each have one version per language, with its provenance (official, or an
unofficial translation with translator and date) and its own revision. Functions here take the `Library`
and are reached through its methods (`Library.set_translation`, ...); all of their SQL lives here.

Countries and statuses have no language column: their text is written in the library's working language,
English (`BASE_LANGUAGE`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import NotFoundError, Problem, ValidationError
from ..messages import translate
from .records import TRANSLATABLE, Changes, MissingTranslation, Translation, TranslationDraft
from .validate import translation_problems

if TYPE_CHECKING:
    from .library import Library

BASE_LANGUAGE = "en"
PROVENANCE_COLUMNS = ("provenance", "translator", "translated_on")
STAMP_COLUMNS = ("created_at", "updated_at", "revision")


@dataclass(frozen=True)
class _Kind:
    table: str  # the translations table
    owner_column: str  # its column pointing at the record
    records: str  # the records' table
    id_column: str  # the records' key column that owner_column holds
    key_column: str  # the records' public key (uid, or a country's code)
    language_sql: str  # SQL for the original's language, over the records' table


KINDS: dict[str, _Kind] = {
    "item": _Kind("item_translations", "item_id", "items", "id", "uid", "items.language"),
    "source": _Kind("source_translations", "source_id", "sources", "id", "uid", "sources.language"),
    "country": _Kind("country_translations", "country_code", "countries", "code", "code", f"'{BASE_LANGUAGE}'"),
    "status": _Kind("status_translations", "status_id", "country_statuses", "id", "uid", f"'{BASE_LANGUAGE}'"),
}
# The original's text for each translatable field (the column of the records' table).
_ORIGINAL_COLUMN = {("country", "notes"): "notes", ("country", "au_name"): "au_name"}


def _kind(record: str) -> _Kind:
    if record not in KINDS:
        raise ValidationError(Problem(translate("Validation", "translation"), "record", translate(
            "Validation", "must be one of {options}, not {value}").format(
            options=", ".join(KINDS), value=repr(str(record)[:20]))))
    return KINDS[record]


def where(record: str, key: str, language: object) -> str:
    """How a problem names the version: e.g. "item 'summit2019-delegates' translation fr"."""
    return translate("Validation", "{record} {key} translation {language}").format(
        record=_RECORD_NAMES.get(record, record), key=repr(str(key)[:60]), language=str(language)[:20])


# What a problem calls each kind of record, and how "not found" reads for each.
_RECORD_NAMES = {"item": translate("Validation", "item"), "source": translate("Validation", "source"),
                 "country": translate("Validation", "country"), "status": translate("Validation", "status")}
_NOT_FOUND = {"item": translate("Validation", "No item has the uid {key}."),
              "source": translate("Validation", "No source has the uid {key}."),
              "country": translate("Validation", "No country has the code {key}."),
              "status": translate("Validation", "No status has the uid {key}.")}
_NO_VERSION = {"item": translate("Validation", "The item {key} has no version in {language}."),
               "source": translate("Validation", "The source {key} has no version in {language}."),
               "country": translate("Validation", "The country {key} has no version in {language}."),
               "status": translate("Validation", "The status {key} has no version in {language}.")}


def _owner(library: "Library", record: str, key: str) -> tuple[Any, str, str]:
    """(the record's internal key, its public key, the original's language), or NotFoundError."""
    kind = _kind(record)
    key_value = str(key).strip().upper() if record == "country" else str(key)
    row = library.conn.execute(
        f"SELECT {kind.records}.{kind.id_column}, {kind.records}.{kind.key_column}, {kind.language_sql}"
        f" FROM {kind.records} WHERE {kind.records}.{kind.key_column} = ?", (key_value,)).fetchone()
    if row is None:
        raise NotFoundError(_NOT_FOUND[record].format(key=repr(str(key)[:80])))
    return row[0], row[1], row[2]


def _select_sql(kind: _Kind, fields: tuple[str, ...]) -> str:
    columns = ", ".join(f"t.{c}" for c in ("language",) + fields + PROVENANCE_COLUMNS + STAMP_COLUMNS)
    return (f"SELECT r.{kind.key_column}, {columns} FROM {kind.table} t"
            f" JOIN {kind.records} r ON r.{kind.id_column} = t.{kind.owner_column}")


def _from_row(record: str, fields: tuple[str, ...], row: Sequence[Any]) -> Translation:
    key, language, *rest = row
    texts = tuple(sorted((name, value) for name, value in zip(fields, rest[:len(fields)]) if value))
    provenance, translator, translated_on, created_at, updated_at, revision = rest[len(fields):]
    return Translation(language=language, texts=texts, provenance=provenance, translator=translator,
                       translated_on=translated_on, record=record, key=key, created_at=created_at,
                       updated_at=updated_at, revision=revision)


def translations(library: "Library", record: str, key: str) -> list[Translation]:
    """Every version of one record, by language."""
    kind, fields = _kind(record), TRANSLATABLE[record]
    owner, _public, _lang = _owner(library, record, key)
    rows = library.conn.execute(_select_sql(kind, fields) + f" WHERE t.{kind.owner_column} = ? ORDER BY t.language",
                                (owner,)).fetchall()
    return [_from_row(record, fields, row) for row in rows]


def translations_in(library: "Library", record: str, keys: Iterable[str], language: str) -> dict[str, Translation]:
    """The versions in `language` of many records at once, by public key (records without one are absent)."""
    kind, fields = _kind(record), TRANSLATABLE[record]
    wanted = list(dict.fromkeys(keys))
    found: dict[str, Translation] = {}
    for start in range(0, len(wanted), 5_000):
        rows = library.conn.execute(
            _select_sql(kind, fields) + f" WHERE t.language = ? AND r.{kind.key_column} IN"
            " (SELECT value FROM json_each(?))", (language, json.dumps(wanted[start:start + 5_000]))).fetchall()
        for row in rows:
            translation = _from_row(record, fields, row)
            found[translation.key] = translation
    return found


def all_translations(library: "Library", record: str) -> dict[str, list[Translation]]:
    """Every version of every record of a kind, by public key (for the exchange format)."""
    kind, fields = _kind(record), TRANSLATABLE[record]
    grouped: dict[str, list[Translation]] = {}
    for row in library.conn.execute(_select_sql(kind, fields) + f" ORDER BY r.{kind.key_column}, t.language"):
        translation = _from_row(record, fields, row)
        grouped.setdefault(translation.key, []).append(translation)
    return grouped


def check(library: "Library", record: str, key: str, draft: TranslationDraft) -> list[Problem]:
    """The problems with `draft` as a version of that record (the record must exist)."""
    _kind(record)
    _owner_key, public, original_language = _owner(library, record, key)
    return translation_problems(record, draft, where(record, public, draft.language), original_language)


def _values(record: str, draft: TranslationDraft) -> tuple[Any, ...]:
    draft = draft.normalised()
    return tuple(draft.text(f) for f in TRANSLATABLE[record]) + (draft.provenance, draft.translator,
                                                                  draft.translated_on)


def differs(conn: Any, record: str, owner: Any, draft: TranslationDraft) -> bool:
    """Whether writing `draft` would change the stored version (or add one)."""
    kind = KINDS[record]
    existing = conn.execute(f"SELECT {', '.join(TRANSLATABLE[record] + PROVENANCE_COLUMNS)} FROM {kind.table}"
                            f" WHERE {kind.owner_column} = ? AND language = ?", (owner, draft.language)).fetchone()
    return existing is None or tuple(existing) != _values(record, draft)


def side_by_side(library: "Library", record: str, key: str, language: str) -> list[tuple[str, str, str]]:
    """(field, original text, text of the version in `language` or '') for each translatable field with text in
    the original: what a side-by-side translation editor shows."""
    kind, fields = _kind(record), TRANSLATABLE[record]
    owner, public, _lang = _owner(library, record, key)
    columns = ", ".join(_ORIGINAL_COLUMN.get((record, f), f) for f in fields)
    original = library.conn.execute(f"SELECT {columns} FROM {kind.records} WHERE {kind.id_column} = ?",
                                    (owner,)).fetchone()
    version = translations_in(library, record, [public], language).get(public)
    return [(f, text, version.text(f) if version else "") for f, text in zip(fields, original) if (text or "").strip()]


def write_row(conn: Any, record: str, owner: Any, draft: TranslationDraft, now: str,
              stamps: dict[str, Any] | None = None) -> bool:
    """Insert or update one version (no validation, no search index upkeep); returns whether it changed.
    An update keeps `created_at` and bumps the revision (or takes the stamps' revision if that is higher)."""
    kind, fields = KINDS[record], TRANSLATABLE[record]
    draft = draft.normalised()
    stamps = stamps or {}
    values = _values(record, draft)
    columns = fields + PROVENANCE_COLUMNS
    existing = conn.execute(f"SELECT {', '.join(columns)}, revision FROM {kind.table}"
                            f" WHERE {kind.owner_column} = ? AND language = ?", (owner, draft.language)).fetchone()
    if existing is None:
        conn.execute(
            f"INSERT INTO {kind.table} ({kind.owner_column}, language, {', '.join(columns)}, created_at,"
            f" updated_at, revision) VALUES ({', '.join('?' * (len(columns) + 5))})",
            (owner, draft.language) + values + (stamps.get("created_at", now), stamps.get("updated_at", now),
                                                stamps.get("revision", 1)))
        return True
    if tuple(existing[:-1]) == values:
        return False
    conn.execute(
        f"UPDATE {kind.table} SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ?, revision = ?"
        f" WHERE {kind.owner_column} = ? AND language = ?",
        values + (stamps.get("updated_at", now), max(existing[-1] + 1, stamps.get("revision", 0)), owner,
                  draft.language))
    return True


def set_translation(library: "Library", record: str, key: str, draft: TranslationDraft
                    ) -> tuple[Translation, Changes]:
    """Create or replace the version of a record in `draft.language`; raises `ValidationError` (writing
    nothing) when a field is wrong. An unchanged version writes nothing and returns no changes."""
    from .library import utc_now

    owner, public, original_language = _owner(library, record, key)
    problems = translation_problems(record, draft, where(record, public, draft.language), original_language)
    if problems:
        raise ValidationError(problems)
    with library.write():
        if record == "item":
            library._fts_remove([owner])  # the search view includes every version's title and body
        changed = write_row(library.conn, record, owner, draft, utc_now())
        if record == "item":
            library._fts_add([owner])
    stored = next(t for t in translations(library, record, public) if t.language == draft.language)
    return stored, _changes(record, owner, public, draft.language) if changed else Changes()


def delete_translation(library: "Library", record: str, key: str, language: str) -> Changes:
    """Remove the version of a record in `language` (NotFoundError if there is none)."""
    kind = _kind(record)
    owner, public, _lang = _owner(library, record, key)
    if library.conn.execute(f"SELECT 1 FROM {kind.table} WHERE {kind.owner_column} = ? AND language = ?",
                            (owner, language)).fetchone() is None:
        raise NotFoundError(_NO_VERSION[record].format(key=repr(public), language=repr(str(language)[:20])))
    with library.write():
        if record == "item":
            library._fts_remove([owner])
        library.conn.execute(f"DELETE FROM {kind.table} WHERE {kind.owner_column} = ? AND language = ?",
                             (owner, language))
        if record == "item":
            library._fts_add([owner])
    return _changes(record, owner, public, language)


def _changes(record: str, owner: Any, public: str, language: str) -> Changes:
    touched = frozenset({(record, public, language)})
    if record == "item":
        return Changes(items=frozenset({owner}), translations=touched)
    if record == "source":
        return Changes(sources=frozenset({owner}), translations=touched)
    if record == "country":
        return Changes(countries=frozenset({owner}), translations=touched)
    return Changes(translations=touched)


def missing(library: "Library", language: str, record: str | None = None, keys: Iterable[str] | None = None
            ) -> list[MissingTranslation]:
    """Records (of one kind, or all; of the given keys, or all) with text that has no version in `language`.

    A field is missing when the original has text in it and the version in `language` (if any) has none.
    Records already written in `language` need nothing.
    """
    out: list[MissingTranslation] = []
    wanted = None if keys is None else json.dumps(list(dict.fromkeys(keys)))
    for name in ([record] if record else list(KINDS)):
        kind, fields = _kind(name), TRANSLATABLE[name]
        originals = ", ".join(f"r.{_ORIGINAL_COLUMN.get((name, f), f)}" for f in fields)
        versions = ", ".join(f"t.{f}" for f in fields)
        label = {"item": "r.title", "source": "r.title", "country": "r.name_en",
                 "status": "r.country_code || ' ' || r.topic"}[name]
        sql = (f"SELECT r.{kind.key_column}, {kind.language_sql.replace(kind.records + '.', 'r.')}, {label},"
               f" {originals}, {versions}, t.language IS NOT NULL FROM {kind.records} r"
               f" LEFT JOIN {kind.table} t ON t.{kind.owner_column} = r.{kind.id_column} AND t.language = :language"
               f" WHERE {kind.language_sql.replace(kind.records + '.', 'r.')} != :language")
        if wanted is not None:
            sql += f" AND r.{kind.key_column} IN (SELECT value FROM json_each(:keys))"
        sql += f" ORDER BY r.{kind.key_column}"
        for row in library.conn.execute(sql, {"language": language, "keys": wanted}):
            key, original_language, text_label = row[0], row[1], row[2]
            original = row[3:3 + len(fields)]
            version = row[3 + len(fields):3 + 2 * len(fields)]
            gaps = tuple(f for f, o, v in zip(fields, original, version) if (o or "").strip() and not (v or "").strip())
            if gaps:
                out.append(MissingTranslation(name, key, language, gaps, original_language, (text_label or "")[:120]))
    return out
