"""The ISO 3166-1 reference list with localised names (pycountry for the codes, CLDR via babel for names)."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from babel import Locale

NAME_LANGUAGES = ("en", "fr", "pt", "ar")

# CLDR's short forms ("Congo - Kinshasa") read oddly in a diplomatic brief; these are the forms
# the UN and AU documents use.
_NAME_OVERRIDES: dict[str, dict[str, str]] = {
    "COD": {
        "en": "Democratic Republic of the Congo",
        "fr": "République démocratique du Congo",
        "pt": "República Democrática do Congo",
        "ar": "جمهورية الكونغو الديمقراطية",
    },
    "STP": {"en": "São Tomé and Príncipe"},  # CLDR writes "São Tomé & Príncipe"
    "CIV": {"pt": "Costa do Marfim"},  # CLDR pt_PT: "Côte d’Ivoire (Costa do Marfim)"
    "COG": {
        "en": "Republic of the Congo",
        "fr": "République du Congo",
        "pt": "República do Congo",
        "ar": "جمهورية الكونغو",
    },
}


# CLDR's "pt" is Brazilian Portuguese; the app writes European/African Portuguese throughout (pt_PT), as the AU's
# Lusophone members do ("Quénia", "Zimbabué", "Benim").
CLDR_LOCALES = {"en": "en", "fr": "fr", "pt": "pt_PT", "ar": "ar"}


@lru_cache(maxsize=None)
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(CLDR_LOCALES.get(language, language)).territories)


def reference_rows() -> list[dict[str, str]]:
    """One row per ISO 3166-1 country: codes, names in en/fr/pt/ar, official English name."""
    rows = []
    for country in pycountry.countries:
        names = {}
        for language in NAME_LANGUAGES:
            names[language] = (
                _NAME_OVERRIDES.get(country.alpha_3, {}).get(language)
                or _territories(language).get(country.alpha_2)
                or getattr(country, "common_name", None)
                or country.name
            )
        rows.append(
            {
                "code": country.alpha_3,
                "alpha2": country.alpha_2,
                "numeric": country.numeric,
                "name_en": names["en"],
                "name_fr": names["fr"],
                "name_pt": names["pt"],
                "name_ar": names["ar"],
                "official_name": getattr(country, "official_name", "") or "",
            }
        )
    return rows


def lookup_code(text: str) -> str | None:
    """ISO alpha-3 code for an alpha-2/alpha-3 code or an English name; None when nothing matches."""
    text = text.strip()
    if not text:
        return None
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return country.alpha_3
