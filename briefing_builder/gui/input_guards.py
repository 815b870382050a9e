"""Application-wide input guards, installed once on the `QApplication` (`install`) before any window is built.

The mouse wheel: a combo box or spin box under the pointer while the user scrolls a form changes its value
(a new-user review saw an item's marking go UNCLASSIFIED -> TOP SECRET, then saved). Every combo and spin box
gets `Qt.StrongFocus` (focus by click or Tab, never by the wheel) and, unless it has keyboard focus, its wheel
events are declined, so Qt offers them to the parents and the surrounding scroll area scrolls instead.

Undo and redo: a QLineEdit, QPlainTextEdit, QTextEdit or editable combo claims the Ctrl+Z / Ctrl+Shift+Z
ShortcutOverride even with nothing of its own to undo, so in an empty field the Edit menu's Undo (the page's
`QUndoGroup` stack) never ran. When the focused text field has no typing to undo (or redo), the override is
declined and the key reaches the Edit menu's action; when it has, Qt's own typing undo keeps the key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)
_REDO_EXTRA = QKeySequence("Ctrl+Shift+Z")  # the Edit menu's Redo takes it on every platform (main_window)


def _history(widget: QObject) -> tuple[bool, bool] | None:
    """(undo available, redo available) of the text a widget edits; None if it edits no text."""
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return document.isUndoAvailable(), document.isRedoAvailable()
    if isinstance(widget, QComboBox):  # its line edit gets the event straight from the combo, past filters
        return _history(widget.lineEdit()) if widget.isEditable() and widget.lineEdit() else None
    if isinstance(widget, QAbstractSpinBox):
        editor = widget.findChild(QLineEdit)
        return _history(editor) if editor is not None else None
    return None


def _is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(event.keyCombination()) == _REDO_EXTRA


def _has_focus(widget: QWidget) -> bool:
    """Whether keyboard focus is on `widget` or inside it (an editable combo's or a spin box's line edit)."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _guard_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # NoFocus / ClickFocus set on purpose stay
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class InputGuard(QObject):
    """The one application event filter: see the module docstring for what it guards and why."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            _guard_focus(watched)  # before the first wheel event: Qt gives wheel focus before filters run
        elif kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED) and not _has_focus(watched):
            event.ignore()
            return True  # declined, not consumed: Qt offers the wheel to the parent widgets (the scroll area)
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            history = _history(watched)
            if history is not None:
                undo, redo = history
                if (not undo and event.matches(QKeySequence.StandardKey.Undo)) or (not redo and _is_redo(event)):
                    event.ignore()
                    return True  # the field has nothing to take back: the Edit menu's shortcut runs
        return False


def install(app: QApplication) -> InputGuard:
    """Install the guards on `app` (again: the same guard, nothing doubled); returns the guard."""
    guard = app.findChild(InputGuard, "inputGuard")
    if guard is None:
        guard = InputGuard(app)
        guard.setObjectName("inputGuard")
        app.installEventFilter(guard)
    for widget in app.allWidgets():  # widgets polished before the guard existed
        if isinstance(widget, _GUARDED):
            _guard_focus(widget)
    return guard


__all__ = ["InputGuard", "install"]
