"""Field rules shared by every way into the library (CLI, GUI, import, seed). Pure functions, no I/O."""

from __future__ import annotations

import datetime as _dt
import re

from ..errors import Problem
from ..messages import translate
from .records import PROVENANCES, TRANSLATABLE, BioLine, ItemDraft, PersonDraft, SourceDraft, StatusDraft, TranslationDraft
from .vocabulary import CONFIDENCE, KINDS

MAX_TITLE = 1_000
MAX_BODY = 1_000_000
MAX_SHORT = 2_000  # locator, publisher, reference, url
MAX_NOTES = 100_000
MAX_TAG = 200
MAX_LIST = 200  # tags, frameworks or countries on one item
MAX_MARKING = 100

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(problems: list[Problem], where: str, field: str, value: object, *, limit: int,
               required: bool = False) -> None:
    """Append a problem if `value` is not a string, is blank when required, is too long or not encodable."""
    if (type(value) is str and len(value) <= limit and not _SURROGATE.search(value)
            and (not required or not value.isspace() and value)):
        return  # the common case, kept cheap: imports validate millions of fields
    if not isinstance(value, str):
        problems.append(Problem(where, field, translate("Validation", "must be text, not {type}").format(
            type=type(value).__name__)))
        return
    if required and not value.strip():
        problems.append(Problem(where, field, translate("Validation", "is required")))
    if len(value) > limit:
        problems.append(Problem(where, field, translate(
            "Validation", "is too long ({length} characters; the limit is {limit})").format(
            length=f"{len(value):,}", limit=f"{limit:,}")))
    if _SURROGATE.search(value):
        problems.append(Problem(where, field, translate(
            "Validation", "contains characters that are not valid Unicode (lone surrogates)")))


def check_date(problems: list[Problem], where: str, field: str, value: object, *, partial: bool) -> None:
    """Dates are ISO 8601: YYYY-MM-DD, or with `partial` also YYYY-MM and YYYY. None means unknown."""
    if value is None:
        return
    if not isinstance(value, str) or not _PARTIAL_DATE.match(value):
        message = (translate("Validation", "must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not {value}")
                   if partial else translate("Validation", "must be a date written YYYY-MM-DD, not {value}"))
        problems.append(Problem(where, field, message.format(value=repr(str(value)[:40]))))
        return
    if not partial and len(value) != 10:
        problems.append(Problem(where, field, translate(
            "Validation", "must be a full date written YYYY-MM-DD, not {value}").format(value=repr(value))))
        return
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        _dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        problems.append(Problem(where, field, translate("Validation", "{value} is not a real date").format(
            value=repr(value))))


def check_language(problems: list[Problem], where: str, value: object) -> None:
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        problems.append(Problem(where, "language", translate(
            "Validation", "must be a language code such as 'en' or 'pt-BR', not {value}").format(
            value=repr(str(value)[:40]))))


def check_confidence(problems: list[Problem], where: str, value: object) -> None:
    if not isinstance(value, str) or value not in CONFIDENCE:  # a list from a JSON file is unhashable
        problems.append(Problem(where, "confidence", translate(
            "Validation", "must be one of H, M, L or empty, not {value}").format(value=repr(str(value)[:20]))))


def check_list(problems: list[Problem], where: str, field: str, values: object, *, limit: int = MAX_TAG) -> None:
    if not isinstance(values, (list, tuple)):
        problems.append(Problem(where, field, translate("Validation", "must be a list")))
        return
    if len(values) > MAX_LIST:
        problems.append(Problem(where, field, _too_many_entries(len(values), MAX_LIST)))
    seen: set[str] = set()
    for value in values:
        check_text(problems, where, field, value, limit=limit, required=True)
        if isinstance(value, str):
            if value in seen:
                problems.append(Problem(where, field, translate("Validation", "lists {value} twice").format(
                    value=repr(value[:40]))))
            seen.add(value)


def _too_many_entries(count: int, limit: int):
    return translate("Validation", "has {count} entries; the limit is {limit}").format(count=count, limit=limit)


_KIND_SET = frozenset(KINDS)


def _valid_date(value: object, partial: bool) -> bool:
    if type(value) is not str or not _PARTIAL_DATE.match(value):
        return False
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return partial and (len(value) == 4 or 1 <= int(value[5:]) <= 12)


_CONFIDENCE_SET = frozenset(CONFIDENCE)
_COMMON_LANGUAGES = frozenset(("en", "fr", "pt", "ar", "es", "sw"))


