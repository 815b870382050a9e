"""Pack templates: readable TOML files naming the sections of a pack and how each selects from the library.

Bundled templates live in `resources/templates/`; users and IT add their own in the data folder's `templates/`
and the configured extra folder (a later folder's template replaces a bundled one of the same name).
See `docs/templates.md` for the format.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BriefingBuilderError
from ..messages import Message, translate
from ..library.vocabulary import KINDS
from ..paths import resource_path

SECTION_KINDS = ("summary", "items", "key_figures", "country_profile", "country_comparison", "sources", "text",
                 # the sections of a real brief (issue 12; `brief_sections`)
                 "meeting", "purpose", "interlocutors", "attendees", "questions", "sensitivities", "press_lines",
                 "annexes", "contact")
# Brief sections that list library items, and the kinds they take when `select` names none.
DEFAULT_ITEM_KINDS = {"questions": ("question",), "sensitivities": ("sensitivity",), "press_lines": ("press_line",)}
DISPLAYS = ("bullets", "numbered", "paragraphs", "quotes", "titles")
SCOPES = ("all", "country", "region", "general")
ORDERS = ("library", "as_of", "as_of_desc", "title")


class TemplateError(BriefingBuilderError):
    """A template file is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Selection:
    """Which library items a section takes (every condition must hold; lists match any of their values)."""

    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # any of these
    with_tags: tuple[str, ...] = ()  # all of these
    frameworks: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    scope: tuple[str, ...] = ("all",)  # all, country (linked to the focus country), region, general (no country)
    limit: int = 50
    order: str = "library"  # library order (as written in the seed), as_of, as_of_desc or title


@dataclass(frozen=True)
class SectionTemplate:
    id: str
    kind: str
    heading: dict[str, str]  # language -> heading
    text: dict[str, str] = field(default_factory=dict)  # fixed text, with {country}, {event}, {date}, ...
    bullets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # fixed bullet points, per language
    select: Selection | None = None
    display: str = "paragraphs"
    page_break_before: bool = False
    compact: bool = False  # meeting and contact sections: the essentials on one line instead of a table

    def heading_in(self, language: str) -> str:
        return self.heading.get(language) or self.heading.get("en") or self.id


@dataclass(frozen=True)
class StatusNote:
    """Items linked to `framework` get the focus country's latest status on `topic` appended."""

    framework: str
    topic: str


@dataclass(frozen=True)
class Template:
    name: str
    version: int
    title: dict[str, str]
    description: dict[str, str]
    sections: tuple[SectionTemplate, ...]
    au_only_tags: tuple[str, ...] = ()  # items with these tags only appear for African Union members
    status_notes: tuple[StatusNote, ...] = ()
    status_topics: tuple[str, ...] = ("malabo-convention", "acrwc", "au-participation")
    multi_country: bool = False
    front_matter: bool = True  # a cover and contents page; false for a one-page note
    page_limit: int = 0  # pages the PDF should fit on (0: no limit); past it, the build warns
    path: str = ""
    digest: str = ""  # sha256 of the file, recorded in manifests

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get("en") or self.name

    def description_in(self, language: str) -> str:
        return self.description.get(language) or self.description.get("en") or ""

    def section(self, section_id: str) -> SectionTemplate:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise TemplateError(translate("Spec", "The template {name} has no section {section}.").format(
            name=repr(self.name), section=repr(section_id)))


def _fail(path: Path, where: str, message: Message) -> TemplateError:
    return TemplateError(translate("Spec", "In the template {path}: {where} {message}.").format(
        path=str(path), where=where, message=message))


def _strings(path: Path, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, where, translate("Spec", "must be a list of text"))
    return tuple(value)


def _localised(path: Path, where: str, value: Any, required: bool = False) -> dict[str, str]:
    if value is None and not required:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise _fail(path, where, translate("Spec", "must be text, or a table of texts by language (en = \"...\", fr = \"...\")"))
    if required and "en" not in value:
        raise _fail(path, where, translate("Spec", "needs at least an English (en) text"))
    return dict(value)


