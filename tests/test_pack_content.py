"""What a pack says: honest country profiles, natural sentences, each language's typography, every section with
content, and dates that never claim to be after the build."""

import dataclasses
import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_builder.library.countries import reference_rows
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.forms import FORMS, country_form, country_phrase
from briefing_builder.pack.model import BulletList, Heading, KeyFigure, Paragraph, Quote, Table
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.templates import parse_template
from briefing_builder.pack.typography import NBSP, NNBSP, typeset

LANGUAGES = ("en", "fr", "pt", "ar")


def _texts(section):
    for block in section.blocks:
        if isinstance(block, Heading):
            yield block.text
        elif isinstance(block, (Paragraph, Quote)):
            yield "".join(r.text for r in block.runs)
        elif isinstance(block, BulletList):
            yield from ("".join(r.text for r in item) for item in block.items)
        elif isinstance(block, Table):
            yield from block.header
            yield from ("".join(r.text for r in cell) for row in block.rows for cell in row)
        elif isinstance(block, KeyFigure):
            yield block.label


def _section(pack, section_id):
    return next(s for s in pack.sections if s.id == section_id)


def _rows(section):
    return {"".join(r.text for r in row[0]): row for b in section.blocks if isinstance(b, Table) for row in b.rows}


def _spec(**changes):
    base = PackSpec(template="ministerial-summit", country="ETH", recipient="Hon. A. Minister",
                    office="Office of the Minister", event="Addis Ababa summit", date="2027-03-10")
    return dataclasses.replace(base, **changes)


# ------------------------------------------------------------------------------------------ country profiles
@pytest.mark.parametrize("language,word", [("en", "Not applicable"), ("fr", "Sans objet"), ("pt", "Não aplicável"),
                                           ("ar", "لا ينطبق")])
def test_au_statuses_of_a_state_outside_the_au_read_not_applicable(session_library, language, word):
    profile = _section(assemble(session_library, _spec(country="FRA", language=language)), "country-profile")
    text = "\n".join(_texts(profile))
    assert text.count(word) == 3 and "Unknown" not in text and "Inconnu" not in text


def test_ethiopia_participation_is_derived_from_the_dated_list_of_suspensions(session_library):
    pack = assemble(session_library, _spec())
    rows = _rows(_section(pack, "country-profile"))
    status, date, source = ("".join(r.text for r in cell) for cell in rows["Participation in AU activities"][1:])
    assert status.startswith("participating") and "6 member states" in status
    assert date == "as of January 2026"
    numbers = [r.citation for r in rows["Participation in AU activities"][3] if r.citation]
    assert "au-suspensions-2026-derived" in [ref.uid for ref in pack.sources if ref.number in numbers]


def test_a_suspended_state_shows_its_own_dated_record(session_library):
    rows = _rows(_section(assemble(session_library, _spec(country="MLI")), "country-profile"))
    assert "".join(r.text for r in rows["Participation in AU activities"][1]).startswith("suspended")


def test_names_and_codes_cite_cldr_and_iso_3166(session_library):
    pack = assemble(session_library, _spec())
    rows = _rows(_section(pack, "country-profile"))
    by_number = {ref.number: ref.uid for ref in pack.sources}
    assert [by_number[r.citation] for r in rows["Names"][1] if r.citation] == ["cldr"]
    assert [by_number[r.citation] for r in rows["ISO 3166 codes"][1] if r.citation] == ["iso-3166"]


@pytest.mark.parametrize("template,country,extra", [("bilateral-meeting", "ETH", ()), ("ministerial-summit", "ETH", ()),
                                                    ("bilateral-meeting", "NGA", ()),
                                                    ("country-profile", "ETH", ("NGA", "GHA", "SEN"))])
def test_no_item_appears_twice_in_a_pack(session_library, template, country, extra):
    pack = assemble(session_library, PackSpec(template=template, country=country, extra_countries=extra,
                                              date="2026-12-01"))
    shown = [uid for item in pack.manifest["items"] for uid in [item["uid"]] * len(item["sections"])]
    assert len(shown) == len(set(shown))
    texts = [t for s in pack.sections if s.id != "summary" for t in _texts(s)]
    for item in pack.manifest["items"]:  # and the printed text agrees: each item's title opens one entry only
        title = typeset(session_library.item(item["uid"]).title, "en")
        assert sum(t.startswith(title) for t in texts) <= 1, title


