"""People: interlocutors and officials, with names in other scripts, sourced biography lines and a photo
(migration 0006; issue 12).

Functions here take the `Library` and are reached through its methods (`Library.add_person`, ...); all of the
people's SQL lives here. Writes are single transactions that validate first and write nothing on error
(`ValidationError` naming the person and the field), bump the revision, and return `Changes(people=...)`.
The `insert_person` / `replace_person` / `write_photo` helpers write inside the caller's transaction, for the
importer (io.py), which validates a whole file before writing any of it.

Search (`search_people`) compares folded words: the same folding as item search (fold.py: Arabic vowel marks,
alef forms, symbols as words), plus case and Latin accents, so "abebe" finds "Abébé" and احمد finds أحمد.
Each word of the query must start a word of the person's names (any script), role or organisation.
"""

from __future__ import annotations

import datetime as _dt
import json
import unicodedata
from dataclasses import fields
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import LibraryError, NotFoundError, Problem, ValidationError
from ..messages import IsoDate, translate
from .fold import search_fold
from .photos import PreparedPhoto, prepare_photo
from .records import BioLine, Changes, Person, PersonDraft
from .search import words
from .validate import MAX_SHORT, PERSON, check_line, person_problems

if TYPE_CHECKING:
    from .library import Library

_COLUMNS = ("id", "uid", "name", "honorific", "role", "organisation", "country_code", "pronunciation", "as_of",
            "review_by", "confidence", "notes", "created_at", "updated_at", "revision")


