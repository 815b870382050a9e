"""Packs in French, Portuguese and Arabic use the library's versions; what stays in English is marked as English."""

import io
import re

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing_builder.library import TranslationDraft
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.localise import missing_translations
from briefing_builder.pack.model import BulletList, Heading, KeyFigure, Paragraph, Quote, Table
from briefing_builder.pack.spec import PackSpec
from briefing_builder.render import docx as docx_writer
from briefing_builder.render import pdf as pdf_writer

# Words that only English text has among the four languages (not "a", "as", "on", "in": French or Portuguese).
ENGLISH = frozenset("the and of to with was were which from that this for are has have its their is by at been "
                    "will our we not".split())
NOT_PROSE = re.compile(r"(https?://|www\.)\S+|\S+@\S+")


def english_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", NOT_PROSE.sub(" ", text))} & ENGLISH


def spec(language: str) -> PackSpec:
    return PackSpec(template="ministerial-summit", country="ETH", recipient="S. E. M. le Ministre", office="",
                    event="", date="2026-12-01", classification="RESTRICTED", language=language)


def passages(pack):
    """(text, lang) of everything the pack prints."""
    for section in pack.sections:
        yield section.title, ""
        for block in section.blocks:
            if isinstance(block, Heading):
                yield block.text, ""
            elif isinstance(block, (Paragraph, Quote)):
                yield from ((r.text, r.lang) for r in block.runs)
                if isinstance(block, Quote):
                    yield block.attribution, block.attribution_lang
            elif isinstance(block, BulletList):
                yield from ((r.text, r.lang) for entry in block.items for r in entry)
            elif isinstance(block, Table):
                yield from ((h, "") for h in block.header)
                yield from ((r.text, r.lang) for row in block.rows for cell in row for r in cell)
            elif isinstance(block, KeyFigure):
                yield block.label, block.lang
                yield block.as_of, ""
    cover = pack.cover
    yield from ((t, "") for t in (cover.title, cover.subtitle, cover.date_text, cover.country))
    yield from ((v, "") for pair in cover.meta_lines for v in pair)


@pytest.fixture(scope="module")
def packs(session_library):
    return {language: assemble(session_library, spec(language)) for language in ("fr", "pt", "ar")}


@pytest.mark.parametrize("language", ["fr", "pt", "ar"])
def test_the_ministerial_pack_has_no_english_passage_that_is_not_marked_english(packs, language, session_library):
    pack = packs[language]
    unmarked = [text for text, lang in passages(pack) if english_words(text) and lang != "en"]
    titles = {session_library.source(ref.uid).title for ref in pack.sources if ref.uid in
              {s.uid for s in session_library.sources()}}  # original titles in the reference list, marked English
    marked = [text for text, lang in passages(pack) if lang == "en" and text not in titles]
    assert unmarked == []
    assert marked and all(english_words(text) for text in marked)  # the quotations' original words
    assert not [w for w in pack.warnings if w.kind == "missing"]


@pytest.mark.parametrize("language", ["fr", "pt", "ar"])
def test_the_word_file_marks_english_runs_and_defaults_to_the_packs_language(packs, language):
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(packs[language])))
    default = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(
        qn("w:lang"))
    attribute = "w:bidi" if language == "ar" else "w:val"
    assert default.get(qn(attribute)) == docx_writer.word_language(language)
    unmarked, marked = [], []
    for paragraph in document.paragraphs + [p for t in document.tables for row in t.rows for c in row.cells
                                            for p in c.paragraphs]:
        for run in paragraph.runs:
            lang = run._element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            if lang is not None and lang.get(qn("w:val")) == "en-GB":
                marked.append(run.text)
            elif english_words(run.text):
                unmarked.append(run.text)
    assert unmarked == []
    assert len(marked) >= 5 and any("Article 27 obliges" in text for text in marked)


