"""A corpus of Arabic and mixed strings for the PDF tests, and the word-by-word measure of what a reader gives back.

The strings: every Arabic text of the seed library (resources/seed/translations/ar.toml), the Arabic labels of
pack/labels.py, and hand-made lines with numbers, dates, parentheses, Latin names, URLs and vowelled words
(placeholders only: no real people or facts).
"""

from __future__ import annotations

import re
import subprocess
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefing_builder.pack.labels import words as label_words
from briefing_builder.paths import resource_path

MIXED = [
    "مُحَمَّدٌ", "مُحَمَّدٌ رَسُولٌ", "السَّلَامُ عَلَيْكُمْ", "بِسْمِ اللَّهِ", "الْحَمْدُ لِلَّهِ", "كِتَابٌ جَدِيدٌ",
    "مَدْرَسَةٌ", "الْعَرَبِيَّةُ", "قَالَ: «نَعَمْ».", "لقاء مع AU (2019) في ديسمبر.",
    "عقدت القمة يومي 11 و12 ديسمبر 2019 (أديس أبابا).", "الموقع: https://au.int/ar للاطلاع.",
    "راجع www.example.org/ar/page?id=5 ثم عد.", "قرار المجلس (EX.CL/Dec.406(XII)) في يناير 2008.",
    "الشخص A من شركة PA Consulting سيحضر.", "نسبة 45% من 55 دولة.", "العدد: 1,234.5 مليون دولار.",
    "التاريخ 2026-12-01 والساعة 10:30.", "[1] المصدر الأول، ص. 3.", "(انظر الملحق رقم 4)",
    "قائمة: أ) الأول؛ ب) الثاني؛ ج) الثالث.", "هل حضر الشخص B؟ نعم!", "الأرقام ٠١٢٣٤٥٦٧٨٩ بالهندية.",
    "اتفاقية مالابو (2014) والميثاق الأفريقي (1990).", "Placeholder Person A يلتقي Placeholder Person B.",
    "البريد: office@example.org أو الهاتف +251 11 551 7700.", "منظمة الوحدة الأفريقية (OAU) عام 1963.",
    "الفقرة 3.2 من الوثيقة A/RES/70/1.", "«الاتحاد الأفريقي» هو الاسم.", "المرحلة الأولى - المرحلة الثانية",
    "الشتات الأفريقي: الإقليم السادس.", "من 1 إلى 10 (شاملة).", "ISO 3166: ETH / ET",
    "إثيوبيا (ETH) وكينيا (KEN) وغانا (GHA).", "لا إله", "الاتحاد لا الاتحادات", "لأن الأمر لإثيوبيا",
    "قُرْآنٌ وَتَفْسِيرٌ", "مُسْتَشْفًى", "شَيْءٌ جَمِيلٌ", "أُمٌّ وَأَبٌ", "سُئِلَ عَنْ مَسْؤُولٍ",
]


def corpus() -> list[str]:
    """At least 200 distinct Arabic or mixed strings, in a stable order."""
    data = tomllib.loads(Path(resource_path("seed", "translations", "ar.toml")).read_text(encoding="utf-8"))
    out: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            if any("\u0600" <= c <= "\u06ff" for c in value):
                out.append(value)
        elif isinstance(value, dict):
            for key in sorted(value):
                walk(value[key])
        elif isinstance(value, list):
            for entry in value:
                walk(entry)

    for section in ("item", "source", "country", "status_note"):
        walk(data.get(section, {}))
    walk(dict(label_words("ar")))
    out += MIXED
    return list(dict.fromkeys(out))


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_MARKS = re.compile("[\u064b-\u065f\u0670]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_EDGE = "()[]{}«»\"'.,:;!?،؛؟%/-–—…"


def arabic_words(text: str) -> list[str]:
    """The Arabic words of `text` as typed (NFC), without the punctuation around them."""
    out = []
    for token in unicodedata.normalize("NFC", text).split():
        token = token.strip(_EDGE)
        if _ARABIC_LETTER.search(token) and all(_ARABIC_LETTER.match(c) or _MARKS.match(c) or c == "\u0640"
                                                  for c in token):
            out.append(token)
    return out


@dataclass
class Measure:
    words: int  # Arabic words typed
    intact: int  # found as typed
    reversed: int  # found only reversed
    presentation_forms: int  # characters U+FB50-FDFF, U+FE70-FEFF in the text
    marks_typed: int
    marks_read: int

    @property
    def rate(self) -> float:
        return self.intact / self.words if self.words else 1.0


def measure(strings: list[str], extracted: str) -> Measure:
    """How many of the strings' Arabic words the extracted text holds as typed."""
    # poppler marks direction runs with embedding controls (U+202A-202E): they separate, as spaces do
    extracted = re.sub("[\u202a-\u202e]", " ", unicodedata.normalize("NFC", extracted))
    found = Counter()
    for token in extracted.split():
        token = token.strip(_EDGE + "\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
        found[token] += 1
    typed = [w for s in strings for w in arabic_words(s)]
    intact = sum(1 for w in typed if found[w])
    words = set(typed)
    # a word found only reversed ("وضع" read as "عضو", itself a word: only if that was never typed)
    reversed_ = sum(1 for w in typed if not found[w] and len(w) > 1 and found[w[::-1]] and w[::-1] not in words)
    return Measure(len(typed), intact, reversed_, len(_PRESENTATION.findall(extracted)),
                   sum(len(_MARKS.findall(s)) for s in strings), len(_MARKS.findall(extracted)))


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
