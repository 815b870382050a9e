"""Links shared by both writers: where a citation number points and where its source entry points back.

A citation `[n]` links to the entry of source n in the sources section; the entry's number links back to the
first place the pack cites it. Source entries are recognised in the pack as `assemble` writes them: a paragraph
whose first run is the bold number `[n] ` of a listed source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..pack.model import BRIEF_BLOCKS, Block, BulletList, KeyFigure, Pack, Paragraph, Quote, Run, Table

_ENTRY = re.compile(r"\[(\d+)\]\s*")
# An address ends at a space, markup or a bidirectional control (a right-to-left pack isolates its addresses).
URL = re.compile("(?:https?|ftp)://[^\\s<>\"\u2066-\u2069\u202a-\u202e]+"
                 "|www\\.[^\\s<>\"\u2066-\u2069\u202a-\u202e]+\\.[^\\s<>\"\u2066-\u2069\u202a-\u202e]+")
_URL_TRAIL = ".,;:!?)]}'\u201d\u2019\u00bb"


def url_of(word: str) -> str:
    """The address a word is (without trailing punctuation), or ""."""
    match = URL.match(word)
    if not match:
        return ""
    url = match.group(0).rstrip(_URL_TRAIL)
    return url if url.startswith(("http", "ftp")) else f"https://{url}"


def split_urls(text: str) -> list[tuple[str, str]]:
    """`text` cut into (text, url) parts; url is "" for the parts that are not addresses."""
    parts: list[tuple[str, str]] = []
    position = 0
    for match in URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAIL)
        if not url:
            continue
        start, end = match.start(), match.start() + len(url)
        if start > position:
            parts.append((text[position:start], ""))
        parts.append((url, url if url.startswith(("http", "ftp")) else f"https://{url}"))
        position = end
    if position < len(text):
        parts.append((text[position:], ""))
    return parts


def is_empty(block: Block) -> bool:
    """A block that would print nothing but its frame (an empty shaded box, a bar, a grid): never drawn."""
    if isinstance(block, KeyFigure):
        return not (block.value.strip() or block.label.strip())
    if isinstance(block, Quote):
        return not any(r.text.strip() for r in block.runs)
    if isinstance(block, Table):
        return not any(h.strip() for h in block.header) and not any(
            r.text.strip() for row in block.rows for cell in row for r in cell)
    return False


def source_entry_number(block: Block, listed: set[int]) -> int | None:
    """n when `block` is the sources-list entry of source n, else None."""
    if not isinstance(block, Paragraph) or not block.runs:
        return None
    first = block.runs[0]
    match = _ENTRY.fullmatch(first.text) if first.bold and first.citation is None else None
    if match and int(match.group(1)) in listed:
        return int(match.group(1))
    return None


def runs_of(block: Block) -> Iterable[Run]:
    """Every run of a block, whatever its type (key figures and quotes include their citation)."""
    if isinstance(block, (Paragraph, Quote)):
        yield from block.runs
        if isinstance(block, Quote) and block.citation is not None:
            yield Run("", citation=block.citation)
    elif isinstance(block, BulletList):
        for entry in block.items:
            yield from entry
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                yield from cell
    elif isinstance(block, KeyFigure) and block.citation is not None:
        yield Run("", citation=block.citation)
    elif isinstance(block, BRIEF_BLOCKS):
        for runs in block.run_groups():
            yield from runs


def citations_in(block: Block) -> list[int]:
    """The source numbers a block cites, in order, each once."""
    # As `runs_of`, without a generator per block (both writers call this for every block of a pack).
    if isinstance(block, (Paragraph, Quote)):
        numbers = [r.citation for r in block.runs if r.citation is not None]
        if isinstance(block, Quote) and block.citation is not None:
            numbers.append(block.citation)
    elif isinstance(block, BulletList):
        numbers = [r.citation for entry in block.items for r in entry if r.citation is not None]
    elif isinstance(block, Table):
        numbers = [r.citation for row in block.rows for cell in row for r in cell if r.citation is not None]
    elif isinstance(block, KeyFigure) and block.citation is not None:
        numbers = [block.citation]
    else:
        return []
    return list(dict.fromkeys(numbers)) if len(numbers) > 1 else numbers


class Links:
    """What a writer needs while it walks the pack once: which numbers are listed and cited, and which
    citation is the first of its number (where the entry's back link lands)."""

    def __init__(self, pack: Pack) -> None:
        self.numbers = {ref.number for ref in pack.sources}
        self.listed: set[int] = set()
        self.cited: set[int] = set()
        # Each block's citations, worked out once here for both uses (keyed by identity: blocks are values
        # that may compare equal, but each object always cites the same numbers).
        self._citations: dict[int, tuple[Block, list[int]]] = {}
        for section in pack.sections:
            for block in section.blocks:
                entry = source_entry_number(block, self.numbers)
                if entry is not None:
                    self.listed.add(entry)
                numbers = citations_in(block)
                self.cited.update(numbers)
                self._citations[id(block)] = (block, numbers)
        self._placed: set[int] = set()

    def first_citations(self, block: Block) -> list[int]:
        """Numbers this block cites for the first time in the pack (call once per block, in order)."""
        known = self._citations.get(id(block))
        numbers = known[1] if known is not None and known[0] is block else citations_in(block)
        if not numbers:
            return []
        new = [n for n in numbers if n not in self._placed]
        self._placed.update(new)
        return new

    @staticmethod
    def source_name(number: int) -> str:
        return f"src-{number}"

    @staticmethod
    def citation_name(number: int) -> str:
        return f"cite-{number}"
