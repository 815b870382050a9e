"""Import and export: the library exchange format (JSON, see docs/library-format.md) and CSV for items.

Every way data comes in (JSON, CSV, the bundled seed) is turned into one exchange document and goes through
`import_document`, which validates everything first and then writes in a single transaction: an import lands
whole or not at all, and a rejected file names the record (or line) and the field at fault.
"""

from __future__ import annotations

import base64
import binascii
import csv
import dataclasses
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from .. import __version__
from ..atomic import atomic_write
from ..memory import collector_paused
from ..errors import ImportRejected, LibraryError, Problem, ValidationError, os_reason
from ..messages import Message, translate
from . import people as _people
from . import translations as _translations
from .photos import PreparedPhoto, prepare_photo
from .library import Library, new_uid, utc_now
from .records import (TRANSLATABLE, BioLine, Changes, ImportReport, ItemDraft, PersonDraft, SourceDraft, StatusDraft,
                      TranslationDraft)
from .validate import (
    MAX_NOTES,
    plainly_valid_item,
    MAX_SHORT,
    check_text,
    is_country_code,
    item_problems,
    source_problems,
    status_problems,
    person_problems,
    translation_problems,
)
from .vocabulary import AU_REGIONS

FORMAT_NAME = "briefing-builder-library"
FORMAT_VERSION = 3  # 2: sources carry read_at and confidence; items, sources, countries and statuses carry
#    "translations"; 3: "people", with their photos (version 1 and 2 files still import)
MAX_REPORTED_PROBLEMS = 50
# An import of at least this many items into a library without items builds the item indexes once, after.
BULK_IMPORT_ITEMS = 5_000
ITEM_TABLES = ("items", "item_tags", "item_frameworks", "item_countries")

SOURCE_FIELDS = ("title", "publisher", "date", "url", "reference", "language", "notes", "read_at", "confidence")
ITEM_FIELDS = ("kind", "title", "body", "source", "locator", "as_of", "review_by", "tags", "frameworks", "countries",
               "language", "classification", "confidence", "notes")
STATUS_FIELDS = ("topic", "status", "as_of", "source", "note", "confidence")
STAMP_FIELDS = ("created_at", "updated_at", "revision")
PERSON_FIELDS = ("name", "honorific", "role", "organisation", "country", "names", "bio", "pronunciation",
                 "languages", "as_of", "review_by", "confidence", "notes")
BIO_FIELDS = ("text", "source", "as_of", "locator")
PHOTO_FIELDS = ("data", "mime", "width", "height", "sha256", "alt")
CSV_COLUMNS = ("uid",) + ITEM_FIELDS
TRANSLATION_META = ("provenance", "translator", "translated_on")
_ITEM_KEYS = frozenset(("uid", "_where", "translations") + ITEM_FIELDS + STAMP_FIELDS)
_STAMP_KEYS = frozenset(STAMP_FIELDS)
CSV_LIST_SEPARATOR = ";"

Progress = Callable[[int, int, str], None]


# ------------------------------------------------------------------------------------------------ export
def export_document(library: Library) -> dict[str, Any]:
    """The whole library as an exchange document (sources, items, countries with data beyond ISO)."""
    versions = {record: _translations.all_translations(library, record) for record in TRANSLATABLE}
    sources = [
        {"uid": s.uid, **{f: getattr(s, f) for f in SOURCE_FIELDS},
         **{f: getattr(s, f) for f in STAMP_FIELDS}, **_versions_field(versions["source"].get(s.uid))}
        for s in sorted(library.sources(), key=lambda s: s.uid)
    ]
    items = []
    ids = library.all_item_ids()
    for start in range(0, len(ids), 2_000):
        for item in library.items(ids[start:start + 2_000]):
            record = {"uid": item.uid}
            for f in ITEM_FIELDS:
                value = item.source_uid if f == "source" else getattr(item, f)
                record[f] = list(value) if isinstance(value, tuple) else value
            record.update({f: getattr(item, f) for f in STAMP_FIELDS})
            record.update(_versions_field(versions["item"].get(item.uid)))
            items.append(record)
    items.sort(key=lambda r: r["uid"])
    au_sources = dict(library.conn.execute(
        "SELECT countries.code, sources.uid FROM countries JOIN sources ON sources.id = countries.au_source_id"))
    countries = []
    for country in library.countries():
        if not (country.au_member or country.notes or country.statuses or country.au_region
                or country.code in versions["country"]):
            continue
        countries.append({
            "code": country.code,
            "au_member": country.au_member,
            "au_region": country.au_region,
            "au_name": country.au_name,
            "au_source": au_sources.get(country.code),
            "notes": country.notes,
            "statuses": [
                {"uid": s.uid, **{f: (s.source_uid if f == "source" else getattr(s, f)) for f in STATUS_FIELDS},
                 **{f: getattr(s, f) for f in STAMP_FIELDS}, **_versions_field(versions["status"].get(s.uid))}
                for s in sorted(country.statuses, key=lambda s: s.uid)
            ],
            **_versions_field(versions["country"].get(country.code)),
        })
    countries.sort(key=lambda c: c["code"])
    people = [_person_record(library, person) for person in sorted(library.people(), key=lambda p: p.uid)]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": utc_now(),
        "sources": sources,
        "items": items,
        "countries": countries,
        "people": people,
    }