def plainly_valid_item(d: ItemDraft) -> bool:
    """A fast yes for the common case (imports check 100,000s of items); never more lenient than the full checks.

    Written for speed (it dominates import time): plain comparisons, no helper calls for the usual values.
    """
    title, body, source, locator, marking, notes = d.title, d.body, d.source_uid, d.locator, d.classification, d.notes
    if not (type(title) is str and type(body) is str and type(source) is str and type(locator) is str
            and type(marking) is str and type(notes) is str and type(d.kind) is str and type(d.confidence) is str
            and type(d.language) is str):
        return False
    if (d.kind not in _KIND_SET or d.confidence not in _CONFIDENCE_SET
            or not 0 < len(title) <= MAX_TITLE or title.isspace() or len(body) > MAX_BODY
            or not 0 < len(source) <= MAX_SHORT or source.isspace() or len(locator) > MAX_SHORT
            or not 0 < len(marking) <= MAX_MARKING or marking.isspace() or len(notes) > MAX_NOTES
            or (d.language not in _COMMON_LANGUAGES and not _LANGUAGE.match(d.language))
            or (d.as_of is not None and not _valid_date(d.as_of, True))
            or (d.review_by is not None and not _valid_date(d.review_by, False))):
        return False
    tags, frameworks, countries = d.tags, d.frameworks, d.countries
    if type(tags) is not tuple or type(frameworks) is not tuple or type(countries) is not tuple:
        return False
    for values in (tags, frameworks, countries):
        if values:
            if len(values) > MAX_LIST or len(set(values)) != len(values):
                return False
            for value in values:
                if type(value) is not str or not 0 < len(value) <= MAX_TAG or value.isspace():
                    return False
    for code in countries:
        if not _COUNTRY.match(code):
            return False
    return not _SURROGATE.search(title + body + source + locator + marking + notes + "".join(tags)
                                 + "".join(frameworks))


# How a problem names a record when the caller names none (Messages: the GUI shows them translated).
ITEM = translate("Validation", "item")
SOURCE = translate("Validation", "source")
STATUS = translate("Validation", "status")
PERSON = translate("Validation", "person")


def item_problems(draft: ItemDraft, where: str = ITEM) -> list[Problem]:
    """Every rule an item must satisfy on its own (references to sources and countries are checked by the store)."""
    if plainly_valid_item(draft):
        return []
    return full_item_problems(draft, where)


def full_item_problems(draft: ItemDraft, where: str = ITEM) -> list[Problem]:
    """The slow, thorough checks that name each problem (`item_problems` tries a fast path first)."""
    problems: list[Problem] = []
    if draft.kind not in KINDS:
        problems.append(Problem(where, "kind", translate("Validation", "must be one of {options}, not {value}").format(
            options=", ".join(KINDS), value=repr(str(draft.kind)[:40]))))
    check_text(problems, where, "title", draft.title, limit=MAX_TITLE, required=True)
    check_text(problems, where, "body", draft.body, limit=MAX_BODY)
    check_text(problems, where, "source", draft.source_uid, limit=MAX_SHORT, required=True)
    check_text(problems, where, "locator", draft.locator, limit=MAX_SHORT)
    check_date(problems, where, "as_of", draft.as_of, partial=True)
    check_date(problems, where, "review_by", draft.review_by, partial=False)
    check_list(problems, where, "tags", draft.tags)
    check_list(problems, where, "frameworks", draft.frameworks)
    check_list(problems, where, "countries", draft.countries, limit=3)
    if isinstance(draft.countries, (list, tuple)):
        for code in draft.countries:
            if isinstance(code, str) and not _COUNTRY.match(code):
                problems.append(Problem(where, "countries", translate(
                    "Validation", "{value} is not an ISO 3166-1 alpha-3 code such as ETH").format(
                    value=repr(code[:20]))))
    check_language(problems, where, draft.language)
    check_text(problems, where, "classification", draft.classification, limit=MAX_MARKING, required=True)
    check_confidence(problems, where, draft.confidence)
    check_text(problems, where, "notes", draft.notes, limit=MAX_NOTES)
    return problems


def source_problems(draft: SourceDraft, where: str = SOURCE) -> list[Problem]:
    problems: list[Problem] = []
    check_text(problems, where, "title", draft.title, limit=MAX_TITLE, required=True)
    check_text(problems, where, "publisher", draft.publisher, limit=MAX_SHORT)
    check_date(problems, where, "date", draft.date, partial=True)
    check_text(problems, where, "url", draft.url, limit=MAX_SHORT)
    check_text(problems, where, "reference", draft.reference, limit=MAX_SHORT)
    check_language(problems, where, draft.language)
    check_text(problems, where, "notes", draft.notes, limit=MAX_NOTES)
    check_text(problems, where, "read_at", draft.read_at, limit=MAX_NOTES)
    check_confidence(problems, where, draft.confidence)
    if isinstance(draft.url, str) and draft.url and not re.match(r"^(https?|file|urn|doi):", draft.url, re.I):
        problems.append(Problem(where, "url", translate(
            "Validation", "must start with http://, https://, file:, urn: or doi:")))
    return problems


