"""Pagination a typesetter would accept, and a Word contents page that is right, in every template x language.

Read back independently: pdftotext per page for our PDF and for LibreOffice's PDF of our DOCX (converted with
the system's Noto fonts hidden, so the fonts embedded in the DOCX are the only Noto Sans it can use).
"""

from __future__ import annotations

import shutil

import pytest

from layout_check import (LANGUAGES, SEVEN_COUNTRIES, TEMPLATES, check_case, heading_pages, pages_ending_with,
                          pages_starting_with)

CASES = [(t, lang) for t in TEMPLATES for lang in LANGUAGES]


@pytest.fixture(scope="module")
def our_pdfs(session_library, tmp_path_factory):
    work = tmp_path_factory.mktemp("pagination")
    return {(t, lang): check_case(session_library, t, lang, "a4", work, libreoffice=False) for t, lang in CASES}


@pytest.mark.parametrize("template, language", CASES)
def test_no_page_of_our_pdf_ends_with_a_heading_or_an_item_title(our_pdfs, template, language):
    assert our_pdfs[template, language].pdf_heading_ends == []


@pytest.mark.parametrize("template, language", CASES)
def test_our_pdf_contents_give_the_page_each_heading_is_on(our_pdfs, template, language):
    case = our_pdfs[template, language]
    assert case.entries and case.pdf_mismatches == []


@pytest.mark.parametrize("template, language", CASES)
def test_no_page_of_our_pdf_starts_with_a_quotations_attribution(our_pdfs, template, language):
    assert our_pdfs[template, language].pdf_lone_attributions == []


@pytest.mark.parametrize("template, language", CASES)
def test_no_page_is_more_than_half_empty_unless_a_template_rule_starts_a_new_page(our_pdfs, template, language):
    assert our_pdfs[template, language].half_empty == []


# Exact parity, measured with tests/layout_check.py on 2026-12-02 (docs/word-contents-parity.md): A4 88/88 and
# Letter 88/88 contents entries on the page LibreOffice lays their headings on, and 30/30 in the seven-country
# side-by-side packs (en, fr, ar, A4). Any drift fails here; a case that
# cannot be made exact goes in this set, with the reason in the note.
KNOWN_OFF_BY_ONE: set[tuple[str, str, str]] = set()


def tolerance(template: str, language: str, paper: str) -> int:
    return 1 if (template, language, paper) in KNOWN_OFF_BY_ONE else 0


PAPERS = ("a4", "letter")  # the papers measured


@pytest.fixture(scope="module")
def libreoffice_cases(session_library, tmp_path_factory):
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    work = tmp_path_factory.mktemp("pagination-lo")
    return {(t, lang, paper): check_case(session_library, t, lang, paper, work)
            for t, lang in CASES for paper in PAPERS}


PAPER_CASES = [(t, lang, paper) for t, lang in CASES for paper in PAPERS]

# The country profile with seven countries side by side (a wide, narrow-celled table), A4.
SEVEN_LANGUAGES = ("en", "fr", "ar")


@pytest.fixture(scope="module")
def seven_country_cases(session_library, tmp_path_factory):
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    work = tmp_path_factory.mktemp("pagination-seven")
    return {lang: check_case(session_library, "country-profile", lang, "a4", work, extra_countries=SEVEN_COUNTRIES)
            for lang in SEVEN_LANGUAGES}


# French: after the content fixes merged last (status notes, as-of dates), LibreOffice lays "Burkina Faso" one page
# later than the PDF (7 -> 8); recorded in docs/word-contents-parity.md, open.
SEVEN_OPEN = {"fr": "LibreOffice lays 'Burkina Faso' on page 8, the PDF and the contents on 7 (open)"}


@pytest.mark.slow
@pytest.mark.parametrize("language", [pytest.param(lang, marks=pytest.mark.xfail(strict=True, reason=SEVEN_OPEN[lang]))
                                      if lang in SEVEN_OPEN else lang for lang in SEVEN_LANGUAGES])
def test_word_contents_are_libreoffices_pages_in_a_seven_country_side_by_side_pack(seven_country_cases, language):
    case = seven_country_cases[language]
    assert case.entries and case.pdf_mismatches == []
    assert case.mismatches == []
    assert case.lo_pages == case.pdf_pages
    assert case.lo_heading_ends == []


@pytest.mark.slow
@pytest.mark.parametrize("template, language, paper", PAPER_CASES)
def test_libreoffice_uses_the_fonts_embedded_in_the_docx(libreoffice_cases, template, language, paper):
    fonts = set(libreoffice_cases[template, language, paper].lo_fonts)
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= fonts
    if language == "ar":
        assert "NotoSansArabic-Regular" in fonts