def test_the_pdf_tags_english_passages_with_their_language(packs):
    reader = PdfReader(io.BytesIO(pdf_writer.render_bytes(packs["fr"])[0]))
    streams = b"".join(page.get_contents().get_data() for page in reader.pages)
    spans = streams.count(b"/Span <</Lang (en)>> BDC")
    assert spans >= 5 and streams.count(b"EMC") >= spans
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Article 27 obliges States Parties" in text.replace("\n", " ")
    assert "[Traduction non officielle] L’article 27 oblige" in text.replace("\n", " ")


def test_a_quotation_keeps_its_words_and_shows_its_version_as_a_translation(packs):
    blocks = [b for s in packs["fr"].sections for b in s.blocks]
    index = next(i for i, b in enumerate(blocks) if isinstance(b, Quote) and "Article 27 obliges" in b.runs[0].text)
    quote, version = blocks[index], blocks[index + 1]
    assert quote.runs[0].lang == "en" and quote.direction == "ltr"
    assert isinstance(version, Paragraph) and version.runs[0].text.startswith("[Traduction non officielle]")
    assert version.runs[1].text.startswith("L’article 27 oblige") and version.runs[1].lang == ""
    arabic = [b for s in packs["ar"].sections for b in s.blocks]
    index = next(i for i, b in enumerate(arabic) if isinstance(b, Quote) and "Article 27 obliges" in b.runs[0].text)
    assert arabic[index].direction == "ltr" and arabic[index + 1].direction == "rtl"
    assert arabic[index + 1].runs[0].text.startswith("[ترجمة غير رسمية]")


def test_a_missing_version_falls_back_to_the_original_marked_and_warned(library):
    library.delete_translation("item", "summit2019-countries-ministers", "fr")
    library.set_translation("item", "summit2019-delegates", TranslationDraft.of(
        "fr", translator="Test editors", translated_on="2026-12-02", title="Plus de 400 délégués au sommet"))
    pack = assemble(library, spec("fr"))
    figures = {b.label: b for s in pack.sections for b in s.blocks if isinstance(b, KeyFigure)}
    assert figures["94 countries represented, 33 of them by a minister"].lang == "en"
    assert figures["Plus de 400 délégués au sommet"].lang == ""
    warned = {w.item_uid: w.message for w in pack.warnings if w.kind == "missing"}
    assert "title, body, locator" in warned["summit2019-countries-ministers"]
    assert "body, locator" in warned["summit2019-delegates"]  # the title has a version now, the rest not
    unmarked = [text for text, lang in passages(pack) if english_words(text) and lang != "en"]
    assert unmarked == []
    document = docx.Document(io.BytesIO(docx_writer.render_bytes(pack)))
    runs = [r for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
            if r.text == "94 countries represented, 33 of them by a minister"]
    assert runs and runs[0]._element.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-GB"


def test_missing_translations_of_a_pack_list_what_it_lacks_until_it_is_translated(library):
    assert missing_translations(library, spec("fr")) == []
    library.delete_translation("item", "communique2019-call-2", "fr")
    library.delete_translation("source", "summit-communique-2019", "fr")
    missing = {(m.record, m.key): m.fields for m in missing_translations(library, spec("fr"))}
    assert missing == {("item", "communique2019-call-2"): ("title", "body", "locator"),
                       ("source", "summit-communique-2019"): ("title", "publisher")}  # no reference: issue 10
    library.set_translation("item", "communique2019-call-2", TranslationDraft.of(
        "fr", translator="Test editors", translated_on="2026-12-02", title="Appel", body="Appel.", locator="par. 2"))
    assert [m.key for m in missing_translations(library, assemble(library, spec("fr")))] == ["summit-communique-2019"]


def test_an_official_version_of_a_quotation_is_introduced_as_official(library):
    library.set_translation("item", "acrwc-article-27", TranslationDraft.of(
        "fr", provenance="official", body="Les États parties s’engagent à protéger l’enfant (version officielle)."))
    blocks = [b for s in assemble(library, spec("fr")).sections for b in s.blocks]
    version = next(b for b in blocks if isinstance(b, Paragraph) and "version officielle" in b.runs[-1].text)
    assert version.runs[0].text == "[Traduction officielle] "


