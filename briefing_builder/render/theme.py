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



@dataclass(frozen=True)
class Metrics:
    """A paragraph style's vertical metrics in points. Both writers use them (the DOCX with exact line
    spacing), so that Word and LibreOffice break pages where the PDF does. Between two paragraphs the larger of
    the space after and the space before applies."""

    size: float
    leading: float
    before: float = 0
    after: float = 0

    def __post_init__(self) -> None:
        # Word states line heights in twentieths of a point: the PDF uses the same rounded value.
        object.__setattr__(self, "leading", round(self.leading * 20) / 20)


METRICS = {
    "body": Metrics(BODY_SIZE, BODY_SIZE * LINE_SPACING + 0.5, 0, 6),
    "lead": Metrics(LEAD_SIZE, LEAD_SIZE * LINE_SPACING + 1, 0, 8),
    "note": Metrics(NOTE_SIZE, NOTE_SIZE * 1.3, 0, 4),
    "meta": Metrics(11, 15, 0, 3),
    "list": Metrics(BODY_SIZE, BODY_SIZE * LINE_SPACING + 0.5, 0, 4),
    "quote": Metrics(BODY_SIZE, BODY_SIZE * LINE_SPACING + 0.5, 0, 0),
    "caption": Metrics(NOTE_SIZE, NOTE_SIZE * 1.3, 3, 10),
    "cell": Metrics(BODY_SIZE - 0.5, (BODY_SIZE - 0.5) * 1.25, 0, 0),
    "figure": Metrics(KEY_FIGURE_SIZE - 2, KEY_FIGURE_SIZE, 0, 0),
    "figure_label": Metrics(BODY_SIZE, BODY_SIZE * LINE_SPACING + 0.5, 0, 0),
    "title": Metrics(TITLE_SIZE, TITLE_SIZE * 1.15, 0, 10),
    "subtitle": Metrics(15, 19, 0, 18),
    "organisation": Metrics(12, 15, 0, 8),
    "toc_title": Metrics(HEADING_SIZES[1], HEADING_SIZES[1] * 1.3, 0, 10),
    "h1": Metrics(HEADING_SIZES[1], HEADING_SIZES[1] * 1.25, 14, 8),
    "h2": Metrics(HEADING_SIZES[2], HEADING_SIZES[2] * 1.25, 12, 5),
    "h3": Metrics(HEADING_SIZES[3], HEADING_SIZES[3] * 1.25, 8, 3),
}
RULE_AFTER_H1 = (0.6, 8)  # thickness of the rule under a section heading, and the space after it
BLOCK_GAP = 8  # after a table or quotation without a caption
KEY_FIGURE_GAP = 4
CELL_PADDING = (4, 4, 5, 5)  # top, bottom, left, right
KEY_FIGURE_PADDING = (6, 6, 8, 8)
KEY_FIGURE_VALUE_SHARE = 0.3  # of the width, for the figure beside its label
QUOTE_INDENT = 12  # each side; the bar sits in the left (right-to-left: right) indent
LIST_INDENT = {"bullet": 14, "number": 18}
LIST_MARKER_INDENT = {"bullet": 2, "number": 0}

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
