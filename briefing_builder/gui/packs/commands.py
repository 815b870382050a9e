"""Undoable pack edits. Every edit on the Packs page is one `PackEdit`: the pack's state (draft name and spec)
before and after, applied through the page, so undo and redo restore the form, the outline, the free text, the
preview and the draft alike.

Typing into one field during one visit (a focus session) merges into one command ("Edit Recipient"), so the model
follows every keystroke (what is shown is what is built) while Undo on the page takes back the whole visit; the
text field itself keeps Qt's own typing undo while it has focus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from ...pack.spec import PackSpec

MERGING_ID = 0x9F0  # QUndoCommand.id() for commands that may merge (same merge key); -1 for the others


@dataclass(frozen=True)
class PackState:
    """What one pack holds on the page: its draft name and the spec."""

    name: str
    spec: PackSpec


class StatefulPage(Protocol):
    def apply_state(self, state: PackState, focus: tuple[str, str] | None = None) -> None: ...


class PackEdit(QUndoCommand):
    """Change the page from `before` to `after`. `focus` (section id, item uid) is selected in the outline on undo
    and redo, so the change is in front of the user."""

    def __init__(self, page: StatefulPage, before: PackState, after: PackState, text: str,
                 merge_key: tuple | None = None, focus: tuple[str, str] | None = None) -> None:
        super().__init__(text)
        self.page, self.before, self.after = page, before, after
        self.merge_key, self.focus = merge_key, focus

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGING_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, PackEdit) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        self.after = other.after
        if self.after == self.before:  # typed and typed back: nothing left to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.page.apply_state(self.after, self.focus)

    def undo(self) -> None:
        self.page.apply_state(self.before, self.focus)


__all__ = ["PackEdit", "PackState", "MERGING_ID"]