def _person_record(library: Library, person: Any) -> dict[str, Any]:
    """One person in the exchange format: names as {language: name}, bio lines as objects, the photo base64."""
    record: dict[str, Any] = {"uid": person.uid}
    for f in PERSON_FIELDS:
        value = getattr(person, f)
        if f == "names":
            value = dict(value)
        elif f == "bio":
            value = [{"text": b.text, "source": b.source_uid, "as_of": b.as_of, "locator": b.locator} for b in value]
        elif isinstance(value, tuple):
            value = list(value)
        record[f] = value
    details = _people.photo_details(library, person.id) if person.has_photo else None
    if details is not None:
        data = library.person_photo(person.id) or b""
        record["photo"] = {"data": base64.b64encode(data).decode("ascii"), "mime": details["mime"],
                           "width": details["width"], "height": details["height"], "sha256": details["sha256"],
                           "alt": details["alt"]}
    record.update({f: getattr(person, f) for f in STAMP_FIELDS})
    return record


def _versions_field(versions: list[Any] | None) -> dict[str, Any]:
    """{"translations": {language: {field: text, ..., provenance, translator, translated_on, stamps}}}, or {}
    for a record without versions (so files of libraries without translations look as they did)."""
    if not versions:
        return {}
    out: dict[str, Any] = {}
    for version in versions:
        entry: dict[str, Any] = dict(version.texts)
        entry.update(provenance=version.provenance, translator=version.translator,
                     translated_on=version.translated_on, created_at=version.created_at,
                     updated_at=version.updated_at, revision=version.revision)
        out[version.language] = entry
    return {"translations": out}


def _parse_versions(record: str, value: Any, where: str, problems: list[Problem],
                    original_language: Any = None) -> list[tuple[TranslationDraft, dict[str, Any]]]:
    """A record's "translations" object, validated; problems name the record, the language and the field."""
    if value is None:
        return []
    if not isinstance(value, dict):
        problems.append(Problem(where, "translations", translate("Import", "must be an object keyed by language code")))
        return []
    allowed = TRANSLATABLE[record]
    out = []
    for language, entry in value.items():
        at = _Place(f"{where} translations.{str(language)[:20]}", _IN_TRANSLATION, where=where,
                    language=str(language)[:20])
        if not isinstance(entry, dict):
            problems.append(Problem(at, "", _MUST_BE_OBJECT))
            continue
        _unknown_fields(entry, allowed + TRANSLATION_META + STAMP_FIELDS, at, problems)
        draft = TranslationDraft(
            language=language, texts=tuple((f, entry[f]) for f in allowed if f in entry and entry[f] != ""),
            provenance=entry.get("provenance", "unofficial"), translator=entry.get("translator", ""),
            translated_on=entry.get("translated_on"))
        problems += translation_problems(record, draft, at, original_language if isinstance(
            original_language, str) else None)
        out.append((draft, _stamps(entry, at, problems)))
    return out


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write(Path(path), text.encode("utf-8"), error=LibraryError)


def export_json(library: Library, path: Path) -> int:
    """Write the exchange document to `path`; returns the number of items written."""
    document = export_document(library)
    atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return len(document["items"])


def export_csv(library: Library, path: Path) -> int:
    """Write every item as one CSV row (lists joined with ';'); returns the number of rows."""
    document = export_document(library)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in document["items"]:
        writer.writerow([
            CSV_LIST_SEPARATOR.join(record[c]) if isinstance(record.get(c), list) else (record.get(c) or "")
            for c in CSV_COLUMNS])
    atomic_write_text(path, buffer.getvalue())
    return len(document["items"])


