"""The Word footer is one line, as in the PDF: the marking centred, "Page X of Y" at the line's end (right, or
left in a right-to-left pack). Read back with python-docx, and as LibreOffice lays it out (pdftotext's boxes)."""

import dataclasses
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET

import docx
import pytest
from docx.oxml.ns import qn

from briefing_builder.pack.assemble import assemble
from briefing_builder.render.docx import render_bytes

from layout_check import libreoffice_pdf


def _twips(emu: int) -> int:
    return round(emu / 635)


@pytest.fixture(scope="module")
def packs(session_library, ministerial_spec):
    return {language: assemble(session_library, dataclasses.replace(ministerial_spec, language=language))
            for language in ("en", "ar")}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_docx_footer_is_one_paragraph_with_centre_and_end_tab_stops_across_the_text(packs, language):
    document = docx.Document(io.BytesIO(render_bytes(packs[language])))
    section = document.sections[0]
    footer = section.footer
    assert len(footer.paragraphs) == 1 and not footer.tables
    paragraph = footer.paragraphs[0]
    marking, label = paragraph.text.split("\t")[1:]
    assert marking == "RESTRICTED"
    assert label == ("Page 1 of 1" if language == "en" else "الصفحة 1 من 1")  # the fields' cached values
    width = _twips(section.page_width) - _twips(section.left_margin) - _twips(section.right_margin)
    stops = {(tab.get(qn("w:val")), int(tab.get(qn("w:pos"))))
             for tab in paragraph._element.pPr.findall(f"{qn('w:tabs')}/{qn('w:tab')}")}
    assert ("center", width // 2) in stops and ("right", width) in stops
    # No other stop lies inside the text width (the style's, set for another paper, are cleared).
    assert {pos for val, pos in stops if val != "clear"} == {width // 2, width}
    assert (paragraph._element.pPr.find(qn("w:bidi")) is not None) == (language == "ar")


def _words(pdf, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) on a page, with pdftotext's bounding boxes."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(out[out.index("<html"):].replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))) for w in root.iter("word")]


def _page_size(pdf) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in out.splitlines() if line.startswith("Page size:")).split()
    return float(size[2]), float(size[4])


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"),
                    reason="LibreOffice and poppler needed")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_libreoffice_lays_the_footer_out_on_one_line_like_the_pdf(packs, language, tmp_path):
    from briefing_builder.render import theme

    path = tmp_path / f"pack-{language}.docx"
    path.write_bytes(render_bytes(packs[language]))
    pdf = libreoffice_pdf(path, tmp_path / "lo")
    width, height = _page_size(pdf)
    words = [w for w in _words(pdf, 2) if w[2] > height - theme.MARGIN_BOTTOM]  # in the bottom margin only
    marking = next(w for w in words if w[0] == "RESTRICTED")
    number = next(w for w in words if w[0] == "2")  # page 2's number
    total = next(w for w in words if w[0].isdigit() and w is not number)
    assert abs((marking[1] + marking[3]) / 2 - width / 2) < 3  # centred
    line = [w for w in words if abs(w[4] - marking[4]) < 1.5]  # sharing the marking's baseline
    assert number in line and total in line and len(line) == len(words)  # one line, nothing stacked
    if language == "en":  # "Page 2 of N" ends at the right margin
        assert abs(max(w[3] for w in line) - (width - theme.MARGIN_RIGHT)) < 3
        assert [w[0] for w in sorted(line, key=lambda w: w[1])][-4:-2] == ["Page", "2"]
    else:  # at the left margin in a right-to-left pack
        assert abs(min(w[1] for w in line) - theme.MARGIN_LEFT) < 3
