"""An Arabic pack reads right to left everywhere: captions and sources carry the pack's direction, our separators are
Arabic commas, bold styles stay bold in Arabic, key figures read alike in Word and PDF, citations stay whole.

Outputs are re-opened by independent readers (python-docx on the DOCX XML, pdftotext and pypdf on the PDF)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing_builder.pack.assemble import assemble, text_direction
from briefing_builder.render.isolates import FSI, PDI, WORD_JOINER, isolated_figure, unbreakable_citation
from briefing_builder.render.reference_docx import reference_path

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def arabic_build(session_library, ministerial_spec, tmp_path_factory):
    from briefing_builder.build import build

    return build(session_library, dataclasses.replace(ministerial_spec, language="ar"),
                 tmp_path_factory.mktemp("arfix-ar"))


@pytest.fixture(scope="module")
def english_build(session_library, ministerial_spec, tmp_path_factory):
    from briefing_builder.build import build

    return build(session_library, ministerial_spec, tmp_path_factory.mktemp("arfix-en"))


def _file(result, suffix: str) -> Path:
    return next(Path(p) for p in result.files if str(p).endswith(suffix))


def _paragraphs(document):
    """Every paragraph of the document: body, table cells, headers and footers."""
    body = document.element.body
    yield from body.iter(qn("w:p"))
    for section in document.sections:
        for part in (section.header, section.footer):
            yield from part._element.iter(qn("w:p"))


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _style(p) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(qn("w:val")) if style is not None else ""


def _has_bidi(p) -> bool:
    return p.find(f"{W}pPr/{W}bidi") is not None


def test_every_paragraph_of_an_arabic_docx_carries_right_to_left_but_english_quotations(arabic_build):
    """Quotations kept in their English original (first letter Latin) are left to right, their own language's
    direction; every other paragraph,
    captions, the sources list and the header's marking included, is right to left."""
    document = docx.Document(str(_file(arabic_build, ".docx")))
    missing = [(_style(p), _text(p)[:60]) for p in _paragraphs(document)
               if not _has_bidi(p) and not (_style(p) == "Quote" and text_direction(_text(p), "rtl") == "ltr")]
    assert missing == []
    captions = [p for p in _paragraphs(document) if _style(p) == "Caption"]
    assert len(captions) >= 5 and all(_has_bidi(p) for p in captions)
    entries = [p for p in _paragraphs(document) if re.match(r"\[\d+\] ", _text(p))]
    assert len(entries) >= 10 and all(_has_bidi(p) for p in entries)


def test_no_paragraph_of_an_english_docx_is_right_to_left_nor_its_figures_isolated(english_build):
    document = docx.Document(str(_file(english_build, ".docx")))
    assert not [p for p in _paragraphs(document) if _has_bidi(p)]
    figures = [_text(p) for p in _paragraphs(document) if _style(p) == "KeyFigure"]
    assert "400+" in figures and not any(FSI in f for f in figures)


def test_arabic_captions_and_sources_separate_with_the_arabic_comma(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, language="ar"))
    sources = next(s for s in pack.sections if s.id == "sources")
    entries = [t for t in ("".join(r.text for r in getattr(b, "runs", ())) for b in sources.blocks)
               if re.match(r"\[\d+\] ", t)]
    assert len(entries) >= 10
    for entry in entries:
        before_address = entry.split(" http", 1)[0]
        # our separators are Arabic commas; a Latin comma may only sit inside an original (Latin-script) title
        assert "، " in before_address and not re.search(r"[\u0600-\u06ff)\]], ", before_address), entry
    assert all(b.direction == "rtl" for b in sources.blocks)
    attributions = [b.attribution for s in pack.sections for b in s.blocks if getattr(b, "attribution", "")]
    assert any("، " in a for a in attributions)
    assert not any(", " in a for a in attributions)


