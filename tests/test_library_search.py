"""Search: ranking, filters, as-you-type prefixes, and any text a user can type."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_builder.library import ItemDraft, SearchFilters, SourceDraft
from briefing_builder.library.search import compile_query, to_match, words


def test_words_are_cut_like_the_fts_tokenizer():
    assert words("e-mail, U.K. 2019's") == ["e", "mail", "U", "K", "2019", "s"]
    assert words("مرحبا بالعالم 😀") == ["مرحبا", "بالعالم"]


@pytest.mark.parametrize("query,expected", [
    ("Malabo", '"Malabo"'),
    ('"Model National" -GSR', '("Model National") NOT "GSR"'),
    ("a OR b c", '("a" OR "b") AND "c"'),
    ("e-mail", '"e mail"'),
])
def test_queries_are_translated_to_quoted_fts(query, expected):
    assert to_match(query)[0] == expected


def test_typed_query_makes_the_last_word_a_prefix():
    assert to_match("malabo conv", prefix_last=True) == ('"malabo" AND "conv" *', 4)
    assert to_match("malabo ", prefix_last=True) == ('"malabo"', 0)


HOSTILE = ['"', '""', "-", "--", "-x", ".", "a.b", "NOT", "OR", "AND", "a OR", "*", "^x", "NEAR(a b)", "x:y",
           "title:x", "(", ")", "'", "\\", "%", "_", "\x00", "\x1b[31m", "<script>", "&amp;", "a" * 10_000,
           "مجلس السلم والأمن", "😀🔥", "Ω≈ç√", "\u202e", "ﷺ", "🇪🇹", "   ", "\t\n"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_strings_never_raise(library, query):
    for typed in (False, True):
        result = library.search(query, typed=typed)
        assert result.total >= 0


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_valid_query(library, query):
    library.search(query, typed=True, limit=5)
    library.search(query, typed=False, limit=5)


def test_only_symbols_match_nothing_but_empty_matches_everything(library):
    assert library.search("😀 ...").total == 0
    assert library.search("").total == library.stats().items


def test_arabic_text_is_found(library):
    library.add_item(ItemDraft(kind="fact", title="الاتحاد الأفريقي والقمة", body="نص عربي",
                               source_uid="summit-report-2019", language="ar"))
    assert library.search("الأفريقي").total >= 1
    assert library.search("الأفر", typed=True).total >= 1


def test_filters_narrow_results(library):
    all_malabo = library.search("Malabo", limit=100).total
    calls = library.search("Malabo", SearchFilters(kinds=("call",)))
    assert 0 < calls.total < all_malabo and all(i.kind == "call" for i in calls.items)
    ethiopia = library.search("", SearchFilters(countries=("ETH",)), limit=200)
    assert ethiopia.items and all("ETH" in i.countries for i in ethiopia.items)
    mnr = library.search("", SearchFilters(frameworks=("mnr",)), limit=200)
    assert mnr.items and all("mnr" in i.frameworks for i in mnr.items)
    tagged = library.search("", SearchFilters(tags=("victims",)), limit=200)
    assert tagged.items and all("victims" in i.tags for i in tagged.items)
    assert library.search("", SearchFilters(languages=("fr",))).total == 0


def test_stale_filter_uses_the_review_by_date(library):
    stale = library.search("", SearchFilters(stale_only=True, today="2021-03-01"), limit=500)
    assert stale.items and all(i.review_by < "2021-03-01" for i in stale.items)
    today = dt.date.today().isoformat()
    assert library.search("", SearchFilters(stale_only=True), limit=500).total == library.stats().stale_items
    assert all(i.is_stale() for i in library.search("", SearchFilters(stale_only=True, today=today)).items)


def test_title_words_rank_above_body_words(library):
    library.add_item(ItemDraft(kind="fact", title="Helplines everywhere", body="x", source_uid="summit-report-2019"))
    library.add_item(ItemDraft(kind="fact", title="Something else", body="About helplines and more text here.",
                               source_uid="summit-report-2019"))
    assert library.search("helplines").items[0].title == "Helplines everywhere"


def test_a_word_in_many_items_lists_title_hits_first_then_newest(library, monkeypatch):
    """Above RANK_CANDIDATES items a phrase is not ranked by bm25 (too slow at 100,000 items): titles first."""
    monkeypatch.setattr("briefing_builder.library.search.RANK_CANDIDATES", 3)
    added = [library.add_item(ItemDraft(kind="fact", title=title, body=body, source_uid="summit-report-2019"))[0]
             for title, body in (("Zebra crossings", "x"), ("Other", "zebra once"), ("Zebra herds", "y"),
                                 ("Another", "zebra twice zebra"), ("More", "the zebra"), ("Last", "zebra"))]
    result = library.search("zebra", limit=10, count_cap=100)
    titles = [item.title for item in result.items]
    assert titles[:2] == ["Zebra herds", "Zebra crossings"]  # title hits, newest first
    assert titles[2:] == ["Last", "More", "Another"]  # then the newest of the rest, up to the bound
    assert result.total_is_lower_bound
    assert library.search("zebra", count_cap=None).total == len(added)
    # A rare word in the same query keeps exact bm25 ranking only when every word is rare.
    assert [i.title for i in library.search("herds").items] == ["Zebra herds"]
    # Filters still apply; then matches come newest first.
    filtered = library.search("zebra", SearchFilters(kinds=("fact",)), limit=10)
    assert [i.title for i in filtered.items][:3] == ["Last", "More", "Another"]


def test_every_phrase_of_a_query_is_listed_for_the_frequency_check():
    from briefing_builder.library.search import compile_query

    compiled = compile_query('malabo "cyber security" OR acrwc -draft', typed=True)
    assert compiled.full_phrases == ('"malabo"', '"cyber security"', '"acrwc"', '"draft"')
    typed = compile_query("malabo -draft acr", typed=True)
    assert typed.prefix_phrases == ('"malabo"', '"acr" *', '"draft"')


def test_sort_orders_and_paging(library):
    by_title = library.search("", order="title", limit=500).items
    assert [i.title.lower() for i in by_title] == sorted(i.title.lower() for i in by_title)
    first = library.search("", order="id", limit=10).items
    second = library.search("", order="id", limit=10, offset=10).items
    assert first[-1].id < second[0].id


def test_count_cap_reports_a_lower_bound(library):
    result = library.search("", count_cap=10)
    assert result.total == 10 and result.total_is_lower_bound


# ------------------------------------------------------------------------------------------ exclusions only
def test_a_query_of_exclusions_only_lists_everything_else(library):
    everything = set(library.search_ids("")[0])
    malabo = set(library.search_ids("Malabo")[0])
    assert malabo and malabo < everything
    for query in ("-Malabo", "NOT Malabo", "-malabo "):
        for typed in (False, True):
            result = library.search(query, typed=typed, limit=10_000, count_cap=None)
            assert {item.id for item in result.items} == everything - malabo, (query, typed)
            assert result.total == len(everything) - len(malabo)
    both = set(library.search_ids("-Malabo -Convention")[0])
    assert both == everything - malabo - set(library.search_ids("Convention")[0])


def test_exclusions_only_are_paged_and_ordered_like_browsing(library):
    browse = library.search_ids("", order="title")[0]
    malabo = set(library.search_ids("Malabo")[0])
    page = library.search("-Malabo", order="title", limit=5, offset=3)
    assert [item.id for item in page.items] == [i for i in browse if i not in malabo][3:8]
    newest = library.search("-Malabo", limit=4)
    assert [item.id for item in newest.items] == sorted(set(browse) - malabo, reverse=True)[:4]


VOCABULARY = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "e-mail", "Éthiopie"]


@pytest.fixture
def small_library(empty_library):
    """Twelve placeholder items, each holding a few of VOCABULARY's words."""
    source, _ = empty_library.add_source(SourceDraft(title="Placeholder source"))
    for n in range(12):
        picked = [w for i, w in enumerate(VOCABULARY) if (n >> (i % 4)) & 1 or i == n % len(VOCABULARY)]
        empty_library.add_item(ItemDraft(kind="fact", title=f"Item {picked[0]}", body=" ".join(picked),
                                         tags=(f"tag{n % 3}",), source_uid=source.uid))
    return empty_library


KEYWORDS = {"OR", "AND", "NOT"}
# A word is something searchable: letters that fold to nothing (Arabic tatweel, presentation-form marks)
# match nothing on purpose, and so does their exclusion.
WORD = st.one_of(st.sampled_from(VOCABULARY + ["item", "tag1", "Delta"]),
                 st.text(st.characters(categories=("L", "Nd")), min_size=1, max_size=8).filter(
                     lambda w: w not in KEYWORDS and not compile_query(w).empty))


@settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(WORD)
def test_a_word_and_its_exclusion_split_the_library(small_library, word):
    everything = set(small_library.search_ids("")[0])
    found = set(small_library.search_ids(word)[0])
    excluded = set(small_library.search_ids(f"-{word}")[0])
    assert not found & excluded
    assert found | excluded == everything
