"""The Word writer, checked by re-opening its files with python-docx and reading their XML."""

import zipfile

import docx
from docx.oxml.ns import qn

from briefing_builder.render import theme
from briefing_builder.render.docx import render_bytes
from briefing_builder.render.reference_docx import reference_path

from readers import docx_text


def _document(built):
    return docx.Document(str(next(p for p in built.files if p.suffix == ".docx")))


def test_reference_document_defines_every_style_the_writer_uses():
    names = {style.name for style in docx.Document(str(reference_path())).styles}
    wanted = theme.WORD_PARAGRAPH_STYLES + theme.WORD_CHARACTER_STYLES + theme.WORD_TABLE_STYLES
    assert [n for n in wanted if n not in names] == []


def test_every_style_used_in_a_pack_exists(built):
    document = _document(built)
    names = {s.name for s in document.styles}
    used = {p.style.name for p in document.paragraphs} | {t.style.name for t in document.tables}
    assert used <= names
    assert {"Title", "Heading 1", "List Bullet", "List Number", "Quote", "Caption", "TOC 1"} <= used
    assert {"Briefing Table", "Callout Table"} <= {t.style.name for t in document.tables}


def test_headings_follow_the_pack(built):
    document = _document(built)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [s.title for s in built.pack.sections]


def test_contents_is_a_toc_field_prefilled_with_the_headings_and_pages(built):
    document = _document(built)
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC") for i in instructions)
    toc = [p.text for p in document.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert [e[1] for e in built.pack.toc_entries()] == [t.rstrip("0123456789").rstrip() for t in toc]
    assert all(t[-1].isdigit() for t in toc)  # page numbers pre-filled from the PDF's layout
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors and anchors <= bookmarks


def test_every_page_carries_the_marking_and_page_x_of_y(built):
    section = _document(built).sections[0]
    assert section.header.paragraphs[0].text == "RESTRICTED"
    footer_xml = section.footer._element.xml
    assert "RESTRICTED" in footer_xml and " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert "Page " in footer_xml and " of " in footer_xml


def test_document_properties_come_from_the_pack_not_python_docx(built):
    props = _document(built).core_properties
    assert props.author == "Briefing Builder" and props.title.startswith("Ministerial summit brief")
    # the newest content's time, not the meeting date (a pack for a later meeting is not "created" then)
    stamp = built.pack.created.replace("T", " ").rstrip("Z")
    assert str(props.created.replace(tzinfo=None)) == stamp == str(props.modified.replace(tzinfo=None))
    assert props.subject and props.content_status == "RESTRICTED"
    path = next(p for p in built.files if p.suffix == ".docx")
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
        assert b"python-docx" not in everything and b"Microsoft Macintosh Word" not in everything
        assert not any("thumbnail" in n or "customXml" in n for n in archive.namelist())


def test_a4_is_the_default_and_letter_an_option(session_library, ministerial_spec):
    import dataclasses

    from briefing_builder.pack.assemble import assemble

    letter = dataclasses.replace(assemble(session_library, ministerial_spec), paper="letter")
    import io

    section = docx.Document(io.BytesIO(render_bytes(letter))).sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)


def test_same_pack_gives_the_same_bytes(session_library, ministerial_spec):
    from briefing_builder.pack.assemble import assemble

    pack = assemble(session_library, ministerial_spec)
    assert render_bytes(pack) == render_bytes(pack)
    with zipfile.ZipFile(__import__("io").BytesIO(render_bytes(pack))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_numbered_lists_restart_at_one(built):
    body = _document(built).element.body
    numbered = {p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
                for p in body.iter(qn("w:p"))
                if p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None}
    assert len(numbered) >= 2  # commitments and next steps each have their own list instance


def test_arabic_pack_paragraphs_are_bidi_without_justification(session_library, ministerial_spec):
    import dataclasses
    import io

    from briefing_builder.pack.assemble import assemble

    pack = assemble(session_library, dataclasses.replace(ministerial_spec, language="ar"))
    document = docx.Document(io.BytesIO(render_bytes(pack)))
    heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
    ppr = heading._element.pPr
    assert ppr.find(qn("w:bidi")) is not None and ppr.find(qn("w:jc")) is None
    assert "ملخص" in docx_text_from(document)


def docx_text_from(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_text_reads_back_in_full(built):
    text = docx_text(next(p for p in built.files if p.suffix == ".docx"))
    assert "AU Member States to reaffirm the Malabo Convention" in text
    assert "Ethiopia: not ratified, as of 8 June 2023" in text
