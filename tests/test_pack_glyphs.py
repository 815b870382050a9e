"""Every character drawn, or a warning: Amharic and Tigrinya are drawn with the bundled Noto Sans Ethiopic; what no
bundled font has (Devanagari, Thai, emoji newer than the bundled set) is reported by item and character."""

import shutil
import subprocess
import zipfile

import pytest

from briefing_builder.build import build
from briefing_builder.library import ItemDraft
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.coverage import missing
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.templates import parse_template

AMHARIC = "ሰላም፣ እንኳን ደህና መጡ።"  # Amharic: hello, welcome
TIGRINYA = "ሰላም ኣለኹም፣ እንቋዕ ብደሓን መጻእኩም።"  # Tigrinya: hello, welcome
DEVANAGARI = "नमस्ते"
THAI = "สวัสดี"
MELTING_FACE = "\U0001FAE0"  # Unicode 14 (2021): newer than the bundled emoji subset

TEMPLATE = """name = "glyphs"
title = "Glyphs"
[[section]]
id = "items"
kind = "items"
heading = "Items"
display = "paragraphs"
select = { tags = ["glyphs"] }
[[section]]
id = "sources"
kind = "sources"
heading = "Sources"
"""


@pytest.fixture
def glyph_pack(library, tmp_path):
    def make(*texts: str):
        for number, text in enumerate(texts):
            library.add_item(ItemDraft(kind="fact", title=f"Entry {number}", body=text, source_uid="summit-report-2019",
                                       tags=("glyphs",)), uid=f"glyph-{number}")
        path = tmp_path / "glyphs.toml"
        path.write_text(TEMPLATE, encoding="utf-8")
        spec = PackSpec(template="glyphs", country="ETH", date="2026-12-01")
        return spec, parse_template(path)

    return make


def test_geez_script_is_drawn_whole():
    # every character of the Ethiopic blocks that Unicode assigns (U+1200-137F, 1380-139F, 2D80-2DDF, AB00-AB2F)
    import unicodedata

    blocks = [range(0x1200, 0x1380), range(0x1380, 0x13A0), range(0x2D80, 0x2DE0), range(0xAB00, 0xAB30)]
    assigned = "".join(chr(c) for block in blocks for c in block if unicodedata.name(chr(c), ""))
    assert len(assigned) > 450 and missing(assigned) == []


def test_amharic_and_tigrinya_give_no_warning_and_are_drawn_and_extractable(glyph_pack, library, tmp_path):
    spec, template = glyph_pack(AMHARIC, TIGRINYA)
    pack = assemble(library, spec, template=template)
    assert not [w for w in pack.warnings if w.kind == "glyph"]
    if not shutil.which("pdffonts"):
        pytest.fail("poppler-utils (pdffonts, pdftotext) are needed for this check")
    from briefing_builder.render import pdf as pdf_writer

    data, _ = pdf_writer.render_bytes(pack)
    path = tmp_path / "glyphs.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansEthiopic" in fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "ሰላም" in text and "መጻእኩም" in text and "□" not in text


def test_word_names_the_ethiopic_font_for_geez_runs(glyph_pack, library):
    from briefing_builder.render import docx as docx_writer

    spec, template = glyph_pack(AMHARIC)
    data = docx_writer.render_bytes(assemble(library, spec, template=template))
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    run = body[body.index("ሰላም") - 400: body.index("ሰላም")]
    assert 'w:rFonts w:ascii="Noto Sans Ethiopic"' in run and 'w:cs="Noto Sans Ethiopic"' in run


@pytest.mark.parametrize("text,expected", [(DEVANAGARI, "U+0928 DEVANAGARI LETTER NA (न)"),
                                           (THAI, "U+0E2A THAI CHARACTER SO SUA (ส)"),
                                           (MELTING_FACE, "U+1FAE0 MELTING FACE")])
def test_a_character_no_bundled_font_draws_is_reported_by_item_and_character(glyph_pack, library, text, expected):
    spec, template = glyph_pack("Fine text. " + text)
    pack = assemble(library, spec, template=template)
    warnings = [w for w in pack.warnings if w.kind == "glyph"]
    assert len(warnings) == 1
    warning = warnings[0]
    assert warning.item_uid == "glyph-0" and warning.section_id == "items"
    assert expected in warning.message and "Entry 0" in warning.message and "□" in warning.message
    assert set(warning.character) == set(missing(text)) and warning.character


def test_the_build_result_carries_the_glyph_warning(glyph_pack, library, tmp_path):
    spec, template = glyph_pack(THAI)
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "glyphs.toml").write_text(TEMPLATE, encoding="utf-8")
    result = build(library, spec, tmp_path, formats=("pdf",), extra_template_dirs=[folder])
    assert [w.item_uid for w in result.warnings if w.kind == "glyph"] == ["glyph-0"]


def test_free_text_with_undrawable_characters_is_reported_by_section(library):
    spec = PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01")
    spec = spec.with_override("objectives", free_text=f"Greet them in Thai: {THAI}")
    warnings = [w for w in assemble(library, spec).warnings if w.kind == "glyph"]
    assert [(w.section_id, w.item_uid) for w in warnings] == [("objectives", "")]


def test_word_embeds_the_ethiopic_font_when_the_pack_has_geez(glyph_pack, library):
    import io

    from briefing_builder.render import docx as docx_writer

    spec, template = glyph_pack(AMHARIC)
    data = docx_writer.render_bytes(assemble(library, spec, template=template))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        table = archive.read("word/fontTable.xml").decode("utf-8")
    entry = table[table.index('w:name="Noto Sans Ethiopic"'):]
    assert "w:embedRegular" in entry[: entry.index("</w:font>")]


FLAG_ETHIOPIA = "\U0001F1EA\U0001F1F9"  # 🇪🇹: regional indicators E and T


def test_a_flag_emoji_is_reported_as_one_flag_not_drawn_as_boxed_letters_in_silence(glyph_pack, library):
    spec, template = glyph_pack(f"Welcome {FLAG_ETHIOPIA} and {FLAG_ETHIOPIA} again.")
    pack = assemble(library, spec, template=template)
    warnings = [w for w in pack.warnings if w.kind == "glyph"]
    assert len(warnings) == 1 and warnings[0].item_uid == "glyph-0", pack.warnings
    assert "U+1F1EA U+1F1F9 flag of Ethiopia" in warnings[0].message
    assert "boxed letters" in warnings[0].message and FLAG_ETHIOPIA in warnings[0].character
    assert missing(f"x {FLAG_ETHIOPIA} y \U0001F1EA") == [FLAG_ETHIOPIA, "\U0001F1EA"]  # a lone indicator too


def test_a_flag_in_a_section_text_is_reported_by_section(library):
    spec = PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01")
    spec = spec.with_override("objectives", free_text=f"Greet the hosts {FLAG_ETHIOPIA}")
    warnings = [w for w in assemble(library, spec).warnings if w.kind == "glyph"]
    assert [(w.section_id, w.item_uid) for w in warnings] == [("objectives", "")]
    assert "flag of Ethiopia" in warnings[0].message


def test_a_glyph_warning_names_the_section_by_its_heading_not_its_id(session_library):
    from briefing_builder.pack.meeting import Attendee, Meeting

    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01",
                    meeting=Meeting(theirs=(Attendee(name="Placeholder \U0001FAE0 Person"),)))
    pack = assemble(session_library, spec)
    (warning,) = [w for w in pack.warnings if w.kind == "glyph"]
    assert warning.section_id == "attendees"
    assert warning.message.startswith("The section “Attendees” holds characters"), warning.message
