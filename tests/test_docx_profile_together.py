"""In the Word pack a person's photo, name, role and first biography line stay together on one page, as in the
PDF (issue 12 follow-up): LibreOffice had moved the first bullet alone onto the next page."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from briefing_builder.library import Library
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.meeting import Attendee
from briefing_builder.pack.spec import PackSpec
from briefing_builder.render import docx as docx_writer

from brief_fixtures import SOURCE, meeting, placeholder_photo

needs_people = pytest.mark.skipif(not hasattr(Library, "add_person"), reason="the library has no people")


def _people(library, count: int) -> tuple[Attendee, ...]:
    from briefing_builder.library.records import BioLine, PersonDraft

    made = []
    for number in range(1, count + 1):
        draft = PersonDraft(name=f"Placeholder Person {number}", honorific="H.E.", role=f"Placeholder role {number}",
                            organisation="Placeholder Ministry", country="ETH",
                            bio=tuple(BioLine(f"Placeholder biography line {line} of person {number}.", SOURCE,
                                              "2019") for line in (1, 2, 3)), as_of="2026-11")
        person, _ = library.add_person(draft, photo=placeholder_photo((40, 80, 120 + number), f"P{number}"))
        made.append(Attendee(person=person.uid))
    return tuple(made)


def _word_pack(library, tmp_path, count: int):
    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01", meeting=meeting(_people(
        library, count)))
    path = tmp_path / "brief.docx"
    data = docx_writer.render_bytes(assemble(library, spec))
    path.write_bytes(data if isinstance(data, bytes) else data[0])
    return path


@needs_people
def test_the_first_biography_line_is_in_the_unsplittable_row_with_the_photo_and_name(library, tmp_path):
    document = docx.Document(str(_word_pack(library, tmp_path, 2)))
    for number in (1, 2):
        row = next(tr for tr in document.element.body.iter(qn("w:tr"))
                   if f"Placeholder Person {number}" in "".join(t.text or "" for t in tr.iter(qn("w:t"))))
        text = "".join(t.text or "" for t in row.iter(qn("w:t")))
        assert row.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None
        assert list(row.iter(qn("wp:docPr")))  # the photo
        assert f"Placeholder biography line 1 of person {number}." in text
        assert f"line 2 of person {number}" not in text  # the rest follow as ordinary bullets


@needs_people
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_keeps_each_person_s_first_biography_line_on_the_photo_s_page(library, tmp_path):
    path = _word_pack(library, tmp_path, 12)  # twelve profiles: page breaks fall at many points in them
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", str(tmp_path / "brief.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [" ".join(page.split()) for page in text.split("\f")]
    for number in range(1, 13):
        name = next(i for i, page in enumerate(pages) if f"H.E. Placeholder Person {number} " in page + " ")
        assert f"Placeholder biography line 1 of person {number}." in pages[name], (number, pages[name][-300:])