def _selection(path: Path, where: str, raw: Any) -> Selection:
    if not isinstance(raw, dict):
        raise _fail(path, where, translate("Spec", "must be a table, e.g. select = {{ kinds = [\"fact\"] }}"))
    allowed = {"kinds", "tags", "with_tags", "frameworks", "exclude_tags", "scope", "limit", "order"}
    unknown = set(raw) - allowed
    if unknown:
        raise _fail(path, f"{where}.{sorted(unknown)[0]}", translate("Spec", "is not a known setting ({known})").format(
            known=", ".join(sorted(allowed))))
    kinds = _strings(path, f"{where}.kinds", raw.get("kinds", []))
    for kind in kinds:
        if kind not in KINDS:
            raise _fail(path, f"{where}.kinds", translate("Spec", "names an unknown kind {kind} (known: {known})").format(
                kind=repr(kind), known=", ".join(KINDS)))
    scope = _strings(path, f"{where}.scope", raw.get("scope", ["all"]))
    for value in scope:
        if value not in SCOPES:
            raise _fail(path, f"{where}.scope", translate("Spec", "must list values from {options}").format(
                options=", ".join(SCOPES)))
    limit = raw.get("limit", 50)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 5_000:
        raise _fail(path, f"{where}.limit", translate("Spec", "must be a whole number from 1 to 5000"))
    order = raw.get("order", "library")
    if order not in ORDERS:
        raise _fail(path, f"{where}.order", translate("Spec", "must be one of {options}").format(options=", ".join(ORDERS)))
    return Selection(kinds=kinds, tags=_strings(path, f"{where}.tags", raw.get("tags", [])),
                     with_tags=_strings(path, f"{where}.with_tags", raw.get("with_tags", [])),
                     frameworks=_strings(path, f"{where}.frameworks", raw.get("frameworks", [])),
                     exclude_tags=_strings(path, f"{where}.exclude_tags", raw.get("exclude_tags", [])),
                     scope=scope or ("all",), limit=limit, order=order)


def _flag(path: Path, where: str, raw: dict[str, Any]) -> bool:
    value = raw.get(where.rsplit(".", 1)[-1], False)
    if not isinstance(value, bool):
        raise _fail(path, where, translate("Spec", "must be true or false"))
    return value


