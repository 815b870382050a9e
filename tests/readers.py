"""Independent readers for the tests: text read back from PDF (pypdf) and Word (python-docx) files."""

from __future__ import annotations

from pathlib import Path


def pdf_text(path: Path) -> list[str]:
    """Text of each page, read back with pypdf (an independent reader)."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def docx_text(path: Path) -> str:
    """All paragraph text of a .docx (body, tables, headers), read back with python-docx."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


def squash(text: str) -> str:
    """Text without white space or hyphen breaks, for comparing what two readers extracted."""
    return "".join(ch for ch in text if not ch.isspace()).replace("\u00ad", "")
