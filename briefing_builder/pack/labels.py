"""Fixed words of a pack in each supported language, and dates written the way each language writes them."""

from __future__ import annotations

import datetime as _dt
import re

from babel.dates import format_date, format_skeleton

from ..library.vocabulary import AU_REGIONS
from .model import Direction, Labels

RTL_LANGUAGES = frozenset({"ar"})
# Dates as written in international and Commonwealth usage ("1 December 2026"), Portugal and Lusophone Africa.
LOCALES = {"en": "en_GB", "fr": "fr_FR", "pt": "pt_PT", "ar": "ar"}

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents", "page": "Page {page} of {pages}", "sources": "Sources",
        "prepared_for": "Prepared for", "classification": "Classification", "meeting_with": "Meeting with",
        "event": "Event", "date": "Date", "as_of": "as of {date}", "date_unknown": "date unknown",
        "unknown": "Unknown: no dated record", "yes": "Yes", "no": "No", "topic": "Topic", "status": "Status",
        "source": "Source", "au_member": "African Union member", "au_region": "AU region",
        "names": "Names", "iso": "ISO 3166 codes", "au_name": "Name used by the AU", "notes": "Notes",
        "country_items": "Other facts on {country_the}", "added": "Added for this meeting",
        "country_items_none": "No other facts on {country_the}.", "see_country": "See {country}",
        "not_applicable": "Not applicable: not an African Union member state",
        "participation_derived": "Not among the {count} member states suspended from AU activities.",
        "summary_meeting": "{recipient} meets {country} at {event} on {date}.",
        "summary_meeting_no_event": "{recipient} meets {country} on {date}.",
        "summary_contents": "This pack draws on {items} items from {sources} sources, each cited in the "
                            "Sources section, and is marked {classification}.",
        "key_messages": "Key messages", "status_note": "{country}: {status}, {as_of}",
        "status_missing": "{country}: no dated record of its status", "the_minister": "The minister",
        "comparison": "Side by side", "region_peers": "Others in the {region} region",
        "sources_intro": "Numbers in square brackets in the text refer to these sources.",
    },
    "fr": {
        "contents": "Sommaire", "page": "Page {page} sur {pages}", "sources": "Sources",
        "prepared_for": "Préparé pour", "classification": "Classification", "meeting_with": "Entretien avec",
        "event": "Événement", "date": "Date", "as_of": "au {date}", "date_unknown": "date inconnue",
        "unknown": "Inconnu : aucune donnée datée", "yes": "Oui", "no": "Non", "topic": "Sujet",
        "status": "Statut", "source": "Source", "au_member": "Membre de l’Union africaine",
        "au_region": "Région de l’UA", "names": "Noms", "iso": "Codes ISO 3166", "au_name": "Nom utilisé par l’UA",
        "notes": "Notes", "country_items": "Autres éléments concernant {country_the}",
        "country_items_none": "Aucun autre élément concernant {country_the}.",
        "see_country": "Voir {country}",
        "not_applicable": "Sans objet : État non membre de l’Union africaine",
        "participation_derived": "Ne figure pas parmi les {count} États membres suspendus des activités de l’UA.",
        "added": "Ajouté pour cet entretien",
        "summary_meeting": "{recipient} rencontre {country} lors de {event} le {date}.",
        "summary_meeting_no_event": "{recipient} rencontre {country} le {date}.",
        "summary_contents": "Ce dossier s’appuie sur {items} éléments issus de {sources} sources, toutes citées "
                            "dans la section Sources ; il est classé {classification}.",
        "key_messages": "Messages clés", "status_note": "{country} : {status}, {as_of}",
        "status_missing": "{country} : aucune donnée datée sur son statut", "the_minister": "Le ministre",
        "comparison": "Comparaison", "region_peers": "Autres pays de la région {region}",
        "sources_intro": "Les nombres entre crochets renvoient à ces sources.",
    },
    "pt": {
        "contents": "Índice", "page": "Página {page} de {pages}", "sources": "Fontes",
        "prepared_for": "Preparado para", "classification": "Classificação", "meeting_with": "Reunião com",
        "event": "Evento", "date": "Data", "as_of": "em {date}", "date_unknown": "data desconhecida",
        "unknown": "Desconhecido: sem registo datado", "yes": "Sim", "no": "Não", "topic": "Tema",
        "status": "Situação", "source": "Fonte", "au_member": "Membro da União Africana",
        "au_region": "Região da UA", "names": "Nomes", "iso": "Códigos ISO 3166", "au_name": "Nome usado pela UA",
        "notes": "Notas", "country_items": "Outros elementos sobre {country_the}",
        "country_items_none": "Nenhum outro elemento sobre {country_the}.",
        "see_country": "Ver {country}",
        "not_applicable": "Não aplicável: não é Estado-membro da União Africana",
        "participation_derived": "Não consta entre os {count} Estados-membros suspensos das atividades da UA.",
        "added": "Acrescentado para esta reunião",
        "summary_meeting": "{recipient} reúne-se com {country} em {event}, a {date}.",
        "summary_meeting_no_event": "{recipient} reúne-se com {country} a {date}.",
        "summary_contents": "Este dossier baseia-se em {items} elementos de {sources} fontes, todas citadas na "
                            "secção Fontes, e tem a classificação {classification}.",
        "key_messages": "Mensagens-chave", "status_note": "{country}: {status}, {as_of}",
        "status_missing": "{country}: sem registo datado da sua situação", "the_minister": "O ministro",
        "comparison": "Lado a lado", "region_peers": "Outros países da região {region}",
        "sources_intro": "Os números entre parênteses retos remetem para estas fontes.",
    },
    "ar": {
        "contents": "المحتويات", "page": "الصفحة {page} من {pages}", "sources": "المصادر",
        "prepared_for": "أُعدّ من أجل", "classification": "التصنيف", "meeting_with": "لقاء مع",
        "event": "المناسبة", "date": "التاريخ", "as_of": "حتى {date}", "date_unknown": "تاريخ غير معروف",
        "unknown": "غير معروف: لا يوجد سجل مؤرخ", "yes": "نعم", "no": "لا", "topic": "الموضوع",
        "status": "الوضع", "source": "المصدر", "au_member": "عضو في الاتحاد الأفريقي",
        "au_region": "إقليم الاتحاد الأفريقي", "names": "الأسماء", "iso": "رموز ISO 3166",
        "au_name": "الاسم المستخدم في الاتحاد الأفريقي", "notes": "ملاحظات",
        "country_items": "معلومات أخرى عن {country_the}", "added": "أضيف لهذا اللقاء",
        "country_items_none": "لا توجد معلومات أخرى عن {country_the}.", "see_country": "انظر {country}",
        "not_applicable": "لا ينطبق: ليست دولة عضوًا في الاتحاد الأفريقي",
        "participation_derived": "ليست ضمن الدول الأعضاء الـ{count} المعلقة مشاركتها في أنشطة الاتحاد الأفريقي.",
        "summary_meeting": "يلتقي {recipient} مع {country} في {event} بتاريخ {date}.",
        "summary_meeting_no_event": "يلتقي {recipient} مع {country} بتاريخ {date}.",
        # label/value: an Arabic count agrees with its noun by number (3 عناصر، 11 عنصرًا), which a fixed template
        # cannot follow
        "summary_contents": "عدد العناصر: {items}؛ عدد المصادر: {sources}، مذكورة كلها في قسم المصادر؛ "
                            "التصنيف: {classification}.",
        "key_messages": "الرسائل الرئيسية", "status_note": "{country}: {status}، {as_of}",
        "status_missing": "{country}: لا يوجد سجل مؤرخ لوضعها", "the_minister": "الوزير",
        "comparison": "مقارنة", "region_peers": "دول أخرى في إقليم {region}",
        "sources_intro": "تشير الأرقام بين قوسين معقوفين إلى هذه المصادر.",
    },
}

