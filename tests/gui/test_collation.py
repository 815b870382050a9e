"""Country lists sort as the interface language sorts (ICU), not by code point."""

from PySide6.QtCore import QLocale

from briefing_builder.gui.collation import sorted_for_locale


def test_french_accented_names_sort_among_their_letter(qapp):
    names = ["Zimbabwe", "Égypte", "Espagne", "Éthiopie", "Allemagne", "Île Maurice", "Inde"]
    assert sorted_for_locale(names, str, QLocale("fr")) == [
        "Allemagne", "Égypte", "Espagne", "Éthiopie", "Île Maurice", "Inde", "Zimbabwe"]

