"""The sections every real brief has (issue 12), for any template: meeting details, purpose and objectives, who
you are meeting, attendees, likely asks, sensitivities, press lines, annexes and the responsible official.

`assemble._build_section` hands a section of one of `KINDS` to `blocks()` with the few helpers of its own it
needs (item selection and citation), so this module holds the content rules and `assemble.py` does not grow.
Empty sections are dropped and reported by `assemble` (the existing rule). People come from the library through
`person(uid)` and `person_photo(uid)`; a library without them (or a uid no longer there) is a warning, and typed
names still print. An attendee who names a uid the library does not hold and gives no typed name has nothing to
print but the uid: that is an error (`attendee_problems`), never a uid printed as a name.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError

from ..errors import NotFoundError, Problem, ValidationError
from ..messages import IsoDate, translate
from . import labels as L
from .annexes import annex_path, read_annex, reason
from .brief_labels import annex_letter, brief_words, duration_text
from .meeting import SIDES, Attendee, Meeting, attendee_place, utc_offset
from .model import Annex, Block, BulletList, Heading, MeetingTable, PackWarning, Paragraph, PersonProfile, QAPair, Run, Table

KINDS = ("meeting", "purpose", "interlocutors", "attendees", "questions", "sensitivities", "press_lines", "annexes",
         "contact")

# Why an empty brief section was left out (the warning's words; item sections keep the general one).
EMPTY_REASONS = {"meeting": translate("PackWarning", "the pack gives no details of the meeting"),
                 "purpose": translate("PackWarning", "the pack gives no purpose"),
                 "interlocutors": translate("PackWarning", "no one on the other side is a person from the library"),
                 "attendees": translate("PackWarning", "the pack lists no attendees"),
                 "annexes": translate("PackWarning", "no files are attached"),
                 "contact": translate("PackWarning", "the pack names no responsible official")}


@dataclass(frozen=True)
class Helpers:
    """What `assemble` lends: select(ctx, section) -> items; item_blocks(ctx, section, items) -> blocks;
    citation(ctx, source_uid) -> Run; fixed_text / free_text(ctx, section[, bullets=]) -> blocks."""

    select: Callable[..., list]
    item_blocks: Callable[..., list]
    citation: Callable[..., Run]
    fixed_text: Callable[..., list]
    free_text: Callable[..., list]


def blocks(ctx: Any, section: Any, anchor: str, helpers: Helpers) -> tuple[list[Block], list[str]]:
    """The blocks of a brief section after its heading (none when it has nothing to show), and the uids of the
    library items it shows, in order."""
    selected: list = []

    def select(ctx: Any, section: Any) -> list:
        selected.extend(helpers.select(ctx, section))
        return selected

    out = _blocks(ctx, section, anchor, helpers, select)
    return out, [item.uid for item in selected]


def _blocks(ctx: Any, section: Any, anchor: str, helpers: Helpers, select: Callable[..., list]) -> list[Block]:
    words = brief_words(ctx.language)
    kind = section.kind
    if kind == "meeting":
        if getattr(section, "compact", False):
            return _line(ctx, _compact_meeting_rows(ctx, section, words)) + helpers.free_text(ctx, section,
                                                                                             bullets=False)
        return _table(ctx, _meeting_rows(ctx, words)) + helpers.free_text(ctx, section, bullets=False)
    if kind == "purpose":
        purpose = [Paragraph((Run(p),), "body", ctx.direction_of(p)) for p in _paragraphs(ctx.spec.meeting.purpose)]
        return purpose + helpers.fixed_text(ctx, section) + helpers.free_text(ctx, section, bullets=True)
    if kind == "interlocutors":
        return _interlocutors(ctx, section, words, helpers) + helpers.free_text(ctx, section, bullets=False)
    if kind == "attendees":
        return _attendees(ctx, section, anchor, words)
    if kind in ("questions", "sensitivities"):
        items = select(ctx, section)
        labels = ((words["likely_ask"], words["suggested_response"]) if kind == "questions"
                  else (words["sensitivity"], words["defensive_line"]))
        out: list[Block] = helpers.fixed_text(ctx, section)
        if getattr(section, "compact", False) and items:
            # One bullet a pair, "Ask? – response [n]": a one-page note keeps the pairing in half the height.
            bullets = []
            for item in items:
                runs = [Run(item.title.strip(), bold=True)]
                if item.body.strip():
                    runs.append(Run(f" – {item.body.strip()}"))
                bullets.append((*runs, helpers.citation(ctx, item.source_uid)))
            out.append(BulletList(tuple(bullets), direction=ctx.direction_of(items[0].title + items[0].body)))
            return out + helpers.free_text(ctx, section, bullets=False)
        for item in items:
            answer: list[Run] = [Run(item.body.strip())] if item.body.strip() else []
            answer.append(helpers.citation(ctx, item.source_uid))
            out.append(QAPair((Run(item.title.strip(), bold=True),), tuple(answer), labels[0], labels[1],
                              ctx.direction_of(item.title + item.body)))
        return out + helpers.free_text(ctx, section, bullets=False)
    if kind == "press_lines":
        items = select(ctx, section)
        return (helpers.fixed_text(ctx, section) + helpers.item_blocks(ctx, section, items)
                + helpers.free_text(ctx, section, bullets=True))
    if kind == "annexes":
        return _annexes(ctx, section, anchor, words)
    if kind == "contact":
        if getattr(section, "compact", False):
            return _line(ctx, _compact_contact_rows(ctx, words))
        return _table(ctx, _contact_rows(ctx, words))
    raise ValueError(f"not a brief section kind: {kind}")  # pragma: no cover - templates check kinds


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _table(ctx: Any, rows: list[tuple[str, str]]) -> list[Block]:
    if not rows:
        return []
    direction = L.direction(ctx.language)
    return [MeetingTable(tuple((label, (Run(value),)) for label, value in rows), direction)]


def _comma(language: str) -> str:
    return "، " if language == "ar" else ", "  # Arabic writes its own comma


def _line(ctx: Any, rows: list[tuple[str, str]]) -> list[Block]:
    """Label-value pairs as one paragraph ("When: … · Where: …"): a compact block for a one-page note."""
    if not rows:
        return []
    runs: list[Run] = []
    for index, (label, value) in enumerate(rows):
        if index:
            runs.append(Run(" · "))
        runs += [Run(f"{label}: ", bold=True), Run(value)]
    return [Paragraph(tuple(runs), "body", L.direction(ctx.language))]


def _compact_meeting_rows(ctx: Any, section: Any, words: dict[str, str]) -> list[tuple[str, str]]:
    """The essentials only (when, where, format, with whom); rows without a value are left out."""
    meeting, lang = ctx.spec.meeting, ctx.language
    when: list[str] = []
    if meeting.date or meeting.time:
        when.append(L.format_iso_date(meeting.date or ctx.spec.resolved_date(), lang))
    if meeting.time:
        offset = utc_offset(meeting.date or ctx.spec.resolved_date(), meeting.time, meeting.time_zone)
        zone = f"{meeting.time_zone}, {offset}" if offset else meeting.time_zone
        when.append(f"{meeting.time} ({zone})" if zone else meeting.time)
    if meeting.duration:
        when.append(duration_text(int(meeting.duration), lang))
    rows: list[tuple[str, str]] = []
    if when:
        rows.append((words["when"], _comma(lang).join(when)))
    if meeting.venue:
        rows.append((words["where"], meeting.venue))
    if meeting.format:
        rows.append((words["format"], words.get(meeting.format, meeting.format)))
    people = []
    for attendee in meeting.theirs:
        name, role = _name_and_role(ctx, section.id, attendee)
        people.append(f"{name} ({role})" if role and name else name or role)
    if people:
        rows.append((words["with"], "; ".join(p for p in people if p)))
    return rows


def _compact_contact_rows(ctx: Any, words: dict[str, str]) -> list[tuple[str, str]]:
    contact = ctx.spec.meeting.prepared_by
    values = [getattr(contact, key) for key in ("name", "desk", "telephone", "email") if getattr(contact, key)]
    return [(words["prepared_by"], _comma(ctx.language).join(values))] if values else []


def _meeting_rows(ctx: Any, words: dict[str, str]) -> list[tuple[str, str]]:
    meeting, lang = ctx.spec.meeting, ctx.language
    rows: list[tuple[str, str]] = []
    if meeting.format:
        rows.append((words["format"], words.get(meeting.format, meeting.format)))
    if meeting.date or meeting.time:
        rows.append((words["date"], L.format_iso_date(meeting.date or ctx.spec.resolved_date(), lang)))
    if meeting.time:
        offset = utc_offset(meeting.date or ctx.spec.resolved_date(), meeting.time, meeting.time_zone)
        zone = f"{meeting.time_zone}, {offset}" if offset else meeting.time_zone
        rows.append((words["time"], f"{meeting.time} ({zone})"))
    if meeting.duration:
        rows.append((words["duration"], duration_text(int(meeting.duration), lang)))
    if meeting.venue:
        rows.append((words["venue"], meeting.venue))
    if meeting.interpreters:
        rows.append((words["interpreters"], "; ".join(meeting.interpreters)))
    for key in ("file_reference", "version", "cleared_by"):
        if getattr(meeting, key):
            rows.append((words[key], getattr(meeting, key)))
    if meeting.date_prepared:
        rows.append((words["date_prepared"], L.format_iso_date(meeting.date_prepared, lang)))
    return rows


def _contact_rows(ctx: Any, words: dict[str, str]) -> list[tuple[str, str]]:
    contact = ctx.spec.meeting.prepared_by
    return [(words[key if key != "name" else "prepared_by"], getattr(contact, key))
            for key in ("name", "desk", "telephone", "email") if getattr(contact, key)]


# ------------------------------------------------------------------------------------------------ people
def _people(ctx: Any) -> Any:
    """The library's people, or None when this library has none (records only: names print as stored)."""
    records = getattr(ctx.library, "library", ctx.library)
    return records if callable(getattr(type(records), "person", None)) else None


