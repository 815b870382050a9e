"""The pack's spec, meeting, choices, annexes, templates and drafts say what is wrong as translatable Messages
(contexts "Spec", "Meeting", "Annex", "PackWarning"): the same English as before for the CLI, logs and manifests,
the interface language in the GUI."""

from __future__ import annotations


import pytest

from briefing_builder.errors import ValidationError
from briefing_builder.gui import core_text
from briefing_builder.messages import Message
from briefing_builder.pack.annexes import annex_problems, read_annex, reason
from briefing_builder.pack.brief_sections import annexes_left_out
from briefing_builder.pack.choices import CountryNames, CountryResolver, resolve_choice
from briefing_builder.pack.drafts import DraftError, DraftStore
from briefing_builder.pack.meeting import Attendee, Contact, Meeting
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.spec_file import SpecFileError, read_spec_file
from briefing_builder.pack.templates import TemplateError, load_template, parse_template

# Errors no person reads (a programming mistake the template checks rule out), by how their text begins.
LANGUAGES = (("en", "English"), ("fr", "Français"), ("pt", "Português"), ("ar", "العربية"))


def _texts(problems) -> list[str]:
    return [str(p) for p in problems]


def _meeting_problems():
    return Meeting(time="25:", format="dinner", ours=(Attendee(),), interpreters=("",),
                   prepared_by=Contact(email="nobody")).problems()


def test_meeting_problems_read_as_before_and_name_their_place_with_messages():
    problems = _meeting_problems()
    assert _texts(problems) == [
        "meeting, field 'format': must be one of bilateral, plenary, pull-aside, call, not 'dinner'",
        "meeting, field 'time': must be a time written HH:MM (24-hour), not '25:'",
        "meeting, field 'time_zone': is required with a time (an IANA name such as Africa/Addis_Ababa)",
        "meeting, our side attendee 1, field 'name': is required (or choose a person from the library)",
        "meeting, interpreter 1, field 'name': is required",
        "meeting, prepared by, field 'email': is not an e-mail address: 'nobody'"]
    for problem in problems:
        assert isinstance(problem.where, Message) and problem.where.context == "Meeting", problem
        if problem.field != "name" or "attendee" in problem.where:
            assert isinstance(problem.message, Message) and problem.message.context == "Meeting", problem
    with pytest.raises(ValidationError) as caught:
        Meeting.from_dict({"theirs": [5]})
    assert str(caught.value) == "meeting, their side attendee 1: must be a table: person (a library uid) or name, and role"


def test_spec_shape_errors_read_as_before():
    with pytest.raises(ValidationError) as caught:
        PackSpec.from_dict([])
    assert str(caught.value) == "pack: must be a table of the pack's fields (template, country …), not a list"
    assert caught.value.problems[0].message.context == "Spec"
    with pytest.raises(ValidationError) as caught:
        PackSpec.from_dict({"overrides": {"key_messages": 5}})
    assert str(caught.value) == ("section key_messages: must be a table (pinned, dropped, order, free_text, hidden), "
                                 "not a number")
    with pytest.raises(ValidationError) as caught:
        PackSpec.from_dict({"extra_countries": "KEN"})
    assert str(caught.value) == "pack, field 'extra_countries': must be a list, not text"
    with pytest.raises(ValidationError) as caught:
        PackSpec.from_dict({"colour": 1}, strict=True)
    assert str(caught.value).startswith("pack, field 'colour': is not a known field (known there: template, country, ")
    problems = PackSpec("t", "ETH", language="xx", paper="a5").problems()
    assert _texts(problems) == ["pack, field 'language': must be one of en, fr, pt, ar",
                                "pack, field 'paper': must be a4 or letter"]
    assert all(p.where.context == "Spec" and p.message.context == "Spec" for p in problems)


def test_a_spec_file_names_itself_as_before(tmp_path):
    path = tmp_path / "pack.json"
    path.write_text('{"template": ', encoding="utf-8")
    with pytest.raises(SpecFileError) as caught:
        read_spec_file(path)
    assert str(caught.value) == f"In the spec file {path}: is not valid JSON: Expecting value at line 1, column 14"
    path.write_text('{"meeting": {"ours": 3}}', encoding="utf-8")
    with pytest.raises(SpecFileError) as caught:
        read_spec_file(path)
    assert str(caught.value) == f"In the spec file {path}: meeting, field 'ours': must be a list of attendees"
    assert caught.value.problems[0].where.context == "Spec"


def test_choice_refusals_read_as_before():
    refused = resolve_choice("Klingon", LANGUAGES, "language")
    assert refused.error == "“Klingon” is not a language here: choose one of English, Français, Português, العربية."
    assert refused.error.context == "Spec"
    assert resolve_choice("", LANGUAGES, "marking").error == "Choose a marking from the list."
    assert resolve_choice("x", [("xa", "XA"), ("xb", "XB")], "colour").error == (
        "“x” could be more than one colour: choose one of XA, XB.")
    countries = [CountryNames(f"AA{n}", "", (f"Aland {n}",), f"Aland {n} (AA{n})") for n in range(6)]
    resolver = CountryResolver(countries)
    assert resolver.resolve("Aland").error == ("“Aland” could be Aland 0 (AA0), Aland 1 (AA1), Aland 2 (AA2), "
                                               "Aland 3 (AA3) and 2 more: type more of the name, or its code.")
    assert resolver.resolve("Atlantis").error.startswith("“Atlantis” is not a country in the library: type a name")
    assert resolver.resolve(" ").error == "Choose a country: type its name or code, or pick it from the list."


