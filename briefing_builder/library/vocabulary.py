"""Fixed vocabularies of the library: item kinds, frameworks, AU regions, confidence marks, status topics."""

from __future__ import annotations

# Item kinds, in the order a user meets them. Keys are stored; labels are shown.
KINDS: dict[str, str] = {
    "fact": "Fact",
    "excerpt": "Excerpt",
    "commitment": "Commitment",
    "call": "Call to action",
    "next_step": "Next step",
    "talking_point": "Line to take",
    "background": "Background",
    "question": "Likely ask",  # title: the ask the other side is likely to make; body: the suggested response
    "sensitivity": "Sensitivity",  # title: the sensitive subject; body: the defensive line
    "press_line": "Press line",
}

# Frameworks and instruments that items can be linked to. Users may use others; these get nice labels.
FRAMEWORKS: dict[str, str] = {
    "mnr": "WePROTECT Model National Response",
    "gsr": "WePROTECT Global Strategic Response",
    "gta-2019": "Global Threat Assessment 2019",
    "communique-2019": "Addis Ababa Summit Communiqué 2019",
    "statement-of-action": "WePROTECT Statement of Action",
    "malabo-convention": "AU Malabo Convention",
    "acrwc": "African Charter on the Rights and Welfare of the Child",
    "opsc": "UN CRC Optional Protocol on the sale of children",
    "uncrc": "UN Convention on the Rights of the Child",
}

AU_REGIONS: dict[str, str] = {
    "northern": "Northern Africa",
    "southern": "Southern Africa",
    "eastern": "Eastern Africa",
    "western": "Western Africa",
    "central": "Central Africa",
}

CONFIDENCE: dict[str, str] = {
    "": "not stated",
    "H": "high: stated in a primary or official source",
    "M": "medium: stated in a reputable secondary source",
    "L": "low: partial or indirect",
}

# Dated, sourced country statuses the seed library knows about; users may add other topics.
STATUS_TOPICS: dict[str, str] = {
    "malabo-convention": "Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)",
    "acrwc": "African Charter on the Rights and Welfare of the Child",
    "au-participation": "Participation in African Union activities",
}

# Topics that only concern African Union member states (AU treaties, participation in AU activities): for any other
# state such a status is "not applicable", never "unknown".
AU_TOPICS: frozenset[str] = frozenset({"malabo-convention", "acrwc", "au-participation"})
PARTICIPATION_TOPIC = "au-participation"

STATUS_VALUES = ("ratified", "signed", "not ratified", "suspended", "participating", "reinstated", "unknown", "other")

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "pt": "Português", "ar": "العربية"}


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind)


def framework_label(code: str) -> str:
    return FRAMEWORKS.get(code, code)