def person_of(ctx: Any, section_id: str, attendee: Attendee) -> Any:
    """The library person an attendee names (None for a typed name); a uid not found is a warning, once."""
    if not attendee.person:
        return None
    cache: dict[str, Any] = ctx.people
    if attendee.person in cache:
        return cache[attendee.person]
    people = _people(ctx)
    person = None
    if people is not None:
        try:
            person = people.person(attendee.person)
        except NotFoundError:
            person = None
    if person is None:
        ctx.warnings.append(PackWarning(translate(
            "PackWarning", "The attendee {name} names {person}, which is not a person in the library; only the typed "
            "name and role are printed.").format(name=repr(attendee.name), person=repr(attendee.person)),
            section_id, attendee.person, "missing"))
    elif person.is_stale(_dt.date.fromisoformat(ctx.today)):
        ctx.warnings.append(PackWarning(translate(
            "PackWarning", "“{name}” was due for review on {date}; check the role and biography are still true.")
            .format(name=person.display_name(), date=IsoDate(person.review_by)), section_id, person.uid, "stale"))
    cache[attendee.person] = person
    return person


def attendee_problems(meeting: Meeting, is_person: Callable[[str], bool]) -> list[Problem]:
    """One problem per attendee who names a person the library does not hold (`is_person(uid)` false) and gives
    no typed name: the pack would have only the uid to print. With a typed name it is a warning (`person_of`)."""
    problems = []
    for side in SIDES:
        for number, attendee in enumerate(getattr(meeting, side), 1):
            if (isinstance(attendee.person, str) and attendee.person and not (isinstance(attendee.name, str)
                                                                             and attendee.name.strip())
                    and not is_person(attendee.person)):
                problems.append(Problem(attendee_place(side, number), "person", translate(
                    "Meeting", "names {person}, which is not a person in the library: choose one from the library, "
                    "or type the name").format(person=repr(attendee.person[:60]))))
    return problems


