"""Look and feel: Fusion with a palette that follows the system's light or dark setting, the bundled fonts
registered with Qt (so every script renders on a machine with no fonts), and the app's SVG icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

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
QListWidget#navigation:focus { border: 2px solid palette(highlight); border-radius: 4px; }
QAbstractItemView, QPlainTextEdit, QTextEdit { border: 1px solid palette(mid); }
QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 1px solid palette(highlight); }
"""
# The last two rules: Fusion marks a focused line edit but not a focused list, table or text box (an empty list
# shows no sign of focus at all); a highlighted frame does, and the same width unfocused keeps layouts still.


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


class FocusStyle(QProxyStyle):
    """Fusion, plus a focus mark on push buttons. Fusion draws a focused button and the default button with the
    same outline, so Tab onto a dialog's default button (Close, Save) showed no change at all; this draws a ring
    inside any button that has keyboard focus."""

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus \
                and option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(3, 3, -3, -3), 2, 2)
            painter.restore()


def apply(app: QApplication) -> None:
    """Style, fonts, palette (kept in step with the system's light/dark setting) and the app icon."""
    app.setStyle(FocusStyle(QStyleFactory.create("Fusion")))
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
