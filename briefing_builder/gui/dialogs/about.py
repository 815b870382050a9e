"""Help ▸ About: the app's version and data folder, and the licences of what it ships: the bundled fonts
(resources/fonts, each with its licence file) and Qt / PySide6 (LGPL v3). The licence texts are shown in full
from the files shipped with the app, so the dialog works offline and in the bundle."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...paths import resource_path
from ..bidi import isolate

translate = QCoreApplication.translate

QT_LICENCE = QT_TRANSLATE_NOOP(
    "AboutDialog", "Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License, version 3 "
              "(LGPL v3). They are linked dynamically: the Qt libraries are separate files in the app's folder and "
              "can be replaced by a compatible build. The source code of Qt and PySide6 is available from "
              "The Qt Company (code.qt.io) and, on request, from your IT team. Full text: "
              "https://www.gnu.org/licenses/lgpl-3.0.html")


@dataclass(frozen=True)
class Component:
    """One bundled part and its licence: a name, a one-line summary and the full text (from a shipped file)."""

    name: str
    licence: str
    text: str


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return translate("AboutDialog", "(The licence file {file} is missing from this installation.)").format(
            file=path.name)


def components() -> list[Component]:
    """Fonts first (by their licence files), then Qt / PySide6."""
    fonts = resource_path("fonts")
    found = [
        # Licence names stay as their authors name them; the full texts are shown as shipped (in English).
        Component(translate("AboutDialog", "Noto Sans and Noto Sans Arabic (fonts, Google)"), "SIL Open Font License 1.1",
                  _read(fonts / "OFL-1.1.txt")),
        Component(translate("AboutDialog", "DejaVu Sans (font)"),
                  translate("AboutDialog", "Bitstream Vera licence; DejaVu changes in the public domain"),
                  _read(fonts / "DejaVu-LICENSE.txt")),
        Component(translate("AboutDialog", "Symbola (font, emoji subset, George Douros)"),
                  translate("AboutDialog", "Free for any use"), _read(fonts / "Symbola-LICENSE.txt")),
    ]
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        versions = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the GUI cannot run without it
        versions = "Qt, PySide6"
    found.append(Component(f"{versions}", "GNU LGPL v3", translate("AboutDialog", QT_LICENCE)))
    return found


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.parts = components()
        heading = QLabel(f"<b>{APP_NAME}</b> {html.escape(__version__)}<br>"
                         + html.escape(self.tr("Offline briefing packs from a library of sourced facts.")) + "<br>"
                         + html.escape(self.tr("Data folder: {folder}").format(folder=isolate(str(data_folder)))))
        heading.setWordWrap(True)
        intro = QLabel(self.tr("Bundled components and their licences:"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bundled components"))
        for part in self.parts:
            self.list.addItem(f"{part.name} — {part.licence}")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.text.setPlainText(self.parts[row].text)
                                            if 0 <= row < len(self.parts) else None)
        self.list.setCurrentRow(0)
        self.resize(640, 520)
