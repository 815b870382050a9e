"""Look and feel: Fusion with a palette that follows the system's light or dark setting, the bundled fonts
registered with Qt (so every script renders on a machine with no fonts), and the app's SVG icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource_path
from ..render.theme import FONT_FILES

STYLE_SHEET = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; }
QLabel#editorHeading { font-size: 12pt; }
QLabel#muted { color: palette(mid); }
QListWidget#navigation { border: none; background: palette(window); font-size: 11pt; }
QListWidget#navigation::item { padding: 10px 8px; border-radius: 6px; margin: 2px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QTableView { gridline-color: palette(midlight); }
"""


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt; returns the families registered."""
    families: list[str] = []
    for filename in sorted(set(FONT_FILES.values())):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if not dark:
        return QApplication.style().standardPalette()
    colours = {
        QPalette.ColorRole.Window: "#23272e", QPalette.ColorRole.WindowText: "#e6e9ef",
        QPalette.ColorRole.Base: "#1b1f24", QPalette.ColorRole.AlternateBase: "#262b32",
        QPalette.ColorRole.ToolTipBase: "#2d333b", QPalette.ColorRole.ToolTipText: "#e6e9ef",
        QPalette.ColorRole.Text: "#e6e9ef", QPalette.ColorRole.Button: "#2d333b",
        QPalette.ColorRole.ButtonText: "#e6e9ef", QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#2e75b6", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb4ee", QPalette.ColorRole.Mid: "#8b949e",
        QPalette.ColorRole.Midlight: "#3a414a", QPalette.ColorRole.PlaceholderText: "#8b949e",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return palette


def apply_palette(app: QApplication) -> None:
    scheme = QGuiApplication.styleHints().colorScheme()
    app.setPalette(_palette(scheme == Qt.ColorScheme.Dark))


def apply(app: QApplication) -> None:
    """Style, fonts, palette (kept in step with the system's light/dark setting) and the app icon."""
    app.setStyle("Fusion")
    families = register_fonts()
    if "Noto Sans" in families:
        font = QFont("Noto Sans", 10)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(font)
    apply_palette(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_palette(app))
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(icon("briefing-builder"))


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (sharp at any device pixel ratio)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
