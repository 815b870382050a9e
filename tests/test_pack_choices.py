"""What a person types in a choice field resolves to one value, or to a sentence saying why not."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_builder.pack.choices import CountryNames, CountryResolver, resolve_choice


@pytest.fixture(scope="module")
def resolver(seeded_template):
    from briefing_builder.library import Library

    with Library.open(seeded_template, create=False) as library:
        return CountryResolver(CountryNames.of(c) for c in library.countries())


@pytest.mark.parametrize("typed, code", [
    ("Senegal", "SEN"), ("sénégal", "SEN"), ("  SENEGAL ", "SEN"), ("Sénégal (SEN)", "SEN"), ("السنغال", "SEN"),
    ("SEN", "SEN"), ("sn", "SEN"), ("Ethiopie", "ETH"), ("Etiópia", "ETH"), ("إثيوبيا", "ETH"),
    ("Afrique du Sud", "ZAF"), ("Ivory Coast", "CIV"), ("Cote d'Ivoire", "CIV"), ("Cape Verde", "CPV"),
    ("Niger", "NER"), ("Nigeria", "NGA"), ("Keny", "KEN"),
])
def test_a_country_resolves_by_name_in_any_language_code_or_alternative_name(resolver, typed, code):
    assert resolver.resolve(typed).value == code


def test_exact_codes_rank_first(resolver):
    assert resolver.resolve("ETH").value == "ETH"
    assert resolver.resolve("eth").value == "ETH"
    assert resolver.resolve("NE").value == "NER"  # the alpha-2 code, not "Netherlands…", "Nepal…"


def test_an_ambiguous_start_names_the_candidates(resolver):
    result = resolver.resolve("Nig")
    assert result.value is None and "Niger (NER)" in result.error and "Nigeria (NGA)" in result.error


def test_unknown_text_is_refused_with_a_reason(resolver):
    result = resolver.resolve("Atlantis")
    assert result.value is None and "Atlantis" in result.error and "ISO code" in result.error
    assert resolver.resolve("   ").value is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_resolves_to_a_listed_country_or_says_why(resolver, text):
    result = resolver.resolve(text)
    assert (result.value in resolver.countries) if result.value is not None else result.error


def test_every_listed_name_resolves_back_to_its_own_country(resolver):
    for country in resolver.countries.values():
        assert resolver.resolve(country.code).value == country.code
        assert resolver.resolve(country.label).value == country.code


def test_short_lists_resolve_by_value_label_or_unique_prefix():
    languages = [("en", "English"), ("fr", "Français"), ("pt", "Português"), ("ar", "العربية")]
    assert resolve_choice("fr", languages, "language").value == "fr"
    assert resolve_choice("francais", languages, "language").value == "fr"
    assert resolve_choice("Port", languages, "language").value == "pt"
    refused = resolve_choice("Klingon", languages, "language")
    assert refused.value is None and "English" in refused.error