def _check_attendees(ctx: Any) -> None:
    """Refuse to print an attendee who is only an unknown uid (see `attendee_problems`)."""
    people = _people(ctx)

    def is_person(uid: str) -> bool:
        if people is None:
            return False
        try:
            people.person(uid)
        except NotFoundError:
            return False
        return True

    problems = attendee_problems(ctx.spec.meeting, is_person)
    if problems:
        raise ValidationError(problems)


def _name_and_role(ctx: Any, section_id: str, attendee: Attendee) -> tuple[str, str]:
    person = person_of(ctx, section_id, attendee)
    if person is None:
        return attendee.name, attendee.role  # never the uid: `_check_attendees` refuses an attendee with no name
    name = attendee.name or f"{person.honorific} {person.name_in(ctx.language)}".strip()
    role = attendee.role or ", ".join(p for p in (person.role, person.organisation) if p)
    return name, role


def _language_name(code: str, language: str) -> str:
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(L.LOCALES.get(language, "en_GB")) or code
    except (UnknownLocaleError, ValueError, TypeError):
        return code


def _interlocutors(ctx: Any, section: Any, words: dict[str, str], helpers: Helpers) -> list[Block]:
    _check_attendees(ctx)
    out: list[Block] = []
    people = _people(ctx)
    for attendee in ctx.spec.meeting.theirs:
        person = person_of(ctx, section.id, attendee)
        if person is None:
            continue
        name, role = _name_and_role(ctx, section.id, attendee)
        photo = people.person_photo(person.uid) if person.has_photo and people is not None else None
        details = []
        if person.pronunciation:
            details.append((words["pronunciation"], person.pronunciation))
        if person.languages:
            comma = "، " if ctx.language == "ar" else ", "  # Arabic writes its own comma
            details.append((words["languages"], comma.join(_language_name(c, ctx.language) for c in person.languages)))
        lines = []
        for line in person.bio:
            runs = [Run(line.text.strip())]
            if line.as_of:
                runs.append(Run(f" ({words['bio_as_of'].format(date=L.format_iso_date(line.as_of, ctx.language))})",
                                italic=True))
            runs.append(helpers.citation(ctx, line.source_uid))
            lines.append(tuple(runs))
        alt = person.photo_alt or ", ".join(p for p in (name, role) if p)
        # The pack's direction, not the name's: the labels and the layout follow the pack (a Latin-script name
        # in an Arabic pack still sits beside its photo on the right).
        out.append(PersonProfile(name, role, photo or None, alt, tuple(details), tuple(lines),
                                 L.direction(ctx.language)))
    return out


