"""The core's messages in the interface language.

Contract: `text(value)` gives what a person should read for `value` in the language `i18n.install` set:
- a `messages.Message`: its template through the app's catalogues (`QCoreApplication.translate` with its context,
  disambiguation and count), its values translated in their turn, lists joined as the language joins them,
  dates (`messages.IsoDate`) written as the language writes them;
- a `errors.Problem`: its place, field and message, translated;
- an exception: a `ValidationError`'s first problem (and how many more), or a message the core made with
  `messages.translate`; any other exception's own text;
- a pack warning (anything with a `message`): that message;
- anything else: `str(value)`.
Right to left (Arabic), a text whose first letter is Latin (a value quoted first, a file name) starts with a
right-to-left mark, so that labels, the status bar and dialogs still lay it out right to left.
`error_text(error)` is `errors.user_message(error)` so shown: what the GUI says for a failure of any kind.
A template the catalogue lacks shows in English: `i18n check` and the catalogue tests see to it that none is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from ..errors import Problem, ValidationError, user_message
from ..messages import IsoDate, Message, fill
from . import i18n
from .bidi import direction_of
from .i18n import format_date

RLM = "\u200f"  # right-to-left mark: a strong right-to-left character that shows nothing


def text(value: Any) -> str:
    """`value` as the interface language shows it (see the module's contract). Right to left, a text that starts
    with a Latin word (a value the user typed, a file name) starts with a right-to-left mark, so that it still
    reads right to left: "XXX ليس رمز بلد" would otherwise be laid out left to right and read backwards."""
    shown = _text(value)
    if i18n.current_language() in i18n.RIGHT_TO_LEFT and shown and direction_of(shown) != Qt.LayoutDirection.RightToLeft:
        return RLM + shown
    return shown


def _text(value: Any) -> str:
    if isinstance(value, Message):
        return _message(value)
    if isinstance(value, Problem):
        return _message(value.text())
    if isinstance(value, ValidationError):
        first = _text(value.problems[0])
        more = len(value.problems) - 1
        return first if not more else QCoreApplication.translate(
            "Problem", "{problem} (and %Ln more problems)", None, more).format(problem=first)
    if isinstance(value, BaseException):
        return _message(value.args[0]) if value.args and isinstance(value.args[0], Message) else str(value)
    message = getattr(value, "message", None)
    if isinstance(message, str):
        return _text(message)
    return str(value)


def error_text(error: BaseException) -> str:
    """The one line the user reads for `error`, in the interface language (see the module's contract)."""
    return text(error) if isinstance(error, ValidationError) else text(user_message(error))


def _message(message: Message) -> str:
    template = QCoreApplication.translate(message.context, message.template, message.disambiguation, message.n)
    if template == message.template and message.n == 1 and message.singular is not None:
        template = message.singular  # no catalogue (or English with no entry): the core's own singular
    return fill(template, -1, {key: _value(value) for key, value in message.values})


def _value(value: Any) -> str:
    if isinstance(value, tuple):
        return QLocale().createSeparatedList([_value(v) for v in value]) if value else ""
    if isinstance(value, IsoDate):
        return format_date(str(value))
    return _text(value) if isinstance(value, Message) else str(value)


__all__ = ["error_text", "text"]
