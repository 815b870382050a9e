"""The PDF writer, checked with pypdf and, where installed, poppler and qpdf."""

import dataclasses
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from briefing_builder.pack.assemble import assemble
from briefing_builder.render.pdf import render_bytes

from readers import pdf_text, squash


def _pdf(built):
    return next(p for p in built.files if p.suffix == ".pdf")


def test_every_page_is_marked_top_and_bottom_and_numbered(built):
    pages = pdf_text(_pdf(built))
    assert len(pages) >= 6
    for number, text in enumerate(pages, 1):
        assert text.count("RESTRICTED") >= 2, number
        assert f"Page{number}of{len(pages)}" in squash(text), number


def test_contents_lists_headings_with_the_right_pages_and_links(built):
    reader = PdfReader(str(_pdf(built)))
    contents = reader.pages[1].extract_text()
    for _level, title, _anchor in built.pack.toc_entries():
        assert title in contents
    # each entry's page number is the page that heading is on
    for _level, title, _anchor in built.pack.toc_entries():
        match = re.search(re.escape(title) + r"[\s.]*(\d+)", contents)
        assert match, title
        page = int(match.group(1))
        assert title in reader.pages[page - 1].extract_text(), (title, page)
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len([a for a in links if a.get("/Subtype") == "/Link"]) == len(built.pack.toc_entries())


def test_outline_has_a_bookmark_per_section(built):
    outline = PdfReader(str(_pdf(built))).outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    assert titles == [s.title for s in built.pack.sections]


def test_metadata_comes_from_the_pack(built):
    meta = PdfReader(str(_pdf(built))).metadata
    assert meta.title.startswith("Ministerial summit brief") and meta.author == "Briefing Builder"
    assert meta.creator.startswith("Briefing Builder") and meta.subject
    assert meta.creation_date.replace(tzinfo=None).isoformat() + "Z" == built.pack.created  # never the meeting date


def test_fonts_are_the_bundled_ones_embedded(built):
    reader = PdfReader(str(_pdf(built)))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            names.add(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    assert any("NotoSans" in n for n in names)
    assert not any("Helvetica" in n for n in names)


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdffonts_sees_only_embedded_fonts(built):
    output = subprocess.run(["pdffonts", str(_pdf(built))], capture_output=True, text=True, check=True).stdout
    rows = [row for row in output.splitlines()[2:] if row.strip()]
    assert rows and all(" yes yes " in row for row in rows), output


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_finds_no_errors(built):
    result = subprocess.run(["qpdf", "--check", str(_pdf(built))], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdftotext_extracts_the_text(built):
    text = subprocess.run(["pdftotext", "-layout", str(_pdf(built)), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Ethiopia: not ratified, as of 8 June 2023" in " ".join(text.split())


def test_letter_paper(session_library, ministerial_spec):
    pack = dataclasses.replace(assemble(session_library, ministerial_spec), paper="letter")
    box = PdfReader(io.BytesIO(render_bytes(pack)[0])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_same_pack_gives_the_same_bytes(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    assert render_bytes(pack)[0] == render_bytes(pack)[0]


def test_arabic_pack_renders_arabic_text(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, language="ar"))
    data, pages = render_bytes(pack)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 6 and pages
    fonts = {f.get_object()["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("NotoSansArabic" in f for f in fonts)


EMOJI_TITLE = "Children online 🌍 👍 ⚽ 🧒 — شكرا"


@pytest.fixture
def emoji_pdf(library, ministerial_spec, tmp_path):
    """A pack whose first fact has emoji in its title, as PDF bytes on disk."""
    from briefing_builder.library import ItemDraft

    library.add_item(ItemDraft(kind="fact", title=EMOJI_TITLE, body="Body with 📱 and 🔒.",
                               source_uid="summit-report-2019", countries=("ETH",)))
    data, _ = render_bytes(assemble(library, ministerial_spec))
    path = tmp_path / "emoji.pdf"
    path.write_bytes(data)
    return path


def test_emoji_are_drawn_from_the_bundled_emoji_font_not_replaced(emoji_pdf):
    reader = PdfReader(str(emoji_pdf))
    fonts = {f.get_object()["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("Symbola" in f for f in fonts), fonts
    text = "".join(page.extract_text() for page in reader.pages)
    assert "🌍" in text and "📱" in text and "🔒" in text
    assert "\u25a1" not in text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_pdftotext_extracts_emoji_beyond_the_basic_plane(emoji_pdf):
    text = subprocess.run(["pdftotext", str(emoji_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "🌍 👍 ⚽ 🧒" in text
    assert "📱" in text


def test_characters_no_bundled_font_has_are_drawn_as_a_visible_box():
    from briefing_builder.render import fonts

    drawn = "".join(segment.text for segment in fonts.segments("a\U000E0001b\U0010FFFDc"))
    assert drawn == "a\u25a1b\u25a1c"


def test_to_unicode_map_matches_reportlab_in_the_basic_plane_and_uses_surrogate_pairs_beyond():
    import importlib.util

    from reportlab.pdfbase import ttfonts

    from briefing_builder.render import fonts

    fonts.register()
    assert ttfonts.makeToUnicodeCMap is fonts._to_unicode_cmap
    spec = importlib.util.find_spec("reportlab.pdfbase.ttfonts")  # a fresh copy, with ReportLab's own function
    pristine = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pristine)
    basic = [0x41, 0xE9, 0x0627, 0x25A1, 0xFFFD]
    assert fonts._to_unicode_cmap("F", basic) == pristine.makeToUnicodeCMap("F", basic)
    assert "<01> <D83CDF0D>" in fonts._to_unicode_cmap("F", [0x41, 0x1F30D])
