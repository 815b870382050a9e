"""What a pack prints about its sources, and what it warns about them.

A printed citation names the original publisher, its document, date and reference, and the publisher's own address
(`Source.url`). The copy the editors read (`Source.read_at`: a mirror, a transcription, a news page) and their
notes are never printed. A pack that rests on sources of lower confidence (M: the original through a copy, or a
secondary work; L: partial, indirect or derived) says so in its warnings, naming the sources by their numbers.
"""

from __future__ import annotations

import re

from ..library import Source
from ..messages import translate
from . import labels as L

# Hosts that hold copies of other publishers' documents (mirrors, transcriptions, document sharing, encyclopaedia
# mirrors): such an address is where something was read, never what a pack cites.
MIRROR_HOSTS = (
    "technodocbox.com", "docslib.org", "jallenglobal.com", "scribd.com", "vdocuments", "wikisum.wiki",
    "respect.international", "slideshare.net", "expydoc.com", "wikimili.com", "cloudfront.net", "documentsn",
    "tellerreport", "pledgetimes", "goodmood-photobooth.com", "lists.c3.hu", "grokipedia", "socialserviceworkforce.org",
)
# Labels the editors use among themselves; never printed.
INTERNAL_LABEL = re.compile(r"\bseed (?:document|file)\b|\(seed\b|shared/seeds|\bdomain-facts\b"
                            r"|\bdocument(?:o)? de base\b|الوثيقة المصدرية|Briefing Builder editors|"
                            r"[ÉE]diteurs de Briefing Builder|Editores do Briefing Builder", re.IGNORECASE)


def is_mirror_address(url: str) -> bool:
    """True when the address is a mirror, transcription or document-sharing copy rather than a publisher's site."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0]
    return any(mirror in host for mirror in MIRROR_HOSTS)


def printed_url(source: Source) -> str:
    """The address a pack prints: the publisher's own, never a mirror (a mirror address is dropped)."""
    return "" if is_mirror_address(source.url) else source.url.strip()


# How an unofficial translation of a title is introduced after the original title, in the pack's language.
TITLE_TRANSLATION = {"en": "translation: ", "fr": "trad.\u00a0: ", "pt": "trad.: ", "ar": "ترجمة: "}


def printed_title(original: str, translation: str, language: str) -> str:
    """The title a reference list prints: the original, then the editors' translation in brackets marked as one
    ("Preventing and Tackling… [trad. : Prévenir et combattre…]"); the original alone without a translation."""
    if not translation.strip() or translation.strip() == original.strip():
        return original.strip()
    return f"{original.strip()} [{TITLE_TRANSLATION.get(language, TITLE_TRANSLATION['en'])}{translation.strip()}]"


def citation_text(source: Source, language: str, title: str | None = None) -> str:
    """One line: publisher, title (`title` when given: see `printed_title`), date (written as the language writes
    dates), reference; then the address."""
    date = L.format_iso_date(source.date, language) if source.date else ""
    reference = "" if INTERNAL_LABEL.search(source.reference) else source.reference.strip()
    parts = [p.strip() for p in (source.publisher, source.title if title is None else title, date, reference)
             if p and p.strip()]
    text = L.comma(language).join(parts)  # our separator, in the pack's language ("،" in Arabic)
    url = printed_url(source)
    if url and L.direction(language) == "rtl":
        # An address is left-to-right text: isolated, its trailing "/" stays at its end in a right-to-left line
        # (UAX #9 would otherwise resolve that neutral to the paragraph's direction: "/https://example.org").
        url = f"\u2068{url}\u2069"
    return f"{text}. {url}" if url else text


def confidence_warning(numbered: list[tuple[int, Source]], language: str = "en") -> str:
    """The warning for the cited sources marked M or L, or "" when every cited source is H or unmarked."""
    weak = [(n, s) for n, s in numbered if s.confidence in ("M", "L")]
    if not weak:
        return ""
    low = [f"[{n}]" for n, s in weak if s.confidence == "L"]
    medium = [f"[{n}]" for n, s in weak if s.confidence == "M"]
    parts = []
    if low:
        parts.append(translate("PackWarning", "%Ln of low confidence (partial, indirect or derived: {sources})", None,
                               len(low)).format(sources=" ".join(low)))
    if medium:
        parts.append(translate("PackWarning", "%Ln read through a copy or a secondary work ({sources})", None,
                               len(medium)).format(sources=" ".join(medium)))
    both = translate("PackWarning", "{first}; {second}").format(first=parts[0], second=parts[1]) \
        if len(parts) == 2 else parts[0]
    return translate("PackWarning", "This pack rests on sources that need checking before it is sent: {parts}. "
                     "Check those facts against the original publisher.").format(parts=both)


def low_items_warning(items: list) -> str:
    """The warning for included items the editors marked L (partial or indirect), or ""."""
    low = [item for item in items if getattr(item, "confidence", "") == "L"]
    if not low:
        return ""
    titles = "; ".join(f"“{item.title}”" for item in low[:5])
    if len(low) > 5:
        titles = translate("PackWarning", "{titles} and %Ln more", None, len(low) - 5).format(titles=titles)
    return translate("PackWarning", "%Ln items in this pack are marked low confidence (partial or indirect): "
                     "{titles}. Verify before sending.", None, len(low)).with_singular(
        "1 item in this pack is marked low confidence (partial or indirect): {titles}. Verify before sending."
    ).format(titles=titles)


__all__ = ["INTERNAL_LABEL", "MIRROR_HOSTS", "TITLE_TRANSLATION", "citation_text", "printed_title", "confidence_warning", "is_mirror_address",
           "low_items_warning", "printed_url"]
