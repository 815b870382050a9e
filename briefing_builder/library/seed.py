"""The bundled seed library: readable TOML files in `resources/seed/`, loaded on first run.

The files are turned into one exchange document and imported through `io.import_document`, so the seed obeys
exactly the rules that any user import does (every item has a source, dates are ISO, and so on).
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any

from ..errors import ImportRejected, Problem
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
        raise ImportRejected(Problem(f"seed file {path.name}", "", f"is not valid TOML ({exc})")) from exc


def seed_document(folder: Path | None = None) -> dict[str, Any]:
    """Read every seed file into one exchange document."""
    folder = folder or seed_dir()
    sources: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    countries: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.toml")):
        data = _load(path)
        sources += data.get("source", [])
        for index, item in enumerate(data.get("item", [])):
            items.append(dict(item, _where=f"seed file {path.name}, item {index + 1} ({item.get('uid', '?')!r})"))
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
                entry["statuses"].append({
                    "uid": f"seed-{group['topic']}-{code}-{as_of or 'undated'}",
                    "topic": group["topic"], "status": group["status"], "as_of": as_of,
                    "source": group["source"], "note": group.get("note", ""),
                    "confidence": group.get("confidence", ""),
                })
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "sources": sources, "items": items,
            "countries": [countries[c] for c in sorted(countries)]}


def seed_fingerprint(folder: Path | None = None) -> str:
    """A hash of the seed files, recorded in the library so one can tell which seed it started from."""
    digest = hashlib.sha256()
    for path in sorted((folder or seed_dir()).glob("*.toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_seed(library: Library, *, progress: Progress | None = None) -> ImportReport:
    report = import_document(library, seed_document(), progress=progress)
    library.set_meta("seed_fingerprint", seed_fingerprint())
    return report