def parse_template(path: Path) -> Template:
    """Read and check one template file; raises `TemplateError` naming the file and the field at fault."""
    try:
        raw_bytes = path.read_bytes()
        data = tomllib.loads(raw_bytes.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(translate("Spec", "Cannot read the template {path}: {error}.").format(
            path=str(path), error=str(exc))) from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(translate("Spec", "The template {path} is not valid TOML: {error}.").format(
            path=str(path), error=str(exc))) from exc
    name = data.get("name", path.stem)
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, "name", translate("Spec", "must be a non-empty text"))
    version = data.get("version", 1)
    if not isinstance(version, int):
        raise _fail(path, "version", translate("Spec", "must be a whole number"))
    raw_sections = data.get("section")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _fail(path, "[[section]]", translate("Spec", "is missing: a template needs at least one section"))
    sections = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_sections):
        where = f"section {index + 1}"
        if not isinstance(raw, dict):
            raise _fail(path, where, translate("Spec", "must be a table"))
        section_id = raw.get("id")
        if not isinstance(section_id, str) or not section_id.strip():
            raise _fail(path, f"{where}.id", translate("Spec", "must be a non-empty text"))
        if section_id in seen:
            raise _fail(path, f"{where}.id", translate("Spec", "{id} is used twice").format(id=repr(section_id)))
        seen.add(section_id)
        where = f"section '{section_id}'"
        kind = raw.get("kind", "items")
        if kind not in SECTION_KINDS:
            raise _fail(path, f"{where}.kind", translate("Spec", "must be one of {options}").format(
                options=", ".join(SECTION_KINDS)))
        display = raw.get("display", "paragraphs")
        if display not in DISPLAYS:
            raise _fail(path, f"{where}.display", translate("Spec", "must be one of {options}").format(
                options=", ".join(DISPLAYS)))
        select = None
        if kind in ("items", "key_figures"):
            select = _selection(path, f"{where}.select", raw.get("select", {}))
        elif kind in DEFAULT_ITEM_KINDS:
            raw_select = raw.get("select", {})
            if isinstance(raw_select, dict) and not raw_select.get("kinds"):
                raw_select = {**raw_select, "kinds": list(DEFAULT_ITEM_KINDS[kind])}
            select = _selection(path, f"{where}.select", raw_select)
            if kind == "press_lines" and "display" not in raw:
                display = "bullets"
        bullets_raw = raw.get("bullets", {})
        if not isinstance(bullets_raw, dict):
            raise _fail(path, f"{where}.bullets", translate("Spec", "must be a table of lists by language"))
        bullets = {lang: _strings(path, f"{where}.bullets.{lang}", value) for lang, value in bullets_raw.items()}
        sections.append(SectionTemplate(
            id=section_id, kind=kind, heading=_localised(path, f"{where}.heading", raw.get("heading"), True),
            text=_localised(path, f"{where}.text", raw.get("text")), bullets=bullets, select=select,
            display=display, page_break_before=_flag(path, f"{where}.page_break_before", raw),
            compact=_flag(path, f"{where}.compact", raw)))
    tailoring = data.get("tailoring", {})
    if not isinstance(tailoring, dict):
        raise _fail(path, "[tailoring]", translate("Spec", "must be a table"))
    raw_notes = tailoring.get("status_notes", [])
    if not isinstance(raw_notes, list):
        raise _fail(path, "tailoring.status_notes", translate("Spec", "must be a list"))
    notes = []
    for number, note in enumerate(raw_notes, 1):
        if (not isinstance(note, dict) or set(note) != {"framework", "topic"}
                or not all(isinstance(v, str) and v for v in note.values())):
            raise _fail(path, f"tailoring.status_notes {number}",
                        translate("Spec", 'must be {{ framework = "...", topic = "..." }}'))
        notes.append(StatusNote(framework=note["framework"], topic=note["topic"]))
    return Template(
        name=name, version=version, title=_localised(path, "title", data.get("title"), True),
        description=_localised(path, "description", data.get("description")), sections=tuple(sections),
        au_only_tags=_strings(path, "tailoring.au_only_tags", tailoring.get("au_only_tags", [])),
        status_notes=tuple(notes),
        status_topics=_strings(path, "tailoring.status_topics",
                               tailoring.get("status_topics", ["malabo-convention", "acrwc", "au-participation"])),
        multi_country=_flag(path, "multi_country", data),
        front_matter=data.get("front_matter", True) if isinstance(data.get("front_matter", True), bool) else
        _raise(_fail(path, "front_matter", translate("Spec", "must be true or false"))),
        page_limit=_page_limit(path, data.get("page_limit", 0)), path=str(path),
        digest=hashlib.sha256(raw_bytes).hexdigest())


def _raise(error: Exception) -> Any:
    raise error


def _page_limit(path: Path, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 1000:
        raise _fail(path, "page_limit", translate("Spec", "must be a whole number of pages from 0 (no limit) to 1000"))
    return value


def template_dirs(extra: list[Path] | None = None) -> list[Path]:
    """Folders searched for templates, bundled first; later folders win on a name clash."""
    return [resource_path("templates")] + [d for d in (extra or []) if d]


def load_templates(extra: list[Path] | None = None) -> dict[str, Template]:
    """Every template by name. A malformed user template raises `TemplateError` naming its file."""
    found: dict[str, Template] = {}
    for folder in template_dirs(extra):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                template = parse_template(path)
                found[template.name] = template
    return found


def load_template(name: str, extra: list[Path] | None = None) -> Template:
    templates = load_templates(extra)
    if name not in templates:
        raise TemplateError(translate("Spec", "There is no template named {name}. Available: {names}.").format(
            name=repr(name), names=", ".join(sorted(templates))))
    return templates[name]