def test_english_sources_keep_the_latin_comma(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    sources = next(s for s in pack.sections if s.id == "sources")
    entries = [t for t in ("".join(r.text for r in getattr(b, "runs", ())) for b in sources.blocks)
               if re.match(r"\[\d+\] ", t)]
    assert entries and all("،" not in e for e in entries) and any(", " in e for e in entries)


def test_arabic_pdf_prints_arabic_commas_in_captions_and_sources(arabic_build):
    """pdftotext gives back the Arabic comma after the publisher "WeProtect" (caption and source entry), never a
    Latin one; and more Arabic commas than numbered source entries."""
    text = subprocess.run(["pdftotext", str(_file(arabic_build, ".pdf")), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)  # pdftotext's direction marks
    assert "،WeProtect" in text or "WeProtect،" in text
    assert ",WeProtect" not in text and "WeProtect," not in text
    assert text.count("،") > len(set(re.findall(r"\[(\d+)\]", text)))


def test_every_bold_italic_or_sized_style_has_its_complex_script_twin():
    document = docx.Document(str(reference_path()))
    missing = []
    for rpr in document.styles.element.iter(qn("w:rPr")):
        for latin, twin in (("b", "bCs"), ("i", "iCs"), ("sz", "szCs")):
            found = rpr.find(qn(f"w:{latin}"))
            if found is None:
                continue
            other = rpr.find(qn(f"w:{twin}"))
            if other is None or other.get(qn("w:val")) != found.get(qn("w:val")):
                missing.append((rpr.getparent().get(qn("w:styleId")), latin))
    assert missing == []
    ids = {s.name: s for s in document.styles}
    for name in ("Title", "TOC 1", "Key Figure", "Classification", "Header", "TOC Heading", "Cover Organisation"):
        assert ids[name].element.find(f"{W}rPr/{W}bCs") is not None, name


def test_bold_and_italic_runs_of_the_arabic_docx_are_bold_and_italic_in_complex_script(arabic_build):
    document = docx.Document(str(_file(arabic_build, ".docx")))
    runs = list(document.element.body.iter(qn("w:rPr")))
    bold = [r for r in runs if r.find(qn("w:b")) is not None]
    italic = [r for r in runs if r.find(qn("w:i")) is not None]
    assert bold and italic
    assert all(r.find(qn("w:bCs")) is not None for r in bold)
    assert all(r.find(qn("w:iCs")) is not None for r in italic)


def test_key_figures_are_isolated_in_both_writers_so_they_read_alike(arabic_build):
    document = docx.Document(str(_file(arabic_build, ".docx")))
    figures = [_text(p) for p in _paragraphs(document) if _style(p) == "KeyFigure"]
    assert f"{FSI}400+{PDI}" in figures
    assert all(f.startswith(FSI) and f.endswith(PDI) for f in figures)
    # The PDF draws the isolate left to right: "400+" as typed, never the "+400" an RTL paragraph makes of it.
    page = next(p for p in PdfReader(str(_file(arabic_build, ".pdf"))).pages if "400" in p.extract_text())
    text = re.sub(f"[{FSI}{PDI}\u202a-\u202e\u2066-\u2069]", "", page.extract_text())
    assert "400+" in text and "+400" not in text
    layout = subprocess.run(["pdftotext", "-layout", str(_file(arabic_build, ".pdf")), "-"], capture_output=True,
                            text=True, check=True).stdout
    assert "400+" in layout and "+400" not in layout


def test_isolated_figure_leaves_empty_isolated_and_left_to_right_values_alone():
    assert isolated_figure("") == ""
    assert isolated_figure("400+", "ltr") == "400+"
    assert isolated_figure("97%") == f"{FSI}97%{PDI}"
    assert isolated_figure(isolated_figure("5 ملايين")) == f"{FSI}5 ملايين{PDI}"


def test_citations_in_the_docx_are_joined_so_no_line_breaks_inside_them(arabic_build):
    assert unbreakable_citation(12) == f"[{WORD_JOINER}1{WORD_JOINER}2{WORD_JOINER}]"
    document = docx.Document(str(_file(arabic_build, ".docx")))
    cited = [t.text for t in document.element.body.iter(qn("w:t")) if t.text and "[" in t.text
             and t.getparent().find(f"{W}rPr/{W}rStyle") is not None]
    assert cited
    for text in cited:
        number = re.sub("[^0-9]", "", text)
        assert text.strip() == unbreakable_citation(int(number)), repr(text)
    # a reader of the text still sees "[n]": the joiners are invisible, format characters
    assert all(unicodedata.category(WORD_JOINER) == "Cf" for _ in cited)
