"""The house style, in one place for every renderer: page sizes, margins, colours, type sizes, style names."""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4  # points per millimetre

PAPER_SIZES_PT = {"a4": (210 * MM, 297 * MM), "letter": (8.5 * 72, 11 * 72)}

MARGIN_LEFT = 24 * MM
MARGIN_RIGHT = 24 * MM
MARGIN_TOP = 26 * MM
MARGIN_BOTTOM = 24 * MM
HEADER_DISTANCE = 11 * MM  # from the page edge to the classification marking
FOOTER_DISTANCE = 10 * MM


@dataclass(frozen=True)
class Colour:
    hex: str  # "1F3864"

    @property
    def rgb(self) -> tuple[float, float, float]:
        return tuple(int(self.hex[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


NAVY = Colour("1F3864")  # headings, cover title
ACCENT = Colour("2E75B6")  # rules, key figures, links
TEXT = Colour("222222")
MUTED = Colour("5A6270")  # notes, captions, meta lines
RULE = Colour("C9D3E0")  # table grid, quote bar
HEADER_FILL = Colour("E8EEF6")  # table header rows
CALLOUT_FILL = Colour("F3F6FA")  # key-figure boxes
MARKING = Colour("A50021")  # classification marking

BODY_SIZE = 10.5
LEAD_SIZE = 11.5
NOTE_SIZE = 9
HEADING_SIZES = {1: 16, 2: 13, 3: 11.5}
TITLE_SIZE = 26
KEY_FIGURE_SIZE = 22
MARKING_SIZE = 9
LINE_SPACING = 1.25

# The bundled font files (resources/fonts/), by the name the PDF writer registers them under.
FONT_FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSans-Italic": "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic": "NotoSans-BoldItalic.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "DejaVuSans": "DejaVuSans.ttf",
    "SymbolaEmoji": "Symbola-Emoji.ttf",
    "NotoSansEthiopic": "NotoSansEthiopic-Regular.ttf",  # Ge'ez script: Amharic, Tigrinya
    "NotoSansEthiopic-Bold": "NotoSansEthiopic-Bold.ttf",
}
ETHIOPIC_FONT_FAMILY = "Noto Sans Ethiopic"

FONT_FAMILY = "Noto Sans"  # Word documents name it; the PDF embeds the bundled files
ARABIC_FONT_FAMILY = "Noto Sans Arabic"

# Style names both the reference Word document and the renderers use (a test checks they exist).
WORD_PARAGRAPH_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Number", "Quote",
    "Caption", "Header", "Footer", "TOC Heading", "TOC 1", "TOC 2", "Lead", "Note", "Key Figure", "Key Figure Label",
    "Classification", "Cover Organisation", "Cover Meta", "Table Text",
)
WORD_CHARACTER_STYLES = ("Citation",)
WORD_TABLE_STYLES = ("Briefing Table", "Callout Table")
