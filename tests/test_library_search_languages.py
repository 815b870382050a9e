"""Search in every language: Arabic folded (vowel marks, tatweel, alef forms), accents folded, symbols searchable."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_builder.library import ItemDraft
from briefing_builder.library.records import with_changes
from briefing_builder.library.fold import search_fold, symbol_word
from briefing_builder.library.search import to_match

HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@pytest.mark.parametrize("text,folded", [
    ("مُحَمَّدٌ", "محمد"),  # vowel marks and shadda
    ("مـحـمـد", "محمد"),  # tatweel
    ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),  # alef forms; teh marbuta
    ("مستشفى", "مستشفي"),  # alef maqsura
    ("٢٠١٩ ۲۰۱۹", "2019 2019"),  # Arabic-Indic and Eastern Arabic-Indic digits
    ("ﻣﺤﻤﺪ", "محمد"),  # presentation forms
    ("Côte d'Ivoire São Tomé", "Côte d'Ivoire São Tomé"),  # Latin accents are left to the tokenizer
    ("plain text", "plain text"),
])
def test_search_fold_normalises_arabic_and_leaves_latin_to_the_tokenizer(text, folded):
    assert search_fold(text) == folded


def test_symbols_and_emoji_become_words_of_their_own():
    assert search_fold("🌍Africa") == f" {symbol_word('🌍')} Africa"
    assert search_fold("👍🏽") == search_fold("👍")  # skin tone dropped
    assert search_fold("❤️") == search_fold("❤")  # variation selector dropped
    assert symbol_word("€") in search_fold("€5 million") and symbol_word("+") in search_fold("400+")
    assert search_fold(None) is None


@pytest.fixture
def arabic_item(library):
    item, _ = library.add_item(ItemDraft(
        kind="fact", title="لقاء مع مُحَمَّدٌ في الاتحاد الأفريقيّ", body="أُطلقت الاتفاقيـــة عام ٢٠١٩ 🌍 بتكلفة 5 €",
        source_uid="summit-report-2019", language="ar"))
    return item


@pytest.mark.parametrize("query", [
    "محمد", "مُحَمَّدٌ", "محـمد", "الافريقي", "الأفريقي", "الاتفاقية", "2019", "٢٠١٩", "🌍", "€", '"5 €"',
])
def test_an_arabic_item_is_found_however_the_query_is_written(library, arabic_item, query):
    assert arabic_item.uid in [i.uid for i in library.search(query, limit=200).items], query


def test_typed_arabic_prefixes_find_titles_with_or_without_marks(library, arabic_item):
    for typed in ("مح", "مُحَ", "الاف", "الأف"):
        assert arabic_item.uid in [i.uid for i in library.search(typed, typed=True, limit=200).items], typed


def test_french_and_portuguese_accents_fold_both_ways(library):
    item, _ = library.add_item(ItemDraft(kind="fact", title="Sécurité en São Tomé", source_uid="summit-report-2019",
                                         language="fr"))
    for query in ("securite", "Sécurité", "SAO TOME", "são"):
        assert item.uid in [i.uid for i in library.search(query, limit=200).items], query


def test_emoji_and_symbols_are_searchable_and_match_only_where_they_occur(library):
    item, _ = library.add_item(ItemDraft(kind="fact", title="Children online 🌍 👍", body="Budget € 5; x ≥ 3",
                                         source_uid="summit-report-2019"))
    for query in ("🌍", "👍🏽", "€", "≥"):
        assert [i.uid for i in library.search(query).items] == [item.uid], query
    assert library.search("😀").total == 0
    assert to_match("🌍")[0] == f'"{symbol_word("🌍")}"'


def test_editing_an_arabic_item_keeps_the_index_consistent(library, arabic_item):
    library.update_item(arabic_item.id, with_changes(arabic_item.draft(), title="زَرافَةٌ جديدةٌ"))
    assert [i.uid for i in library.search("زرافه").items] == [arabic_item.uid]
    assert library.search("محمد").total == 0
    assert library.check() == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(word=st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهوي", min_size=3, max_size=8),
       marks=st.lists(st.sampled_from(list(HARAKAT) + ["\u0640"]), max_size=6))
def test_any_arabic_word_with_marks_is_found_by_its_bare_form(library, word, marks):
    marked = "".join(ch + (marks[i] if i < len(marks) else "") for i, ch in enumerate(word))
    item, _ = library.add_item(ItemDraft(kind="fact", title=f"كلمة {marked}", source_uid="summit-report-2019",
                                         language="ar"))
    try:
        assert item.uid in [i.uid for i in library.search(word, limit=500).items]
    finally:
        library.delete_item(item.id)


@given(st.text(max_size=80))
def test_folding_is_idempotent_and_never_raises(text):
    once = search_fold(text)
    assert search_fold(once) == once