@pytest.mark.slow
@pytest.mark.parametrize("template, language, paper", PAPER_CASES)
def test_every_word_contents_entry_is_the_page_libreoffice_lays_the_heading_on(libreoffice_cases, template,
                                                                               language, paper):
    case = libreoffice_cases[template, language, paper]
    allowed = tolerance(template, language, paper)
    assert all(lo is not None and abs(lo - contents) <= allowed for _t, contents, lo in case.mismatches)
    assert abs(case.lo_pages - case.pdf_pages) <= allowed


@pytest.mark.slow
@pytest.mark.parametrize("template, language, paper", PAPER_CASES)
def test_no_page_libreoffice_lays_out_ends_with_a_heading_or_an_item_title(libreoffice_cases, template, language,
                                                                           paper):
    assert libreoffice_cases[template, language, paper].lo_heading_ends == []


@pytest.mark.slow
@pytest.mark.parametrize("template, language, paper", PAPER_CASES)
def test_no_page_libreoffice_lays_out_starts_with_a_quotations_attribution(libreoffice_cases, template, language,
                                                                           paper):
    assert libreoffice_cases[template, language, paper].lo_lone_attributions == []


def test_the_page_start_check_finds_an_attribution_alone_at_the_top_of_a_page():
    pages = ["cover", "contents", "RESTRICTED\n“A quotation.”\nPage 3 of 4",
             "RESTRICTED\n— WePROTECT Global Alliance, Contents\npage [7]\nMore text.\nPage 4 of 4"]
    found = pages_starting_with(pages, ["— WePROTECT Global Alliance, Contents page"], "RESTRICTED",
                                "Page {page} of {pages}")
    assert found == [(4, "— WePROTECT Global Alliance, Contents page")]
    assert pages_starting_with(pages[:3], ["— WePROTECT Global Alliance"], "RESTRICTED", "Page {page} of {pages}") == []


def test_a_quotation_near_the_foot_of_a_page_moves_over_with_its_attribution():
    """pdf_flow.EndWithNext: the attribution never starts a page alone; the quotation goes with it."""
    import io

    from pypdf import PdfReader
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from briefing_builder.render.pdf_flow import EndWithNext

    style = getSampleStyleSheet()["Normal"]
    quote = Paragraph("Quoted words " * 40, style)  # about six lines
    out = io.BytesIO()
    document = SimpleDocTemplate(out)
    room = document.height
    # leaves room for the quotation but not for its attribution as well
    quote_height = quote.wrap(document.width, room)[1]
    story = [Spacer(1, room - quote_height - 2), EndWithNext(quote, Paragraph("— The Publisher", style), room)]
    document.build(story)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) == 2
    assert "Quoted words" not in pages[0]
    assert "Quoted words" in pages[1] and "— The Publisher" in pages[1]


def test_word_keeps_a_quotation_with_its_attribution(session_library):
    """The DOCX's quotation paragraph keeps with the next (its attribution), as the PDF does."""
    import io

    import docx

    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.spec import PackSpec
    from briefing_builder.render import docx as docx_writer

    pack = assemble(session_library, PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01",
                                              language="en"))
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    paragraphs = document.paragraphs
    quotes = [i for i, p in enumerate(paragraphs) if p.style.name == "Quote"]
    assert quotes
    for index in quotes:
        assert paragraphs[index].paragraph_format.keep_with_next, paragraphs[index].text[:60]
        assert paragraphs[index + 1].text.startswith("— ")


def test_the_page_end_check_finds_a_heading_left_at_the_foot_of_a_page():
    pages = ["cover", "contents", "Some text.\nA heading\nRESTRICTED\nPage 3 of 4", "The rest.\nRESTRICTED"]
    assert pages_ending_with(pages, ["A heading"], "RESTRICTED", "Page {page} of {pages}") == [(3, "A heading")]
    assert pages_ending_with(pages, ["heading"], "RESTRICTED", "Page {page} of {pages}") == []


def test_the_heading_search_reads_reordered_right_to_left_lines():
    pages = ["", "", "\u202b\ufe8d\ufedf\ufee4\ufebc\ufe8e\ufea9\ufead\u202c"]  # presentation forms
    assert heading_pages(pages, ["المصادر"], 3) == [3]
    assert heading_pages(pages, ["المصدر"], 3) == [None]


def test_a_heading_that_starts_a_page_has_no_space_before_in_word_as_in_the_pdf(session_library):
    """ReportLab drops a heading's space before at the top of a frame; Word and LibreOffice keep it after a page
    break unless the paragraph says 0 (that 14 pt per section page moved 'Éléments de langage' a page later)."""
    import io

    import docx
    from docx.oxml.ns import qn

    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.spec import PackSpec
    from briefing_builder.render import docx as docx_writer

    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01",
                                              language="fr", paper="letter"))
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    starts = [p for p in document.paragraphs if p._p.pPr is not None
              and p._p.pPr.find(qn("w:pageBreakBefore")) is not None]
    assert starts
    for paragraph in starts:
        spacing = paragraph._p.pPr.find(qn("w:spacing"))
        assert spacing is not None and spacing.get(qn("w:before")) == "0", paragraph.text