# ------------------------------------------------------------------------------------------------ import
def read_import_file(path: Path) -> dict[str, Any]:
    """Read a .json or .csv file into an exchange document; syntax errors name the line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LibraryError(translate("Import", "Cannot read {path}: {error}.").format(
            path=str(path), error=os_reason(exc))) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRejected(Problem(_line(path.name, line), "", translate("Import", "is not UTF-8 text"))) from exc
    if path.suffix.lower() == ".csv":
        return csv_to_document(text, path.name)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRejected(Problem(
            translate("Import", "{file} line {line} column {column}").format(
                file=path.name, line=exc.lineno, column=exc.colno), "",
            translate("Import", "is not valid JSON ({error})").format(error=exc.msg))) from exc
    except RecursionError as exc:
        raise ImportRejected(Problem(path.name, "", translate("Import", "is nested too deeply to be a library file"))
                             ) from exc
    return document


def csv_to_document(text: str, name: str = "CSV") -> dict[str, Any]:
    """Items from CSV (header row required) as an exchange document; each record remembers its line."""
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[Problem] = []
    try:
        header = next(reader)
    except StopIteration:
        raise ImportRejected(Problem(_line(name, 1), "", translate("Import", "the file is empty"))) from None
    except csv.Error as exc:
        raise ImportRejected(Problem(_line(name, 1), "", _not_csv(exc))) from None
    header = [h.strip() for h in header]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        problems.append(Problem(_line(name, 1), unknown[0], translate(
            "Import", "is not a known column (known: {columns})").format(columns=", ".join(CSV_COLUMNS))))
    for required in ("kind", "title", "source"):
        if required not in header:
            problems.append(Problem(_line(name, 1), required, translate("Import", "column is missing")))
    if problems:
        raise ImportRejected(problems)
    items = []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportRejected(Problem(_line(name, start), "", _not_csv(exc))) from None
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(Problem(_line(name, start), "", translate(
                "Import", "has {cells} cells; the header has {columns}").format(cells=len(row), columns=len(header))))
            continue
        record: dict[str, Any] = {"_where": (name, start)}  # made a Message only if the record has a problem
        for column, cell in zip(header, row):
            if column in ("tags", "frameworks", "countries"):
                record[column] = [v.strip() for v in cell.split(CSV_LIST_SEPARATOR) if v.strip()]
            elif column in ("as_of", "review_by"):
                record[column] = cell.strip() or None
            else:
                record[column] = cell
        if not record.get("uid"):
            record.pop("uid", None)
        items.append(record)
    if problems:
        raise ImportRejected(problems)
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "items": items}


def _stamps(record: dict[str, Any], where: str, problems: list[Problem]) -> dict[str, Any]:
    stamps: dict[str, Any] = {}
    for field in ("created_at", "updated_at"):
        if field in record and record[field] is not None:
            check_text(problems, where, field, record[field], limit=40)
            stamps[field] = record[field]
    if "revision" in record and record["revision"] is not None:
        if not isinstance(record["revision"], int) or isinstance(record["revision"], bool) or record["revision"] < 1:
            problems.append(Problem(where, "revision", translate("Import", "must be a whole number of at least 1")))
        else:
            stamps["revision"] = record["revision"]
    return stamps


def _unknown_fields(record: dict[str, Any], allowed: tuple[str, ...], where: str, problems: list[Problem]) -> None:
    for key in record:
        if key not in allowed and not key.startswith("_"):
            problems.append(Problem(where, key, _UNKNOWN_FIELD))


class _Place(str):
    """A `where` while validating: its English text (cheap: one for every record) and what makes it a Message
    (`message()`, made only for the few places a problem names: see `_named`)."""

    __slots__ = ("template", "values")

    def __new__(cls, english: str, template: Message, **values: Any) -> _Place:
        self = super().__new__(cls, english)
        self.template, self.values = template, values
        return self

    def message(self) -> Message:
        return self.template.format(**{key: value.message() if isinstance(value, _Place) else value
                                       for key, value in self.values.items()})


def _named(problems: list[Problem]) -> list[Problem]:
    """`problems` with each validation place made a translatable Message (the same English)."""
    return [Problem(p.where.message(), p.field, p.message) if isinstance(p.where, _Place) else p for p in problems]


def _where(kind: str, index: int, record: Any) -> str:
    if isinstance(record, dict):
        if "_where" in record:
            where = record["_where"]
            if isinstance(where, tuple):  # (file name, line) of a CSV row
                return _Place(f"{where[0]} line {where[1]}", _LINE, file=where[0], line=where[1])
            return where if isinstance(where, str) else str(where)
        uid = record.get("uid") or record.get("code")
        if isinstance(uid, str):
            return _Place(f"{kind}[{index}] ({uid[:60]!r})", _RECORD_UID, list=kind, index=index, uid=repr(uid[:60]))
    return _Place(f"{kind}[{index}]", _RECORD, list=kind, index=index)


_RECORD = translate("Import", "{list}[{index}]")
_RECORD_UID = translate("Import", "{list}[{index}] ({uid})")
_IN_TRANSLATION = translate("Import", "{where} translations.{language}")
_IN_STATUS = translate("Import", "{where} statuses[{index}]")
_LINE = translate("Import", "{file} line {line}")


def _line(name: str, line: int) -> Message:
    """`name line 12`: where a problem is in a file."""
    return _LINE.format(file=name, line=line)


def _not_csv(exc: Exception) -> Message:
    return translate("Import", "is not valid CSV ({error})").format(error=str(exc))


def _twice(uid: str) -> Message:
    return translate("Import", "{uid} appears twice in the file").format(uid=repr(uid[:60]))


def _no_source(uid: str) -> Message:
    return translate("Import", "no source has the uid {uid}").format(uid=repr(uid[:60]))


_MUST_BE_OBJECT = translate("Import", "must be an object")
_MUST_BE_LIST = translate("Import", "must be a list")
_UNKNOWN_FIELD = translate("Import", "is not a known field")
_FILE = translate("Import", "file")


def import_document(library: Library, document: Any, *, progress: Progress | None = None) -> ImportReport:
    """Validate a whole exchange document, then apply it in one transaction (records matched by uid).

    Raises `ImportRejected` listing the records and fields at fault; in that case nothing was written.
    """
    problems: list[Problem] = []
    if not isinstance(document, dict):
        raise ImportRejected(Problem(_FILE, "", translate(
            "Import", "must hold a JSON object with 'sources', 'items' and 'countries'")))
    if document.get("format", FORMAT_NAME) != FORMAT_NAME:
        problems.append(Problem(_FILE, "format", translate("Import", "must be {name}").format(name=repr(FORMAT_NAME))))
    version = document.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        problems.append(Problem(_FILE, "format_version", translate(
            "Import", "{version} is newer than this version of Briefing Builder reads ({latest})").format(
                version=repr(version), latest=FORMAT_VERSION)))
    for key in ("sources", "items", "countries", "people"):
        if key in document and not isinstance(document[key], list):
            problems.append(Problem(_FILE, key, _MUST_BE_LIST))
    if problems:
        raise ImportRejected(problems)

    existing_sources = dict(library.conn.execute("SELECT uid, id FROM sources"))
    known_countries = {row[0] for row in library.conn.execute("SELECT code FROM countries")}

    # Versions in other languages, by record kind and uid (a country: its code); written after the records.
    versions: dict[str, dict[str, list[tuple[TranslationDraft, dict[str, Any]]]]] = {r: {} for r in TRANSLATABLE}

    # --- sources
    sources: list[tuple[str, SourceDraft, dict[str, Any]]] = []
    seen: set[str] = set()
    for index, record in enumerate(document.get("sources", [])):
        where = _where("sources", index, record)
        if not isinstance(record, dict):
            problems.append(Problem(where, "", _MUST_BE_OBJECT))
            continue
        _unknown_fields(record, ("uid", "translations") + SOURCE_FIELDS + STAMP_FIELDS, where, problems)
        uid = record.get("uid")
        check_text(problems, where, "uid", uid, limit=200, required=True)
        if isinstance(uid, str):
            if uid in seen:
                problems.append(Problem(where, "uid", _twice(uid)))
            seen.add(uid)
        values = {f: record[f] for f in SOURCE_FIELDS if f in record}
        values.setdefault("title", "")
        draft = SourceDraft(**values)
        problems += source_problems(draft, where)
        sources.append((str(uid), draft, _stamps(record, where, problems)))
        if "translations" in record:
            versions["source"][str(uid)] = _parse_versions("source", record["translations"], where, problems,
                                                           draft.language)
    source_uids = set(existing_sources) | seen

    # --- items
    items: list[tuple[str | None, ItemDraft, dict[str, Any]]] = []
    seen_items: set[str] = set()
    for index, record in enumerate(document.get("items", [])):
        if not isinstance(record, dict):
            problems.append(Problem(_where("items", index, record), "", _MUST_BE_OBJECT))
            continue
        uid = record.get("uid")
        raw_versions = record.get("translations")
        values = {f: record[f] for f in ITEM_FIELDS if f in record}
        for name in ("tags", "frameworks", "countries"):
            value = values.get(name)
            if type(value) is list:  # lists are sets, stored sorted
                values[name] = tuple(sorted(value)) if all(type(v) is str for v in value) else tuple(value)
        values["source_uid"] = values.pop("source", "")
        draft = ItemDraft(**values) if "kind" in values and "title" in values else \
            ItemDraft(**{"kind": "", "title": "", **values})
        stamps: dict[str, Any] = {}
        fine = (plainly_valid_item(draft) and record.keys() <= _ITEM_KEYS and draft.source_uid in source_uids
                and (uid is None or (type(uid) is str and 0 < len(uid) <= 200 and not uid.isspace()
                                     and uid not in seen_items))
                and all(code in known_countries for code in draft.countries))
        if fine and record.keys() & _STAMP_KEYS:
            stamps = _stamps(record, "", problems_found := [])
            fine = not problems_found
        if not fine:  # the slow path, only for records with something wrong: find and name every problem
            where = _where("items", index, record)
            _unknown_fields(record, ("uid", "translations") + ITEM_FIELDS + STAMP_FIELDS, where, problems)
            if uid is not None:
                check_text(problems, where, "uid", uid, limit=200, required=True)
                if isinstance(uid, str) and uid in seen_items:
                    problems.append(Problem(where, "uid", _twice(uid)))
            problems += item_problems(draft, where)
            if isinstance(draft.source_uid, str) and draft.source_uid and draft.source_uid not in source_uids:
                problems.append(Problem(where, "source", translate(
                    "Import", "no source has the uid {uid} (in the file or the library)").format(
                        uid=repr(draft.source_uid[:60]))))
            if isinstance(draft.countries, tuple):
                for code in draft.countries:
                    if isinstance(code, str) and is_country_code(code) and code not in known_countries:
                        problems.append(Problem(where, "countries", translate(
                            "Import", "{code} is not an ISO 3166-1 country").format(code=repr(code))))
            stamps = _stamps(record, where, problems)
        if raw_versions is not None:
            where = _where("items", index, record)
            if not isinstance(uid, str):
                problems.append(Problem(where, "uid", translate("Import", "is required for an item with translations")))
            else:
                versions["item"][uid] = _parse_versions("item", raw_versions, where, problems, draft.language)
        if isinstance(uid, str):
            seen_items.add(uid)
        items.append((uid if isinstance(uid, str) else None, draft, stamps))
        if len(problems) > MAX_REPORTED_PROBLEMS:
            break

    # --- countries and their statuses
    countries: list[dict[str, Any]] = []
    seen_status: set[str] = set()
    for index, record in enumerate(document.get("countries", [])):
        where = _where("countries", index, record)
        if not isinstance(record, dict):
            problems.append(Problem(where, "", _MUST_BE_OBJECT))
            continue
        _unknown_fields(record, ("code", "au_member", "au_region", "au_name", "au_source", "notes", "statuses",
                                 "translations"), where, problems)
        code = record.get("code")
        if not isinstance(code, str) or code not in known_countries:
            problems.append(Problem(where, "code", translate("Import", "{code} is not an ISO 3166-1 alpha-3 code").format(
                code=repr(str(code)[:20]))))
        if not isinstance(record.get("au_member", False), bool):
            problems.append(Problem(where, "au_member", translate("Import", "must be true or false")))
        region = record.get("au_region")
        if region is not None and region not in AU_REGIONS:
            problems.append(Problem(where, "au_region", translate("Import", "must be one of {regions} or null").format(
                regions=", ".join(AU_REGIONS))))
        check_text(problems, where, "au_name", record.get("au_name", ""), limit=MAX_SHORT)
        check_text(problems, where, "notes", record.get("notes", ""), limit=MAX_NOTES)
        au_source = record.get("au_source")
        if record.get("au_member") and not au_source:
            problems.append(Problem(where, "au_source", translate("Import", "is required when au_member is true")))
        if au_source is not None and au_source not in source_uids:
            problems.append(Problem(where, "au_source", _no_source(str(au_source))))
        if "translations" in record and isinstance(code, str):
            versions["country"][code] = _parse_versions("country", record["translations"], where, problems)
        statuses = []
        raw_statuses = record.get("statuses", [])
        if not isinstance(raw_statuses, list):
            problems.append(Problem(where, "statuses", _MUST_BE_LIST))
            raw_statuses = []
        for s_index, status in enumerate(raw_statuses):
            s_where = _Place(f"{where} statuses[{s_index}]", _IN_STATUS, where=where, index=s_index)
            if not isinstance(status, dict):
                problems.append(Problem(s_where, "", _MUST_BE_OBJECT))
                continue
            _unknown_fields(status, ("uid", "translations") + STATUS_FIELDS + STAMP_FIELDS, s_where, problems)
            uid = status.get("uid")
            check_text(problems, s_where, "uid", uid, limit=200, required=True)
            if isinstance(uid, str):
                if uid in seen_status:
                    problems.append(Problem(s_where, "uid", _twice(uid)))
                seen_status.add(uid)
            draft = StatusDraft(topic=status.get("topic", ""), status=status.get("status", ""),
                                source_uid=status.get("source", ""), as_of=status.get("as_of"),
                                note=status.get("note", ""), confidence=status.get("confidence", ""))
            problems += status_problems(draft, s_where)
            if isinstance(draft.source_uid, str) and draft.source_uid and draft.source_uid not in source_uids:
                problems.append(Problem(s_where, "source", _no_source(draft.source_uid)))
            statuses.append((uid, draft, _stamps(status, s_where, problems)))
            if "translations" in status and isinstance(uid, str):
                versions["status"][uid] = _parse_versions("status", status["translations"], s_where, problems)
        countries.append({"record": record, "statuses": statuses})

    people = _parse_people(document.get("people", []), source_uids, known_countries, problems)

    if problems:
        raise ImportRejected(_named(problems[:MAX_REPORTED_PROBLEMS]))
    return _apply(library, sources, items, countries, progress, versions, people)


_NO_PHOTO_CHANGE = object()  # a record without a "photo" key leaves the stored photo alone


def _parse_people(records: list[Any], source_uids: set[str], known_countries: set[str],
                  problems: list[Problem]) -> list[tuple[str | None, PersonDraft, Any, str, dict[str, Any]]]:
    """The file's people, validated: (uid, draft, prepared photo / None / _NO_PHOTO_CHANGE, alt, stamps).

    Problems name the record (`people[3] ('uid')`) and the field (`bio[0].source`, `photo.data`, ...).
    """
    out = []
    seen: set[str] = set()
    for index, record in enumerate(records):
        where = _where("people", index, record)
        if not isinstance(record, dict):
            problems.append(Problem(where, "", _MUST_BE_OBJECT))
            continue
        _unknown_fields(record, ("uid", "photo") + PERSON_FIELDS + STAMP_FIELDS, where, problems)
        uid = record.get("uid")
        if uid is not None:
            check_text(problems, where, "uid", uid, limit=200, required=True)
            if isinstance(uid, str):
                if uid in seen:
                    problems.append(Problem(where, "uid", _twice(uid)))
                seen.add(uid)
        values: dict[str, Any] = {f: record[f] for f in PERSON_FIELDS if f in record}
        values.setdefault("name", "")
        if values.get("country") is None:
            values["country"] = ""
        names = values.get("names", {})
        if isinstance(names, dict):
            values["names"] = tuple(names.items())
        else:
            problems.append(Problem(where, "names", translate("Import", "must be an object keyed by language code")))
            values["names"] = ()
        bio = values.get("bio", [])
        lines = []
        if isinstance(bio, list):
            for b_index, line in enumerate(bio):
                if not isinstance(line, dict):
                    problems.append(Problem(where, f"bio[{b_index}]", _MUST_BE_OBJECT))
                    continue
                _unknown_fields(line, BIO_FIELDS, where, problems)
                lines.append(BioLine(text=line.get("text", ""), source_uid=line.get("source", ""),
                                     as_of=line.get("as_of"), locator=line.get("locator", "")))
        else:
            problems.append(Problem(where, "bio", translate("Import", "must be a list of biography lines")))
        values["bio"] = tuple(lines)
        if isinstance(values.get("languages"), list):
            values["languages"] = tuple(values["languages"])
        draft = PersonDraft(**values)
        found = person_problems(draft, where)
        if not found:
            found = _people.reference_problems(draft, where, source_uids, known_countries)
        problems += found
        photo, alt = _parse_photo(record, where, problems)
        out.append((uid if isinstance(uid, str) else None, draft, photo, alt, _stamps(record, where, problems)))
        if len(problems) > MAX_REPORTED_PROBLEMS:
            break
    return out


def _parse_photo(record: dict[str, Any], where: str, problems: list[Problem]) -> tuple[Any, str]:
    if "photo" not in record:
        return _NO_PHOTO_CHANGE, ""
    photo = record["photo"]
    if photo is None:
        return None, ""
    if not isinstance(photo, dict):
        problems.append(Problem(where, "photo", translate(
            "Import", "must be an object with the image as base64 'data', or null")))
        return _NO_PHOTO_CHANGE, ""
    for key in photo:
        if key not in PHOTO_FIELDS:
            problems.append(Problem(where, f"photo.{str(key)[:40]}", _UNKNOWN_FIELD))
    alt = photo.get("alt", "")
    problems += _people.check_alt(alt, where)
    data = photo.get("data")
    if not isinstance(data, str) or not data:
        problems.append(Problem(where, "photo.data", translate("Import", "must be the image file as base64 text")))
        return _NO_PHOTO_CHANGE, ""
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        problems.append(Problem(where, "photo.data", translate("Import", "is not valid base64")))
        return _NO_PHOTO_CHANGE, ""
    try:
        prepared = prepare_photo(raw, where)
    except ValidationError as exc:
        problems += exc.problems
        return _NO_PHOTO_CHANGE, ""
    sha = photo.get("sha256")
    if sha is not None and prepared.data == raw and sha != prepared.sha256:
        problems.append(Problem(where, "photo.sha256", translate(
            "Import", "does not match the image data (the file was damaged or edited by hand)")))
    return prepared, alt if isinstance(alt, str) else ""


def _apply(library: Library, sources: list, items: list, countries: list, progress: Progress | None,
           versions: dict[str, dict[str, list[tuple[TranslationDraft, dict[str, Any]]]]] | None = None,
           people: list | None = None) -> ImportReport:
    conn = library.conn
    counts = dict.fromkeys(("added", "updated", "unchanged", "sources_added", "sources_updated",
                            "countries_updated", "statuses_added", "statuses_updated", "translations_added",
                            "translations_updated", "people_added", "people_updated"), 0)
    changed_people: set[int] = set()
    versions = versions or {r: {} for r in TRANSLATABLE}
    changed_versions: set[tuple[str, str, str]] = set()

    def write_versions(record: str, key: str, owner: Any) -> bool:
        """Write the file's versions of one record; True if any row changed."""
        wrote = False
        for draft, stamps in versions[record].get(key, ()):
            existed = conn.execute(f"SELECT 1 FROM {_translations.KINDS[record].table}"
                                   f" WHERE {_translations.KINDS[record].owner_column} = ? AND language = ?",
                                   (owner, draft.language)).fetchone() is not None
            if _translations.write_row(conn, record, owner, draft, now, stamps):
                counts["translations_updated" if existed else "translations_added"] += 1
                changed_versions.add((record, key, draft.language))
                wrote = True
        return wrote

    changed_items: set[int] = set()
    changed_sources: set[int] = set()
    changed_countries: set[str] = set()
    now = utc_now()
    total = len(items)
    if progress:
        progress(0, total, "items validated")
    with library.write():
        # Sources first: items and statuses refer to them.
        current_sources = {s.uid: s for s in library.sources()}
        for uid, draft, stamps in sources:
            existing = current_sources.get(uid)
            if existing is None:
                cursor = conn.execute(
                    "INSERT INTO sources (uid, title, publisher, date, url, reference, language, notes, read_at,"
                    " confidence, created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (uid, draft.title, draft.publisher, draft.date, draft.url, draft.reference, draft.language,
                     draft.notes, draft.read_at, draft.confidence, stamps.get("created_at", now), stamps.get("updated_at", now),
                     stamps.get("revision", 1)))
                changed_sources.add(int(cursor.lastrowid or 0))
                counts["sources_added"] += 1
            elif existing.draft() != draft:
                conn.execute(
                    "UPDATE sources SET title=?, publisher=?, date=?, url=?, reference=?, language=?, notes=?,"
                    " read_at=?, confidence=?, updated_at=?, revision=? WHERE id=?",
                    (draft.title, draft.publisher, draft.date, draft.url, draft.reference, draft.language,
                     draft.notes, draft.read_at, draft.confidence, stamps.get("updated_at", now),
                     max(existing.revision + 1, stamps.get("revision", 0)), existing.id))
                changed_sources.add(existing.id)
                counts["sources_updated"] += 1
        source_ids = dict(conn.execute("SELECT uid, id FROM sources"))
        for uid in versions["source"]:
            if write_versions("source", uid, source_ids[uid]):
                changed_sources.add(source_ids[uid])

        # Items: compare with what is stored; new ones are inserted in bulk, changed ones updated one by one.
        uids = [uid for uid, *_ in items if uid]
        existing_ids: dict[str, int] = {}
        for start in range(0, len(uids), 5_000):
            existing_ids.update(conn.execute(
                "SELECT uid, id FROM items WHERE uid IN (SELECT value FROM json_each(?))",
                (json.dumps(uids[start:start + 5_000]),)))
        existing_items = {}
        id_list = list(existing_ids.values())
        for start in range(0, len(id_list), 2_000):
            for item in library.items(id_list[start:start + 2_000]):
                existing_items[item.uid] = item
        new: list[tuple[str, ItemDraft, dict[str, Any]]] = []
        changed: list[tuple[Any, ItemDraft, dict[str, Any]]] = []
        for uid, draft, stamps in items:
            current = existing_items.get(uid) if uid else None
            if current is None:
                new.append((uid or new_uid("item"), draft, stamps))
            elif current.draft() != draft:
                changed.append((current, draft, stamps))
            else:
                counts["unchanged"] += 1
        first_id = int(library._scalar("SELECT coalesce(max(id), 0) + 1 FROM items"))
        bulk = first_id == 1 and len(new) >= BULK_IMPORT_ITEMS
        with _secondary_indexes_deferred(conn, ITEM_TABLES) if bulk else nullcontext():
            _insert_items(conn, new, first_id, source_ids, now, total, progress)
        counts["added"] = len(new)
        changed_items.update(range(first_id, first_id + len(new)))
        if versions["item"]:  # before the new items are indexed: the search view includes their versions
            for n, (uid, _draft, _stamps_) in enumerate(new):
                if uid in versions["item"]:
                    write_versions("item", uid, first_id + n)
        if new and first_id == 1:  # the library had no items: one rebuild is the fastest way to index them all
            library._fts_rebuild()
        elif new:  # index only the new rows: the rest of the library is already indexed
            library._fts_add(from_id=first_id)
        for current, draft, stamps in changed:
            library._fts_remove([current.id])
            conn.execute(
                "UPDATE items SET kind=?, title=?, body=?, source_id=?, locator=?, as_of=?, review_by=?,"
                " language=?, classification=?, confidence=?, notes=?, updated_at=?, revision=? WHERE id=?",
                (draft.kind, draft.title, draft.body, source_ids[draft.source_uid], draft.locator, draft.as_of,
                 draft.review_by, draft.language, draft.classification, draft.confidence, draft.notes,
                 stamps.get("updated_at", now), max(current.revision + 1, stamps.get("revision", 0)),
                 current.id))
            library._write_item_links(current.id, draft)
            write_versions("item", current.uid, current.id)
            library._fts_add([current.id])
            changed_items.add(current.id)
            counts["updated"] += 1
        changed_uids = {current.uid for current, _d, _s in changed}
        for uid in versions["item"]:  # items unchanged themselves whose versions may have changed
            if uid in existing_items and uid not in changed_uids:
                item_id = existing_items[uid].id
                if not any(_translations.differs(conn, "item", item_id, d) for d, _s in versions["item"][uid]):
                    continue  # nothing to write: leave the search index alone
                library._fts_remove([item_id])
                if write_versions("item", uid, item_id):
                    changed_items.add(item_id)
                library._fts_add([item_id])

        # Countries: AU membership, notes and statuses.
        for entry in countries:
            record = entry["record"]
            code = record["code"]
            row = conn.execute("SELECT au_member, au_region, au_name, notes,"
                               " (SELECT uid FROM sources WHERE id = au_source_id) FROM countries WHERE code = ?",
                               (code,)).fetchone()
            wanted = (int(record.get("au_member", False)), record.get("au_region"), record.get("au_name", ""),
                      record.get("notes", ""), record.get("au_source"))
            if tuple(row) != wanted:
                conn.execute(
                    "UPDATE countries SET au_member=?, au_region=?, au_name=?, notes=?, au_source_id=?, updated_at=?"
                    " WHERE code=?", wanted[:4] + (source_ids.get(wanted[4]) if wanted[4] else None, now, code))
                changed_countries.add(code)
                counts["countries_updated"] += 1
            if write_versions("country", code, code):
                changed_countries.add(code)
            for uid, draft, stamps in entry["statuses"]:
                existing = conn.execute(
                    "SELECT s.id, s.topic, s.status, s.as_of, src.uid, s.note, s.confidence, s.revision, s.country_code"
                    " FROM country_statuses s JOIN sources src ON src.id = s.source_id WHERE s.uid = ?",
                    (uid,)).fetchone()
                values = (draft.topic, draft.status, draft.as_of, draft.source_uid, draft.note, draft.confidence)
                if existing is None:
                    conn.execute(
                        "INSERT INTO country_statuses (uid, country_code, topic, status, as_of, source_id, note,"
                        " confidence, created_at, updated_at, revision) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (uid, code, draft.topic, draft.status, draft.as_of, source_ids[draft.source_uid], draft.note,
                         draft.confidence, stamps.get("created_at", now), stamps.get("updated_at", now),
                         stamps.get("revision", 1)))
                    counts["statuses_added"] += 1
                    changed_countries.add(code)
                elif tuple(existing[1:7]) != values or existing[8] != code:
                    conn.execute(
                        "UPDATE country_statuses SET country_code=?, topic=?, status=?, as_of=?, source_id=?, note=?,"
                        " confidence=?, updated_at=?, revision=? WHERE id=?",
                        (code, draft.topic, draft.status, draft.as_of, source_ids[draft.source_uid], draft.note,
                         draft.confidence, stamps.get("updated_at", now),
                         max(existing[7] + 1, stamps.get("revision", 0)), existing[0]))
                    counts["statuses_updated"] += 1
                    changed_countries.update({code, existing[8]})
                if uid in versions["status"]:
                    status_id = conn.execute("SELECT id FROM country_statuses WHERE uid = ?", (uid,)).fetchone()[0]
                    if write_versions("status", uid, status_id):
                        changed_countries.add(code)
        # People last: their biography lines cite sources, which are all in place now.
        for uid, draft, photo, alt, stamps in people or ():
            _apply_person(library, uid, draft, photo, alt, stamps, now, counts, changed_people)
    changes = Changes(items=frozenset(changed_items), sources=frozenset(changed_sources),
                      countries=frozenset(changed_countries), translations=frozenset(changed_versions),
                      people=frozenset(changed_people))
    return ImportReport(**counts, changes=changes)