# ------------------------------------------------------------------------------------------- folding
def _fold_word(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    # Drop combining marks after Latin letters only (as FTS5's remove_diacritics does): other scripts'
    # marks (Devanagari vowel signs, ...) are parts of their letters.
    out: list[str] = []
    for ch in word:
        if unicodedata.category(ch) == "Mn" and out and out[-1] < "\u0250":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fold_words(text: str) -> list[str]:
    """The words search compares, for any text (names in any script, roles, a query)."""
    return [_fold_word(w) for w in words(search_fold(text) or "")]


def search_text(draft: PersonDraft) -> str:
    """What `search_people` looks in: folded names (every script), honorific, role and organisation."""
    parts = [draft.name, draft.honorific, draft.role, draft.organisation] + [name for _lang, name in draft.names]
    return " " + " ".join(w for part in parts for w in fold_words(part)) + " "


# --------------------------------------------------------------------------------------------- reads
def _load(library: "Library", ids: Sequence[int]) -> list[Person]:
    """People by id, in the order asked for (missing ids skipped); one query per table."""
    if not ids:
        return []
    id_json = json.dumps(list(ids))
    rows = library.conn.execute(
        f"SELECT {', '.join('p.' + c for c in _COLUMNS)}, ph.alt, ph.person_id IS NOT NULL FROM people p"
        " LEFT JOIN person_photos ph ON ph.person_id = p.id WHERE p.id IN (SELECT value FROM json_each(?))",
        (id_json,)).fetchall()
    names: dict[int, list[tuple[str, str]]] = {}
    for person_id, language, name in library.conn.execute(
            "SELECT person_id, language, name FROM person_names WHERE person_id IN (SELECT value FROM json_each(?))"
            " ORDER BY person_id, position", (id_json,)):
        names.setdefault(person_id, []).append((language, name))
    bio: dict[int, list[BioLine]] = {}
    for person_id, text, source_uid, as_of, locator in library.conn.execute(
            "SELECT b.person_id, b.text, s.uid, b.as_of, b.locator FROM person_bio b JOIN sources s ON s.id ="
            " b.source_id WHERE b.person_id IN (SELECT value FROM json_each(?)) ORDER BY b.person_id, b.position",
            (id_json,)):
        bio.setdefault(person_id, []).append(BioLine(text, source_uid, as_of, locator))
    languages: dict[int, list[str]] = {}
    for person_id, language in library.conn.execute(
            "SELECT person_id, language FROM person_languages WHERE person_id IN (SELECT value FROM json_each(?))"
            " ORDER BY person_id, position", (id_json,)):
        languages.setdefault(person_id, []).append(language)
    by_id: dict[int, Person] = {}
    for row in rows:
        values = dict(zip(_COLUMNS, row[:len(_COLUMNS)]))
        person_id = values["id"]
        values["country"] = values.pop("country_code") or ""
        by_id[person_id] = Person(
            **values, names=tuple(names.get(person_id, ())), bio=tuple(bio.get(person_id, ())),
            languages=tuple(languages.get(person_id, ())), has_photo=bool(row[-1]), photo_alt=row[-2] or "")
    return [by_id[i] for i in ids if i in by_id]


def people(library: "Library", *, country: str | None = None) -> list[Person]:
    """Every person (or those of one country, by alpha-3 code), sorted by name."""
    if country is None:
        ids = [r[0] for r in library.conn.execute("SELECT id FROM people ORDER BY name COLLATE NOCASE, id")]
    else:
        ids = [r[0] for r in library.conn.execute(
            "SELECT id FROM people WHERE country_code = ? ORDER BY name COLLATE NOCASE, id",
            (str(country).strip().upper(),))]
    return _load(library, ids)


def _person_id(library: "Library", key: int | str) -> int:
    found = library.conn.execute(
        "SELECT id FROM people WHERE uid = :k OR id = :i ORDER BY uid = :k DESC LIMIT 1",
        {"k": str(key), "i": _as_int(key)}).fetchone()
    if found is None:
        raise NotFoundError(translate("Validation", "No person has the id or uid {key}.").format(
            key=repr(str(key)[:80])))
    return int(found[0])


def person(library: "Library", key: int | str) -> Person:
    """A person by numeric id or uid."""
    return _load(library, [_person_id(library, key)])[0]


def person_photo(library: "Library", key: int | str) -> bytes | None:
    """The stored photo (print-ready JPEG or PNG bytes), or None when the person has none."""
    row = library.conn.execute("SELECT data FROM person_photos WHERE person_id = ?",
                               (_person_id(library, key),)).fetchone()
    return bytes(row[0]) if row else None


def photo_details(library: "Library", key: int | str) -> dict[str, Any] | None:
    """The stored photo's mime type, size in pixels, sha256 and alternative text, or None."""
    row = library.conn.execute("SELECT mime, width, height, sha256, alt, length(data) FROM person_photos"
                               " WHERE person_id = ?", (_person_id(library, key),)).fetchone()
    if row is None:
        return None
    return dict(zip(("mime", "width", "height", "sha256", "alt", "bytes"), row))


def search_people(library: "Library", query: str, limit: int = 50) -> list[Person]:
    """People whose names (any script), role or organisation have words starting with every word of `query`
    (folded: case, accents, Arabic marks); an empty query lists everyone. Sorted by name."""
    terms = fold_words(query or "")
    if not terms and (query or "").strip():
        return []  # only punctuation: nothing to look for
    where = " AND ".join("instr(search_text, ?) > 0" for _ in terms) or "1"
    ids = [r[0] for r in library.conn.execute(
        f"SELECT id FROM people WHERE {where} ORDER BY name COLLATE NOCASE, id LIMIT ?",
        [f" {t}" for t in terms] + [max(0, int(limit))])]
    return _load(library, ids)


def stale_warning(person: Person, today: _dt.date | str | None = None) -> str | None:
    """The warning a pack gives for a person whose review-by date has passed (the same words as for a stale
    item, so pack/assemble can wrap it in `PackWarning(message, section_id, person.uid, "stale")`); or None."""
    if isinstance(today, str):
        today = _dt.date.fromisoformat(today)
    if not person.is_stale(today):
        return None
    # The words pack/brief_sections.py gives a stale attendee.
    return translate("PackWarning", "“{name}” was due for review on {date}; check the role and biography are "
                     "still true.").format(name=person.display_name(), date=IsoDate(person.review_by))


def stale_people(library: "Library", today: _dt.date | str | None = None) -> list[Person]:
    """Every person whose review-by date has passed."""
    day = today if isinstance(today, str) else (today or _dt.date.today()).isoformat()
    return _load(library, [r[0] for r in library.conn.execute(
        "SELECT id FROM people WHERE review_by IS NOT NULL AND review_by < ? ORDER BY name COLLATE NOCASE",
        (day,))])


# -------------------------------------------------------------------------------------------- checks
def where_of(uid: str | None, draft: PersonDraft | None = None) -> str:
    """How a problem names a person: "person 'uid'" or "person 'Name'"."""
    label = uid or (draft.name if draft is not None and isinstance(draft.name, str) else "")
    return translate("Validation", "person {name}").format(name=repr(label[:60])) if label else PERSON


def reference_problems(draft: PersonDraft, where: str, source_uids: Iterable[str] | None,
                       country_codes: Iterable[str]) -> list[Problem]:
    """That every biography line's source and the country exist (in `source_uids` / `country_codes`)."""
    problems: list[Problem] = []
    sources = set(source_uids or ())
    if isinstance(draft.bio, (tuple, list)):
        for index, line in enumerate(draft.bio):
            if (isinstance(line, BioLine) and isinstance(line.source_uid, str) and line.source_uid.strip()
                    and line.source_uid not in sources):
                problems.append(Problem(where, f"bio[{index}].source", translate(
                    "Validation", "no source has the uid {uid}").format(uid=repr(line.source_uid[:60]))))
    if isinstance(draft.country, str) and len(draft.country) == 3 and draft.country.isupper() \
            and draft.country not in set(country_codes):
        problems.append(Problem(where, "country", translate(
            "Validation", "{code} is not a country in the library").format(code=repr(draft.country))))
    return problems


def _check(library: "Library", draft: PersonDraft, where: str) -> None:
    problems = person_problems(draft, where)
    if not problems:
        uids = {line.source_uid for line in draft.bio}
        known = {r[0] for r in library.conn.execute(
            "SELECT uid FROM sources WHERE uid IN (SELECT value FROM json_each(?))", (json.dumps(sorted(uids)),))}
        codes = {r[0] for r in library.conn.execute("SELECT code FROM countries WHERE code = ?", (draft.country,))}
        problems = reference_problems(draft, where, known, codes)
    if problems:
        raise ValidationError(problems)


def check_alt(alt: object, where: str) -> list[Problem]:
    problems: list[Problem] = []
    check_line(problems, where, "photo_alt", alt, limit=MAX_SHORT)
    return problems


# -------------------------------------------------------------------------------------------- writes
def _source_ids(conn: Any, draft: PersonDraft) -> dict[str, int]:
    uids = sorted({line.source_uid for line in draft.bio})
    return dict(conn.execute("SELECT uid, id FROM sources WHERE uid IN (SELECT value FROM json_each(?))",
                             (json.dumps(uids),)))


def _write_parts(conn: Any, person_id: int, draft: PersonDraft, source_ids: dict[str, int]) -> None:
    for table in ("person_names", "person_bio", "person_languages"):
        conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (person_id,))
    conn.executemany("INSERT INTO person_names (person_id, position, language, name) VALUES (?,?,?,?)",
                     [(person_id, n, lang, name) for n, (lang, name) in enumerate(draft.names)])
    conn.executemany("INSERT INTO person_bio (person_id, position, text, source_id, as_of, locator)"
                     " VALUES (?,?,?,?,?,?)",
                     [(person_id, n, line.text, source_ids[line.source_uid], line.as_of, line.locator)
                      for n, line in enumerate(draft.bio)])
    conn.executemany("INSERT INTO person_languages (person_id, position, language) VALUES (?,?,?)",
                     [(person_id, n, lang) for n, lang in enumerate(draft.languages)])


