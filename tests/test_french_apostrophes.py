"""French text the app ships prints the typographic apostrophe (l’Union), as its packs do after typesetting: the
interface shows template headings, descriptions and pack labels as written, without the packs' typesetting."""

from __future__ import annotations

import re
import tomllib

from briefing_builder.pack import brief_labels, labels
from briefing_builder.paths import resource_path

ELISION = re.compile(r"(?<![\w'])(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)'(?=[^\W\d_])", re.IGNORECASE)


def _french(value, found: list[str]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            (_french_text if key == "fr" else _french)(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _french(inner, found)


def _french_text(value, found: list[str]) -> None:
    for text in (value if isinstance(value, list) else [value]):
        if isinstance(text, str) and ELISION.search(text):
            found.append(text)


def test_templates_write_french_with_the_typographic_apostrophe():
    found: list[str] = []
    for path in sorted(resource_path("templates").glob("*.toml")):
        template = tomllib.loads(path.read_text(encoding="utf-8"))
        _french(template, found)
        for section in template.get("section", template.get("sections", [])):
            for key, value in section.items():
                if key.endswith("_fr") or key == "fr":
                    _french_text(value, found)
    assert found == []


def test_pack_labels_write_french_with_the_typographic_apostrophe():
    found: list[str] = []
    for module in (labels, brief_labels):
        for value in vars(module).values():
            if isinstance(value, dict) and isinstance(value.get("fr"), dict):
                _french_text(list(v for v in value["fr"].values() if isinstance(v, str)), found)
    assert found == []


def test_the_apostrophe_check_finds_a_straight_one():
    found: list[str] = []
    _french({"heading": {"en": "The meeting", "fr": "L'entretien"}}, found)
    assert found == ["L'entretien"]


def test_the_french_interface_catalogue_writes_the_typographic_apostrophe():
    import xml.etree.ElementTree as ET

    catalogue = ET.parse(resource_path("i18n", "briefing_builder_fr.ts"))
    found = [text.text for tag in ("translation", "numerusform") for text in catalogue.iter(tag)
             if text.text and ELISION.search(text.text.replace("&", ""))]
    assert found == []
