"""The format-neutral pack: what `assemble` produces and every renderer consumes.

A `Pack` is immutable and self-contained: renderers never query the library. Every block carries a text
direction so right-to-left languages can follow. Text here is the user's text as stored; renderers clean and
escape it for their format (`render.text`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from collections.abc import Callable
from typing import Literal, Union

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class Run:
    """A piece of inline text. `citation` is the number of a source in `Pack.sources`.

    `lang` is the language of this text when it is not the pack's (a passage with no version in the pack's
    language, or a quotation's original words), as a code such as "en"; empty: the pack's language.
    """

    text: str
    bold: bool = False
    italic: bool = False
    citation: int | None = None
    lang: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 for sections; 2 and 3 inside them
    anchor: str = ""  # stable id for links, bookmarks and the table of contents
    direction: Direction = "ltr"


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: Literal["body", "lead", "note", "meta"] = "body"
    direction: Direction = "ltr"


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Run, ...], ...]
    numbered: bool = False
    direction: Direction = "ltr"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]  # rows of cells of runs
    caption: str = ""
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal
    direction: Direction = "ltr"


@dataclass(frozen=True)
class KeyFigure:
    """A callout: a large figure with its label and citation."""

    value: str
    label: str
    citation: int | None = None
    as_of: str = ""
    direction: Direction = "ltr"
    lang: str = ""  # the label's language when it is not the pack's (see `Run.lang`)


@dataclass(frozen=True)
class Quote:
    """A quoted excerpt with its citation and locator (paragraph, section or page)."""

    runs: tuple[Run, ...]
    attribution: str = ""
    citation: int | None = None
    direction: Direction = "ltr"
    attribution_lang: str = ""  # the attribution's language when it is not the pack's (see `Run.lang`)


@dataclass(frozen=True)
class PageBreak:
    direction: Direction = "ltr"


@dataclass(frozen=True)
class PersonProfile:
    """Who the reader is meeting: a photo (print-ready JPEG or PNG bytes, or None), the name and role, a few
    label/value details (pronunciation, languages) and biography lines, each ending in its citation and as-of."""

    name: str
    role: str = ""  # role and organisation, as printed under the name
    photo: bytes | None = field(default=None, repr=False)
    photo_alt: str = ""  # alternative text of the photo: "name, role"
    details: tuple[tuple[str, str], ...] = ()  # (label, value)
    lines: tuple[tuple[Run, ...], ...] = ()  # biography lines
    direction: Direction = "ltr"

    def run_groups(self) -> tuple[tuple[Run, ...], ...]:
        return self.lines

    def texts(self) -> tuple[str, ...]:
        return (self.name, self.role) + tuple(t for pair in self.details for t in pair)

    def mapped(self, runs: Callable[[tuple[Run, ...]], tuple[Run, ...]], text: Callable[[str], str]) -> "PersonProfile":
        return replace(self, name=text(self.name), role=text(self.role), photo_alt=text(self.photo_alt),
                       details=tuple((text(a), text(b)) for a, b in self.details),
                       lines=tuple(runs(line) for line in self.lines))


@dataclass(frozen=True)
class QAPair:
    """A likely ask and its suggested response (or a sensitivity and its defensive line), with their labels."""

    question: tuple[Run, ...]
    answer: tuple[Run, ...]
    question_label: str = ""  # "Likely ask"
    answer_label: str = ""  # "Suggested response"
    direction: Direction = "ltr"

    def run_groups(self) -> tuple[tuple[Run, ...], ...]:
        return (self.question, self.answer)

    def texts(self) -> tuple[str, ...]:
        return (self.question_label, self.answer_label)

    def mapped(self, runs: Callable[[tuple[Run, ...]], tuple[Run, ...]], text: Callable[[str], str]) -> "QAPair":
        return replace(self, question=runs(self.question), answer=runs(self.answer),
                       question_label=text(self.question_label), answer_label=text(self.answer_label))


@dataclass(frozen=True)
class MeetingTable:
    """Label/value rows (the meeting's details, a contact): a two-column table without a header."""

    rows: tuple[tuple[str, tuple[Run, ...]], ...]
    direction: Direction = "ltr"

    def run_groups(self) -> tuple[tuple[Run, ...], ...]:
        return tuple(value for _, value in self.rows)

    def texts(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.rows)

    def mapped(self, runs: Callable[[tuple[Run, ...]], tuple[Run, ...]], text: Callable[[str], str]) -> "MeetingTable":
        return replace(self, rows=tuple((text(label), runs(value)) for label, value in self.rows))

    def as_table(self) -> Table:
        return Table(("", ""), tuple(((Run(label, bold=True),), value) for label, value in self.rows),
                     widths=(1, 2.6), direction=self.direction)


@dataclass(frozen=True)
class Annex:
    """A file attached after the pack: a PDF's pages follow the PDF pack (marked and numbered on); a Word
    annex is appended to the Word pack. Each format lists every annex, with `note` saying where it is."""

    label: str  # "Annex A"
    title: str
    kind: Literal["pdf", "docx"]
    data: bytes = field(repr=False)
    pages: int = 0  # a PDF annex's page count
    anchor: str = ""
    note: str = ""  # e.g. "3 pages; follows this pack"
    direction: Direction = "ltr"

    def run_groups(self) -> tuple[tuple[Run, ...], ...]:
        return ()

    def texts(self) -> tuple[str, ...]:
        return (self.label, self.title, self.note)

    def mapped(self, runs: Callable[[tuple[Run, ...]], tuple[Run, ...]], text: Callable[[str], str]) -> "Annex":
        return replace(self, label=text(self.label), title=text(self.title), note=text(self.note))

    def heading(self, separator: str = ": ") -> str:
        return f"{self.label}{separator}{self.title}"


Block = Union[Heading, Paragraph, BulletList, Table, KeyFigure, Quote, PageBreak, PersonProfile, QAPair,
              MeetingTable, Annex]
BLOCK_TYPES: tuple[type, ...] = (Heading, Paragraph, BulletList, Table, KeyFigure, Quote, PageBreak, PersonProfile,
                                 QAPair, MeetingTable, Annex)
# The blocks of a real brief (issue 12): each gives its runs (`run_groups`), its other printed texts (`texts`) and
# a copy with both mapped (`mapped`), so citation renumbering, typography and translation treat them alike.
BRIEF_BLOCKS: tuple[type, ...] = (PersonProfile, QAPair, MeetingTable, Annex)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    blocks: tuple[Block, ...]
    anchor: str = ""
    item_uids: tuple[str, ...] = ()  # library items shown here, in order
    direction: Direction = "ltr"


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    organisation: str
    logo_path: str | None
    recipient: str
    office: str
    event: str
    date_text: str  # as printed, in the pack's language
    country: str
    meta_lines: tuple[tuple[str, str], ...] = ()  # (label, value) pairs printed under the title


@dataclass(frozen=True)
class SourceRef:
    number: int
    uid: str
    citation: str  # one line: publisher, title, date, URL or reference
    url: str = ""


@dataclass(frozen=True)
class PackWarning:
    message: str
    section_id: str = ""
    item_uid: str = ""
    # confidence: the pack rests on M/L sources; empty_section: a section left out; glyph: a character no bundled
    # font draws (`character` holds it)
    kind: Literal["stale", "missing", "classification", "confidence", "empty_section", "glyph", "other"] = "other"
    character: str = ""


@dataclass(frozen=True)
class Labels:
    """Fixed words of the pack in its language (page furniture)."""

    contents: str
    page_x_of_y: str  # with {page} and {pages}
    sources: str
    prepared_for: str
    classification: str
    separator: str = ": "  # between a label and its value ("Date: …"; French "Date : …")


@dataclass(frozen=True)
class Pack:
    cover: Cover
    sections: tuple[Section, ...]
    sources: tuple[SourceRef, ...]
    classification: str
    language: str
    direction: Direction
    paper: Literal["a4", "letter"]
    labels: Labels
    title: str  # document title (metadata)
    subject: str
    author: str  # the organisation, from settings
    date: str  # ISO date of the pack (metadata dates come from it, for reproducible files)
    keywords: tuple[str, ...] = ()
    warnings: tuple[PackWarning, ...] = ()
    # ISO 8601 UTC time the document properties carry (created/modified): SOURCE_DATE_EPOCH when set, otherwise the
    # newest included content's time; never after the build. Empty: renderers fall back to `date`.
    created: str = ""
    manifest: dict = field(default_factory=dict, compare=False, hash=False)
    # A note (the speaking note) has no cover or contents page, and warns when its PDF runs past `page_limit`.
    front_matter: bool = True
    page_limit: int = 0  # 0: none

    def annexes(self) -> list[Annex]:
        """Every annex block, in order."""
        return [b for s in self.sections for b in s.blocks if isinstance(b, Annex)]

    def document_time(self) -> "_dt.datetime":
        """When the document says it was made (naive UTC): `created`, else midnight of `date` (older packs)."""
        if self.created:
            return _dt.datetime.fromisoformat(self.created.replace("Z", "+00:00")).replace(tzinfo=None)
        return _dt.datetime.combine(_dt.date.fromisoformat(self.date), _dt.time(0, 0))

    def toc_entries(self) -> list[tuple[int, str, str]]:
        """(level, text, anchor) of every heading that belongs in the table of contents, in order."""
        entries: list[tuple[int, str, str]] = []
        for section in self.sections:
            entries.append((1, section.title, section.anchor))
            for block in section.blocks:
                if isinstance(block, Heading) and block.level == 2:
                    entries.append((2, block.text, block.anchor))
        return entries
