"""Annex titles and the meeting's duration as a reader expects them (issue 12 follow-up): a spec may title an
annex ({"path", "title"}), else the file's own title, else its name; the duration reads "45 دقيقة", "45 min"."""

from __future__ import annotations

import json

import pytest

from briefing_builder.pack.annexes import annex_problems
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.brief_labels import duration_text
from briefing_builder.pack.model import Annex, MeetingTable
from briefing_builder.pack.spec import PackSpec

from brief_fixtures import annex_docx, annex_pdf, meeting


def _annex_headings(pack) -> list[str]:
    return [b.heading() for s in pack.sections for b in s.blocks if isinstance(b, Annex)]


def _meeting_values(pack) -> dict[str, str]:
    table = next(b for s in pack.sections for b in s.blocks if isinstance(b, MeetingTable))
    return {label: "".join(r.text for r in runs) for label, runs in table.rows}


def test_an_annex_is_titled_by_the_spec_else_its_own_title_else_its_file_name(library, tmp_path):
    untitled = annex_pdf(tmp_path / "annex3.pdf", pages=1, title="")
    titled = annex_pdf(tmp_path / "a.pdf", pages=1, title="Placeholder metadata title")
    word = annex_docx(tmp_path / "w.docx")
    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01", meeting=meeting(),
                    annexes=(str(untitled), str(titled), str(word),
                             {"path": str(untitled), "title": "Placeholder agenda"}))
    assert spec.problems() == []
    assert _annex_headings(assemble(library, spec)) == [
        "Annex A: annex3", "Annex B: Placeholder metadata title", "Annex C: Placeholder Word annex",
        "Annex D: Placeholder agenda"]


def test_an_annex_title_survives_a_spec_file_and_its_relative_path(run_cli, tmp_path):
    annex_pdf(tmp_path / "annex3.pdf", pages=1, title="")
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps({"template": "bilateral-meeting", "country": "ETH",
                                     "annexes": [{"path": "annex3.pdf", "title": "Placeholder agenda"}]}))
    result = run_cli("build", "--template", "bilateral-meeting", "--country", "ETH", "--spec", str(spec_file),
                     "--format", "pdf", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    import subprocess

    pdf = next((tmp_path / "out").rglob("*.pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Annex A: Placeholder agenda" in text and "annex3" not in text


@pytest.mark.parametrize("entry,field", [({"path": 3}, "path"), ({"title": "x"}, "path"),
                                         ({"path": "a.pdf", "title": 7}, "title"),
                                         ({"path": "a.pdf", "colour": "red"}, "colour"), (12, "path")])
def test_a_malformed_annex_entry_is_one_problem_naming_its_field(entry, field):
    problems = annex_problems((entry,))
    assert len(problems) == 1 and problems[0].where == "annex 1" and problems[0].field == field


@pytest.mark.parametrize("language,expected", [("en", "45 minutes"), ("fr", "45 min"), ("pt", "45 min"),
                                               ("ar", "45 دقيقة")])
def test_the_duration_is_written_in_the_language_s_form_without_repeating_its_label(library, language, expected):
    pack = assemble(library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01",
                                      language=language, meeting=meeting()))
    values = _meeting_values(pack)
    duration = next(v for v in values.values() if "45" in v)
    assert duration.replace("\u202f", " ").replace("\u00a0", " ") == expected


def test_arabic_durations_agree_with_their_number():
    assert [duration_text(n, "ar") for n in (1, 2, 5, 10, 30, 105)] == [
        "دقيقة واحدة", "دقيقتان", "5 دقائق", "10 دقائق", "30 دقيقة", "105 دقائق"]


def test_a_list_edited_by_path_keeps_the_titles_the_spec_gave():
    from briefing_builder.pack.annexes import entries_for

    previous = ("a.pdf", {"path": "b.pdf", "title": "Placeholder agenda"})
    assert entries_for(("b.pdf", "c.pdf", "a.pdf"), previous) == (
        {"path": "b.pdf", "title": "Placeholder agenda"}, "c.pdf", "a.pdf")