def _values(draft: PersonDraft) -> tuple[Any, ...]:
    return (draft.name, draft.honorific, draft.role, draft.organisation, draft.country or None,
            draft.pronunciation, draft.as_of, draft.review_by, draft.confidence, draft.notes, search_text(draft))


def normalised(draft: PersonDraft) -> PersonDraft:
    """The stored form: a plain `PersonDraft` with tuples (a GUI or importer may hand in lists); values of the
    wrong type are left for validation to name."""
    if not isinstance(draft, PersonDraft):
        return draft
    values = {f.name: getattr(draft, f.name) for f in fields(PersonDraft)}
    for name in ("names", "bio", "languages"):
        if isinstance(values[name], list):
            values[name] = tuple(values[name])
    if isinstance(values["names"], tuple):
        values["names"] = tuple(tuple(p) if isinstance(p, list) else p for p in values["names"])
    return PersonDraft(**values)


def insert_person(conn: Any, uid: str, draft: PersonDraft, now: str, stamps: dict[str, Any] | None = None) -> int:
    """Insert a validated person inside the caller's transaction; returns its id."""
    stamps = stamps or {}
    cursor = conn.execute(
        "INSERT INTO people (uid, name, honorific, role, organisation, country_code, pronunciation, as_of,"
        " review_by, confidence, notes, search_text, created_at, updated_at, revision)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (uid, *_values(draft), stamps.get("created_at", now), stamps.get("updated_at", now),
         stamps.get("revision", 1)))
    person_id = int(cursor.lastrowid or 0)
    _write_parts(conn, person_id, draft, _source_ids(conn, draft))
    return person_id


def replace_person(conn: Any, person_id: int, draft: PersonDraft, now: str, revision: int) -> None:
    """Overwrite a validated person's fields inside the caller's transaction, at `revision`."""
    conn.execute(
        "UPDATE people SET name=?, honorific=?, role=?, organisation=?, country_code=?, pronunciation=?, as_of=?,"
        " review_by=?, confidence=?, notes=?, search_text=?, updated_at=?, revision=? WHERE id=?",
        (*_values(draft), now, revision, person_id))
    _write_parts(conn, person_id, draft, _source_ids(conn, draft))


