"""The bundled seed library: readable TOML files in `resources/seed/`, loaded on first run.

The files are turned into one exchange document and imported through `io.import_document`, so the seed obeys
exactly the rules that any user import does (every item has a source, dates are ISO, and so on).

Versions in other languages live apart, in `resources/seed/translations/<language>.toml`, keyed by uid
(`[item.<uid>]`, `[source.<uid>]`, `[country.<code>]`); a status note is matched by its English text
(`[[status_note]] en = ...`), so a note whose English changes loses its stale translations and the seed test
says so. Each file names its language and the provenance of its entries (an entry may override it).
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from collections.abc import Callable
from typing import Any

from ..errors import ImportRejected, Problem
from ..messages import translate
from ..paths import resource_path
from .io import FORMAT_NAME, FORMAT_VERSION, Progress, import_document
from .library import Library
from .records import ImportReport


def seed_dir() -> Path:
    return resource_path("seed")


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ImportRejected(Problem(translate("Import", "seed file {file}").format(file=path.name), "", translate(
            "Import", "is not valid TOML ({error})").format(error=str(exc)))) from exc


TRANSLATION_ENTRY_META = ("provenance", "translator", "translated_on")


def _versions(folder: Path) -> dict[str, Any]:
    """Every translations file, as {"item"/"source"/"country": {key: {lang: entry}}, "status_note": {en: {lang:
    entry}}}, each entry in the exchange format's shape (texts plus provenance, translator, date)."""
    out: dict[str, Any] = {"item": {}, "source": {}, "country": {}, "status_note": {}}
    for path in sorted((folder / "translations").glob("*.toml")):
        data = _load(path)
        language = data.get("language")
        if not isinstance(language, str):
            raise ImportRejected(Problem(translate("Import", "seed file translations/{file}").format(file=path.name),
                                         "language", translate("Import", "is required")))
        defaults = {k: data[k] for k in TRANSLATION_ENTRY_META if k in data}

        def entry(values: Any, where: Callable[[], str]) -> dict[str, Any]:
            if not isinstance(values, dict):
                raise ImportRejected(Problem(where(), "", translate("Import", "must be a table")))
            return {**defaults, **values}

        for record in ("item", "source", "country"):
            for key, values in data.get(record, {}).items():
                out[record].setdefault(key, {})[language] = entry(values, lambda name=path.name, record=record,
                                                                  key=key: translate(
                    "Import", "seed file translations/{file}, {record} {key}").format(
                    file=name, record=record, key=repr(key)))
        for index, note in enumerate(data.get("status_note", [])):
            def where(name: str = path.name, index: int = index) -> str:  # made only when there is a problem
                return translate("Import", "seed file translations/{file}, status_note {index}").format(
                    file=name, index=index + 1)

            values = entry(note, where)
            english = values.pop("en", None)
            text = values.pop("text", None)
            if not isinstance(english, str) or not isinstance(text, str):
                raise ImportRejected(Problem(where(), "en" if not isinstance(english, str) else "text",
                                             translate("Import", "is required")))
            out["status_note"].setdefault(english, {})[language] = {**values, "note": text}
    return out


def seed_document(folder: Path | None = None) -> dict[str, Any]:
    """Read every seed file, and the versions in other languages, into one exchange document."""
    folder = folder or seed_dir()
    versions = _versions(folder)
    sources: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    countries: dict[str, dict[str, Any]] = {}
    people: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.toml")):
        data = _load(path)
        for person in data.get("person", []):
            people.append(_person(person))
        for source in data.get("source", []):
            found = versions["source"].get(source.get("uid"))
            sources.append(dict(source, translations=found) if found else source)
        for index, item in enumerate(data.get("item", [])):
            record = dict(item, _where=translate("Import", "seed file {file}, item {index} ({uid})").format(
                file=path.name, index=index + 1, uid=repr(item.get("uid", "?"))))
            if item.get("uid") in versions["item"]:
                record["translations"] = versions["item"][item["uid"]]
            items.append(record)
        au_names = data.get("au_names", {})
        for region in data.get("au_region", []):
            for code in region["members"]:
                countries[code] = {"code": code, "au_member": True, "au_region": region["region"],
                                   "au_name": au_names.get(code, ""), "au_source": region["source"],
                                   "notes": "", "statuses": []}
        for group in data.get("status_group", []):
            for code in group["countries"]:
                entry = countries.setdefault(code, {"code": code, "statuses": []})
                as_of = group.get("as_of")
                status = {
                    "uid": f"seed-{group['topic']}-{code}-{as_of or 'undated'}",
                    "topic": group["topic"], "status": group["status"], "as_of": as_of,
                    "source": group["source"], "note": group.get("note", ""),
                    "confidence": group.get("confidence", ""),
                }
                if status["note"] in versions["status_note"]:
                    status["translations"] = versions["status_note"][status["note"]]
                entry["statuses"].append(status)
    for code, by_language in versions["country"].items():
        countries.setdefault(code, {"code": code, "statuses": []})["translations"] = by_language
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "sources": sources, "items": items,
            "countries": [countries[c] for c in sorted(countries)], "people": people}


def _person(entry: dict[str, Any]) -> dict[str, Any]:
    """A `[[person]]` table in the exchange format's shape (`[person.names]`, `[[person.bio]]`)."""
    return dict(entry, names=dict(entry.get("names", {})), bio=list(entry.get("bio", [])))


def seed_fingerprint(folder: Path | None = None) -> str:
    """A hash of the seed files, recorded in the library so one can tell which seed it started from."""
    digest = hashlib.sha256()
    root = folder or seed_dir()
    for path in sorted(root.glob("*.toml")) + sorted(root.glob("translations/*.toml")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_seed(library: Library, *, progress: Progress | None = None) -> ImportReport:
    report = import_document(library, seed_document(), progress=progress)
    library.set_meta("seed_fingerprint", seed_fingerprint())
    return report
