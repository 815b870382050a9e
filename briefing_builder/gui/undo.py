"""Undoable library writes for the pages' own `QUndoStack`s (the main window's `QUndoGroup` shows the stack of
the page in front of the user).

A `LibraryCommand` is pushed after its write succeeded, so its first `redo` (which Qt calls on push) does
nothing; later undos and redos run through the page's `replay`, on the library worker like every write, and the
page says in the status bar what was undone or redone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..library import Changes, Library

Write = Callable[[Library], Changes]
Replay = Callable[[Write, str, str], None]  # (write, what the status bar says when done, what failed if not)


UNDO_LABEL_CHARS = 40  # a title in an undo label: Edit ▸ Undo “…” stays one short menu line


def short_label(text: str, limit: int = UNDO_LABEL_CHARS) -> str:
    """`text` on one line and at most `limit` characters, ending in "…" when it was cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class LibraryCommand(QUndoCommand):
    """An undoable library write: `redo` and `undo` are library functions returning `Changes`."""

    def __init__(self, text: str, replay: Replay, redo: Write, undo: Write) -> None:
        super().__init__(text)
        self._replay, self._redo, self._undo = replay, redo, undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._replay(self._redo, QCoreApplication.translate("LibraryCommand", "Redone: {what}.").format(what=self.text()),
                     QCoreApplication.translate("LibraryCommand", "Redoing “{what}”").format(what=self.text()))

    def undo(self) -> None:
        self._replay(self._undo, QCoreApplication.translate("LibraryCommand", "Undone: {what}.").format(what=self.text()),
                     QCoreApplication.translate("LibraryCommand", "Undoing “{what}”").format(what=self.text()))


__all__ = ["LibraryCommand", "short_label", "UNDO_LABEL_CHARS"]
