"""`build --spec FILE`: the file's values stand unless an option is given; its faults are one line each, naming
the file and the field (or the line and column of broken JSON), with exit code 1 and nothing written."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_builder.errors import ValidationError
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.spec_file import SpecFileError, read_spec_file

SPEC = {"template": "bilateral-meeting", "country": "ET", "recipient": "Hon. Placeholder Person A",
        "office": "Placeholder Office", "event": "Placeholder Talks", "date": "2026-12-09", "language": "fr",
        "meeting": {"purpose": "Agree next steps.", "theirs": ["Placeholder Person B"]}}
CHOICES = ("country", "recipient", "office", "event", "date", "language")


def _write(tmp_path, data, name="spec.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _manifest_spec(out):
    (manifest,) = out.glob("*.manifest.json")
    return json.loads(manifest.read_text("utf-8"))["spec"]


def test_a_spec_file_alone_builds_with_its_own_choices(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", "--spec", str(_write(tmp_path, SPEC)), "--format", "pdf", "--out", str(out))
    assert result.exit_code == 0, result.output
    spec = _manifest_spec(out)
    assert {k: spec[k] for k in CHOICES} == dict({k: SPEC[k] for k in CHOICES}, country="ETH")
    assert spec["template"] == "bilateral-meeting" and spec["meeting"]["purpose"] == "Agree next steps."


def test_an_option_given_replaces_only_its_own_value_from_the_spec_file(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", "--spec", str(_write(tmp_path, SPEC)), "--event", "Other talks", "--language", "pt",
                     "--format", "pdf", "--out", str(out))
    assert result.exit_code == 0, result.output
    spec = _manifest_spec(out)
    assert (spec["event"], spec["language"]) == ("Other talks", "pt")
    assert (spec["recipient"], spec["office"], spec["date"]) == (SPEC["recipient"], SPEC["office"], SPEC["date"])


def test_template_and_country_are_required_only_when_no_spec_file_names_them(run_cli, tmp_path):
    missing = run_cli("build", "--country", "ETH", "--out", str(tmp_path / "a"))
    assert missing.exit_code == 2 and "Missing option '--template'" in missing.output
    nameless = _write(tmp_path, {"country": "ETH"}, "nameless.json")
    result = run_cli("build", "--spec", str(nameless), "--out", str(tmp_path / "b"))
    assert result.exit_code == 2 and "Missing option '--template'" in result.output and str(nameless) in result.output
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


@pytest.mark.parametrize(("text", "expected"), [
    ('{"template": "bilateral-meeting",\n "country": ', "is not valid JSON: Expecting value at line 2, column 13"),
    ('[{"template": "bilateral-meeting"}]', "must be a table of the pack's fields"),
    ('{"template": "bilateral-meeting", "country": "ETH", "meeting": ["x"]}', "field 'meeting'"),
    ('{"template": "bilateral-meeting", "country": "ETH", "overrides": []}', "field 'overrides'"),
    ('{"template": "bilateral-meeting", "country": "ETH", "overrides": {"lines": {"pinned": "abc"}}}',
     "section lines, field 'pinned': must be a list, not text"),
    ('{"template": "bilateral-meeting", "country": "ETH", "recipient": 5}', "field 'recipient': must be text"),
    ('{"template": "bilateral-meeting", "country": "ETH", "annexes": "a.pdf"}', "field 'annexes': must be a list"),
    ('{"template": "bilateral-meeting", "country": "ETH", "meeting": {"locaton": "x"}}',
     "field 'meeting.locaton': is not a known field"),
    ('{"template": "bilateral-meeting", "country": "ETH", "meeting": {"theirs": [{"person": "a", "rol": "x"}]}}',
     "field 'meeting.theirs[1].rol': is not a known field"),
    ('{"template": "bilateral-meeting", "country": "ETH", "recipiant": "x"}', "field 'recipiant': is not a known"),
    (b"\xff\xfe{}", "is not UTF-8 text"),
    ('{"template": 5, "country": "ETH"}', "field 'template': must be text, not int"),
])
def test_a_malformed_spec_file_is_one_line_naming_the_file_and_the_field(run_cli, tmp_path, text, expected):
    path = tmp_path / "spec.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    out = tmp_path / "out"
    result = run_cli("build", "--spec", str(path), "--out", str(out))
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"Error: In the spec file {path}: ") and expected in lines[0], lines[0]
    assert not out.exists()


def test_every_problem_of_a_spec_file_gets_its_own_line(run_cli, tmp_path):
    path = _write(tmp_path, dict(SPEC, recipient=5, date="2026-99-01", language="xx"))
    result = run_cli("build", "--spec", str(path), "--out", str(tmp_path / "out"))
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 3
    assert all(line.startswith(f"Error: In the spec file {path}: pack, field '") for line in lines)
    assert [line.split("field '")[1].split("'")[0] for line in lines] == ["recipient", "date", "language"]


def test_drafts_still_open_with_keys_this_version_does_not_know():
    spec = PackSpec.from_dict({"template": "t", "country": "ETH", "retired_key": 1, "meeting": {"old": 2}})
    assert spec.template == "t"
    with pytest.raises(ValidationError, match="retired_key"):
        PackSpec.from_dict({"template": "t", "country": "ETH", "retired_key": 1}, strict=True)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=3), max_leaves=8)
keys = st.sampled_from(["template", "country", "recipient", "date", "language", "paper", "extra_countries",
                        "overrides", "section_order", "meeting", "annexes", "hidden", "x"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(keys, json_values, max_size=5) | json_values)
def test_any_json_in_a_spec_file_loads_or_fails_with_one_line_per_problem(tmp_path, data):
    path = tmp_path / "any.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        _raw, spec = read_spec_file(path)
        assert all("\n" not in str(p) for p in spec.problems())
    except SpecFileError as exc:
        assert exc.problems and all("\n" not in str(p) and str(p).startswith("In the spec file") for p in exc.problems)


def test_an_attendee_who_is_only_an_unknown_uid_is_an_error_naming_the_attendee(run_cli, tmp_path):
    data = dict(SPEC, meeting={"theirs": ["Placeholder Person B", {"person": "nobody"}]})
    result = run_cli("build", "--spec", str(_write(tmp_path, data)), "--out", str(tmp_path / "out"))
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert "meeting, their side attendee 2, field 'person'" in lines[0] and "'nobody'" in lines[0]
    assert not (tmp_path / "out").exists()


def test_the_builder_refuses_to_print_an_unknown_uid_as_a_name(session_library):
    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.meeting import Attendee, Meeting

    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-09",
                    meeting=Meeting(theirs=(Attendee(person="nobody"),)))
    with pytest.raises(ValidationError) as caught:
        assemble(session_library, spec)
    assert [(p.where, p.field) for p in caught.value.problems] == [("meeting, their side attendee 1", "person")]
    typed = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-09",
                     meeting=Meeting(theirs=(Attendee(person="nobody", name="Placeholder Person C"),)))
    pack = assemble(session_library, typed)
    (attendees,) = [s for s in pack.sections if s.id == "attendees"]
    cells = ["".join(r.text for r in cell) for block in attendees.blocks for row in getattr(block, "rows", ())
             for cell in row]
    assert "Placeholder Person C" in cells and "nobody" not in " ".join(cells)
    assert any("not a person in the library" in w.message for w in pack.warnings)


def test_a_template_that_prints_no_annexes_warns_that_the_annexes_given_are_left_out(run_cli, tmp_path):
    from brief_fixtures import annex_pdf

    annex_pdf(tmp_path / "annex-a.pdf", pages=2)
    data = dict(SPEC, template="speaking-note", annexes=["annex-a.pdf"])
    out = tmp_path / "out"
    result = run_cli("build", "--spec", str(_write(tmp_path, data)), "--format", "pdf", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert ("Warning: The annex given (annex-a.pdf) is left out: the template “Note d’entretien” does not print "
            "annexes.") in result.output
    (manifest,) = out.glob("*.manifest.json")
    assert any("annex-a.pdf" in w["message"] for w in json.loads(manifest.read_text("utf-8"))["warnings"])


def test_hiding_the_annexes_section_warns_that_the_annexes_are_left_out(session_library, tmp_path):
    from brief_fixtures import annex_pdf

    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.spec import SectionOverride

    annex_pdf(tmp_path / "a.pdf", pages=1)
    annex_pdf(tmp_path / "b.pdf", pages=1)
    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-09",
                    annexes=(str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")),
                    overrides={"annexes": SectionOverride(hidden=True)})
    pack = assemble(session_library, spec)
    assert not pack.annexes()
    (warning,) = [w for w in pack.warnings if "left out" in w.message and "a.pdf" in w.message]
    assert warning.message.startswith("The 2 annexes given (a.pdf, b.pdf) are left out: the section “Annexes” is hidden")
    shown = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-09", annexes=spec.annexes)
    assert not [w for w in assemble(session_library, shown).warnings if "a.pdf" in w.message]


@pytest.mark.parametrize("typed", ["Sénégal", "السنغال", "senegal", "SN"])
def test_the_command_line_takes_a_country_by_its_name_in_any_of_the_four_languages(run_cli, tmp_path, typed):
    out = tmp_path / "out"
    result = run_cli("build", "--template", "speaking-note", "--country", typed, "--date", "2026-12-10",
                     "--format", "pdf", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert _manifest_spec(out)["country"] == "SEN"


def test_a_country_the_library_does_not_hold_is_one_line_saying_what_to_type(run_cli, tmp_path):
    result = run_cli("build", "--template", "speaking-note", "--country", "Atlantis", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: “Atlantis” is not a country in the library: type a name (English, French, Portuguese or Arabic) "
        "or an ISO code such as ETH or ET."]


@pytest.mark.parametrize(("option", "value", "choices"), [("--language", "xx", "'en', 'fr', 'pt', 'ar'"),
                                                          ("--paper", "a3", "'a4', 'letter'")])
def test_an_unknown_language_or_paper_lists_only_the_real_choices(run_cli, tmp_path, option, value, choices):
    result = run_cli("build", "--template", "speaking-note", "--country", "ETH", option, value, "--out", str(tmp_path))
    assert result.exit_code == 2
    assert f"Error: Invalid value for '{option}': '{value}' is not one of {choices}." in result.output
