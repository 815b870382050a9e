"""The meeting a pack is for (issue 12): when, where, who attends on each side, who prepared and cleared it.

Plain frozen data carried by `PackSpec.meeting`, serialised with the spec (drafts, `--spec` files, manifests).
An empty `Meeting()` is what every older draft or spec file loads as. `problems()` gives one `Problem` per
field at fault, each naming the field ("meeting, their side attendee 2", "role"), as the rest of `spec.py` does.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import zoneinfo
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..errors import Problem, ValidationError
from ..messages import Message, translate
from ..library.validate import check_date, check_text

FORMATS = ("bilateral", "plenary", "pull-aside", "call")
SIDES = ("ours", "theirs")
MAX_ATTENDEES = 60
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEPHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")
_UID = re.compile(r"^[A-Za-z0-9_.:-]{1,200}$")
# How problems name the meeting and its contact (English: "meeting", "meeting, prepared by").
MEETING = translate("Meeting", "meeting")
PREPARED_BY = translate("Meeting", "meeting, prepared by")


@dataclass(frozen=True)
class Attendee:
    """Someone at the table: a person from the library (`person` = its uid) or a typed `name`; `role` as printed.

    With a library person, `name` and `role` may be left empty: the library's name and role are used."""

    person: str = ""
    name: str = ""
    role: str = ""


@dataclass(frozen=True)
class Contact:
    """The responsible official: printed in the contact details section."""

    name: str = ""
    desk: str = ""
    telephone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        return not any((self.name, self.desk, self.telephone, self.email))


