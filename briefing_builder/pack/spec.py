"""`PackSpec`: what the user chose for a pack. Plain data, serialisable to JSON (GUI drafts, manifests)."""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ..errors import Problem, ValidationError
from ..messages import Message, translate
from ..library.validate import check_date, check_text
from .annexes import annex_problems
from .meeting import Meeting, meeting_unknown_keys, printable_key

PAPERS = ("a4", "letter")
LANGUAGES = ("en", "fr", "pt", "ar")


@dataclass(frozen=True)
class SectionOverride:
    """The user's changes to one section: items pinned in or dropped, their order, free text, hiding."""

    pinned: tuple[str, ...] = ()  # item uids added to the section even if its rule would not select them
    dropped: tuple[str, ...] = ()  # item uids removed from the section
    order: tuple[str, ...] = ()  # item uids in the order wanted; items not listed follow in rule order
    free_text: str = ""  # e.g. lines to take written for this meeting; paragraphs separated by blank lines
    hidden: bool = False


@dataclass(frozen=True)
class PackSpec:
    template: str
    country: str  # ISO 3166-1 alpha-3 of the focus (counterpart) country
    recipient: str = ""
    office: str = ""
    event: str = ""
    date: str = ""  # YYYY-MM-DD; empty means today
    language: str = "en"
    classification: str = ""  # empty means the configured default
    paper: str = ""  # empty means the configured default
    extra_countries: tuple[str, ...] = ()  # more countries, side by side in the country profile pack
    overrides: dict[str, SectionOverride] = field(default_factory=dict)
    section_order: tuple[str, ...] = ()  # section ids in the order wanted; empty: the template's
    meeting: Meeting = field(default_factory=Meeting)  # the meeting itself (issue 12); empty in older drafts
    annexes: tuple[Any, ...] = ()  # PDF or Word files after the pack: paths, or {"path": ..., "title": ...}

    def override(self, section_id: str) -> SectionOverride:
        return self.overrides.get(section_id, SectionOverride())

    def with_override(self, section_id: str, **changes: Any) -> "PackSpec":
        overrides = dict(self.overrides)
        overrides[section_id] = replace(self.override(section_id), **changes)
        return replace(self, overrides=overrides)

    def resolved_date(self) -> str:
        return self.date or _dt.date.today().isoformat()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["overrides"] = {k: asdict(v) for k, v in sorted(self.overrides.items())}
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, indent=1)

    @classmethod
    def from_dict(cls, data: Any, *, strict: bool = False) -> "PackSpec":
        """Rebuild a spec from `to_dict` output. A value of the wrong shape (a list where a table is wanted, text
        where a list is) raises `ValidationError` naming the field; text fields keep whatever they hold for
        `problems()` to judge. Unknown keys are ignored so older drafts still open, unless `strict` (a `--spec`
        file a person wrote: as in a template, nothing in it is silently ignored, so a misspelt key is an error
        naming it and where it is)."""
        if not isinstance(data, dict):
            raise ValidationError(Problem(PACK, "", translate(
                "Spec", "must be a table of the pack's fields (template, country …), not {shape}").format(
                    shape=_shape(data))))
        if strict:
            unknown = unknown_keys(data)
            if unknown:
                raise ValidationError([Problem(PACK, key, translate(
                    "Spec", "is not a known field (known there: {known})").format(known=", ".join(known)))
                                       for key, known in unknown])
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("template", "")  # left out: `problems()` says it is required
        values.setdefault("country", "")
        for key in ("extra_countries", "section_order"):
            if key in values:
                values[key] = _strings(values[key], PACK, key)
        if "annexes" in values:  # paths, or {"path": ..., "title": ...}: annex_problems() checks each entry
            if not isinstance(values["annexes"], (list, tuple)):
                raise ValidationError(Problem(PACK, "annexes", translate("Spec", "must be a list, not {shape}").format(
                    shape=_shape(values["annexes"]))))
            values["annexes"] = tuple(values["annexes"])
        values["meeting"] = Meeting.from_dict(values.get("meeting"))
        raw_overrides = values.pop("overrides", None)
        raw_overrides = {} if raw_overrides is None else raw_overrides
        if not isinstance(raw_overrides, dict):
            raise ValidationError(Problem(PACK, "overrides", translate(
                "Spec", "must be a table by section id, not {shape}").format(shape=_shape(raw_overrides))))
        overrides = {}
        for section_id, raw in raw_overrides.items():
            where = _section(section_id)
            if not isinstance(raw, dict):
                raise ValidationError(Problem(where, "", translate(
                    "Spec", "must be a table (pinned, dropped, order, free_text, hidden), not {shape}").format(
                        shape=_shape(raw))))
            raw = {k: v for k, v in raw.items() if k in SectionOverride.__dataclass_fields__}
            for key in ("pinned", "dropped", "order"):
                raw[key] = _strings(raw.get(key, ()), where, key)
            if not isinstance(raw.get("hidden", False), bool):
                raise ValidationError(Problem(where, "hidden", translate("Spec", "must be true or false")))
            overrides[str(section_id)] = SectionOverride(**raw)
        return cls(**values, overrides=overrides)

    def problems(self) -> list[Problem]:
        """Field-level problems with the choices (the template and country are checked on assembly)."""
        problems: list[Problem] = []
        where = PACK
        check_text(problems, where, "template", self.template, limit=200, required=True)
        check_text(problems, where, "country", self.country, limit=3, required=True)
        for name in ("recipient", "office", "event"):
            check_text(problems, where, name, getattr(self, name), limit=500)
        if self.date:
            check_date(problems, where, "date", self.date, partial=False)
        if self.language not in LANGUAGES:
            problems.append(Problem(where, "language", translate("Spec", "must be one of {options}").format(
                options=", ".join(LANGUAGES))))
        if self.paper and self.paper not in PAPERS:
            problems.append(Problem(where, "paper", translate("Spec", "must be a4 or letter")))
        check_text(problems, where, "classification", self.classification, limit=100)
        for section_id, override in self.overrides.items():
            check_text(problems, _section(section_id), "free_text", override.free_text, limit=200_000)
        problems += self.meeting.problems()
        problems += annex_problems(self.annexes)
        return problems

    def validate(self) -> None:
        problems = self.problems()
        if problems:
            raise ValidationError(problems)