def test_template_and_draft_errors_read_as_before(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('name = "t"\nversion = "one"\n', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        parse_template(path)
    assert str(caught.value) == f"In the template {path}: version must be a whole number."
    assert caught.value.args[0].context == "Spec"
    path.write_text('name = "t"\n[[section]]\nid = "a"\nkind = "items"\nselect = { kinds = ["fish"] }\n'
                    'heading = "A"\n', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        parse_template(path)
    assert str(caught.value).startswith(f"In the template {path}: section 'a'.select.kinds names an unknown kind "
                                        "'fish' (known: ")
    with pytest.raises(TemplateError) as caught:
        load_template("no-such-template")
    assert str(caught.value).startswith("There is no template named 'no-such-template'. Available: ")
    with pytest.raises(DraftError) as caught:
        DraftStore(tmp_path).load("a b")
    assert str(caught.value) == "'a b' is not a draft id."
    (tmp_path / "abc.json").write_text('{"spec": []}', encoding="utf-8")
    with pytest.raises(DraftError) as caught:
        DraftStore(tmp_path).load("abc")
    assert str(caught.value) == (f"The draft {tmp_path / 'abc.json'} cannot be read (pack: must be a table of the "
                                 "pack's fields (template, country …), not a list).")
    assert caught.value.args[0].context == "Spec"


def test_annex_refusals_read_as_before(tmp_path):
    missing = tmp_path / "missing.pdf"
    text = tmp_path / "notes.pdf"
    text.write_text("just text", encoding="utf-8")
    problems = annex_problems((str(missing), {"path": str(text), "colour": "red"}, 5, str(text)))
    assert _texts(problems) == [
        f"annex 1, field 'path': {missing} does not exist or is not a file",
        "annex 2, field 'colour': is not a field of an annex (path, title)",
        'annex 3, field \'path\': must be the path of a PDF or Word file, or {"path": ..., "title": ...}',
        f"annex 4, field 'path': {text} is neither a PDF nor a Word (.docx) document (judged by its content)"]
    assert all(p.where.context == "Annex" and p.message.context == "Annex" for p in problems)
    with pytest.raises(ValueError) as caught:
        read_annex(str(missing))
    assert reason(caught.value) == "does not exist or is not a file" and reason(caught.value).context == "Annex"
    assert reason(ValueError("other")) == "other"


def test_annexes_left_out_warn_as_before():
    from types import SimpleNamespace as Record

    template = Record(sections=(), title_in=lambda language: "Speaking note")
    spec = Record(annexes=("/a/one.pdf", "/b/two.docx"), language="en")
    warning, = annexes_left_out(template, spec, [])
    assert warning.message == ("The 2 annexes given (one.pdf, two.docx) are left out: the template “Speaking note” "
                               "does not print annexes. Choose a template with an annexes section to attach them.")
    one, = annexes_left_out(template, Record(annexes=("/a/one.pdf",), language="en"), [])
    assert one.message.startswith("The annex given (one.pdf) is left out: the template")
    assert warning.message.context == "PackWarning"


def test_the_messages_read_in_french_and_arabic(interface, tmp_path):
    problems = _meeting_problems() + PackSpec("t", "ETH", language="xx").problems()
    problems += annex_problems((str(tmp_path / "missing.pdf"),))
    refusal = resolve_choice("Klingon", LANGUAGES, "language").error
    english = [p.message.template for p in problems if isinstance(p.message, Message)] + [refusal.template]
    for language in ("fr", "ar"):
        interface(language)
        for shown in [core_text.text(p) for p in problems] + [core_text.text(refusal)]:
            for template in english:
                words = " ".join(w for w in template.replace("{", " {").split() if not w.startswith("{"))
                assert not words or words not in shown, (language, shown)
    interface("fr")
    assert core_text.text(problems[3]).startswith("entretien, notre délégation, participant 1, champ « name » : ")
    assert core_text.text(refusal) == ("«\u00a0Klingon\u00a0» n’est pas une langue disponible\u00a0: choisissez "
                                       "parmi English, Français, Português et العربية.")


def test_the_meeting_form_names_attendees_in_the_interface_language(interface):
    from briefing_builder.gui.packs.meeting_form import problem_key, problem_text

    attendee = next(p for p in _meeting_problems() if "attendee" in p.where)
    assert problem_key(attendee) == "ours"
    assert problem_text(attendee) == "Our side attendee 1: name is required (or choose a person from the library)"
    interface("pt")
    assert problem_text(attendee) == ("A nossa delegação, participante 1: nome é obrigatório (ou escolha uma pessoa "
                                      "da biblioteca)")
    interface("ar")
    assert problem_text(attendee).startswith("وفدنا، المشارك 1: الاسم مطلوب")
