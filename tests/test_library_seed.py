"""The bundled seed library: everything the summit documents and the reference facts say, with provenance."""

import tomllib

from briefing_builder.library import SearchFilters
from briefing_builder.library.seed import seed_dir


def test_seeded_library_holds_items_sources_and_countries(library):
    stats = library.stats()
    assert stats.items >= 100
    assert stats.sources >= 50
    assert stats.countries == 249
    assert stats.au_members == 55
    assert stats.items_without_source == 0


def test_every_seeded_item_cites_an_existing_source(library):
    source_uids = {s.uid for s in library.sources()}
    items = library.items(library.all_item_ids())
    assert items and all(item.source_uid in source_uids for item in items)
    assert all(item.as_of or item.kind in ("background", "excerpt", "fact") for item in items)


def test_every_seed_file_item_is_in_the_library(library):
    uids = set()
    for path in seed_dir().glob("*.toml"):
        uids |= {item["uid"] for item in tomllib.loads(path.read_text("utf-8")).get("item", [])}
    assert {i.uid for i in library.items(library.all_item_ids())} == uids


def test_search_malabo_finds_the_communique_call_on_au_member_states(library):
    result = library.search("Malabo", limit=50)
    assert "communique2019-call-3-au" in [i.uid for i in result.items]
    call = library.item("communique2019-call-3-au")
    assert call.kind == "call" and call.locator == "para. 3"
    assert set(call.frameworks) >= {"malabo-convention", "mnr"}


def test_communique_commitments_calls_and_next_steps_are_all_present(library):
    commitments = library.search("", SearchFilters(kinds=("commitment",)), limit=100).items
    locators = sorted(i.locator for i in commitments)
    assert locators == sorted(f"para. 1({n})" for n in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"))
    assert len(library.search("", SearchFilters(kinds=("call",))).items) == 2
    steps = library.search("", SearchFilters(kinds=("next_step",))).items
    assert sorted(i.locator for i in steps) == [f"Next steps, {n}" for n in range(1, 6)]


def test_summit_key_figures_are_present_with_dates(library):
    figures = {i.uid: i for i in library.search("", SearchFilters(tags=("key-figures",)), limit=200).items}
    delegates = figures["summit2019-delegates"]
    assert "400" in delegates.title and delegates.as_of == "2019-12-12"
    assert "94" in figures["summit2019-countries-ministers"].title
    assert "5 million" in figures["summit2019-twitter-reach"].title
    # the report gives the reach without a date: it is dated as the report (February 2020), not the summit's day
    assert figures["summit2019-twitter-reach"].as_of == "2020-02"


def test_editorial_flags_are_carried_as_notes(library):
    assert "93" in library.item("summit2019-countries-ministers").notes
    assert "International Justice Mission" in library.item("summit2019-breakouts").notes
    assert "best practise" in library.item("communique2019-commit-1-iii").notes


def test_mnr_lists_its_21_capabilities(library):
    body = library.item("mnr-21-capabilities").body
    for number, name in ((1, "Leadership"), (7, "Access to Image Databases"), (21, "Universal Terminology")):
        assert f"{number} {name}" in body


def test_inferred_facts_keep_their_low_confidence(library):
    assert library.item("mnr-domain-mapping").confidence == "L"
    assert library.item("malabo-16th-unconfirmed").confidence == "L"


def test_au_members_are_split_into_five_regions(library):
    members = library.countries(au_only=True)
    counts = {}
    for country in members:
        counts[country.au_region] = counts.get(country.au_region, 0) + 1
    assert counts == {"northern": 7, "southern": 10, "eastern": 14, "western": 15, "central": 9}
    assert library.country("ESH").au_name == "Sahrawi Arab Democratic Republic"


def test_country_names_are_localised(library):
    ethiopia = library.country("ET")
    assert ethiopia.code == "ETH"
    assert ethiopia.names == {"en": "Ethiopia", "fr": "Éthiopie", "pt": "Etiópia", "ar": "إثيوبيا"}
    assert library.country("COD").name("fr") == "République démocratique du Congo"


def test_malabo_statuses_are_dated_sourced_and_complete_for_au_members(library):
    for country in library.countries(au_only=True):
        status = country.status("malabo-convention")
        assert status is not None and status.as_of and status.source_uid, country.code
    assert library.country("MRT").status("malabo-convention").status == "ratified"
    assert library.country("ETH").status("malabo-convention").status == "not ratified"


def test_countries_outside_the_au_have_no_guessed_statuses(library):
    france = library.country("FRA")
    assert not france.au_member and france.au_region is None
    assert france.statuses == ()


def test_suspensions_carry_their_dates(library):
    madagascar = library.country("MDG").status("au-participation")
    assert (madagascar.status, madagascar.as_of) == ("suspended", "2025-10-15")
    assert library.country("GIN").status("au-participation").status == "reinstated"


def test_the_seed_holds_only_people_its_documents_name_with_a_source(library):
    people = {p.uid: p for p in library.people()}
    assert set(people) == {"person-ernie-allen", "person-joanna-shields"}
    source_uids = {s.uid for s in library.sources()}
    for person in people.values():
        assert person.bio and all(line.source_uid in source_uids and line.as_of for line in person.bio)
        assert not person.has_photo  # no photo is given by any seed source
    assert (people["person-ernie-allen"].role, people["person-ernie-allen"].organisation) == (
        "Chair", "WePROTECT Global Alliance")
    assert people["person-joanna-shields"].role == ""  # no source gives a current role