def test_a_country_status_is_attached_only_to_items_about_that_country(session_library):
    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01"))
    background = list(_texts(_section(pack, "background")))
    fifteen = next(t for t in background if t.startswith("The 15 states that had ratified"))
    assert "Ethiopia:" not in fifteen
    about_ethiopia = next(t for t in background if t.startswith("Large AU states that had not ratified"))
    assert "— Ethiopia:" not in about_ethiopia  # its own text already says Ethiopia had not ratified


def test_side_by_side_profiles_give_each_country_its_own_status(session_library):
    pack = assemble(session_library, PackSpec(template="country-profile", country="ETH", extra_countries=("GHA",),
                                              date="2026-12-01"))
    profiles = list(_texts(_section(pack, "profiles")))
    ghana = profiles[profiles.index("Ghana"):]
    assert not any("— Ethiopia:" in t for t in ghana)


def test_citations_are_numbered_in_reading_order(session_library):
    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01"))
    seen = []
    for section in pack.sections:
        for block in section.blocks:
            runs = (list(block.runs) if isinstance(block, (Paragraph, Quote)) else
                    [r for item in block.items for r in item] if isinstance(block, BulletList) else
                    [r for row in block.rows for cell in row for r in cell] if isinstance(block, Table) else [])
            numbers = [r.citation for r in runs if r.citation] + ([block.citation] if getattr(block, "citation", None)
                                                                  else [])
            for number in numbers:
                if number not in seen:
                    seen.append(number)
    assert seen == list(range(1, len(pack.sources) + 1))


# ------------------------------------------------------------------------------------------ sentences
def test_the_summary_gives_label_value_lines_not_a_glued_sentence(session_library):
    pack = assemble(session_library, _spec())
    summary = list(_texts(_section(pack, "summary")))
    assert "Prepared for: Hon. A. Minister, Office of the Minister" in summary
    assert "Meeting with: Ethiopia" in summary and "Event: Addis Ababa summit" in summary
    assert not any(" meets " in t for t in summary)


@pytest.mark.parametrize("language,expected", [
    ("en", ["(December 2019) with Ethiopia.", "Encourage Ethiopia to build"]),
    ("fr", ["Réaffirmer avec l’Éthiopie les", "Encourager l’Éthiopie à fonder"]),
    ("pt", ["Reafirmar com a Etiópia os", "Incentivar a Etiópia a basear"]),
    ("ar", ["مع إثيوبيا"]),
])
def test_objectives_use_the_language_forms_of_the_country_name(session_library, language, expected):
    objectives = "\n".join(_texts(_section(assemble(session_library, _spec(language=language)), "objectives")))
    for phrase in expected:
        assert phrase in objectives


@pytest.mark.parametrize("code,language,form,expected", [
    ("ETH", "fr", "the", "l’Éthiopie"), ("BRA", "fr", "in", "au Brésil"), ("BRA", "fr", "of", "du Brésil"),
    ("COM", "fr", "in", "aux Comores"), ("MDG", "fr", "in", "à Madagascar"), ("ETH", "fr", "in", "en Éthiopie"),
    ("BRA", "pt", "the", "o Brasil"), ("BRA", "pt", "of", "do Brasil"), ("ETH", "pt", "with", "com a Etiópia"),
    ("MOZ", "pt", "in", "em Moçambique"), ("KEN", "pt", "in", "no Quénia"), ("CMR", "pt", "of", "dos Camarões"),
    ("GMB", "en", "with", "with the Gambia"), ("ETH", "en", "the", "Ethiopia"), ("ETH", "ar", "in", "في إثيوبيا"),
])
def test_country_forms(code, language, form, expected):
    names = {row["code"]: row for row in reference_rows()}
    assert country_form(code, names[code][f"name_{language}"], language, form) == expected


def test_every_iso_country_has_every_form_in_every_language():
    for row in reference_rows():
        for language in LANGUAGES:
            name = row[f"name_{language}"]
            for form in FORMS:
                text = country_form(row["code"], name, language, form)
                assert name in text and "  " not in text and text == text.strip(), (row["code"], language, form)


def test_several_countries_are_joined_the_language_s_way():
    assert country_phrase([("ETH", "Éthiopie"), ("GHA", "Ghana"), ("TUN", "Tunisie")], "fr", "of") == \
        "de l’Éthiopie, du Ghana et de la Tunisie"
    assert country_phrase([("ETH", "Ethiopia"), ("GMB", "Gambia")], "en", "with") == "with Ethiopia and the Gambia"