def _apply_person(library: Library, uid: str | None, draft: PersonDraft, photo: Any, alt: str,
                  stamps: dict[str, Any], now: str, counts: dict[str, int], changed: set[int]) -> bool:
    """Add or update one validated person inside the import's transaction; True if anything was written."""
    conn = library.conn
    row = conn.execute("SELECT id FROM people WHERE uid = ?", (uid,)).fetchone() if uid else None
    if row is None:
        person_id = _people.insert_person(conn, uid or new_uid("person"), draft, now, stamps)
        if isinstance(photo, PreparedPhoto):
            _people.write_photo(conn, person_id, photo, alt, now)
        counts["people_added"] += 1
        changed.add(person_id)
        return True
    current = library.person(row[0])
    old_photo = conn.execute("SELECT sha256, alt FROM person_photos WHERE person_id = ?", (current.id,)).fetchone()
    photo_differs = photo is not _NO_PHOTO_CHANGE and (
        (photo is None and old_photo is not None)
        or (isinstance(photo, PreparedPhoto) and (old_photo is None or tuple(old_photo) != (photo.sha256, alt))))
    if current.draft() == draft and not photo_differs:
        return False
    _people.replace_person(conn, current.id, draft, stamps.get("updated_at", now),
                           max(current.revision + 1, stamps.get("revision", 0)))
    if photo_differs:
        _people.write_photo(conn, current.id, photo, alt, now)
    counts["people_updated"] += 1
    changed.add(current.id)
    return True