def test_an_english_pack_is_unchanged_by_the_versions_and_the_manifest_lists_those_used(session_library, packs):
    english = assemble(session_library, spec("en"))
    assert not [t for t, lang in passages(english) if lang]
    assert english.manifest["translations"] == []
    used = packs["fr"].manifest["translations"]
    assert {"record": "item", "key": "summit2019-delegates", "language": "fr", "provenance": "unofficial",
            "translator": "Briefing Builder editors", "translated_on": "2026-12-02", "revision": 1} in used
    assert {u["record"] for u in used} >= {"item", "source", "status"}


def test_search_the_pack_in_french_finds_french_words(packs):
    text = " ".join(t for t, _ in passages(packs["fr"]))
    assert "Plus de 400 délégués" in text and "Convention de Malabo" in text
    assert "Mehr" not in text


@pytest.mark.parametrize("language,values", [
    ("fr", ["", "400+", "94", "", "5 millions", "97"]),
    ("pt", ["", "400+", "94", "", "5 milhões", "97"]),
    ("ar", ["", "400+", "94", "", "5 ملايين", "97"]),
])
def test_key_figures_show_the_figure_of_the_title_in_the_packs_language(packs, language, values):
    """Dates in the title are not the figure ("11 et 12 décembre 2019"); units and "more than" are the language's."""
    shown = [b.value for s in packs[language].sections for b in s.blocks if isinstance(b, KeyFigure)]
    assert shown == values


@pytest.mark.parametrize("language,day,month,year", [
    ("en", "as of 12 December 2019", "as of February 2020", "as of 2019"),
    ("fr", "au 12 décembre 2019", "en février 2020", "en 2019"),
    ("pt", "à data de 12 de dezembro de 2019", "em fevereiro de 2020", "em 2019"),
    ("ar", "بتاريخ 12 ديسمبر 2019", "في فبراير 2020", "في عام 2019"),
])
def test_as_of_phrases_read_naturally_at_each_precision(language, day, month, year):
    from briefing_builder.pack.labels import as_of_phrase

    assert [as_of_phrase(d, language) for d in ("2019-12-12", "2020-02", "2019")] == [day, month, year]


def test_the_first_of_a_month_is_written_premier_in_french():
    from briefing_builder.pack.labels import as_of_phrase, format_iso_date

    assert format_iso_date("2026-12-01", "fr") == "1er décembre 2026"
    assert as_of_phrase("2019-12-01", "fr") == "au 1er décembre 2019"
    assert format_iso_date("2026-12-11", "fr") == "11 décembre 2026"


UNNATURAL_DATES = {
    "fr": re.compile(r"\bau\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                     r"décembre|\d{4}\b)|\b1\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                     r"octobre|novembre|décembre)"),
    # The generated "as of" phrases stand alone, in brackets or after a comma (item texts may say "em 9 de julho").
    "pt": re.compile(r"(?:^|[(,]\s?)em\s\d{1,2}\sde\b"),
    "ar": re.compile(r"(?:^|[(،,]\s?)حتى\s\d"),
}


@pytest.mark.parametrize("language", ["fr", "pt", "ar"])
def test_no_pack_prints_an_unnatural_date_phrase(session_library, language):
    for template, extra in (("ministerial-summit", ()), ("country-profile", ("NGA", "MLI")),
                            ("bilateral-meeting", ())):
        pack = assemble(session_library, PackSpec(template=template, country="ETH", extra_countries=extra,
                                                  date="2026-12-01", language=language))
        for text, _ in passages(pack):
            assert not UNNATURAL_DATES[language].search(text), (template, text)


def test_every_bundled_template_has_its_title_and_description_in_the_four_languages():
    """The builder shows a template's description under the form, and the PDF's Subject is it: neither is left
    in English in a French, Portuguese or Arabic pack."""
    from briefing_builder.pack.templates import load_templates

    templates = load_templates()
    assert {"ministerial-summit", "bilateral-meeting", "country-profile", "speaking-note"} <= set(templates)
    for template in templates.values():
        for language in ("en", "fr", "pt", "ar"):
            assert template.title.get(language), (template.name, language)
            assert template.description.get(language), (template.name, language)
        assert re.search("[\u0600-\u06ff]", template.description["ar"]), template.name