def _attendees(ctx: Any, section: Any, anchor: str, words: dict[str, str]) -> list[Block]:
    _check_attendees(ctx)
    out: list[Block] = []
    direction = L.direction(ctx.language)
    for side, label in (("ours", words["our_side"]), ("theirs", words["their_side"])):
        attendees = getattr(ctx.spec.meeting, side)
        if not attendees:
            continue
        rows = []
        for attendee in attendees:
            name, role = _name_and_role(ctx, section.id, attendee)
            rows.append(((Run(name, bold=True),), (Run(role),)))
        out.append(Heading(label, 3, f"{anchor}-{side}", ctx.direction_of(label)))
        out.append(Table((words["name"], words["role"]), tuple(rows), widths=(1.2, 2), direction=direction))
    return out


# ------------------------------------------------------------------------------------------------ annexes
def _annexes(ctx: Any, section: Any, anchor: str, words: dict[str, str]) -> list[Block]:
    out: list[Block] = []
    for number, entry in enumerate(ctx.spec.annexes, 1):
        path = annex_path(entry)
        try:
            annex = read_annex(entry)
        except ValueError as exc:  # checked by the spec; changed since: say so, build the rest
            ctx.warnings.append(PackWarning(translate("PackWarning", "The annex {path} {reason}; it is left out.").format(
                path=path, reason=reason(exc)), section.id, kind="missing"))
            continue
        if annex.kind == "pdf":
            note = words["annex_pdf_one"] if annex.pages == 1 else words["annex_pdf"].format(pages=annex.pages)
        else:
            note = words["annex_docx"]
        label = words["annex"].format(letter=annex_letter(number))
        out.append(Annex(label, annex.title, annex.kind, annex.data, annex.pages, f"{anchor}-annex{number}", note,
                         ctx.direction_of(label + annex.title)))
        ctx.annexes.append({"label": label, "path": annex.path, "kind": annex.kind, "pages": annex.pages,
                            "sha256": annex.sha256})
    return out


def annexes_left_out(template: Any, spec: Any, shown: list[Any]) -> list[PackWarning]:
    """A warning when the pack is given annexes but no section it shows (`shown`: the template's sections in the
    pack's order, hidden ones left out) is an `annexes` section: the files would be dropped in silence (the
    speaking note has none)."""
    if not spec.annexes or any(s.kind == "annexes" for s in shown):
        return []
    names = ", ".join(Path(str(a)).name for a in spec.annexes[:4]) + (" …" if len(spec.annexes) > 4 else "")
    hidden = [s for s in template.sections if s.kind == "annexes"]
    why = (translate("PackWarning", "the section “{heading}” is hidden").format(
        heading=hidden[0].heading_in(spec.language)) if hidden
        else translate("PackWarning", "the template “{template}” does not print annexes").format(
            template=template.title_in(spec.language)))
    message = translate("PackWarning", "The %Ln annexes given ({names}) are left out: {why}. Choose a template "
                        "with an annexes section to attach them.", None, len(spec.annexes)).with_singular(
        "The annex given ({names}) is left out: {why}. Choose a template with an annexes section to attach them.")
    return [PackWarning(message.format(names=names, why=why), hidden[0].id if hidden else "", kind="other")]


def manifest_people(ctx: Any) -> list[dict[str, Any]]:
    """The library people a pack printed: uid and revision, as items are listed."""
    return [{"uid": p.uid, "revision": p.revision, "has_photo": bool(p.has_photo)}
            for p in ctx.people.values() if p is not None]
