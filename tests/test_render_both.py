"""Properties both writers keep: same content in the same order, any text gives valid files, every block renders."""

import io

import docx
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing_builder.library import ItemDraft
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.model import (
    Annex,
    BulletList,
    Cover,
    Heading,
    KeyFigure,
    Labels,
    MeetingTable,
    Pack,
    PageBreak,
    Paragraph,
    PersonProfile,
    QAPair,
    Quote,
    Run,
    Section,
    SourceRef,
    Table,
)
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.templates import parse_template
from briefing_builder.render import docx as docx_writer
from briefing_builder.render import pdf as pdf_writer
from briefing_builder.pack.typography import typeset
from briefing_builder.render.text import clean

from brief_fixtures import annex_docx_bytes, placeholder_photo
from readers import squash


def docx_body_text(data: bytes) -> str:
    """Body text in document order (paragraphs and tables interleaved as they stand)."""
    body = docx.Document(io.BytesIO(data)).element.body
    return "".join(t.text or "" for t in body.iter(qn("w:t")))


def pdf_body_text(data: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _positions(haystack: str, needles: list[str]) -> list[int]:
    found, start = [], 0
    for needle in needles:
        index = haystack.find(squash(needle), start)
        assert index >= 0, f"{needle!r} missing or out of order"
        found.append(index)
        start = index + 1
    return found


def test_docx_and_pdf_have_the_same_headings_and_items_in_the_same_order(built, session_library):
    pack = built.pack
    expected = []
    for section in pack.sections:
        expected.append(section.title)
        for uid in section.item_uids:
            expected.append(typeset(session_library.item(uid).title, "en"))  # printed with typographic quotes
    docx_data = next(p for p in built.files if p.suffix == ".docx").read_bytes()
    pdf_data = next(p for p in built.files if p.suffix == ".pdf").read_bytes()
    # Skip the contents pages (which list the headings once more) by starting after the first section heading.
    docx_text = squash(docx_body_text(docx_data))
    pdf_text = squash(pdf_body_text(pdf_data))
    first = squash(pack.sections[0].title)
    docx_text = docx_text[docx_text.find(first, docx_text.find(first) + 1):]
    pdf_text = pdf_text[pdf_text.find(first, pdf_text.find(first) + 1):]
    assert len(_positions(docx_text, expected)) == len(_positions(pdf_text, expected)) == len(expected)


def _every_block_pack(direction: str = "ltr") -> Pack:
    runs = (Run("Plain "), Run("bold ", bold=True), Run("italic ", italic=True), Run("", citation=1),
            Run(" عربي "), Run("<&> 😀"))
    blocks = (Heading("Every block", 1, "s1", direction), Paragraph(runs, "body", direction),
              Paragraph(runs, "lead", direction), Paragraph(runs, "note", direction),
              BulletList((runs, runs), False, direction), BulletList((runs,), True, direction),
              Table(("A", "B"), ((runs, runs), (runs, (Run("x"),))), "A caption", (1, 2), direction),
              KeyFigure("94", "Countries", 1, "as of 2019", direction), KeyFigure("", "No figure", None, "", direction),
              Quote(runs, "Someone, para. 3", 1, direction), PageBreak(direction), Heading("Sub", 2, "s1-a", direction),
              Heading("Minor", 3, "", direction),
              PersonProfile("Placeholder Person A", "Placeholder role", placeholder_photo((40, 80, 120)),
                            "Placeholder Person A, Placeholder role", (("Languages", "English"),), (runs, runs),
                            direction),
              PersonProfile("Placeholder Person B", "No photo", None, "", (), (), direction),
              QAPair((Run("Likely <ask>?", bold=True),), runs, "Likely ask", "Suggested response", direction),
              MeetingTable((("Venue", (Run("Placeholder venue"),)), ("Time", runs)), direction),
              Annex("Annex A", "Placeholder annex", "docx", annex_docx_bytes("Appended <text>"), 0, "s1-annex1", "Word document", direction))
    return Pack(cover=Cover("Title", "Subtitle", "Org", None, "R", "O", "E", "1 December 2026", "Ethiopia",
                            (("Date", "1 December 2026"),)),
                sections=(Section("all", "Every block", blocks, "s1", (), direction),),
                sources=(SourceRef(1, "s", "A source"),), classification="RESTRICTED", language="en",
                direction=direction, paper="a4",
                labels=Labels("Contents", "Page {page} of {pages}", "Sources", "Prepared for", "Classification"),
                title="T", subject="S", author="A", date="2026-12-01")


def test_every_block_and_inline_type_renders_in_both_formats():
    for direction in ("ltr", "rtl"):
        pack = _every_block_pack(direction)
        document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
        assert any(p.style.name == "Heading 3" for p in document.paragraphs)
        alts = [e.get("descr") for e in document.element.body.iter(qn("wp:docPr"))]
        assert alts == ["Placeholder Person A, Placeholder role"]  # the photo, with its alternative text
        text = docx_body_text(docx_writer.render_bytes(pack))
        for words in ("Placeholder Person B", "Likely ask: Likely <ask>?", "Placeholder venue", "Annex A: Placeholder",
                      "Appended <text>"):
            assert words in text
        data, pages = pdf_writer.render_bytes(pack)
        reader = PdfReader(io.BytesIO(data))
        assert len(reader.pages) == 4 and pages["s1"] == 3
        assert sum(len(page.images) for page in reader.pages) == 1
        pdf_text = squash(pdf_body_text(data))
        for words in ("Placeholder Person B", "Likely ask: Likely <ask>?", "Placeholder venue", "Annex A: Placeholder"):
            # right to left, the text layer holds each word, its runs in visual order (compare words, not lines)
            for part in (words.split() if direction == "rtl" else [words]):
                assert squash(part.strip("<>?:")) in pdf_text


MINIMAL = """name = "minimal"
title = "Minimal"
[[section]]
id = "items"
kind = "items"
heading = "Items"
display = "{display}"
select = {{ tags = ["hostile"] }}
[[section]]
id = "sources"
kind = "sources"
heading = "Sources"
"""

hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(st.sampled_from(list("<>&\"'\x00\x01\x0b\x1f\x7f\u200f\u202e\ufffe😀🇪🇹مرحبا ابc \n\t")), max_size=200),
    st.sampled_from(["x" * 5_000, "word " * 10_000, "<b>not bold</b> &amp; <font name='x'>", "\U0001F600" * 50,
                     "مرحبا بالعالم " * 200, "Line one\r\nLine two\rLine three\u2028four"]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(title=hostile_text.filter(lambda s: s.strip() and len(s) <= 1000), body=hostile_text,
       display=st.sampled_from(["bullets", "paragraphs", "quotes", "numbered"]))
def test_any_text_in_the_library_gives_valid_files(library, tmp_path_factory, title, body, display):
    path = tmp_path_factory.mktemp("tpl") / "minimal.toml"
    path.write_text(MINIMAL.format(display=display), encoding="utf-8")
    template = parse_template(path)
    item, _ = library.add_item(ItemDraft(kind="fact", title=title, body=body, source_uid="summit-report-2019",
                                         tags=("hostile",)))
    try:
        pack = assemble(library, PackSpec(template="minimal", country="ETH", date="2026-12-01"), template=template)
        document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
        assert squash(clean(typeset(title, "en")))[:40] in squash(docx_body_text(docx_writer.render_bytes(pack)))
        assert document.paragraphs
        data, _ = pdf_writer.render_bytes(pack)
        text = squash(pdf_body_text(data))
        visible = "".join(c for c in squash(clean(title)) if c.isascii() and c.isalnum())[:20]
        assert visible in "".join(c for c in text if c.isascii() and c.isalnum())
    finally:
        library.delete_item(item.id)


def test_a_50000_character_body_and_unbreakable_words_render(library):
    from briefing_builder.pack.templates import load_template

    spec = PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01")
    without = assemble(library, spec, template=load_template("ministerial-summit"))
    pages_without = len(PdfReader(io.BytesIO(pdf_writer.render_bytes(without)[0])).pages)
    long_body = ("A sentence of ordinary length for a long body. " * 1100)[:50_000]
    library.add_item(ItemDraft(kind="talking_point", title="Long line", body=long_body,
                               source_uid="summit-report-2019"))
    library.add_item(ItemDraft(kind="talking_point", title="Unbreakable", body="y" * 3_000,
                               source_uid="summit-report-2019"))
    pack = assemble(library, spec, template=load_template("ministerial-summit"))
    data, _ = pdf_writer.render_bytes(pack)
    assert len(PdfReader(io.BytesIO(data)).pages) > pages_without + 10  # 50,000 characters: a dozen pages more
    assert "y" * 50 in docx_body_text(docx_writer.render_bytes(pack))
