"""Help ▸ Manual: the user manual (resources/manual/manual.md, one entry per chapter), then, for IT staff, the
documentation shipped with the app (README.md and docs/*.md), rendered offline.

The user manual ships with the other resources (`paths.resource_path("manual")`). The other files are found
through `paths.resource_path("docs")` in a bundle (packaging copies them there) and in the checkout otherwise,
so the manual works without a network and without the source tree. Links between the documents open in the manual; links to the web are shown, never followed (the app opens no connection).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...paths import project_root, resource_path

FIRST = "README.md"
USER_MANUAL = ("manual", "manual.md")


def user_manual() -> Path:
    """The user manual: resources/manual/manual.md, in the checkout and in a bundle alike."""
    return resource_path(*USER_MANUAL)


def chapters(text: str) -> list[tuple[str, str]]:
    """(title, Markdown) for each chapter of the manual: the introduction under the "# " title, then one per
    "## " heading (a chapter's text starts with its own heading)."""
    out: list[tuple[str, str]] = []
    title, lines = "", []
    for line in text.splitlines():
        if line.startswith("## ") or (line.startswith("# ") and not out and not lines):
            if lines:
                out.append((title, "\n".join(lines).strip() + "\n"))
            title, lines = line.lstrip("#").strip(), [line]
        else:
            lines.append(line)
    if lines:
        out.append((title, "\n".join(lines).strip() + "\n"))
    return [(t, body) for t, body in out if t]


def docs_folder() -> Path:
    """Where the shipped documents are: `resources/docs` in a bundle, else the checkout's `docs/`."""
    bundled = resource_path("docs")
    return bundled if (bundled / FIRST).is_file() else project_root() / "docs"


def manual_documents() -> list[Path]:
    """README first, then every other document in name order."""
    folder = docs_folder()
    readme = folder / FIRST if (folder / FIRST).is_file() else folder.parent / FIRST
    rest = sorted(p for p in folder.glob("*.md") if p.name != FIRST)
    return ([readme] if readme.is_file() else []) + rest


def title_of(path: Path) -> str:
    """The document's first heading, or its file name."""
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return path.stem.replace("-", " ").capitalize()


class _Browser(QTextBrowser):
    """Pictures are looked up by file name in the documents' screenshots folder (the same in a bundle)."""

    def __init__(self, images: Path) -> None:
        super().__init__()
        self.images = images

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == QTextDocument.ResourceType.ImageResource:
            picture = self.images / Path(name.path()).name
            if picture.is_file():
                image = QImage(str(picture))
                if image.width() > 900:  # fit the window rather than scroll sideways
                    image = image.scaledToWidth(900)
                return image
        return super().loadResource(kind, name)


class ManualWindow(QDialog):
    """A document list and the selected document; Ctrl+F finds text in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing Builder manual"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Manual contents"))
        # One row per page: a chapter of the user manual, the "For IT staff" heading (not selectable), or a document.
        self.documents: list[Path | None] = []
        self._texts: list[str | None] = []  # a chapter's Markdown (None: read the document's file)
        manual = user_manual()
        try:
            manual_chapters = chapters(manual.read_text(encoding="utf-8")) if manual.is_file() else []
        except OSError:
            manual_chapters = []
        for title, text in manual_chapters:
            entry = QListWidgetItem(title)
            entry.setToolTip(title)
            self.contents.addItem(entry)
            self.documents.append(manual)
            self._texts.append(text)
        others = manual_documents()
        if others:
            heading = QListWidgetItem(self.tr("For IT staff"))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown (not greyed), never selected
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.contents.addItem(heading)
            self.documents.append(None)
            self._texts.append(None)
        for path in others:
            entry = QListWidgetItem(title_of(path))
            entry.setToolTip(path.name)
            self.contents.addItem(entry)
            self.documents.append(path)
            self._texts.append(None)
        self.page = _Browser(docs_folder() / "screenshots")
        self.page.setOpenLinks(False)
        # Tab goes through the page's links (Enter follows one), then on to the next widget.
        self.page.setAccessibleName(self.tr("Manual page"))
        self.page.anchorClicked.connect(self.follow)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in this page…"))
        self.find_field.setClearButtonEnabled(True)
        self.find_label = QLabel(self.tr("Fi&nd:"))
        self.find_label.setBuddy(self.find_field)
        self.find_field.setAccessibleName(self.tr("Find in this page"))
        self.note = QLabel("")
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_field, 1)
        right_layout.addLayout(find_row)
        right_layout.addWidget(self.page, 1)
        right_layout.addWidget(self.note)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.contents.currentRowChanged.connect(self.show_document)
        self.find_field.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: self.find_field.setFocus())
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry() if screen is not None else None
        # 980×680, or 90% of a smaller screen (1024×600): the manual never opens larger than the screen.
        self.resize(min(980, int(room.width() * 0.9)) if room else 980, min(680, int(room.height() * 0.9)) if room
                    else 680)
        if self.documents:
            self.contents.setCurrentRow(0)
        else:
            self.page.setPlainText(self.tr("The manual's files were not found next to the app."))

    def show_document(self, row: int) -> None:
        if not 0 <= row < len(self.documents) or self.documents[row] is None:
            return
        text = self._texts[row]
        self.page.setMarkdown(text if text is not None else self.documents[row].read_text(encoding="utf-8"))
        self.note.setText("")

    def follow(self, url: QUrl) -> None:
        """A link to another shipped document opens it; a link to the web is shown, not followed."""
        if url.scheme() in ("http", "https", "mailto"):
            self.note.setText(self.tr("Link to {url} (not opened: the app works offline).").format(url=url.toString()))
            return
        name = Path(url.path()).name
        for row, path in enumerate(self.documents):
            if path is not None and path.name == name:
                self.contents.setCurrentRow(row)
                if url.fragment():
                    self.page.scrollToAnchor(url.fragment())
                return
        if url.hasFragment() and not url.path():
            self.page.scrollToAnchor(url.fragment())
            return
        self.note.setText(self.tr("{url} is not part of the manual shipped with the app.").format(url=url.toString()))

    def find_next(self) -> None:
        text = self.find_field.text()
        if text and not self.page.find(text):
            self.page.moveCursor(self.page.textCursor().MoveOperation.Start)
            if not self.page.find(text):
                self.note.setText(self.tr("“{text}” is not on this page.").format(text=text))