@dataclass(frozen=True)
class Meeting:
    purpose: str = ""
    format: str = ""  # one of FORMATS, or empty
    venue: str = ""
    date: str = ""  # YYYY-MM-DD; empty: the pack's date
    time: str = ""  # HH:MM, local time at `time_zone`
    time_zone: str = ""  # IANA name, e.g. "Africa/Addis_Ababa"
    duration: int = 0  # minutes; 0: not given
    ours: tuple[Attendee, ...] = ()  # our delegation
    theirs: tuple[Attendee, ...] = ()  # the other side
    interpreters: tuple[str, ...] = ()
    file_reference: str = ""
    version: str = ""
    prepared_by: Contact = field(default_factory=Contact)
    cleared_by: str = ""
    date_prepared: str = ""  # YYYY-MM-DD

    def is_empty(self) -> bool:
        return self == Meeting()

    def people_uids(self) -> tuple[str, ...]:
        """Library people named on either side, in order, once each."""
        return tuple(dict.fromkeys(a.person for a in self.ours + self.theirs if a.person))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> "Meeting":
        """Rebuild from `to_dict` output (unknown keys ignored). A value of the wrong shape raises
        `ValidationError` naming the field; text fields keep whatever they hold for `problems()` to judge."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValidationError(Problem(translate("Meeting", "pack"), "meeting",
                                          translate("Meeting", "must be a table of the meeting's fields")))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for side in SIDES:
            raw = values.get(side, ())
            if not isinstance(raw, (list, tuple)):
                raise ValidationError(Problem(MEETING, side, translate("Meeting", "must be a list of attendees")))
            values[side] = tuple(_attendee(side, number, entry) for number, entry in enumerate(raw, 1))
        interpreters = values.get("interpreters", ())
        if isinstance(interpreters, str):
            interpreters = [interpreters] if interpreters.strip() else []
        if not isinstance(interpreters, (list, tuple)):
            raise ValidationError(Problem(MEETING, "interpreters", translate("Meeting", "must be a list of names")))
        values["interpreters"] = tuple(interpreters)
        contact = values.get("prepared_by") or {}
        if not isinstance(contact, dict):
            raise ValidationError(Problem(MEETING, "prepared_by",
                                          translate("Meeting", "must be a table: name, desk, telephone, email")))
        values["prepared_by"] = Contact(**{k: v for k, v in contact.items() if k in Contact.__dataclass_fields__})
        return cls(**values)

    def problems(self) -> list[Problem]:
        problems: list[Problem] = []
        where = MEETING
        for name in ("purpose",):
            check_text(problems, where, name, self.purpose, limit=20_000)
        for name in ("venue", "file_reference", "version", "cleared_by"):
            check_text(problems, where, name, getattr(self, name), limit=500)
        if self.format and self.format not in FORMATS:
            problems.append(Problem(where, "format", translate("Meeting", "must be one of {options}, not {value}").format(
                options=", ".join(FORMATS), value=repr(str(self.format)[:40]))))
        for name in ("date", "date_prepared"):
            if getattr(self, name):
                check_date(problems, where, name, getattr(self, name), partial=False)
        if self.time and (not isinstance(self.time, str) or not _TIME.match(self.time)):
            problems.append(Problem(where, "time", translate("Meeting", "must be a time written HH:MM (24-hour), not {value}")
                                    .format(value=repr(str(self.time)[:20]))))
        if self.time_zone:
            if not valid_time_zone(self.time_zone):
                problems.append(Problem(where, "time_zone", translate(
                    "Meeting", "must be an IANA time zone such as Africa/Addis_Ababa, not {value}").format(
                    value=repr(str(self.time_zone)[:60]))))
        elif self.time:
            problems.append(Problem(where, "time_zone", translate(
                "Meeting", "is required with a time (an IANA name such as Africa/Addis_Ababa)")))
        if (not isinstance(self.duration, int) or isinstance(self.duration, bool)
                or not 0 <= self.duration <= 24 * 60):
            problems.append(Problem(where, "duration", translate("Meeting", "must be a whole number of minutes from 0 to 1440")))
        for side in SIDES:
            attendees = getattr(self, side)
            if len(attendees) > MAX_ATTENDEES:
                problems.append(Problem(where, side, translate("Meeting", "lists {count} attendees; the limit is {limit}")
                                        .format(count=len(attendees), limit=MAX_ATTENDEES)))
            for number, attendee in enumerate(attendees, 1):
                at = attendee_place(side, number)
                check_text(problems, at, "person", attendee.person, limit=200)
                check_text(problems, at, "name", attendee.name, limit=300)
                check_text(problems, at, "role", attendee.role, limit=500)
                if isinstance(attendee.person, str) and attendee.person and not _UID.match(attendee.person):
                    problems.append(Problem(at, "person", translate("Meeting", "must be a person's uid from the library")))
                if (isinstance(attendee.person, str) and isinstance(attendee.name, str)
                        and not attendee.person.strip() and not attendee.name.strip()):
                    problems.append(Problem(at, "name", translate("Meeting", "is required (or choose a person from the library)")))
        for number, name in enumerate(self.interpreters, 1):
            check_text(problems, interpreter_place(number), "name", name, limit=300, required=True)
        contact, at = self.prepared_by, PREPARED_BY
        for name in ("name", "desk"):
            check_text(problems, at, name, getattr(contact, name), limit=300)
        check_text(problems, at, "telephone", contact.telephone, limit=40)
        check_text(problems, at, "email", contact.email, limit=300)
        if isinstance(contact.telephone, str) and contact.telephone and not _TELEPHONE.match(contact.telephone):
            problems.append(Problem(at, "telephone", translate("Meeting", "may hold only digits, spaces, + ( ) . / -")))
        if isinstance(contact.email, str) and contact.email and not _EMAIL.match(contact.email):
            problems.append(Problem(at, "email", translate("Meeting", "is not an e-mail address: {value}").format(
                value=repr(contact.email[:60]))))
        return problems


def attendee_place(side: str, number: int) -> Message:
    """How a problem names an attendee: "meeting, their side attendee 2" (its `number` value is the number)."""
    if side == "ours":
        return translate("Meeting", "meeting, our side attendee {number}").format(number=number)
    return translate("Meeting", "meeting, their side attendee {number}").format(number=number)


def interpreter_place(number: int) -> Message:
    """How a problem names an interpreter: "meeting, interpreter 2"."""
    return translate("Meeting", "meeting, interpreter {number}").format(number=number)


def _attendee(side: str, number: int, entry: Any) -> Attendee:
    if isinstance(entry, str):  # a bare name
        return Attendee(name=entry)
    if not isinstance(entry, dict):
        raise ValidationError(Problem(attendee_place(side, number), "", translate(
            "Meeting", "must be a table: person (a library uid) or name, and role")))
    return Attendee(**{k: v for k, v in entry.items() if k in Attendee.__dataclass_fields__})


def meeting_unknown_keys(data: Any, prefix: str = "meeting.") -> list[tuple[str, tuple[str, ...]]]:
    """Keys of a meeting table (and of its attendees and contact) that `Meeting` does not know, as (dotted path,
    the keys known there); wrong shapes are left to `Meeting.from_dict`."""
    found: list[tuple[str, tuple[str, ...]]] = []

    def check(table: Any, path: str, known: tuple[str, ...]) -> None:
        if isinstance(table, dict):
            found.extend((f"{path}{printable_key(key)}", known) for key in table if key not in known)

    if not isinstance(data, dict):
        return found
    check(data, prefix, tuple(Meeting.__dataclass_fields__))
    for side in SIDES:
        entries = data.get(side)
        if isinstance(entries, list):
            for number, entry in enumerate(entries, 1):
                check(entry, f"{prefix}{side}[{number}].", tuple(Attendee.__dataclass_fields__))
    check(data.get("prepared_by"), f"{prefix}prepared_by.", tuple(Contact.__dataclass_fields__))
    return found


def printable_key(key: object) -> str:
    """A key as a one-line message shows it: as written when printable, else JSON-escaped ("\\n")."""
    text = str(key)
    return text if text.isprintable() else json.dumps(text, ensure_ascii=False)[1:-1]


def valid_time_zone(name: object) -> bool:
    if not isinstance(name, str) or not re.match(r"^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$", name) or len(name) > 60:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def utc_offset(date: str, time: str, time_zone: str) -> str:
    """'UTC+03:00' for that local time in that zone (daylight saving as on that date); empty if unknown."""
    try:
        local = _dt.datetime.combine(_dt.date.fromisoformat(date), _dt.time.fromisoformat(time or "12:00"),
                                     zoneinfo.ZoneInfo(time_zone))
    except (ValueError, zoneinfo.ZoneInfoNotFoundError, OSError):
        return ""
    offset = local.utcoffset() or _dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
