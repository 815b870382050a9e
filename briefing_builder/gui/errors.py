"""The one way the GUI reports failed background work (`Tasks` on_error callbacks end here).

`present_error(parent, error, what)` says, in the user's words (`briefing_builder.errors.user_message`), that
`what` failed: a dialog for errors the user must see, with the technical details (traceback, every problem of a
refused input) behind Qt's "Show Details…" button; the status bar for minor ones (a cancelled job, a field the
user is already shown inline). It never blocks: the dialog is window-modal and opened with `open()`, so a
background callback never starts a nested event loop (and tests are not stuck on `exec()`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from .. import APP_NAME
from ..errors import Cancelled, ImportRejected, ValidationError
from .core_text import error_text, text

translate = QCoreApplication.translate

DIALOG_NAME = "error-dialog"  # objectName of the dialog, for tests and screen readers' scripts
STATUS_MS = 10_000


def is_minor(error: BaseException) -> bool:
    """Minor errors go to the status bar: the user cancelled, or a form's field is wrong (shown by the form)."""
    return isinstance(error, Cancelled) or (isinstance(error, ValidationError)
                                            and not isinstance(error, ImportRejected))


def details_of(error: BaseException) -> str:
    """What "Show Details…" reveals: every problem of a refused input, then the traceback if there is one."""
    parts: list[str] = []
    problems = getattr(error, "problems", None)
    if problems:
        parts.append("\n".join(f"• {text(problem)}" for problem in problems))
    trace = getattr(error, "__traceback_text__", "") or ""
    if trace.strip():
        parts.append(trace.strip())
    if not parts:
        parts.append(f"{type(error).__module__}.{type(error).__name__}: {error}")
    return "\n\n".join(parts)


def _status_bar_of(parent: QWidget | None):
    window = parent.window() if parent is not None else None
    return window.statusBar() if isinstance(window, QMainWindow) else None


def present_error(parent: QWidget | None, error: BaseException, what: str) -> None:
    """Tell the user that `what` (a short phrase: "Saving the item", "Export") failed, and why.

    Minor errors (see `is_minor`) are shown in the window's status bar when there is one; everything else in a
    warning dialog titled `what`, whose text is the user-facing message and whose details are `details_of(error)`.
    """
    message = error_text(error)
    bar = _status_bar_of(parent)
    if is_minor(error) and bar is not None:
        text = message if isinstance(error, Cancelled) else translate("Errors", "{what}: {message}").format(
            what=what, message=message)
        bar.showMessage(text, STATUS_MS)
        return
    if isinstance(error, Cancelled):
        return  # nobody to tell, and nothing went wrong
    box = QMessageBox(QMessageBox.Icon.Warning, f"{what} — {APP_NAME}",
                      translate("Errors", "{what} did not succeed.").format(what=what),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(DIALOG_NAME)
    box.setInformativeText(message)
    box.setDetailedText(details_of(error))
    box.setAccessibleName(translate("Errors", "{what} did not succeed").format(what=what))
    box.setAccessibleDescription(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal)
    if bar is not None:
        bar.showMessage(translate("Errors", "{what}: {message}").format(what=what, message=message), STATUS_MS)
    box.open()


__all__ = ["present_error", "is_minor", "details_of", "DIALOG_NAME"]
