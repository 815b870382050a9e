"""Help ▸ About: the app's version and data folder, and the licences of what it ships: every bundled font (the
table of resources/fonts/README.md, each with its licence file), Qt / PySide6 (LGPL v3), and the main Python
libraries with their versions and licences (from their installed metadata, `importlib.metadata`). The licence
texts are shown in full from the files shipped with the app, so the dialog works offline and in the bundle."""

from __future__ import annotations

import html
import re
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


# The main libraries the app is built on (distribution name, what it does for the app), in the order shown.
LIBRARIES = (  # roles marked for translation (QT_TRANSLATE_NOOP), translated where shown
    ("python-docx", QT_TRANSLATE_NOOP("AboutDialog", "Word documents")),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF documents")),
    ("rl-accel", QT_TRANSLATE_NOOP("AboutDialog", "ReportLab's accelerators")),
    ("uharfbuzz", QT_TRANSLATE_NOOP("AboutDialog", "text shaping, HarfBuzz")),
    ("python-bidi", QT_TRANSLATE_NOOP("AboutDialog", "right-to-left text")),
    ("arabic-reshaper", QT_TRANSLATE_NOOP("AboutDialog", "Arabic letter forms")),
    ("fonttools", QT_TRANSLATE_NOOP("AboutDialog", "font subsetting")),
    ("pypdf", QT_TRANSLATE_NOOP("AboutDialog", "PDF checks")),
    ("sqlite-utils", QT_TRANSLATE_NOOP("AboutDialog", "the library database")),
    ("babel", QT_TRANSLATE_NOOP("AboutDialog", "dates and numbers in four languages")),
    ("pycountry", QT_TRANSLATE_NOOP("AboutDialog", "country names, ISO 3166")),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "data and settings folders")),
    ("click", QT_TRANSLATE_NOOP("AboutDialog", "the command line")),
    ("tomli-w", QT_TRANSLATE_NOOP("AboutDialog", "settings files")),
    ("lxml", QT_TRANSLATE_NOOP("AboutDialog", "Word's XML")),
    ("pillow", QT_TRANSLATE_NOOP("AboutDialog", "images")),
)
# Licences of those libraries, for a bundle that lost their metadata (checked against their metadata here).
KNOWN_LICENCES = {
    "python-docx": "MIT", "reportlab": "BSD", "rl-accel": "BSD", "uharfbuzz": "Apache-2.0",
    "python-bidi": "LGPL", "arabic-reshaper": "MIT", "fonttools": "MIT", "pypdf": "BSD-3-Clause",
    "sqlite-utils": "Apache-2.0", "babel": "BSD-3-Clause", "pycountry": "LGPL-2.1-only", "platformdirs": "MIT",
    "click": "BSD-3-Clause", "tomli-w": "MIT", "lxml": "BSD-3-Clause", "pillow": "MIT-CMU",
}


def font_rows(readme: Path | None = None) -> list[tuple[str, str, str, str]]:
    """(files, family, licence, licence file) for each row of the fonts table in resources/fonts/README.md:
    the README is the one place a bundled font is described, so the dialog cannot forget one."""
    readme = readme or resource_path("fonts", "README.md")
    rows = []
    try:
        lines = readme.read_text(encoding="utf-8").splitlines()
    except OSError:
        return rows
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 4 or cells[0] in ("file", "") or set(cells[0]) <= set("-: "):
            continue
        licence = cells[-1]
        if licence.startswith('"'):  # a quoted licence sentence: its first clause names it
            licence = licence.strip('"').split(";")[0].split(".")[0] + licence[licence.find('"', 1) + 1:]
        match = re.search(r"`([^`]+)`", licence)
        name = re.sub(r"\s*\(`[^`]+`\)", "", licence).strip()
        rows.append((cells[0], cells[1], name, match.group(1) if match else ""))
    return rows


def font_files(files: str) -> list[str]:
    """The file names a README row names: "NotoSans-Regular/Bold.ttf" -> NotoSans-Regular.ttf, NotoSans-Bold.ttf."""
    stem, _dot, extension = files.partition(".")
    first, *styles = stem.split("/")
    family = first.rsplit("-", 1)[0] if styles else first
    return [f"{first}.{extension}"] + [f"{family}-{style}.{extension}" for style in styles]


def _metadata_licence(meta) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in (meta.get_all("Classifier") or []) if c.startswith("License ::")]
    licence = (meta.get("License") or "").strip().splitlines()
    if licence and len(licence[0]) <= 40:
        return licence[0]
    if classifiers:
        return classifiers[0]
    return licence[0][:40] if licence else ""


def libraries() -> list[Component]:
    """The main Python libraries, each with its version and licence, and its licence file when installed."""
    from importlib import metadata

    found = []
    for name, role_source in LIBRARIES:
        role = translate("AboutDialog", role_source)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if name not in ("uharfbuzz", "rl-accel", "arabic-reshaper"):  # optional ones are simply left out
                licence = KNOWN_LICENCES.get(name) or translate("AboutDialog", "see its project")
                found.append(Component(f"{name} ({role})", licence, translate(
                    "AboutDialog", "{name}: {licence} (version not recorded in this installation)").format(
                        name=name, licence=licence)))
            continue
        licence = (_metadata_licence(dist.metadata) or KNOWN_LICENCES.get(name)
                   or translate("AboutDialog", "see its project"))
        text = (f"{name} {dist.version} — {role}\n"
                + translate("AboutDialog", "Licence: {licence}").format(licence=licence) + "\n")
        for file in dist.files or ():
            if re.match(r"(?i)^(licen[cs]e|copying)", Path(str(file)).name):
                try:
                    text += "\n" + Path(dist.locate_file(file)).read_text(encoding="utf-8")
                    break
                except (OSError, UnicodeDecodeError):
                    continue
        found.append(Component(f"{name} {dist.version} ({role})", licence, text))
    return found


def components() -> list[Component]:
    """Every bundled font (by the fonts README), then Qt / PySide6, then the main Python libraries."""
    fonts = resource_path("fonts")
    found = []
    for files, family, licence, licence_file in font_rows():
        # Family and licence names stay as their authors name them; the full texts are shown as shipped (English).
        shipped = [name for name in font_files(files) if (fonts / name).is_file()]
        text = (f"{family}: {', '.join(shipped) or files}\n\n"
                + (_read(fonts / licence_file) if licence_file else licence))
        found.append(Component(translate("AboutDialog", "Font: {family}").format(family=family), licence, text))
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        versions = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the GUI cannot run without it
        versions = "Qt, PySide6"
    found.append(Component(f"{versions}", "GNU LGPL v3", translate("AboutDialog", QT_LICENCE)))
    return found + libraries()


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
