"""Resolving what a person typed into a choice field to the one value it means (no Qt).

`CountryResolver` turns "Senegal", "sénégal", "SEN", "sn", "Sénégal (SEN)", "السنغال", "Ivory Coast" into an
ISO alpha-3 code. Exact codes rank first (so "ETH" is Ethiopia, never a country whose name starts "Eth…"), then
an exact name in any of en/fr/pt/ar or a known alternative name, then a name that only one country starts with.
Anything else is refused with a sentence that says why (unknown, or which countries it could be), so the form
can show the error beside the field instead of silently keeping another country.

`resolve_choice` does the same for short fixed lists (templates, languages, markings): exact value or label first,
then a unique prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..messages import Message, translate

# Names people use that are neither CLDR's nor ISO's (CLDR gives "Côte d’Ivoire", "Cabo Verde", "Eswatini", ...).
ALTERNATIVE_NAMES: dict[str, tuple[str, ...]] = {
    "CIV": ("Ivory Coast",),
    "CPV": ("Cape Verde",),
    "SWZ": ("Swaziland",),
    "COD": ("DRC", "DR Congo", "Congo-Kinshasa", "Zaire"),
    "COG": ("Congo-Brazzaville", "Congo"),
    "GBR": ("UK", "Britain", "Great Britain"),
    "USA": ("US", "United States of America", "America"),
    "MMR": ("Burma",),
    "CZE": ("Czech Republic",),
    "TUR": ("Turkey",),
    "TZA": ("Tanzania",),
    "STP": ("Sao Tome and Principe",),
    "ESH": ("Western Sahara", "Sahrawi Republic", "SADR"),
    "GNQ": ("Equatorial Guinea",),
    "GMB": ("Gambia", "The Gambia"),
    "LBY": ("Libya",),
    "SSD": ("South Sudan",),
}

_LABEL_CODE = re.compile(r"\(([A-Za-z]{3})\)\s*$")  # the list's own label: "Senegal (SEN)"
_PUNCTUATION = re.compile(r"[\s'’‘`´.,;:()\[\]\-–—_/]+")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": None})


def fold(text: str) -> str:
    """Case, accents, Arabic letter variants and tatweel, punctuation and spacing folded away, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ARABIC_FOLD))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _PUNCTUATION.sub(" ", bare.casefold()).strip()


@dataclass(frozen=True)
class CountryNames:
    """What a country may be called: its codes and every name (any language, official, AU, alternatives)."""

    code: str  # ISO alpha-3
    alpha2: str
    names: tuple[str, ...]
    label: str = ""  # how the list shows it

    @classmethod
    def of(cls, country) -> "CountryNames":
        """From a library `Country` record (any object with code, alpha2, names, official_name, au_name)."""
        names = [n for n in country.names.values() if n]
        names += [n for n in (getattr(country, "official_name", ""), getattr(country, "au_name", "")) if n]
        names += ALTERNATIVE_NAMES.get(country.code, ())
        return cls(country.code, country.alpha2 or "", tuple(dict.fromkeys(names)),
                   f"{country.name('en')} ({country.code})")


@dataclass(frozen=True)
class Resolution:
    """The value a typed text means, or None with the reason (a sentence for the user)."""

    value: str | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.value is not None