# Status values and topics as printed; unknown values are printed as stored.
STATUS_WORDS: dict[str, dict[str, str]] = {
    # Verbs and nouns that agree with no gender: the state is the subject ("l’Éthiopie : n’a pas ratifié").
    "fr": {"ratified": "a ratifié", "signed": "a signé", "not ratified": "n’a pas ratifié",
           "suspended": "participation suspendue", "reinstated": "réintégration", "participating": "participe",
           "unknown": "statut inconnu"},
    "pt": {"ratified": "ratificou", "signed": "assinou", "not ratified": "não ratificou",
           "suspended": "participação suspensa", "reinstated": "reintegração", "participating": "participa",
           "unknown": "situação desconhecida"},
    "ar": {"ratified": "صادقت", "signed": "وقّعت", "not ratified": "لم تصادق", "suspended": "معلّقة العضوية",
           "reinstated": "أعيدت عضويتها", "participating": "تشارك", "unknown": "غير معروف"},
}
TOPIC_WORDS: dict[str, dict[str, str]] = {
    "en": {"malabo-convention": "Malabo Convention", "acrwc": "African Charter on the Rights and Welfare of the Child",
           "au-participation": "Participation in AU activities"},
    "fr": {"malabo-convention": "Convention de Malabo", "acrwc": "Charte africaine des droits et du bien-être de l’enfant",
           "au-participation": "Participation aux activités de l’UA"},
    "pt": {"malabo-convention": "Convenção de Malabo", "acrwc": "Carta Africana dos Direitos e Bem-Estar da Criança",
           "au-participation": "Participação nas atividades da UA"},
    "ar": {"malabo-convention": "اتفاقية مالابو", "acrwc": "الميثاق الأفريقي لحقوق الطفل ورفاهه",
           "au-participation": "المشاركة في أنشطة الاتحاد الأفريقي"},
}
REGION_WORDS: dict[str, dict[str, str]] = {
    "en": {k: v for k, v in AU_REGIONS.items()},
    "fr": {"northern": "Afrique du Nord", "southern": "Afrique australe", "eastern": "Afrique de l’Est",
           "western": "Afrique de l’Ouest", "central": "Afrique centrale"},
    "pt": {"northern": "África do Norte", "southern": "África Austral", "eastern": "África Oriental",
           "western": "África Ocidental", "central": "África Central"},
    "ar": {"northern": "شمال أفريقيا", "southern": "الجنوب الأفريقي", "eastern": "شرق أفريقيا",
           "western": "غرب أفريقيا", "central": "وسط أفريقيا"},
}


