"""Country names inside sentences: the article and preposition each language puts before them.

CLDR (through Babel) gives the names but not their grammar (gender, number, elision, whether an article is used), so
this module holds a small table of our own: rules on the CLDR names, plus the exceptions, checked for every ISO 3166
country in English, French and European Portuguese (`tests/test_pack_language.py`). Forms:

- `the`: the name as a sentence's subject or object: "the Gambia", "l’Éthiopie", "le Brésil", "a Etiópia", "o Brasil";
- `of`, `to`, `in`, `with`: with the preposition, contracted where the language contracts ("du Brésil", "au Brésil",
  "aux Comores", "do Brasil", "no Brasil", "à Etiópia").

Arabic attaches no article to a name that lacks one and writes prepositions as separate words here (في، مع، إلى).
Prefer label/value lines ("Meeting with: Ethiopia") where no sentence is needed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..library import Source
from ..messages import translate

FORMS = ("the", "of", "to", "in", "with")

# ---------------------------------------------------------------------------------------------------- English
_EN_THE = {"BHS", "COM", "GMB", "MDV", "NLD", "PHL", "SYC", "USA", "GBR", "ARE", "CAF", "COD", "COG", "DOM",
           "MHL", "SLB", "CYM", "FLK", "FRO", "TCA", "VGB", "VIR", "CCK", "COK", "MNP", "UMI", "PSE"}
_EN_PREP = {"of": "of", "to": "to", "in": "in", "with": "with"}

# ---------------------------------------------------------------------------------------------------- French
# Gender and number where the final -e rule is wrong, and names used without an article ("à Madagascar").
_FR_MASCULINE_E = {"MEX", "KHM", "MOZ", "ZWE", "BLZ", "SUR", "MDG"}
_FR_PLURAL = {"USA", "ARE", "COM", "SYC", "PHL", "NLD", "MDV", "BHS", "FJI", "MHL", "SLB", "KIR", "VIR", "VGB", "CYM",
              "TCA", "FLK", "FRO", "COK", "MNP", "UMI", "CCK", "HMD", "SGS", "ALA", "ANT", "BES", "ATF"}
_FR_NO_ARTICLE = {"MDG", "CUB", "MUS", "MLT", "CYP", "ISR", "SGP", "BHR", "MCO", "OMN", "DJI", "STP", "HTI", "TWN",
                  "HKG", "MAC", "SMR", "KNA", "LCA", "NRU", "TUV", "TTO", "ATG", "PRI", "AND", "JEY", "GGY", "IMN",
                  "BRB", "JAM", "SPM", "MYT", "REU", "NIU", "PLW", "VUT", "TON", "WSM", "GIB", "BMU", "ABW", "CUW",
                  "SXM", "MAF", "BLM", "AIA", "MSR", "SHN", "PCN", "TKL", "WLF", "NFK", "CXR", "GUM", "ASM", "GRD",
                  "DMA", "BVT", "MNE", "TLS", "IOT", "BRN"}
# Feminine names that begin with a vowel take "en" with no article: "en Éthiopie"; masculine ones too ("en Iran").

# ---------------------------------------------------------------------------------------------------- Portuguese
# European and African Portuguese usage (as Portugal and the AU's Lusophone members write it).
_PT_NO_ARTICLE = {"PRT", "AGO", "MOZ", "CPV", "STP", "MDG", "MAR", "ISR", "TLS", "CUB", "MLT", "CYP", "SGP", "AND",
                  "MCO", "MAC", "OMN", "BHR", "HKG", "TWN", "SMR", "JAM", "BRB", "TTO", "KNA", "LCA",
                  "ATG", "GRD", "DMA", "NRU", "TUV", "PLW", "VUT", "TON", "WSM", "KIR", "FJI", "GIB", "BMU", "ABW",
                  "CUW", "SXM", "MAF", "BLM", "AIA", "MSR", "SHN", "PCN", "TKL", "WLF", "NFK", "CXR", "GUM", "ASM",
                  "JEY", "GGY", "IMN", "MYT", "REU", "NIU", "BVT", "IOT", "SPM", "PRI", "MNE", "BRN", "ALA",
                  "ATF", "HMD", "SGS", "UMI", "CCK", "COK", "MNP", "MHL", "SLB", "CYM", "TCA", "VGB", "VIR",
                  "FLK", "FRO", "BES", "GGY"}
_PT_PLURAL_M = {"USA", "ARE", "CMR", "NLD"}
_PT_PLURAL_F = {"PHL", "MDV", "SYC", "COM", "BHS"}
_PT_FEMININE = {"GNQ", "GIN", "GNB", "CIV", "ZAF", "CAF", "COD", "COG", "DOM", "CZE", "SLE", "NZL", "CRI", "KOR",
                "PRK", "MKD", "BIH", "PNG", "CHE", "GRC", "HUN", "NCL", "PYF", "GUF", "GRL", "IRL", "POL",
                "IND", "CHN", "RUS", "ESP", "FRA", "ALB", "ARG", "ARM", "AUS", "AUT", "BEL", "BGR", "BLR", "BOL",
                "COL", "DEU", "DNK", "DZA", "ERI", "ETH", "EST", "FIN", "GEO", "GMB", "HRV", "IDN", "ITA",
                "JOR", "LBY", "LVA", "LTU", "MRT", "MLI", "MNG", "MYS", "NAM", "NGA", "NIC", "NOR", "RWA", "ROU",
                "SAU", "SOM", "SVK", "SVN", "SWE", "SYR", "TZA", "TUN", "TUR", "UKR", "VEN", "ZMB", "GTM", "ARM",
                "MDA", "BHS", "ESH"}
# o Ruanda, o Mali, o Sara Ocidental, o Quénia, o Gana, o Uganda, o Botsuana, o Burquina Faso (despite the rules)
_PT_MASCULINE = {"RWA", "MLI", "ESH", "KEN", "GHA", "UGA", "BWA", "BFA"}
_PT_CONTRACT = {
    "of": {"o": "do", "a": "da", "os": "dos", "as": "das", "": "de"},
    "in": {"o": "no", "a": "na", "os": "nos", "as": "nas", "": "em"},
    "to": {"o": "ao", "a": "à", "os": "aos", "as": "às", "": "a"},
    "with": {"o": "com o", "a": "com a", "os": "com os", "as": "com as", "": "com"},
}
_AND = {"en": "and", "fr": "et", "pt": "e", "ar": "و"}

# ISO 3166 and CLDR as sources, for the codes and names every country profile prints. The seed library holds
# them too; these copies serve a library seeded before they were added.
REFERENCE_SOURCES: dict[str, Source] = {
    "iso-3166": Source(title="ISO 3166-1: Codes for the representation of names of countries and their subdivisions",
                       publisher="International Organization for Standardization (ISO 3166 Maintenance Agency)",
                       url="https://www.iso.org/iso-3166-country-codes.html", confidence="H", uid="iso-3166"),
    "cldr": Source(title="Unicode Common Locale Data Repository (CLDR): territory names", publisher="Unicode Consortium",
                   url="https://cldr.unicode.org/", confidence="H", uid="cldr"),
}


def _starts_with_vowel(name: str) -> bool:
    """Whether French elides before the name: vowels, and the h muet of Haïti (not Honduras, Hongrie, Yémen)."""
    first = unicodedata.normalize("NFD", name[:1]).casefold()[:1]
    return first in "aeiou" or name.startswith("Haï")


def _fr_article(code: str, name: str) -> str:
    """'le', 'la', "l'", 'les' or '' for a French country name."""
    if code in _FR_NO_ARTICLE:
        return ""
    if code in _FR_PLURAL or name.startswith(("Îles", "Iles")):
        return "les"
    if _starts_with_vowel(name):
        return "l’"
    first_word = name.split(" ")[0].split("-")[0]
    feminine = first_word.endswith("e") and code not in _FR_MASCULINE_E
    if name.startswith(("République", "Guinée", "Côte", "Corée", "Macédoine", "Nouvelle", "Papouasie", "Arabie",
                        "Bosnie", "Afrique", "Guyane", "Polynésie", "Géorgie", "Sierra", "Suisse")):
        feminine = True
    if name.startswith(("Royaume", "Soudan", "Sahara", "Cap", "Timor", "Vatican", "Sri", "Salvador", "Burkina",
                        "Costa", "Bangladesh")):
        feminine = False
    return "la" if feminine else "le"


def _fr(code: str, name: str, form: str) -> str:
    article = _fr_article(code, name)
    the = f"{article}{name}" if article == "l’" else f"{article} {name}".strip()
    if form == "the":
        return the
    if form == "with":
        return f"avec {the}"
    if form == "of":
        bare = f"d’{name}" if _starts_with_vowel(name) else f"de {name}"  # "d’Israël", "de Madagascar"
        return {"le": f"du {name}", "les": f"des {name}", "la": f"de la {name}", "l’": f"de l’{name}"}.get(
            article, bare)
    if form == "to":
        return {"le": f"au {name}", "les": f"aux {name}", "la": f"à la {name}", "l’": f"à l’{name}"}.get(
            article, f"à {name}")
    # "in": feminine or vowel-initial names take "en" without article; masculine "au"; plural "aux"; others "à"
    if article in ("la", "l’"):
        return f"en {name}"
    return {"le": f"au {name}", "les": f"aux {name}"}.get(article, f"en {name}" if name.startswith("Isr") else f"à {name}")


def _pt_article(code: str, name: str) -> str:
    if code in _PT_NO_ARTICLE:
        return ""
    if code in _PT_PLURAL_M or name.startswith(("Estados", "Emirados", "Países")):
        return "os"
    if code in _PT_PLURAL_F or name.startswith("Ilhas"):
        return "as"
    if code in _PT_MASCULINE:
        return "o"
    if code in _PT_FEMININE or name.startswith(("República", "Guiné", "Costa do", "Coreia", "Serra", "Nova",
                                                  "Papua", "Arábia", "Bósnia", "África", "Macedónia", "Macedônia")):
        return "a"
    first_word = name.split(" ")[0].split("-")[0]
    return "a" if first_word.endswith(("a", "ia")) and not first_word.endswith(("á", "ã")) else "o"


def _pt(code: str, name: str, form: str) -> str:
    article = _pt_article(code, name)
    if form == "the":
        return f"{article} {name}".strip()
    return f"{_PT_CONTRACT[form][article]} {name}"


def _en(code: str, name: str, form: str) -> str:
    the = f"the {name}" if code in _EN_THE or name.endswith(("Islands", "Republic")) else name
    return the if form == "the" else f"{_EN_PREP[form]} {the}"


def _ar(code: str, name: str, form: str) -> str:
    return {"the": name, "of": name, "to": f"إلى {name}", "in": f"في {name}", "with": f"مع {name}"}[form]


def country_form(code: str, name: str, language: str, form: str) -> str:
    """One country's name in `form` (one of FORMS), e.g. ('BRA', 'Brésil', 'fr', 'to') -> 'au Brésil'."""
    if form not in FORMS:
        raise ValueError(translate("Spec", "unknown country form {form}; use one of {forms}").format(
            form=repr(form), forms=", ".join(FORMS)))
    writer = {"fr": _fr, "pt": _pt, "ar": _ar}.get(language, _en)
    return writer(code, name, form)


def country_phrase(countries: Sequence[tuple[str, str]], language: str, form: str) -> str:
    """Several countries joined the language's way: 'avec l’Éthiopie, le Ghana et le Sénégal' (the preposition
    repeated where the language contracts it with the article: 'do Gana e da Nigéria')."""
    if not countries:
        return ""
    def form_of(index: int) -> str:
        # French and Portuguese repeat a contracted preposition ("du Ghana et de la Tunisie"); otherwise only
        # the first country carries it ("with Ethiopia, Ghana and Nigeria").
        repeat = language in ("fr", "pt") and form in ("of", "to", "in")
        return form if index == 0 or repeat else "the"

    parts = [country_form(code, name, language, form_of(i)) for i, (code, name) in enumerate(countries)]
    if len(parts) == 1:
        return parts[0]
    joiner = _AND.get(language, "and")
    if language == "ar":
        return "، ".join(parts[:-1]) + f" {joiner}" + parts[-1]
    return ", ".join(parts[:-1]) + f" {joiner} " + parts[-1]


__all__ = ["FORMS", "REFERENCE_SOURCES", "country_form", "country_phrase"]
