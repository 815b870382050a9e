"""Canonical sources: what a pack prints names the original publisher, never the copy the editors read."""

import dataclasses
import json
import re
import tomllib
from urllib.parse import urlsplit

import pytest

from briefing_builder.library import SourceDraft
from briefing_builder.library.io import export_document, import_document
from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.model import Paragraph
from briefing_builder.pack.provenance import INTERNAL_LABEL, citation_text, is_mirror_address
from briefing_builder.pack.spec import PackSpec
from briefing_builder.paths import resource_path

LANGUAGES = ("en", "fr", "pt", "ar")
PACKS = [("ministerial-summit", "ETH", ()), ("bilateral-meeting", "ETH", ()), ("bilateral-meeting", "NGA", ()),
         ("country-profile", "ETH", ("NGA", "GHA", "SEN", "MLI", "NER", "BFA")), ("ministerial-summit", "FRA", ())]
URL = re.compile(r"(?:https?://|www\.)\S+")
# News and aggregator outlets, mirrors and transcription sites the editors read facts through (domain-facts.md).
OUTLETS = ("Vanguard", "Anadolu", "Sudan Tribune", "ReliefWeb", "allAfrica", "TRT World", "Xinhua", "TASS", "AFP",
           "exclusif.net", "kajarbi54", "tellerreport", "pledgetimes", "Wikipedia", "Wikipédia", "ويكيبيديا", "acstrap",
           "wikisum", "technodocbox", "docslib", "jallenglobal", "vdocuments", "Scribd", "socialserviceworkforce",
           "careappointments", "goodmood", "KSG India", "africannow", "breakingafricanews", "expydoc", "vilp.de",
           "research.un.org", "respect.international", "The Kenya Times", "technethics", "CIPIT")


def _seed_sources() -> list[dict]:
    return tomllib.loads(resource_path("seed", "sources.toml").read_text(encoding="utf-8"))["source"]


def _printed_texts(pack) -> list[str]:
    texts = [ref.citation for ref in pack.sources] + [ref.url for ref in pack.sources]
    for section in pack.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                texts.append("".join(r.text for r in block.runs))
    return texts