def label_separator(language: str) -> str:
    """What follows a label before its value: French puts a non-breaking space before the colon."""
    return "\u00a0: " if language == "fr" else ": "


def comma(language: str) -> str:
    """The comma between two parts of a value ("Yes, Eastern Africa"): Arabic writes "،"."""
    return "، " if language == "ar" else ", "


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def labels(language: str) -> Labels:
    w = words(language)
    return Labels(contents=w["contents"], page_x_of_y=w["page"], sources=w["sources"],
                  prepared_for=w["prepared_for"], classification=w["classification"],
                  separator=label_separator(language))


def direction(language: str) -> Direction:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def status_word(status: str, language: str) -> str:
    return STATUS_WORDS.get(language, {}).get(status, status)


def topic_word(topic: str, language: str) -> str:
    return TOPIC_WORDS.get(language, TOPIC_WORDS["en"]).get(topic) or TOPIC_WORDS["en"].get(topic, topic)


def region_word(region: str, language: str) -> str:
    return REGION_WORDS.get(language, REGION_WORDS["en"]).get(region, region)


def format_iso_date(value: str | None, language: str) -> str:
    """'2019-12-12' -> '12 December 2019' (per language); '2020-02' -> 'February 2020'; '2019' -> '2019'.
    French writes the first of a month as an ordinal ('1er décembre 2026'), which CLDR's pattern does not."""
    if not value:
        return words(language)["date_unknown"]
    locale = LOCALES.get(language, "en_GB")
    try:
        if len(value) == 10:
            text = format_date(_dt.date.fromisoformat(value), format="long", locale=locale)
            return re.sub(r"^1(?=\s)", "1er", text) if language == "fr" else text
        if len(value) == 7:
            return format_skeleton("yMMMM", _dt.date(int(value[:4]), int(value[5:7]), 1), locale=locale)
    except (ValueError, KeyError):
        pass
    return value


# "As of a date", by the date's precision (day, month, year): each language's own turn of phrase. French says
# "au 12 décembre 2019" of a day but "en février 2020" of a month ("au février" is not French); European Portuguese
# "à data de 12 de dezembro de 2019" but "em fevereiro de 2020"; Arabic "بتاريخ" of a day, "في" of a month and
# "في عام" of a year ("حتى" means "until").
AS_OF_PHRASES: dict[str, tuple[str, str, str]] = {
    "en": ("as of {date}", "as of {date}", "as of {date}"),
    "fr": ("au {date}", "en {date}", "en {date}"),
    "pt": ("à data de {date}", "em {date}", "em {date}"),
    "ar": ("بتاريخ {date}", "في {date}", "في عام {date}"),
}


def _plain(text: str) -> str:
    """Lower case with every kind of space (no-break, narrow no-break) as one plain space, for comparing dates."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).casefold()


def date_in_text(value: str | None, text: str, language: str) -> bool:
    """True when `text` already gives the date `value` as the language writes it ("11-12 December 2019" gives
    2019-12-12; "en septembre 2023" gives 2023-09; a year-only date is given by its year): an "as of" after such
    an item only repeats it, and after an event it reads as if the event were a figure that could change."""
    if not value:
        return False
    if len(value) == 4:
        return re.search(rf"(?<!\d){re.escape(value)}(?!\d)", text) is not None
    return _plain(format_iso_date(value, language)) in _plain(text)


def as_of_phrase(value: str | None, language: str) -> str:
    """'2020-02', 'fr' -> 'en février 2020'; the "date unknown" words when there is no date."""
    if not value:
        return words(language)["date_unknown"]
    day, month, year = AS_OF_PHRASES.get(language, AS_OF_PHRASES["en"])
    pattern = day if len(value) == 10 else month if len(value) == 7 else year
    return pattern.format(date=format_iso_date(value, language))