def status_problems(draft: StatusDraft, where: str = STATUS) -> list[Problem]:
    problems: list[Problem] = []
    check_text(problems, where, "topic", draft.topic, limit=MAX_TAG, required=True)
    check_text(problems, where, "status", draft.status, limit=MAX_TAG, required=True)
    check_text(problems, where, "source", draft.source_uid, limit=MAX_SHORT, required=True)
    check_date(problems, where, "as_of", draft.as_of, partial=True)
    check_text(problems, where, "note", draft.note, limit=MAX_NOTES)
    check_confidence(problems, where, draft.confidence)
    return problems


_TRANSLATION_LIMITS = {"title": MAX_TITLE, "body": MAX_BODY, "locator": MAX_SHORT, "publisher": MAX_SHORT,
                       "reference": MAX_SHORT, "notes": MAX_NOTES, "au_name": MAX_SHORT, "note": MAX_NOTES}


def translation_problems(record: str, draft: TranslationDraft, where: str, original_language: str | None = None
                         ) -> list[Problem]:
    """Every rule a version in another language must satisfy. `where` names the record and the language,
    e.g. "item 'x' translation fr"; each problem names the field ("texts.title", "translator", ...)."""
    problems: list[Problem] = []
    allowed = TRANSLATABLE.get(record)
    if allowed is None:
        return [Problem(where, "record", translate("Validation", "must be one of {options}, not {value}").format(
            options=", ".join(TRANSLATABLE), value=repr(str(record)[:20])))]
    check_language(problems, where, draft.language)
    if isinstance(draft.language, str) and original_language and draft.language == original_language:
        problems.append(Problem(where, "language", translate(
            "Validation", "is the original's own language ({language}); edit the record itself instead").format(
            language=repr(original_language))))
    if draft.provenance not in PROVENANCES:
        problems.append(Problem(where, "provenance", translate(
            "Validation", "must be 'official' or 'unofficial', not {value}").format(
            value=repr(str(draft.provenance)[:20]))))
    check_text(problems, where, "translator", draft.translator, limit=MAX_SHORT)
    check_date(problems, where, "translated_on", draft.translated_on, partial=True)
    if draft.provenance == "unofficial":
        if isinstance(draft.translator, str) and not draft.translator.strip():
            problems.append(Problem(where, "translator", translate(
                "Validation", "is required for an unofficial translation")))
        if draft.translated_on is None:
            problems.append(Problem(where, "translated_on", translate(
                "Validation", "is required for an unofficial translation")))
    if not isinstance(draft.texts, (tuple, list)):
        problems.append(Problem(where, "texts", translate("Validation", "must be a list of (field, text) pairs")))
        return problems
    seen: set[str] = set()
    for pair in draft.texts:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2 and isinstance(pair[0], str)):
            problems.append(Problem(where, "texts", translate("Validation", "must be a list of (field, text) pairs")))
            continue
        name, value = pair
        if name not in allowed:
            problems.append(Problem(where, name[:40], translate(
                "Validation", "is not a translatable field of a {record} (those are: {fields})").format(
                record=record, fields=", ".join(allowed))))
            continue
        if name in seen:
            problems.append(Problem(where, name, translate("Validation", "is given twice")))
        seen.add(name)
        check_text(problems, where, name, value, limit=_TRANSLATION_LIMITS[name])
    if not any(isinstance(p, (tuple, list)) and len(p) == 2 and isinstance(p[1], str) and p[1].strip()
               for p in draft.texts):
        problems.append(Problem(where, "texts", translate(
            "Validation", "gives no text (a {record} version needs at least one of {fields})").format(
            record=record, fields=", ".join(allowed))))
    return problems


MAX_NAME = 300  # a person's name, in any script
MAX_HONORIFIC = 100
MAX_BIO_LINE = 2_000
MAX_BIO_LINES = 100
MAX_NAMES = 30  # names in other scripts
MAX_LANGUAGES = 50
# Control characters have no place in a one-line field (names, roles, bio lines): Word XML refuses most of them
# and they make a printed name look blank. Tab and newline are refused too; notes may hold them.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_line(problems: list[Problem], where: str, field: str, value: object, *, limit: int,
               required: bool = False) -> None:
    """`check_text` for a one-line field: also refuses control characters (tabs, line breaks included)."""
    before = len(problems)
    check_text(problems, where, field, value, limit=limit, required=required)
    if len(problems) == before and isinstance(value, str) and _CONTROL.search(value):
        code = ord(_CONTROL.search(value).group())  # type: ignore[union-attr]
        problems.append(Problem(where, field, translate(
            "Validation", "contains a control character ({code}); it must be one line of printable text").format(
            code=f"U+{code:04X}")))


