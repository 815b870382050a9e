"""Annexes: existing PDF and Word files attached after a pack (issue 12).

A path is accepted only if it exists, can be read and is a real PDF (pypdf opens it and finds pages) or a real
Word document (a zip holding `word/document.xml`), judged by content, never by the name's extension.
`read_annex` loads one for assembly: the bytes go into the pack, so the renderers never open user files and a file
changed after assembly cannot make the two formats differ.

A spec names an annex by its path (a string) or by `{"path": ..., "title": ...}` to print a title of its own;
without one the title is the PDF's /Title or the Word file's core title, else the file name.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Problem
from ..messages import Message, translate

MAX_ANNEXES = 20
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AnnexFile:
    path: str
    kind: str  # "pdf" or "docx"
    data: bytes
    pages: int  # a PDF's page count; 0 for Word files (their pages are only known to Word)
    title: str  # the document's own title when it has one, else the file name
    sha256: str


def _kind(data: bytes) -> str:
    """ "pdf", "docx" or "" (neither), from the bytes."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            return ""
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            return "docx"
    return ""


def _pdf_info(data: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValueError(translate("Annex", "it is encrypted"))
    title = ""
    try:
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except Exception:  # noqa: BLE001 - a broken info dictionary only loses the title
        title = ""
    return len(reader.pages), title


def _docx_title(data: bytes) -> str:
    import docx

    try:
        return (docx.Document(io.BytesIO(data)).core_properties.title or "").strip()
    except Exception:  # noqa: BLE001 - checked as a zip already; python-docx refusing it is reported by the caller
        raise ValueError(translate("Annex", "Word cannot open it (python-docx refused it)")) from None


def annex_path(entry: Any) -> str:
    """The path an annex entry names: the string itself, or a mapping's "path" ("" when it has none)."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        path = entry.get("path", "")
        return path if isinstance(path, str) else ""
    return ""


def annex_title(entry: Any) -> str:
    """The title a spec gives an annex ("" when it gives none: the file's own title is used)."""
    title = entry.get("title", "") if isinstance(entry, dict) else ""
    return title.strip() if isinstance(title, str) else ""


def with_path(entry: Any, path: str) -> Any:
    """`entry` naming `path` instead, its title kept (for paths written relative to a spec file)."""
    return {**entry, "path": path} if isinstance(entry, dict) else path


def entries_for(paths: tuple[str, ...], previous: tuple[Any, ...]) -> tuple[Any, ...]:
    """`paths` as annex entries, each keeping the title `previous` gave the same path (a list edited by path, as
    the builder's, must not drop the titles a --spec file set)."""
    titled = {annex_path(e): e for e in previous if isinstance(e, dict)}
    return tuple(titled.get(path, path) for path in paths)


def read_annex(entry: Any) -> AnnexFile:
    """Load and check one annex (a path, or a spec entry with a path and a title); raises `ValueError` with the
    reason (the caller names the field)."""
    path, given_title = annex_path(entry), annex_title(entry)
    file = Path(path)
    if not file.is_file():
        raise ValueError(translate("Annex", "does not exist or is not a file"))
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise ValueError(translate("Annex", "is {size} MB; the limit is {limit} MB").format(
                size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)))
        data = file.read_bytes()
    except OSError as exc:
        raise ValueError(translate("Annex", "cannot be read ({error})").format(error=exc.strerror)) from exc
    kind = _kind(data)
    if kind == "pdf":
        try:
            pages, title = _pdf_info(data)
        except ValueError as exc:
            raise ValueError(translate("Annex", "is a PDF that cannot be used: {reason}").format(reason=reason(exc))) from exc
        except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for broken files
            raise ValueError(translate("Annex", "is not a readable PDF ({error})").format(error=type(exc).__name__)) from exc
        if pages == 0:
            raise ValueError(translate("Annex", "is a PDF without pages"))
    elif kind == "docx":
        pages, title = 0, _docx_title(data)
    else:
        raise ValueError(translate("Annex", "is neither a PDF nor a Word (.docx) document (judged by its content)"))
    if title.strip().lower() in ("untitled", "(anonymous)", "anonymous"):  # ReportLab's and others' defaults
        title = ""
    return AnnexFile(str(file), kind, data, pages, given_title or title or file.stem, hashlib.sha256(data).hexdigest())


def reason(exc: BaseException) -> str:
    """Why `read_annex` refused a file: the Message it raised (translatable), else the exception's text."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Message) else str(exc)


def annex_problems(paths: tuple[Any, ...]) -> list[Problem]:
    """One problem per unusable annex, naming it ("annex 2"); cheap checks only (existence, type by content).
    Each entry is a path or {"path": ..., "title": ...}."""
    problems: list[Problem] = []
    if len(paths) > MAX_ANNEXES:
        problems.append(Problem(translate("Annex", "pack"), "annexes", translate(
            "Annex", "lists {count} files; the limit is {limit}").format(count=len(paths), limit=MAX_ANNEXES)))
    for number, entry in enumerate(paths, 1):
        where = translate("Annex", "annex {number}").format(number=number)
        if isinstance(entry, dict):
            unknown = sorted(set(map(str, entry)) - {"path", "title"})
            if unknown:
                problems.append(Problem(where, unknown[0], translate("Annex", "is not a field of an annex (path, title)")))
                continue
            title = entry.get("title", "")
            if not isinstance(title, str) or len(title) > 500 or "\n" in title:
                problems.append(Problem(where, "title", translate("Annex", "must be one line of text (at most 500 characters)")))
                continue
        elif not isinstance(entry, str):
            problems.append(Problem(where, "path", translate("Annex", "must be the path of a PDF or Word file, or "
                                                             '{{"path": ..., "title": ...}}')))
            continue
        path = annex_path(entry)
        if not path.strip():
            problems.append(Problem(where, "path", translate("Annex", "must be the path of a PDF or Word file")))
            continue
        try:
            read_annex(path)
        except ValueError as exc:
            problems.append(Problem(where, "path", translate("Annex", "{path} {reason}").format(path=path, reason=reason(exc))))
    return problems
