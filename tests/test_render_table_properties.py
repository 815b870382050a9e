"""Property tests: any table, in any template's pack, on either paper, builds in both formats with all its text.

Tables of 1-15 columns, Latin, Arabic and mixed-script cells, and (slow) cells of up to 60,000 characters; the
text of every cell is read back with pypdf and python-docx.
"""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.model import Run, Table
from briefing_builder.pack.spec import PackSpec
from briefing_builder.render import docx as docx_writer
from briefing_builder.render import pdf as pdf_writer
from briefing_builder.render.text import has_arabic

from layout_check import TEMPLATES
from render_packs import missing_chars, missing_words

LATIN = st.text("abcdefghijklmnopqrstuvwxyzÉéàçõ", min_size=1, max_size=12)
ARABIC = st.text("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=2, max_size=9)
NUMBER = st.integers(0, 99_999).map(str)
WORD = st.one_of(LATIN, ARABIC, NUMBER, st.sampled_from(["(AU)", "2019-12-11", "«oui»", "a/b", "x" * 40]))


def cell(max_words: int) -> st.SearchStrategy[str]:
    return st.lists(WORD, min_size=0, max_size=max_words).map(" ".join)


@st.composite
def tables(draw, max_columns: int = 15, max_words: int = 60) -> Table:
    columns = draw(st.integers(1, max_columns))
    rows = draw(st.integers(1, 6))
    header = tuple(draw(st.lists(LATIN | ARABIC, min_size=columns, max_size=columns)))
    body = tuple(tuple((Run(draw(cell(max_words))),) for _ in range(columns)) for _ in range(rows))
    direction = draw(st.sampled_from(["ltr", "rtl"]))
    return Table(header, body, direction=direction)


def _pack_with(library, template: str, language: str, paper: str, table: Table):
    pack = assemble(library, PackSpec(template=template, country="ETH", date="2026-12-01", language=language,
                                      paper=paper))
    first = pack.sections[0]
    section = dataclasses.replace(first, blocks=first.blocks[:1] + (table,) + first.blocks[1:])
    return dataclasses.replace(pack, sections=(section,) + pack.sections[1:])


def _hyphenated_in(word: str, text: str) -> bool:
    """True if `text` holds `word` cut by the PDF's hyphenation: one part ending in "-", the rest elsewhere."""
    import re

    parts = [p for p in ("".join(c for c in piece if c.isalnum()) for piece in re.split(r"[\s-]+", text)) if p]
    remaining = word
    while remaining:
        head = next((p for p in sorted(parts, key=len, reverse=True) if remaining.startswith(p)), None)
        if head is None:
            return False
        remaining = remaining[len(head):]
    return True


def _check(pack, table: Table) -> None:
    data, _ = pdf_writer.render_bytes(pack)
    pdf_text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    docx_text = "\n".join(p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs)
    cells = [text for row in (table.header,) + tuple(tuple(c[0].text for c in r) for r in table.rows)
             for text in row]
    for text in cells:
        assert not missing_words(text, docx_text), ("docx", text[:200])
        if table.direction == "ltr" and not has_arabic(text):  # words in order
            # a word hyphenated across lines of a narrow column comes back as "head-" ... "tail", with the other
            # cells of the row read in between: it counts when some split of it is there that way
            assert not [w for w in missing_words(text, pdf_text) if not _hyphenated_in(w, pdf_text)], \
                ("pdf", text[:200])
    # Every letter and digit of every cell, counted (readers reorder right-to-left lines, and words wider
    # than a narrow column are cut across lines).
    assert not missing_chars(" ".join(cells), pdf_text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(table=tables(), template=st.sampled_from(TEMPLATES), language=st.sampled_from(["en", "fr", "pt", "ar"]),
       paper=st.sampled_from(["a4", "letter"]))
def test_any_table_in_any_template_builds_with_every_cell_s_text(session_library, table, template, language, paper):
    _check(_pack_with(session_library, template, language, paper, table), table)


@st.composite
def long_tables(draw) -> Table:
    columns = draw(st.integers(1, 3))
    length = draw(st.sampled_from([5_000, 20_000, 60_000]))
    words = draw(st.lists(WORD, min_size=20, max_size=40))
    text = (" ".join(words) + " ") * (length // (len(" ".join(words)) + 1) + 1)
    long_cell = text[:length].rsplit(" ", 1)[0]
    position = draw(st.integers(0, columns - 1))
    cells = tuple((Run(long_cell if i == position else draw(cell(20))),) for i in range(columns))
    return Table(tuple(draw(st.lists(LATIN, min_size=columns, max_size=columns))), (cells, cells[::-1][:columns]),
                 direction=draw(st.sampled_from(["ltr", "rtl"])))


@pytest.mark.slow
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow, HealthCheck.data_too_large])
@given(table=long_tables(), template=st.sampled_from(TEMPLATES), paper=st.sampled_from(["a4", "letter"]))
def test_cells_of_up_to_60000_characters_split_across_pages_and_come_back_whole(session_library, table, template,
                                                                                 paper):
    _check(_pack_with(session_library, template, "en", paper, table), table)