def _insert_items(conn: Any, new: list[tuple[str, ItemDraft, dict[str, Any]]], first_id: int,
                  source_ids: dict[str, int], now: str, total: int, progress: Progress | None) -> None:
    """Insert new items, numbered from `first_id`, with their tags, frameworks and countries, in chunks."""
    for start in range(0, len(new), 10_000):
        chunk = new[start:start + 10_000]
        conn.executemany(
            "INSERT INTO items (id, uid, kind, title, body, source_id, locator, as_of, review_by, language,"
            " classification, confidence, notes, created_at, updated_at, revision)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(first_id + start + n, uid, d.kind, d.title, d.body, source_ids[d.source_uid], d.locator, d.as_of,
              d.review_by, d.language, d.classification, d.confidence, d.notes, st.get("created_at", now),
              st.get("updated_at", now), st.get("revision", 1)) for n, (uid, d, st) in enumerate(chunk)])
        for table, column, attribute in (("item_tags", "tag", "tags"), ("item_frameworks", "framework", "frameworks"),
                                         ("item_countries", "country_code", "countries")):
            conn.executemany(f"INSERT INTO {table} (item_id, {column}) VALUES (?, ?)",
                             [(first_id + start + n, value) for n, (_, d, _) in enumerate(chunk)
                              for value in getattr(d, attribute)])
        if progress:
            progress(start + len(chunk), total, "items written")


@contextmanager
def _secondary_indexes_deferred(conn: Any, tables: tuple[str, ...]) -> Iterator[None]:
    """Drop the tables' own indexes (not their keys) for a bulk insert into empty tables, then build them again:
    one build over sorted keys beats 100,000 inserts into each (bench/: ~1.2 s of ~11 s at 100,000 items).
    Runs inside the import's transaction, so a failure puts them back with everything else."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN (SELECT value FROM json_each(?))", (json.dumps(list(tables)),)).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


def import_file(library: Library, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import a .json exchange file or a .csv of items. A problem with the file as a whole names the file."""
    with collector_paused():
        try:
            return import_document(library, read_import_file(path), progress=progress)
        except ImportRejected as rejected:
            if not any(problem.where is _FILE for problem in rejected.problems):
                raise
            raise ImportRejected([dataclasses.replace(problem, where=Path(path).name) if problem.where is _FILE
                                  else problem for problem in rejected.problems]) from None
