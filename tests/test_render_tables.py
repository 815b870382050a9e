"""Tables in both writers: they never crash, never lose text, keep rows whole when they can, repeat headers."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.model import Run, Table
from briefing_builder.pack.spec import PackSpec
from briefing_builder.render import docx as docx_writer
from briefing_builder.render import pdf as pdf_writer

from readers import squash
from render_packs import missing_words, one_table_pack

SIDE_BY_SIDE = ("NGA", "GHA", "SEN", "MLI", "NER", "BFA")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_seven_country_side_by_side_profile_builds_in_both_formats(session_library, language):
    """The pack that crashed ReportLab's _splitCell (IndexError) builds, and every cell's text comes back."""
    spec = PackSpec(template="country-profile", country="ETH", extra_countries=SIDE_BY_SIDE, date="2026-12-01",
                    language=language)
    pack = assemble(session_library, spec)
    data, _ = pdf_writer.render_bytes(pack)
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    assert document.tables
    for block in (b for s in pack.sections for b in s.blocks if isinstance(b, Table)):
        for row in block.rows:
            for cell in row:
                for run in cell:
                    assert not missing_words(run.text, text), run.text


def test_a_cell_longer_than_a_page_is_split_and_comes_back_whole():
    long_cell = " ".join(f"word{n}" for n in range(6_000))
    pack = one_table_pack(("Topic", "Text"), [[(Run("short"),), (Run(long_cell),)]])
    data, _ = pdf_writer.render_bytes(pack)
    reader = PdfReader(io.BytesIO(data))
    body = reader.pages[2:]
    assert len(body) > 3
    assert not missing_words(long_cell, "".join(p.extract_text() for p in body))
    for page in body:  # the header row repeats on every page the table reaches
        assert page.extract_text().count("Topic") == 1


def test_rows_that_fit_on_a_page_move_whole_to_the_next():
    rows = [[(Run(f"row{n}"),), (Run(" ".join(f"r{n}w{k}" for k in range(180))),)] for n in range(12)]
    pack = one_table_pack(("Topic", "Text"), rows)
    data, _ = pdf_writer.render_bytes(pack)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages[2:]]
    for n in range(12):
        holding = [i for i, page in enumerate(pages) if f"r{n}w0" in page or f"r{n}w179" in page]
        assert len(holding) == 1, (n, holding)  # first and last words of a row on the same page


def test_docx_header_rows_repeat_and_long_rows_may_split():
    long_cell = " ".join(f"word{n}" for n in range(6_000))
    pack = one_table_pack(("Topic", "Text"), [[(Run("short"),), (Run(long_cell),)], [(Run("a"),), (Run("b"),)]])
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    rows = document.tables[0]._tbl.tr_lst
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None
    assert rows[1].trPr is None or rows[1].trPr.find(qn("w:cantSplit")) is None  # a page-long row must split
    assert rows[2].trPr.find(qn("w:cantSplit")) is not None  # a short row stays whole


def test_a_header_too_long_to_repeat_prints_once_as_the_first_row():
    header = " ".join(f"head{n}" for n in range(1_500))
    pack = one_table_pack((header, "B"), [[(Run("cell one"),), (Run("cell two"),)]])
    data, _ = pdf_writer.render_bytes(pack)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert not missing_words(header + " cell one cell two", text)
    assert text.count("head1499") == 1


def test_an_empty_table_renders():
    pack = one_table_pack(("", ""), [])
    data, _ = pdf_writer.render_bytes(pack)
    assert len(PdfReader(io.BytesIO(data)).pages) == 3
    docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))


def test_empty_key_figures_quotes_and_tables_draw_no_empty_boxes():
    from briefing_builder.pack.model import KeyFigure, Quote

    from render_packs import pack_of

    blocks = [KeyFigure("", " "), Quote((Run(" "),)), Table(("", ""), (((Run(""),), (Run(""),)),))]
    pack = pack_of(blocks)
    data, _ = pdf_writer.render_bytes(pack)
    page = PdfReader(io.BytesIO(data)).pages[2]
    content = page.get_contents().get_data()
    assert b" re f" not in content and b" re\nf" not in content  # no filled rectangles (shaded boxes)
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    assert not document.tables


def _pack_words(pack) -> set[str]:
    """Every word the pack prints anywhere (its blocks, cover, sources, page labels)."""
    from briefing_builder.pack.coverage import _block_texts

    texts = [s.title for s in pack.sections] + [t for s in pack.sections for b in s.blocks for t in _block_texts(b)]
    texts += [pack.cover.title, pack.cover.subtitle, pack.cover.date_text, pack.cover.country, pack.classification,
              pack.labels.page_x_of_y, pack.labels.contents] + [v for pair in pack.cover.meta_lines for v in pair]
    texts += [ref.citation for ref in pack.sources]
    return {_bare(w) for text in texts for w in text.split()}


def _table_words(pack) -> set[str]:
    texts: list[str] = []
    for block in (b for s in pack.sections for b in s.blocks if isinstance(b, Table)):
        texts += list(block.header) + ["".join(r.text for r in cell) for row in block.rows for cell in row]
    return {_bare(w) for text in texts for w in text.split() if len(_bare(w)) > 3}


def _bare(word: str) -> str:
    return word.strip("()[],.;:«»“”\"'’\u00a0\u202f")


@pytest.mark.parametrize("language", ["en", "fr", "pt"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_side_by_side_cells_break_between_words_or_with_a_hyphen(session_library, language, paper):
    """pdftotext's words of the comparison table are the pack's words, or a hyphenated part and its rest: no word
    is cut without a hyphen ('particip' / 'ating')."""
    import subprocess

    spec = PackSpec(template="country-profile", country="ETH", extra_countries=SIDE_BY_SIDE, date="2026-12-01",
                    language=language, paper=paper)
    pack = assemble(session_library, spec)
    data, _ = pdf_writer.render_bytes(pack)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "4", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert not _cut_words(text, pack)


def _cut_words(text: str, pack) -> list[str]:
    """The words of `text` (a rendering's text) that are a table word cut without a hyphen."""
    vocabulary, table_words = _pack_words(pack), _table_words(pack)
    vocabulary |= {w.replace("-", "") for w in vocabulary}  # pdftotext joins "Estados-" / "Membros" at a line end
    tokens = [_bare(t) for t in text.split()]
    heads = {t[:-1] for t in tokens if t.endswith("-") and len(t) > 2}
    cut = []
    for token in tokens:
        if token in vocabulary or token.endswith("-") or not token.isalpha():
            continue
        if any(token.startswith(w) and w != token for w in table_words) or \
                any(w.endswith(token) and w != token for w in table_words):  # a part of a table word
            if not any(head + token in vocabulary for head in heads):
                cut.append(token)
    return cut


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "pt"])
def test_libreoffice_breaks_the_seven_country_word_table_between_words_or_at_a_soft_hyphen(
        session_library, language, tmp_path):
    """The DOCX carries soft hyphens in words too wide for a narrow column, so LibreOffice hyphenates them
    ('desconhe/cida' was cut bare in the seven-country table)."""
    import subprocess

    from layout_check import libreoffice_pdf

    spec = PackSpec(template="country-profile", country="ETH", extra_countries=SIDE_BY_SIDE, date="2026-12-01",
                    language=language)
    pack = assemble(session_library, spec)
    path = tmp_path / "seven.docx"
    path.write_bytes(docx_writer.render_bytes(pack))
    pdf = libreoffice_pdf(path, tmp_path)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "5", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8").replace("\u00ad", "-")
    assert not _cut_words(text, pack)