@pytest.mark.parametrize("template,country,extra", PACKS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_printed_source_has_a_mirror_address_or_an_internal_label(session_library, template, country, extra,
                                                                     language):
    spec = PackSpec(template=template, country=country, extra_countries=extra, date="2026-12-01", language=language)
    pack = assemble(session_library, spec)
    assert pack.sources
    for text in _printed_texts(pack):
        assert not INTERNAL_LABEL.search(text), text
        for url in URL.findall(text):
            assert not is_mirror_address(url), text
    for ref in pack.sources:  # no outlet or site the editors only read through is printed, in any language
        source = session_library.source(ref.uid)
        printed_english = " ".join((source.publisher, source.title, source.url, source.reference)).casefold()
        for outlet in OUTLETS:
            if outlet.casefold() in source.read_at.casefold() and outlet.casefold() not in printed_english:
                assert outlet.casefold() not in ref.citation.casefold(), (ref.uid, outlet)
    read_at = [session_library.source(ref.uid).read_at for ref in pack.sources]
    printed = "\n".join(_printed_texts(pack))
    for copy in read_at:  # the copy the editors read is never printed
        for url in URL.findall(copy):
            assert url.rstrip(".,;)") not in printed


def test_every_seed_source_names_its_publisher_and_confidence_and_keeps_its_uid(session_library):
    sources = _seed_sources()
    uids = [s["uid"] for s in sources]
    assert len(uids) == len(set(uids))
    for source in sources:
        # A list the editors compiled from dated documents has no publisher of its own: it cites those documents.
        compiled = "compiled from" in source["title"]
        assert (source["publisher"].strip() or compiled) and source["title"].strip(), source["uid"]
        assert source.get("confidence") in ("H", "M", "L"), source["uid"]
        for key in ("title", "publisher", "reference", "url"):
            assert not INTERNAL_LABEL.search(source.get(key, "")), (source["uid"], key)
        assert not is_mirror_address(source.get("url", "")), source["uid"]
    # uids other seed files refer to are all still there
    stored = {s.uid for s in session_library.sources()}
    assert set(uids) <= stored and {"summit-report-2019", "summit-communique-2019", "mnr-2016"} <= stored


def test_the_mnr_is_cited_at_the_alliance_and_read_through_the_transcription(session_library):
    # The Alliance's own address of the 2016 document is not known (only a transcription was read): the citation
    # names publisher, document and date, and the publisher's own site (../shared/reference/domain-facts.md).
    mnr = session_library.source("mnr-2016")
    assert mnr.url == "https://www.weprotect.org/" and "technodocbox" in mnr.read_at and mnr.confidence == "M"
    text = citation_text(mnr, "en")
    assert text == ("WePROTECT Global Alliance, Preventing and Tackling Child Sexual Exploitation and Abuse (CSEA): "
                    "A Model National Response, November 2016. https://www.weprotect.org/")


def test_every_printed_address_is_on_the_publishers_own_site():
    # The printed address is the document's on the publisher's site, or the publisher's site itself; never the
    # copy that was read (read_at), which is kept apart.
    for source in _seed_sources():
        url = source.get("url", "")
        if url:
            host = urlsplit(url).hostname or ""
            assert host and host not in source.get("read_at", ""), (source["uid"], url)


def test_a_document_address_on_the_publishers_own_site_is_printed_not_its_home_page(session_library):
    charter = citation_text(session_library.source("acerwc-charter"), "fr")
    assert charter.endswith("https://reporting.acerwc.africa/en/page/about-the-charter"), charter
    regions = session_library.source("au-regions")  # AfriMAP: no address known, publisher and document only
    assert regions.url == "" and "AfriMAP" in citation_text(regions, "en")
    assert "Appendix 1" in citation_text(regions, "en")


def test_an_address_in_an_arabic_source_entry_reads_whole_right_to_left(session_library):
    """In a right-to-left line the address's trailing "/" would move to its other end ("/https://…", UAX #9);
    isolated, it stays where it was typed, and the DOCX link and the address's text stay clean."""
    from bidi import get_display

    from briefing_builder.render.links import split_urls

    source = session_library.source("summit-communique-2019")
    arabic, english = citation_text(source, "ar"), citation_text(source, "en")
    assert source.url.endswith("/") and english.endswith(source.url)
    assert source.url in get_display(arabic, base_dir="R")
    assert "/" + source.url.rstrip("/") not in get_display(arabic, base_dir="R")
    links = [url for _text, url in split_urls(arabic) if url]
    assert links == [source.url]


def test_a_mirror_address_left_in_a_source_is_dropped_from_print(session_library):
    source = dataclasses.replace(session_library.source("mnr-2016"), url="https://docslib.org/doc/1/",
                                 reference="Summit Report (seed document A)")
    text = citation_text(source, "en")
    assert "docslib" not in text and "seed document" not in text


def test_a_pack_resting_on_low_confidence_sources_says_so_with_their_numbers(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    warnings = [w for w in pack.warnings if w.kind == "confidence"]
    assert len(warnings) == 1
    weak = {ref.number for ref in pack.sources if session_library.source(ref.uid).confidence in ("M", "L")}
    assert weak and {int(n) for n in re.findall(r"\[(\d+)\]", warnings[0].message)} == weak
    low = [ref.number for ref in pack.sources if session_library.source(ref.uid).confidence == "L"]
    assert "low confidence" in warnings[0].message and low


def test_a_pack_on_high_confidence_sources_only_has_no_confidence_warning(library, ministerial_spec):
    for source in library.sources():
        library.update_source(source.uid, dataclasses.replace(source.draft(), confidence="H"))
    assert not [w for w in assemble(library, ministerial_spec).warnings if w.kind == "confidence"]


def test_read_at_and_confidence_survive_export_and_import(library, empty_library):
    library.update_source("mnr-2016", dataclasses.replace(library.source("mnr-2016").draft(), read_at="copy X"))
    document = json.loads(json.dumps(export_document(library)))
    assert document["format_version"] >= 2
    import_document(empty_library, document)
    copied = empty_library.source("mnr-2016")
    assert (copied.read_at, copied.confidence) == ("copy X", "M")


def test_a_version_1_exchange_file_without_the_new_fields_still_imports(empty_library):
    document = {"format": "briefing-builder-library", "format_version": 1,
                "sources": [{"uid": "old-src", "title": "An old source", "publisher": "Someone", "date": "2019",
                             "url": "", "reference": "", "language": "en", "notes": ""}],
                "items": [], "countries": []}
    import_document(empty_library, document)
    source = empty_library.source("old-src")
    assert (source.read_at, source.confidence) == ("", "")


def test_a_bad_source_confidence_is_a_one_line_error_naming_record_and_field(empty_library):
    from briefing_builder.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        empty_library.add_source(SourceDraft(title="T", confidence="X"))
    assert "confidence" in str(caught.value) and "\n" not in str(caught.value).strip()
    assert not empty_library.sources()


def test_a_pack_holding_low_confidence_items_names_them(session_library):
    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01"))
    low = [session_library.item(i["uid"]) for i in pack.manifest["items"]]
    low = [item for item in low if item.confidence == "L"]
    assert low
    warning = next(w for w in pack.warnings if w.kind == "confidence" and "item" in w.message)
    assert all(item.title in warning.message for item in low[:5])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_files_themselves_print_no_mirror_and_no_internal_label(session_library, tmp_path, language):
    from briefing_builder.build import build
    from briefing_builder.pack.provenance import MIRROR_HOSTS

    from readers import docx_text, pdf_text

    spec = PackSpec(template="ministerial-summit", country="ETH", date="2026-12-01", language=language)
    result = build(session_library, spec, tmp_path)
    pdf = next(p for p in result.files if p.suffix == ".pdf")
    word = next(p for p in result.files if p.suffix == ".docx")
    for text in ("\n".join(pdf_text(pdf)), docx_text(word)):
        assert "weprotect.org" in text  # the publisher's own address is printed
        lowered = text.casefold()
        assert not any(host in lowered for host in MIRROR_HOSTS)
        assert "seed document" not in lowered and "seed file" not in lowered


def test_the_cli_adds_and_shows_a_source_with_where_it_was_read(run_cli):
    added = json.loads(run_cli("sources", "add", "--title", "Annual report 2025", "--publisher", "A ministry",
                               "--url", "https://ministry.example/", "--read-at", "news copy, read 2026-11-30",
                               "--confidence", "M", "--uid", "ministry-2025", "--json").output)
    assert (added["read_at"], added["confidence"]) == ("news copy, read 2026-11-30", "M")
    shown = run_cli("sources", "show", "ministry-2025").output
    assert "Read at (not printed): news copy" in shown and "Confidence: M" in shown
    assert run_cli("sources", "add", "--title", "X", "--confidence", "Q").exit_code != 0
