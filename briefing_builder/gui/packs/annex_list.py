"""The pack's annexes in the builder (issue 12): existing PDF and Word files attached after the pack.

A list with Add… (a file dialog for PDF and Word files), Remove, Move up and Move down; files dropped on the
list are added too. Each row says what the file is ("PDF, 3 pages") or, beside it in red, why it cannot be used
(`pack.annexes.read_annex`: judged by content, not by name); `problems()` says so for the page's Export reason.
`changed(paths, undo_text)` reports the new list; the page applies it as one undoable command.

Checking a file reads it (pypdf counts a PDF's pages), so each file's verdict is kept while its size and
modification time stay the same: showing the list again (every edit on the page does) reads nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...pack.annexes import MAX_ANNEXES, read_annex
from ..core_text import text

ERROR_COLOUR = "#c62828"


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


class AnnexChecker:
    """What each annex path is, or why it cannot be used; cached per (path, size, modification time)."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[tuple[int, int] | None, str, str]] = {}

    def check(self, path: str) -> tuple[str, str]:
        """(description, error): one of them empty. "PDF, 3 pages — Placeholder annex" or the reason."""
        stamp = _stamp(path)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp and stamp is not None:
            return cached[1], cached[2]
        try:
            annex = read_annex(path)
        except ValueError as exc:
            result = ("", text(exc))
        else:
            # In the interface language (the checker is no QObject: translated in the list's context).
            kind = (QCoreApplication.translate("AnnexList", "PDF, %Ln page(s)", "", annex.pages) if annex.kind == "pdf"
                    else QCoreApplication.translate("AnnexList", "Word document"))
            result = (f"{kind} — {annex.title}", "")
        self._cache[path] = (stamp, *result)
        return result


class _DropList(QListWidget):
    """A list that takes files dropped from the desktop (its own rows move with Move up/down)."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class AnnexList(QWidget):
    """The annexes, in the order they follow the pack ("Annex A", "Annex B", …)."""

    changed = Signal(tuple, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: tuple[str, ...] = ()
        self.checker = AnnexChecker()
        self.last_folder = ""
        self.label = QLabel(self.tr("An&nexes, after the pack (PDF or Word; drop files here):"))
        self.label.setWordWrap(True)
        self.list = _DropList()
        self.list.setAccessibleName(self.tr("Annexes"))
        self.list.setAccessibleDescription(self.tr(
            "PDF and Word files attached after the pack, in order; drop files here to add them"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(80)
        self.label.setBuddy(self.list)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Choose PDF or Word files to attach after the pack"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton("↑")  # arrows: four buttons fit the form's pane on a 1024-pixel screen
        self.down_button = QPushButton("↓")
        for button, name in ((self.add_button, self.tr("Add annexes")),
                             (self.remove_button, self.tr("Remove the selected annex")),
                             (self.up_button, self.tr("Move the selected annex up")),
                             (self.down_button, self.tr("Move the selected annex down"))):
            button.setAccessibleName(name)
            button.setToolTip(name)
        for button in (self.up_button, self.down_button):
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("↓") * 4 + 16)
        self.error_label = QLabel("")
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.files_dropped.connect(self.add_files)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    # --- user actions
    def choose_files(self) -> None:
        """Add… : the file dialog, then `add_files` (which tests call directly)."""
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach annexes"), self.last_folder,
            self.tr("PDF and Word files (*.pdf *.docx);;All files (*)"))
        if files:
            self.add_files(files)

    def add_files(self, files: list[str]) -> None:
        """Append files not listed yet (absolute paths, in the order given)."""
        new = [str(Path(f).resolve()) for f in files if f]
        added = tuple(dict.fromkeys(p for p in new if p not in self.paths))
        if not added:
            return
        self.last_folder = str(Path(added[-1]).parent)
        text = (self.tr("Attach '%s'") % Path(added[0]).name if len(added) == 1
                else self.tr("Attach %Ln annexes", "", len(added)))
        self.changed.emit(self.paths + added, text)
        self.list.setCurrentRow(len(self.paths) - 1)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.paths):
            name = Path(self.paths[row]).name
            self.changed.emit(self.paths[:row] + self.paths[row + 1:], self.tr("Remove the annex '%s'") % name)
            self.list.setCurrentRow(min(row, len(self.paths) - 1))

    def move_current(self, step: int) -> None:
        row, target = self.list.currentRow(), self.list.currentRow() + step
        if 0 <= row < len(self.paths) and 0 <= target < len(self.paths):
            paths = list(self.paths)
            paths[row], paths[target] = paths[target], paths[row]
            # Whole sentences: "up"/"down" glued into one would not translate (word order, gender).
            text = (self.tr("Move the annex '{name}' up") if step < 0 else self.tr("Move the annex '{name}' down"))
            self.changed.emit(tuple(paths), text.format(name=Path(paths[target]).name))
            self.list.setCurrentRow(target)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self.paths))
        self.up_button.setEnabled(0 < row < len(self.paths))
        self.down_button.setEnabled(0 <= row < len(self.paths) - 1)

    # --- showing
    def show_paths(self, paths: tuple[str, ...]) -> None:
        """Show the spec's annexes, each with what it is or why it cannot be used."""
        row = self.list.currentRow()
        self.paths = tuple(paths)
        self.list.clear()
        for number, path in enumerate(self.paths):
            letter = chr(ord("A") + number) if number < 26 else str(number + 1)
            description, error = self.checker.check(path)
            item = QListWidgetItem(self.tr("Annex {letter}: {name}").format(letter=letter, name=Path(path).name)
                                   + "\n" + (description or error))
            item.setToolTip(path)
            if error:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.list.addItem(item)
        if 0 <= row < len(self.paths):
            self.list.setCurrentRow(row)
        problems = self.problems()
        self.error_label.setText("\n".join(problems))
        self.error_label.setVisible(bool(problems))
        self.list.setAccessibleDescription(" ".join(problems) or self.tr(
            "PDF and Word files attached after the pack, in order; drop files here to add them"))
        self._update_buttons()

    def problems(self) -> list[str]:
        """One sentence per annex that cannot be used (the page's Export reason)."""
        found = []
        if len(self.paths) > MAX_ANNEXES:
            found.append(self.tr("Annexes: %d files; the limit is %d.") % (len(self.paths), MAX_ANNEXES))
        for number, path in enumerate(self.paths, 1):
            error = self.checker.check(path)[1]
            if error:
                found.append(self.tr("Annex %d: %s %s") % (number, Path(path).name, error))
        return found

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.add_button, self.remove_button, self.up_button, self.down_button]


__all__ = ["AnnexList", "AnnexChecker"]