def test_a_narrow_column_takes_room_from_the_others_before_hyphenating():
    from briefing_builder.render.pdf_words import fit_widths

    assert fit_widths([100, 40, 100], [30, 60, 30]) == [90, 60, 90]
    assert fit_widths([50, 50], [40, 40]) == [50, 50]  # nothing to do
    assert fit_widths([40, 40], [60, 60]) == [40, 40]  # no room to give: hyphenation has to do it


@pytest.mark.parametrize("language,word", [("fr", "participation"), ("pt", "participação"),
                                           ("en", "participating"), ("pt", "Estados-Membros"),
                                           ("ar", "المشاركة")])
def test_a_word_too_wide_for_its_column_is_hyphenated_and_keeps_its_letters(language, word):
    from briefing_builder.render import pdf_text
    from briefing_builder.render.pdf_words import split_word

    piece = pdf_text._piece(word, True, False, 9.0, None)
    width = piece.width * 0.6
    parts = split_word(piece, width, language)
    assert len(parts) >= 2 and all(p.width <= width for p in parts)
    assert all(p.text.endswith("-") for p in parts[:-1]) and not parts[-1].text.endswith("-")
    rebuilt, position = "", 0
    for part in parts:  # drop the hyphens the break added; a hyphen the word has stays
        text = part.text if word.startswith(part.text, position) else part.text[:-1]
        rebuilt, position = rebuilt + text, position + len(text)
    assert rebuilt == word
