"""Text for people that the Qt-free core writes (pack warnings, validation problems, error messages), kept
translatable.

Contract:
- A `Message` is a `str` whose value is the English text, so the CLI, logs, manifests, JSON and tests read it as
  before. It also keeps what made it: a catalogue context, the English template ({named} fields; `%Ln` for a
  count), the values and the count, so the GUI can show it in the interface language through the same .ts
  catalogues as its own strings (`gui/core_text.py`). It pickles and deep-copies as itself.
- Make one with `translate(context, template)` (or `translate(context, template, disambiguation, n)` for a
  count) and fill it with `.format(**values)`, as GUI code does with `self.tr(...).format(...)`. The name and the
  arguments are Qt's (`QCoreApplication.translate`), so `pyside6-lupdate` collects the templates from the core's
  modules as it does from the GUI's. Write the context and the template as plain string literals (not f-strings)
  and pass no other argument to `translate` itself: lupdate reads the call's text, and a keyword argument there
  would make it take the message for a plural.
- Values may be Messages (translated in their turn), lists or tuples (joined: ", " in English, the language's own
  list in the GUI) or anything else (`str()`). Use `repr()` yourself where a value should print quoted.
- With a count (`n >= 0`), `%Ln` is the number, grouped ("1,234"); the template is the English plural and
  `.with_singular(text)` gives the English text for one (the English catalogue holds the same two forms for the
  GUI).
- A value wrapped in `IsoDate` is a date: the GUI writes it as the interface language writes dates.
- Composing: build a larger message from smaller ones by passing them as values, never by f-strings or `+` (both
  give back a plain `str`, and the GUI can then only show it in English).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Value = Any  # a Message, str, number, or a list/tuple of them


class Message(str):
    """English text that knows its template and values (see the module's contract)."""

    context: str
    template: str
    disambiguation: str | None
    n: int
    singular: str | None
    values: tuple[tuple[str, Value], ...]

    def __new__(cls, context: str, template: str, disambiguation: str | None = None, n: int = -1,
                singular: str | None = None, values: Mapping[str, Value] | Iterable[tuple[str, Value]] = ()
                ) -> Message:
        pairs = tuple((key, _frozen(value)) for key, value in (values.items() if isinstance(values, Mapping)
                                                               else values))
        english = _fill(singular if (n == 1 and singular is not None) else template, n,
                        {key: english_value(value) for key, value in pairs})
        self = super().__new__(cls, english)
        self.context, self.template, self.disambiguation = context, template, disambiguation
        self.n, self.singular, self.values = n, singular, pairs
        return self

    def format(self, *args: Value, **values: Value) -> Message:  # type: ignore[override]
        """This message with {fields} filled (earlier values kept unless given again); no positional fields."""
        if args:
            raise TypeError("Message.format takes named values only")
        merged = dict(self.values)
        merged.update(values)
        return Message(self.context, self.template, self.disambiguation, self.n, self.singular, merged)

    def with_singular(self, singular: str) -> Message:
        """This message with `singular` as its English text when the count is one."""
        return Message(self.context, self.template, self.disambiguation, self.n, singular, self.values)

    def __reduce__(self):  # pickles (worker processes) and deep-copies (dataclasses.asdict) as a Message
        return (Message, (self.context, self.template, self.disambiguation, self.n, self.singular, self.values))

    def __repr__(self) -> str:
        return f"Message({str.__repr__(self)})"


class IsoDate(str):
    """A value that is an ISO date ("2021-02-28", "2020-02" or "2019"): English shows it as written, the GUI in
    the interface language's own date form."""

    __slots__ = ()


def translate(context: str, template: str, disambiguation: str | None = None, n: int = -1) -> Message:
    """A translatable message: English now, the interface language in the GUI (see the module's contract)."""
    return Message(context, template, disambiguation, n)


def english_value(value: Value) -> str:
    """A value as the English text shows it."""
    if isinstance(value, tuple):
        return ", ".join(english_value(v) for v in value)
    return str(value)


def fill(template: str, n: int, values: Mapping[str, str]) -> str:
    """`template` with %Ln and its {fields} filled; a field the template lacks is ignored, a missing one kept
    as written (a translation that lost a placeholder still shows, rather than failing)."""
    return _fill(template, n, values)


def _fill(template: str, n: int, values: Mapping[str, str]) -> str:
    text = template.replace("%Ln", f"{n:,}").replace("%n", str(n)) if n >= 0 else template
    return text.format_map(_Keep(values))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _frozen(value: Value) -> Value:
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, (str, int, float)) or value is None:
        return value
    return str(value)


__all__ = ["IsoDate", "Message", "english_value", "fill", "translate"]
