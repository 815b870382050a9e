"""The library's fixed vocabularies (library/vocabulary.py, which has no Qt) as the interface shows them.

The core keeps the English labels; here each is marked for `pyside6-lupdate` so the interface can show it in
its language. `label(english)` translates one (unknown values, such as a user's own framework, pass unchanged).
tests/gui/test_interface_languages.py checks that every label of the core's vocabularies is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Vocabulary"

MARKED = (
    # KINDS
    QT_TRANSLATE_NOOP("Vocabulary", "Fact"), QT_TRANSLATE_NOOP("Vocabulary", "Excerpt"),
    QT_TRANSLATE_NOOP("Vocabulary", "Commitment"), QT_TRANSLATE_NOOP("Vocabulary", "Call to action"),
    QT_TRANSLATE_NOOP("Vocabulary", "Next step"), QT_TRANSLATE_NOOP("Vocabulary", "Line to take"),
    QT_TRANSLATE_NOOP("Vocabulary", "Background"), QT_TRANSLATE_NOOP("Vocabulary", "Likely ask"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sensitivity"), QT_TRANSLATE_NOOP("Vocabulary", "Press line"),
    # FRAMEWORKS
    QT_TRANSLATE_NOOP("Vocabulary", "WePROTECT Model National Response"),
    QT_TRANSLATE_NOOP("Vocabulary", "WePROTECT Global Strategic Response"),
    QT_TRANSLATE_NOOP("Vocabulary", "Global Threat Assessment 2019"),
    QT_TRANSLATE_NOOP("Vocabulary", "Addis Ababa Summit Communiqué 2019"),
    QT_TRANSLATE_NOOP("Vocabulary", "WePROTECT Statement of Action"),
    QT_TRANSLATE_NOOP("Vocabulary", "AU Malabo Convention"),
    QT_TRANSLATE_NOOP("Vocabulary", "African Charter on the Rights and Welfare of the Child"),
    QT_TRANSLATE_NOOP("Vocabulary", "UN CRC Optional Protocol on the sale of children"),
    QT_TRANSLATE_NOOP("Vocabulary", "UN Convention on the Rights of the Child"),
    # AU_REGIONS
    QT_TRANSLATE_NOOP("Vocabulary", "Northern Africa"), QT_TRANSLATE_NOOP("Vocabulary", "Southern Africa"),
    QT_TRANSLATE_NOOP("Vocabulary", "Eastern Africa"), QT_TRANSLATE_NOOP("Vocabulary", "Western Africa"),
    QT_TRANSLATE_NOOP("Vocabulary", "Central Africa"),
    # CONFIDENCE
    QT_TRANSLATE_NOOP("Vocabulary", "not stated"),
    QT_TRANSLATE_NOOP("Vocabulary", "high: stated in a primary or official source"),
    QT_TRANSLATE_NOOP("Vocabulary", "medium: stated in a reputable secondary source"),
    QT_TRANSLATE_NOOP("Vocabulary", "low: partial or indirect"),
    # STATUS_TOPICS
    QT_TRANSLATE_NOOP("Vocabulary",
                      "Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Participation in African Union activities"),
    # STATUS_VALUES
    QT_TRANSLATE_NOOP("Vocabulary", "ratified"), QT_TRANSLATE_NOOP("Vocabulary", "signed"),
    QT_TRANSLATE_NOOP("Vocabulary", "not ratified"), QT_TRANSLATE_NOOP("Vocabulary", "suspended"),
    QT_TRANSLATE_NOOP("Vocabulary", "participating"), QT_TRANSLATE_NOOP("Vocabulary", "reinstated"),
    QT_TRANSLATE_NOOP("Vocabulary", "unknown"), QT_TRANSLATE_NOOP("Vocabulary", "other"),
)


def label(english: str) -> str:
    """`english` (a label of the core's vocabularies) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, english)