class CountryResolver:
    """Resolves typed text to one of `countries` (built once; lookups are dictionary reads and one scan)."""

    def __init__(self, countries: Iterable[CountryNames]) -> None:
        self.countries = {c.code: c for c in countries}
        self._alpha3 = {code.upper(): code for code in self.countries}
        self._alpha2 = {c.alpha2.upper(): c.code for c in self.countries.values() if c.alpha2}
        self._names: dict[str, list[str]] = {}
        for country in self.countries.values():
            for name in country.names + ((country.label,) if country.label else ()):
                codes = self._names.setdefault(fold(name), [])
                if country.code not in codes:
                    codes.append(country.code)

    def resolve(self, text: str) -> Resolution:
        typed = text.strip()
        if not typed:
            return Resolution(None, translate("Spec", "Choose a country: type its name or code, or pick it from the list."))
        upper = typed.upper()
        if upper in self._alpha3:
            return Resolution(self._alpha3[upper])
        if upper in self._alpha2:
            return Resolution(self._alpha2[upper])
        label = _LABEL_CODE.search(typed)
        if label and label.group(1).upper() in self._alpha3:
            return Resolution(self._alpha3[label.group(1).upper()])
        key = fold(typed)
        exact = self._names.get(key, [])
        if len(exact) == 1:
            return Resolution(exact[0])
        if len(exact) > 1:  # two countries share the name: say so rather than guess
            return Resolution(None, self._ambiguous(typed, exact))
        starting = sorted({code for name, codes in self._names.items() if name.startswith(key) for code in codes}) \
            if key else []
        if len(starting) == 1:
            return Resolution(starting[0])
        if starting:
            return Resolution(None, self._ambiguous(typed, starting))
        return Resolution(None, translate("Spec", "“{typed}” is not a country in the library: type a name (English, "
                                          "French, Portuguese or Arabic) or an ISO code such as ETH or ET.").format(
                                              typed=typed))

    def _ambiguous(self, typed: str, codes: Sequence[str]) -> str:
        shown = tuple(self.countries[c].label or c for c in list(codes)[:4])
        if len(codes) > 4:
            return translate("Spec", "“{typed}” could be {countries} and %Ln more: type more of the name, or its code.",
                             None, len(codes) - 4).format(typed=typed, countries=shown)
        return translate("Spec", "“{typed}” could be {countries}: type more of the name, or its code.").format(
            typed=typed, countries=shown)


def resolve_choice(text: str, choices: Sequence[tuple[str, str]], what: str) -> Resolution:
    """Resolve `text` against (value, label) pairs: an exact value or label (folded) first, then a unique prefix."""
    typed = text.strip()
    if not typed:
        return Resolution(None, _choice_message(what, "choose").format(what=what))
    key = fold(typed)
    for value, label in choices:
        if key in (fold(value), fold(label)):
            return Resolution(value)
    starting = [value for value, label in choices if fold(label).startswith(key) or fold(value).startswith(key)]
    if len(starting) == 1:
        return Resolution(starting[0])
    options = tuple(label for _v, label in choices[:6])
    return Resolution(None, _choice_message(what, "several" if starting else "unknown").format(
        what=what, typed=typed, options=options))


def _choice_message(what: str, case: str) -> Message:
    """The refusal for a choice of `what` (a template, a language, a marking: each its own sentence, as languages
    give the words a gender; anything else: the word as given)."""
    if what == "template":
        return {"choose": translate("Spec", "Choose a template from the list."),
                "several": translate("Spec", "“{typed}” could be more than one template: choose one of {options}."),
                "unknown": translate("Spec", "“{typed}” is not a template here: choose one of {options}.")}[case]
    if what == "language":
        return {"choose": translate("Spec", "Choose a language from the list."),
                "several": translate("Spec", "“{typed}” could be more than one language: choose one of {options}."),
                "unknown": translate("Spec", "“{typed}” is not a language here: choose one of {options}.")}[case]
    if what == "marking":
        return {"choose": translate("Spec", "Choose a marking from the list."),
                "several": translate("Spec", "“{typed}” could be more than one marking: choose one of {options}."),
                "unknown": translate("Spec", "“{typed}” is not a marking here: choose one of {options}.")}[case]
    return {"choose": translate("Spec", "Choose a {what} from the list."),
            "several": translate("Spec", "“{typed}” could be more than one {what}: choose one of {options}."),
            "unknown": translate("Spec", "“{typed}” is not a {what} here: choose one of {options}.")}[case]


__all__ = ["CountryNames", "CountryResolver", "Resolution", "resolve_choice", "fold", "ALTERNATIVE_NAMES"]
