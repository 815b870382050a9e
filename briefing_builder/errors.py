"""Errors a user can act on. Each carries a one-line message fit to show as it is (CLI or dialog)."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from .messages import Message, translate


class BriefingBuilderError(Exception):
    """Base of every error whose message is meant for the user, not a traceback."""


class ConfigError(BriefingBuilderError):
    """A configuration file is malformed; the message names the file and the setting."""


class LibraryError(BriefingBuilderError):
    """Something is wrong with the library file or a request to it."""


class NotALibraryError(LibraryError):
    """The file at the library path is damaged, not SQLite, or not a Briefing Builder library."""


class NewerSchemaError(LibraryError):
    """The library was made by a newer version of the app; it is left untouched."""


class ReadOnlyError(LibraryError):
    """The deployment forbids editing the library."""


class NotFoundError(LibraryError):
    """No record has the id or code asked for."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (record and field) and what."""

    where: str
    field: str
    message: str

    def text(self) -> Message:
        """Place, field and message as one translatable line (`where` and `message` may be Messages)."""
        if self.field:
            return translate("Problem", "{where}, field '{field}': {message}").format(
                where=self.where, field=self.field, message=self.message)
        return translate("Problem", "{where}: {message}").format(where=self.where, message=self.message)

    def __str__(self) -> str:
        return str.__str__(self.text())


class ValidationError(LibraryError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        first = self.problems[0]
        more = len(self.problems) - 1
        super().__init__(translate("Problem", "{problem} (and %Ln more problems)", None, more).with_singular(
            "{problem} (and 1 more problem)").format(problem=first.text()) if more else first.text())

    def __reduce__(self):  # pickles with its problems, not only its line
        return (type(self), (self.problems,))


class ImportRejected(ValidationError):
    """An import file is invalid; the library was not changed."""


class BuildError(BriefingBuilderError):
    """A pack could not be built or written; no partial file was left behind."""


class Cancelled(BriefingBuilderError):
    """The user cancelled a long operation; nothing was left half-done."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(translate("Errors", "Cancelled.") if message is None else message)


def user_message(error: BaseException) -> str:
    """One line, in the user's words, for any error: the app's own errors say what they say; a damaged library
    file, a refused file operation and anything unexpected are put into words here (the CLI and the GUI share
    this mapping, so they never describe the same failure differently). The line is a `Message` wherever the
    app wrote the words, so the GUI can show it in the interface language (`gui/core_text.text`)."""
    import sqlite3

    if isinstance(error, BriefingBuilderError):
        first = error.args[0] if error.args else None
        if isinstance(first, Message):
            return first
        return str(error) or type(error).__name__
    if isinstance(error, sqlite3.DatabaseError):
        return translate("Errors", "The library file looks damaged ({error}). Use Library ▸ Check library "
                         "('briefing-builder library check'), or restore a backup.").format(error=str(error))
    if isinstance(error, OSError):
        text = os_reason(error) if error.strerror else str(error) or type(error).__name__
        return translate("Errors", "{reason}: {file}").format(reason=text, file=str(error.filename)) \
            if error.filename else text
    if isinstance(error, MemoryError):
        return translate("Errors", "The computer ran out of memory. Close other programs, or build a smaller pack.")
    return translate("Errors", "Something unexpected went wrong ({error}). Nothing was changed.").format(
        error=f"{type(error).__name__}: {error}")


def os_reason(exc: OSError) -> Message | str:
    """Why the system refused, in the interface's words for the common reasons (a full or read-only disk, no
    permission); the system's own text otherwise."""
    if exc.errno == errno.ENOSPC:
        return translate("Files", "No space left on device").format()
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("Files", "Permission denied").format()
    if exc.errno == errno.ENOENT:
        return translate("Files", "No such file or directory").format()
    if exc.errno == errno.EISDIR:
        return translate("Files", "Is a directory").format()
    if exc.errno == errno.EROFS:
        return translate("Files", "Read-only file system").format()
    return exc.strerror or str(exc)