# How problems name the pack itself (English: "pack").
PACK = translate("Spec", "pack")


def _section(section_id: Any) -> Message:
    """How a problem names a section's changes: "section key_messages"."""
    return translate("Spec", "section {id}").format(id=printable_key(section_id))


def _shape(value: Any) -> str:
    """How JSON would name the value's type: 'a list', 'text', 'a number' …"""
    if isinstance(value, bool):
        return "true/false"
    shape = type(value)
    if shape is dict:
        return translate("Spec", "a table")
    if shape in (list, tuple):
        return translate("Spec", "a list")
    if shape is str:
        return translate("Spec", "text")
    if shape in (int, float):
        return translate("Spec", "a number")
    return "null" if value is None else shape.__name__


def _strings(value: Any, where: str, key: str) -> tuple[Any, ...]:
    """A list field as a tuple; text, a number or a table there is an error naming the field (not its letters)."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError(Problem(where, key, translate("Spec", "must be a list, not {shape}").format(
            shape=_shape(value))))
    for number, entry in enumerate(value, 1):
        if not isinstance(entry, str):
            raise ValidationError(Problem(where, f"{key}[{number}]", translate("Spec", "must be text, not {shape}").format(
                shape=_shape(entry))))
    return tuple(value)


def unknown_keys(data: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """Every key of a spec table the app does not know, as (dotted path, the keys known there): e.g.
    ("meeting.locaton", ("purpose", "format", "venue", …)). Values of the wrong shape are left to `from_dict`."""
    found: list[tuple[str, tuple[str, ...]]] = []

    def check(table: Any, path: str, known: tuple[str, ...]) -> None:
        if isinstance(table, dict):
            found.extend((f"{path}{printable_key(key)}", known) for key in table if key not in known)

    check(data, "", tuple(PackSpec.__dataclass_fields__))
    overrides = data.get("overrides")
    if isinstance(overrides, dict):
        for section_id, raw in overrides.items():
            check(raw, f"overrides.{printable_key(section_id)}.", tuple(SectionOverride.__dataclass_fields__))
    found += meeting_unknown_keys(data.get("meeting"), "meeting.")
    return found