def person_problems(draft: PersonDraft, where: str = PERSON) -> list[Problem]:
    """Every rule a person must satisfy on its own (that sources and the country exist is checked by the store).

    Each biography line needs a source uid and an as-of date: a fact about a person keeps its provenance.
    """
    problems: list[Problem] = []
    if not isinstance(draft, PersonDraft):
        return [Problem(where, "", translate("Validation", "must be a person record"))]
    check_line(problems, where, "name", draft.name, limit=MAX_NAME, required=True)
    check_line(problems, where, "honorific", draft.honorific, limit=MAX_HONORIFIC)
    check_line(problems, where, "role", draft.role, limit=MAX_SHORT)
    check_line(problems, where, "organisation", draft.organisation, limit=MAX_SHORT)
    if draft.country != "" and (not isinstance(draft.country, str) or not _COUNTRY.match(draft.country)):
        problems.append(Problem(where, "country", translate(
            "Validation", "must be an ISO 3166-1 alpha-3 code such as ETH, or empty, not {value}").format(
            value=repr(str(draft.country)[:20]))))
    check_line(problems, where, "pronunciation", draft.pronunciation, limit=MAX_SHORT)
    check_date(problems, where, "as_of", draft.as_of, partial=True)
    check_date(problems, where, "review_by", draft.review_by, partial=False)
    check_confidence(problems, where, draft.confidence)
    check_text(problems, where, "notes", draft.notes, limit=MAX_NOTES)
    _check_names(problems, where, draft.names)
    _check_languages(problems, where, draft.languages)
    _check_bio(problems, where, draft.bio)
    return problems


def _check_names(problems: list[Problem], where: str, names: object) -> None:
    if not isinstance(names, (tuple, list)):
        problems.append(Problem(where, "names", translate("Validation", "must be a list of (language, name) pairs")))
        return
    if len(names) > MAX_NAMES:
        problems.append(Problem(where, "names", _too_many_entries(len(names), MAX_NAMES)))
    seen: set[str] = set()
    for pair in names:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
            problems.append(Problem(where, "names", translate(
                "Validation", "must be a list of (language, name) pairs")))
            continue
        language, name = pair
        at = f"names.{str(language)[:20]}"
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            problems.append(Problem(where, "names", translate(
                "Validation", "{value} is not a language code such as 'ar'").format(value=repr(str(language)[:20]))))
            continue
        if language in seen:
            problems.append(Problem(where, at, translate("Validation", "is given twice")))
        seen.add(language)
        check_line(problems, where, at, name, limit=MAX_NAME, required=True)


def _check_languages(problems: list[Problem], where: str, languages: object) -> None:
    if not isinstance(languages, (tuple, list)):
        problems.append(Problem(where, "languages", translate("Validation", "must be a list of language codes")))
        return
    if len(languages) > MAX_LANGUAGES:
        problems.append(Problem(where, "languages", _too_many_entries(len(languages), MAX_LANGUAGES)))
    seen: set[str] = set()
    for language in languages:
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            problems.append(Problem(where, "languages", translate(
                "Validation", "{value} is not a language code such as 'am' or 'pt-BR'").format(
                value=repr(str(language)[:20]))))
            continue
        if language in seen:
            problems.append(Problem(where, "languages", translate("Validation", "lists {value} twice").format(
                value=repr(language))))
        seen.add(language)


def _check_bio(problems: list[Problem], where: str, bio: object) -> None:
    if not isinstance(bio, (tuple, list)):
        problems.append(Problem(where, "bio", translate("Validation", "must be a list of biography lines")))
        return
    if len(bio) > MAX_BIO_LINES:
        problems.append(Problem(where, "bio", translate("Validation", "has {count} lines; the limit is {limit}").format(
            count=len(bio), limit=MAX_BIO_LINES)))
    for index, line in enumerate(bio):
        at = f"bio[{index}]"
        if not isinstance(line, BioLine):
            problems.append(Problem(where, at, translate(
                "Validation", "must be a biography line (text, source, as_of, locator)")))
            continue
        check_line(problems, where, f"{at}.text", line.text, limit=MAX_BIO_LINE, required=True)
        check_line(problems, where, f"{at}.source", line.source_uid, limit=MAX_SHORT, required=True)
        if line.as_of is None:
            problems.append(Problem(where, f"{at}.as_of", translate(
                "Validation", "is required: say as of when the line was true")))
        else:
            check_date(problems, where, f"{at}.as_of", line.as_of, partial=True)
        check_line(problems, where, f"{at}.locator", line.locator, limit=MAX_SHORT)


def is_country_code(value: str) -> bool:
    return bool(_COUNTRY.match(value))
