"""Citations link to their source entry and back; addresses are live links that break only where they may."""

from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing_builder.pack.model import Paragraph, Run, SourceRef
from briefing_builder.render import docx as docx_writer
from briefing_builder.render import pdf as pdf_writer

from render_packs import pack_of

LONG_URL = "https://example.org/publications/2019/reports/a-very-long-report-name-that-goes-on?part=3&lang=en"


def _annotations(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages, 1)}
    out = []
    for number, page in enumerate(reader.pages, 1):
        for ref in page.get("/Annots") or []:
            annotation = ref.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            if action is not None and action.get("/S") == "/URI":
                out.append((number, "uri", str(action["/URI"])))
            elif annotation.get("/Dest") is not None:
                target = annotation["/Dest"][0]
                out.append((number, "page", pages.get(target.idnum)))
    return out


def test_pdf_citations_link_to_their_source_entry_and_entries_back(built):
    data = next(p for p in built.files if p.suffix == ".pdf").read_bytes()
    links = _annotations(data)
    sources_page = max(page for page, kind, _ in links if kind == "uri")  # the sources list holds the addresses
    citing = [(page, target) for page, kind, target in links if kind == "page" and page > 2]
    to_entries = [target for page, target in citing if page < sources_page - 1]
    back = [target for page, target in citing if page >= sources_page - 1 and target < page - 1]
    assert len(to_entries) >= len(built.pack.sources)  # every source is cited at least once
    assert all(target >= sources_page - 1 for target in to_entries)  # ...and its number leads to the list
    assert back, "the entries' numbers link back to where they are first cited"


def test_pdf_source_addresses_are_link_annotations(built):
    data = next(p for p in built.files if p.suffix == ".pdf").read_bytes()
    uris = {target for _, kind, target in _annotations(data) if kind == "uri"}
    for source in built.pack.sources:
        if source.url:
            assert source.url.rstrip("/.") in {u.rstrip("/.") for u in uris}


def test_docx_citations_are_hyperlinks_to_bookmarks_and_entries_link_back(built):
    document = docx.Document(str(next(p for p in built.files if p.suffix == ".docx")))
    body = document.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))]
    for source in built.pack.sources:
        assert f"src_{source.number}" in bookmarks and f"cite_{source.number}" in bookmarks
        assert f"src_{source.number}" in anchors and f"cite_{source.number}" in anchors
    assert set(anchors) <= bookmarks
    citation_style = document.styles["Citation"].style_id
    for run in body.iter(qn("w:r")):  # every citation number sits inside a hyperlink
        style = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
        if style is not None and style.get(qn("w:val")) == citation_style:
            assert run.getparent().tag == qn("w:hyperlink")


def test_docx_source_addresses_are_external_hyperlinks(built):
    document = docx.Document(str(next(p for p in built.files if p.suffix == ".docx")))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.reltype == RT.HYPERLINK and rel.is_external}
    for source in built.pack.sources:
        if source.url:
            assert source.url.rstrip("/.") in {t.rstrip("/.") for t in targets}


def test_a_long_address_breaks_only_after_slash_dot_hyphen_question_ampersand_or_equals():
    url = LONG_URL.replace("/reports/", "/reports/" + "annual-reviews/regional-summaries/" * 4)
    pack = pack_of([Paragraph((Run("See " + url),), "note")], sources=(SourceRef(1, "s", "A source", url),))
    data, _ = pdf_writer.render_bytes(pack)
    text = PdfReader(io.BytesIO(data)).pages[2].extract_text()  # (pdftotext would join a line-end hyphen)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("See "))
    pieces = []
    for line in lines[start:]:
        pieces.append(line.removeprefix("See "))
        if "".join(pieces) == url:
            break
    assert "".join(pieces) == url and len(pieces) >= 3  # all of it, over several lines
    assert all(piece[-1] in "/.-?&=" for piece in pieces[:-1]), pieces
    uris = {u for _, kind, u in _annotations(data) if kind == "uri"}
    assert uris == {url}
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    assert url in {r.target_ref for r in document.part.rels.values() if r.is_external}


def test_an_address_inside_a_passage_in_another_language_keeps_its_language_in_the_docx():
    pack = pack_of([Paragraph((Run("Voir https://example.org/rapport pour le texte.", lang="fr"),))])
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    paragraph = next(p for p in document.paragraphs if "Voir" in p.text)
    runs = paragraph._element.findall(f".//{qn('w:r')}")
    assert [r.findtext(qn("w:t")) for r in runs] == ["Voir ", "https://example.org/rapport", " pour le texte."]
    assert all(r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "fr-FR" for r in runs)
    assert runs[1].getparent().tag == qn("w:hyperlink")


def test_a_block_repeated_in_a_pack_places_its_first_citation_mark_once():
    cited = Paragraph((Run("Said twice."), Run("", citation=1)))
    entry = Paragraph((Run("[1] ", bold=True), Run("A source")))
    pack = pack_of([cited, cited, entry])  # the same object twice: the writers key their work by identity
    body = docx.Document(io.BytesIO(docx_writer.render_bytes(pack))).element.body
    names = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    assert names.count("cite_1") == 1 and names.count("src_1") == 1
    links = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    assert links.count("src_1") == 2 and links.count("cite_1") == 1  # both citations link; the entry links back