def write_photo(conn: Any, person_id: int, photo: PreparedPhoto | None, alt: str, now: str) -> None:
    """Store (or with None remove) a person's prepared photo inside the caller's transaction."""
    if photo is None:
        conn.execute("DELETE FROM person_photos WHERE person_id = ?", (person_id,))
        return
    conn.execute(
        "INSERT INTO person_photos (person_id, data, mime, width, height, sha256, alt, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(person_id) DO UPDATE SET data=excluded.data, mime=excluded.mime,"
        " width=excluded.width, height=excluded.height, sha256=excluded.sha256, alt=excluded.alt,"
        " updated_at=excluded.updated_at",
        (person_id, photo.data, photo.mime, photo.width, photo.height, photo.sha256, alt, now))


def add_person(library: "Library", draft: PersonDraft, uid: str | None = None, photo: bytes | None = None,
               alt: str = "", *, stamps: dict[str, Any] | None = None) -> tuple[Person, Changes]:
    """Create a person (with a photo, made print-ready); nothing is written if anything is invalid."""
    from .library import new_uid, utc_now

    draft = normalised(draft)
    where = where_of(uid, draft)
    uid = uid or new_uid("person")
    problems = person_problems(draft, where) + check_alt(alt, where)
    if library.conn.execute("SELECT 1 FROM people WHERE uid = ?", (uid,)).fetchone():
        problems.append(Problem(where, "uid", translate("Validation", "{uid} is already used").format(
            uid=repr(uid[:80]))))
    if problems:
        raise ValidationError(problems)
    _check(library, draft, where)
    prepared = prepare_photo(photo, where) if photo is not None else None
    now = utc_now()
    with library.write():
        person_id = insert_person(library.conn, uid, draft, now, stamps)
        write_photo(library.conn, person_id, prepared, alt, now)
    return person(library, person_id), Changes(people=frozenset({person_id}))


def update_person(library: "Library", key: int | str, draft: PersonDraft, expected_revision: int | None = None
                  ) -> tuple[Person, Changes]:
    """Replace a person's fields (not the photo); bumps the revision; an unchanged draft writes nothing.

    With `expected_revision`, refuses to overwrite an edit made elsewhere in the meantime.
    """
    from .library import utc_now

    current = person(library, key)
    if expected_revision is not None and current.revision != expected_revision:
        raise LibraryError(translate(
            "Validation", "The person {name} was changed elsewhere (revision {revision}, you edited revision "
            "{edited}); reload it and apply your edit again.").format(
            name=repr(current.name[:60]), revision=current.revision, edited=expected_revision))
    draft = normalised(draft)
    _check(library, draft, where_of(current.uid))
    if current.draft() == draft:
        return current, Changes()
    with library.write():
        replace_person(library.conn, current.id, draft, utc_now(), current.revision + 1)
    return person(library, current.id), Changes(people=frozenset({current.id}))


def set_person_photo(library: "Library", key: int | str, data: bytes | None, alt: str = ""
                     ) -> tuple[Person, Changes]:
    """Set (from a PNG or JPEG file's bytes, made print-ready) or with None remove a person's photo and its
    alternative text; bumps the revision (a pack's manifest then shows the person changed)."""
    from .library import utc_now

    current = person(library, key)
    where = where_of(current.uid)
    problems = check_alt(alt, where)
    if problems:
        raise ValidationError(problems)
    prepared = prepare_photo(data, where) if data is not None else None
    if prepared is None and not current.has_photo:
        return current, Changes()
    now = utc_now()
    with library.write():
        write_photo(library.conn, current.id, prepared, alt, now)
        library.conn.execute("UPDATE people SET revision = revision + 1, updated_at = ? WHERE id = ?",
                             (now, current.id))
    return person(library, current.id), Changes(people=frozenset({current.id}))


def delete_person(library: "Library", key: int | str) -> Changes:
    """Delete a person with their names, biography, languages and photo."""
    current = person(library, key)
    with library.write():
        library.conn.execute("DELETE FROM people WHERE id = ?", (current.id,))
    return Changes(deleted_people=frozenset({current.id}))


def restore_person(library: "Library", deleted: Person, photo: bytes | None = None) -> tuple[Person, Changes]:
    """Put back a deleted person as they were (uid, timestamps, revision, photo): the undo of `delete_person`."""
    stamps = {"created_at": deleted.created_at, "updated_at": deleted.updated_at, "revision": deleted.revision}
    return add_person(library, deleted.draft(), deleted.uid, photo, deleted.photo_alt, stamps=stamps)


def _as_int(key: int | str) -> int:
    try:
        return int(key)
    except (TypeError, ValueError):
        return -1
