"""The multi-country country-profile pack: each country's part says what the library holds on it, once."""

from __future__ import annotations

import re

import pytest

from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.model import BulletList, Heading, Paragraph, Table
from briefing_builder.pack.spec import PackSpec

COUNTRIES = ("ETH", "NGA", "NER", "BFA", "MLI")


def _pack(library, language: str):
    return assemble(library, PackSpec(template="country-profile", country=COUNTRIES[0],
                                      extra_countries=COUNTRIES[1:], date="2026-12-01", language=language))


def _text(runs) -> str:
    return "".join(r.text for r in runs)


def _parts(pack) -> dict[str, list]:
    """The profiles section's blocks, by country heading (level 2) in order."""
    section = next(s for s in pack.sections if s.id == "profiles")
    parts: dict[str, list] = {}
    current = None
    for block in section.blocks:
        if isinstance(block, Heading) and block.level == 2:
            current = block.text
            parts[current] = []
        elif current is not None:
            parts[current].append(block)
    return parts


@pytest.mark.parametrize("language", ["en", "fr", "pt", "ar"])
def test_every_country_part_says_what_the_library_holds_on_it(session_library, language):
    pack = _pack(session_library, language)
    parts = _parts(pack)
    assert len(parts) == len(COUNTRIES)
    for name, blocks in parts.items():
        headings = [b for b in blocks if isinstance(b, Heading) and b.level == 3]
        assert len(headings) == 1, (name, [h.text for h in headings])
        after = blocks[blocks.index(headings[0]) + 1]
        assert isinstance(after, (BulletList, Paragraph)), name  # a list, or a sentence saying there is nothing


def test_an_item_on_several_countries_is_printed_once_and_named_under_each_of_them(session_library):
    pack = _pack(session_library, "en")
    parts = _parts(pack)
    suspended = "Six member states suspended in late January 2026"
    holders = [name for name, blocks in parts.items()
               if any(suspended in _text(entry) for b in blocks if isinstance(b, BulletList) for entry in b.items)]
    assert holders == ["Niger", "Burkina Faso", "Mali"]
    body = "They remain members but cannot take part."
    printed = [_text(entry) for blocks in parts.values() for b in blocks if isinstance(b, BulletList)
               for entry in b.items if body in _text(entry)]
    assert len(printed) == 1
    references = [_text(entry) for name in ("Burkina Faso", "Mali") for b in parts[name]
                  if isinstance(b, BulletList) for entry in b.items if suspended in _text(entry)]
    assert references and all(r.startswith(f"See Niger: “{suspended}”") for r in references), references
    nigeria = [_text(e) for b in parts["Nigeria"] if isinstance(b, BulletList) for e in b.items]
    assert any("had not ratified the Malabo Convention" in t and t.startswith("See Ethiopia: ") for t in nigeria)


def test_no_country_part_names_the_other_countries_in_its_status_notes(session_library):
    # one note shared by four suspended states ("Mali 2021, Sudan …, Niger …") printed the same list under each
    pack = _pack(session_library, "en")
    names = {"Ethiopia", "Nigeria", "Niger", "Burkina Faso", "Mali"}
    for name, blocks in _parts(pack).items():
        statuses = [b for b in blocks if isinstance(b, Table) and b.header and b.header[0] == "Topic"]
        text = " ".join(_text(cell) for table in statuses for row in table.rows for cell in row)
        assert statuses and not [o for o in names - {name} if re.search(rf"\b{o}\b", text)], (name, text)


def test_a_country_on_which_the_library_holds_nothing_more_says_so(session_library):
    pack = assemble(session_library, PackSpec(template="country-profile", country="ETH", extra_countries=("ERI",),
                                              date="2026-12-01", language="fr"))
    blocks = _parts(pack)["Érythrée"]
    heading = next(b for b in blocks if isinstance(b, Heading) and b.level == 3)
    after = blocks[blocks.index(heading) + 1]
    assert isinstance(after, Paragraph)
    assert _text(after.runs) == "Aucun autre élément concernant l’Érythrée."


def test_arabic_profiles_write_the_arabic_comma(session_library):
    pack = _pack(session_library, "ar")
    comparison = next(b for s in pack.sections if s.id == "comparison" for b in s.blocks if isinstance(b, Table))
    membership = [_text(cell) for cell in comparison.rows[0][1:]]
    assert membership and all(t.startswith("نعم، ") and "," not in t for t in membership), membership


@pytest.mark.parametrize("language", ["en", "fr", "pt", "ar"])
def test_a_country_names_row_reads_its_own_language_first_and_keeps_its_citation_last(session_library, language):
    """A name in the other direction is isolated: shown (UAX #9), the row's citation ends the row, rather than
    sitting between the Latin and the Arabic names ("Senegal ; Sénégal ; [10] السنغال")."""
    from bidi import get_display

    pack = assemble(session_library, PackSpec(template="ministerial-summit", country="SEN", language=language,
                                              date="2026-12-10"))
    names = next(row for s in pack.sections for b in s.blocks if isinstance(b, Table) for row in b.rows
                 if "Senegal" in _text(row[1]))[1]
    text = "".join(r.text or f" [{r.citation}]" for r in names)  # as both writers print a citation
    own = {"en": "Senegal", "fr": "Sénégal", "pt": "Senegal", "ar": "السنغال"}[language]
    assert text.lstrip("\u2068").startswith(own), text
    assert ("؛ " in text) == (language == "ar")
    shown = get_display(text, base_dir="R" if language == "ar" else "L").replace("\u2068", "").replace("\u2069", "")
    citation = re.search(r"\[\d+\]|\]\d+\[", shown).group(0)
    assert (shown.startswith(citation) if language == "ar" else shown.endswith(citation)), shown


def test_a_one_country_pack_leaves_out_an_empty_holdings_part(session_library):
    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01"))
    headings = [b.text for s in pack.sections for b in s.blocks if isinstance(b, Heading) and b.level == 3]
    texts = [_text(b.runs) for s in pack.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert not [h for h in headings if h.startswith("Other facts on")]
    assert not [t for t in texts if "No other facts" in t]