def test_portuguese_follows_the_european_norm():
    names = {row["code"]: row["name_pt"] for row in reference_rows()}
    assert (names["KEN"], names["ZWE"], names["BEN"]) == ("Quénia", "Zimbabué", "Benim")


# ------------------------------------------------------------------------------------------ typography
@pytest.mark.parametrize("language,text,expected", [
    ("en", 'the "Malabo Convention" and the Alliance\'s members', "the “Malabo Convention” and the Alliance’s members"),
    ("fr", 'Profil : "texte" ; vraiment ?', f"Profil{NBSP}: «{NBSP}texte{NBSP}»{NNBSP}; vraiment{NNBSP}?"),
    ("fr", "l'Union africaine", "l’Union africaine"),
    ("pt", 'a "Convenção"', "a «Convenção»"),
    ("ar", '"اتفاقية مالابو"', "«اتفاقية مالابو»"),
    ("fr", "voir https://example.org/a?b=c'd : fin", f"voir https://example.org/a?b=c'd{NBSP}: fin"),
])
def test_typeset(language, text, expected):
    assert typeset(text, language) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(st.sampled_from(list("ab '\":;?!«» ")), max_size=40), st.sampled_from(LANGUAGES))
def test_typeset_leaves_no_straight_quote_and_keeps_the_words(text, language):
    out = typeset(text, language)
    assert '"' not in out and "'" not in out
    strip = lambda s: re.sub(r"[\s\u00a0\u202f'\"“”‘’«»]", "", s)  # noqa: E731
    assert strip(out) == strip(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_straight_quotes_are_printed_and_french_colons_have_their_space(session_library, language):
    pack = assemble(session_library, _spec(language=language))
    texts = [f"{a}{pack.labels.separator}{b}" for a, b in pack.cover.meta_lines]
    texts += [s.title for s in pack.sections] + [b.text for s in pack.sections for b in s.blocks
                                                 if isinstance(b, Heading)]
    for section in pack.sections:  # runs in the pack's language (library text keeps its own, English, typography)
        for block in section.blocks:
            runs = (list(block.runs) if isinstance(block, (Paragraph, Quote)) else
                    [r for item in block.items for r in item] if isinstance(block, BulletList) else
                    [r for row in block.rows for cell in row for r in cell] if isinstance(block, Table) else [])
            texts += [r.text for r in runs if r.lang in ("", language)]
    all_texts = [t for s in pack.sections for t in _texts(s)]
    assert not any('"' in re.sub(r"(?:https?://|www\.)\S+", "", t) for t in all_texts)
    for text in texts:
        bare = re.sub(r"(?:https?://|www\.)\S+", "", text)
        assert '"' not in bare and "'" not in bare, text
        if language == "fr":
            assert not re.search(r"[^\u00a0\u202f] ?:(\s|$)", bare), text
    if language == "fr":
        assert pack.labels.separator == f"{NBSP}: "
        assert f"Profil de pays{NBSP}: Éthiopie" in [s.title for s in pack.sections]


# ------------------------------------------------------------------------------------------ empty sections
EMPTY = """name = "with-empty"
title = "With an empty section"
[[section]]
id = "nothing"
kind = "items"
heading = "Nothing here"
select = { tags = ["no-such-tag"] }
[[section]]
id = "commitments"
kind = "items"
heading = "Commitments"
select = { kinds = ["commitment"] }
[[section]]
id = "sources"
kind = "sources"
heading = "Sources"
"""


def test_an_empty_section_is_dropped_and_reported(session_library, tmp_path):
    path = tmp_path / "with-empty.toml"
    path.write_text(EMPTY, encoding="utf-8")
    pack = assemble(session_library, PackSpec(template="with-empty", country="ETH", date="2026-12-01"),
                    template=parse_template(path))
    assert [s.id for s in pack.sections] == ["commitments", "sources"]
    warning = next(w for w in pack.warnings if w.kind == "empty_section")
    assert warning.section_id == "nothing" and "Nothing here" in warning.message


# ------------------------------------------------------------------------------------------ dates
def test_document_time_is_the_newest_content_not_the_meeting_date(session_library):
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    pack = assemble(session_library, _spec(date="2030-01-01"))
    created = dt.datetime.fromisoformat(pack.created.replace("Z", "+00:00"))
    assert created <= dt.datetime.now(dt.timezone.utc)
    newest = max(dt.datetime.fromisoformat(session_library.item(i["uid"]).updated_at.replace("Z", "+00:00"))
                 for i in pack.manifest["items"])
    assert created >= newest.replace(microsecond=0) and created.year < 2030
    assert pack.manifest["document_time"] == pack.created
    assert pack.created == assemble(session_library, _spec(date="2030-01-01")).created  # deterministic
    assert before.year - created.year < 2


def test_source_date_epoch_sets_the_document_time(session_library, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")
    assert assemble(session_library, _spec()).created == "2020-01-01T00:00:00Z"


@pytest.mark.slow
def test_built_files_carry_the_document_time_in_their_properties(session_library, tmp_path, monkeypatch):
    import docx
    from pypdf import PdfReader

    from briefing_builder.build import build

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1577836800")
    result = build(session_library, _spec(date="2031-05-05"), tmp_path)
    docx_path = next(p for p in result.files if p.suffix == ".docx")
    pdf_path = next(p for p in result.files if p.suffix == ".pdf")
    props = docx.Document(str(docx_path)).core_properties
    assert props.created.replace(tzinfo=None) == dt.datetime(2020, 1, 1) == props.modified.replace(tzinfo=None)
    meta = PdfReader(str(pdf_path)).metadata
    assert meta.creation_date.replace(tzinfo=None) == dt.datetime(2020, 1, 1)
    assert meta.modification_date.replace(tzinfo=None) == dt.datetime(2020, 1, 1)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["document_time"] == "2020-01-01T00:00:00Z"


# One norm: European Portuguese as written under the 1990 agreement (Portugal's, and CLDR pt_PT's dates): neither
# Brazilian forms nor pre-1990 spellings.
PRE_1990 = ("acção", "acções", "protecção", "Acto ", "actividade", "activo", "adoptad", "objectivo", "projecto",
            "de Dezembro", "de Janeiro", "de Junho")
BRAZILIAN_ONLY = ("dossiê", "registro", "cúpula", "equipe", "usuário", "arquivo", "contato", "econômic", "Quênia",
                  "Zimbábue", "Benin ", "Saara", "tela ", "ônibus", "fato ")


@pytest.mark.parametrize("template,country,extra", [("ministerial-summit", "ETH", ()),
                                                    ("country-profile", "KEN", ("ZWE", "BEN", "ESH")),
                                                    ("bilateral-meeting", "ETH", ())])
def test_portuguese_packs_use_one_norm(session_library, template, country, extra):
    from briefing_builder.pack.templates import load_template

    pack = assemble(session_library, PackSpec(template=template, country=country, extra_countries=extra,
                                              date="2026-12-01", language="pt"))
    own = [pack.title, pack.cover.title] + [s.title for s in pack.sections]
    for section in pack.sections:
        for block in section.blocks:
            runs = (list(block.runs) if isinstance(block, (Paragraph, Quote)) else
                    [r for item in block.items for r in item] if isinstance(block, BulletList) else
                    [r for row in block.rows for cell in row for r in cell] if isinstance(block, Table) else [])
            own += [r.text for r in runs if r.lang in ("", "pt")]
    names = {row["code"]: row["name_pt"] for row in reference_rows()}
    own += [names[c] for c in (country,) + extra]  # the names a new library stores (CLDR pt_PT)
    text = "\n".join(own + [load_template(template).title_in("pt")])
    for word in BRAZILIAN_ONLY:
        assert word.casefold() not in text.casefold(), word
    every = "\n".join(t for s in pack.sections for t in _texts(s))  # the library's Portuguese versions too
    for word in PRE_1990:
        assert word not in every, word


@pytest.mark.parametrize("code,language,form,expected", [
    ("BFA", "pt", "in", "no Burquina Faso"), ("CIV", "pt", "in", "na Costa do Marfim"), ("DJI", "pt", "of", "do Jibuti"),
    ("YEM", "fr", "the", "le Yémen"), ("HUN", "fr", "of", "de la Hongrie"), ("HTI", "fr", "of", "d’Haïti"),
    ("HTI", "pt", "in", "no Haiti"), ("SEN", "fr", "in", "au Sénégal"), ("UGA", "fr", "the", "l’Ouganda"),
    ("CAF", "en", "with", "with the Central African Republic"), ("STP", "pt", "in", "em São Tomé e Príncipe"),
])
def test_country_forms_where_the_rules_have_exceptions(code, language, form, expected):
    names = {row["code"]: row for row in reference_rows()}
    assert country_form(code, names[code][f"name_{language}"], language, form) == expected
