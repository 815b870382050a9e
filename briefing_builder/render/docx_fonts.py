"""Fonts embedded in Word documents (ECMA-376 Part 1, 17.8.1 and 17.8.3.3), so the DOCX looks and paginates the
same on a machine without Noto Sans.

Each face the document uses is subset with fontTools to the characters of the document (and a fixed base set, so
that one subset serves most packs and is computed once per process: subsetting a Noto face costs ~0.4 s),
obfuscated with its font key (the first 32 bytes XOR-ed with the key's 16 bytes in reverse order), stored as
`word/fonts/fontN.odttf`, and declared in `fontTable.xml` (`w:embedRegular` and so on, with `w:fontKey` and
`w:subsetted`), its relationships and `[Content_Types].xml`; `settings.xml` gets `w:embedTrueTypeFonts` and
`w:saveSubsetFonts`. Font keys derive from the font data, so the same pack still gives the same bytes.
Word and LibreOffice both read these; LibreOffice uses them when the system lacks the fonts.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import resource_path
from . import theme
from .text import has_arabic

FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
ODTTF_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"

# The characters every subset holds: Latin-1, Latin Extended-A, general punctuation, currency and arrows, and
# the Arabic blocks for the Arabic faces. A pack whose text stays inside them reuses the cached subset.
_BASE_LATIN = frozenset([*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x2000, 0x2070), *range(0x20A0, 0x20C0),
                         0x2116, 0x2122, *range(0x2190, 0x2200), 0x25A1, 0x25CF, 0xFEFF])
_BASE_ARABIC = _BASE_LATIN | frozenset([*range(0x600, 0x700), *range(0x750, 0x780), *range(0xFB50, 0xFE00),
                                        *range(0xFE70, 0xFF00)])



def _char_class(codepoints: frozenset[int]) -> str:
    """A regular-expression class of the code points, as ranges."""
    ranges, run = [], []
    for code in sorted(codepoints):
        if run and code == run[-1] + 1:
            run.append(code)
        else:
            if run:
                ranges.append((run[0], run[-1]))
            run = [code]
    if run:
        ranges.append((run[0], run[-1]))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_OUTSIDE_BASE = re.compile(f"[^\t\n\r{_char_class(_BASE_LATIN)}]")


@dataclass(frozen=True)
class Face:
    family: str  # as Word names it in w:rFonts
    slot: str  # embedRegular, embedBold, embedItalic, embedBoldItalic
    filename: str


LATIN_FACES = (
    Face(theme.FONT_FAMILY, "embedRegular", theme.FONT_FILES["NotoSans"]),
    Face(theme.FONT_FAMILY, "embedBold", theme.FONT_FILES["NotoSans-Bold"]),
    Face(theme.FONT_FAMILY, "embedItalic", theme.FONT_FILES["NotoSans-Italic"]),
    Face(theme.FONT_FAMILY, "embedBoldItalic", theme.FONT_FILES["NotoSans-BoldItalic"]),
)
ARABIC_FACES = (
    Face(theme.ARABIC_FONT_FAMILY, "embedRegular", theme.FONT_FILES["NotoSansArabic"]),
    Face(theme.ARABIC_FONT_FAMILY, "embedBold", theme.FONT_FILES["NotoSansArabic-Bold"]),
)
ETHIOPIC_FACES = (  # Ge'ez (Amharic, Tigrinya): embedded only when the text has it
    Face(theme.ETHIOPIC_FONT_FAMILY, "embedRegular", theme.FONT_FILES["NotoSansEthiopic"]),
    Face(theme.ETHIOPIC_FONT_FAMILY, "embedBold", theme.FONT_FILES["NotoSansEthiopic-Bold"]),
)
_ETHIOPIC = re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")


@lru_cache(maxsize=32)
def _font_bytes(filename: str) -> bytes:
    return resource_path("fonts", filename).read_bytes()


@lru_cache(maxsize=8)
def _cmap(filename: str) -> frozenset[int]:
    """The face's characters, from the PDF writer's copy of the font when it has one (already parsed)."""
    names = [name for name, file in theme.FONT_FILES.items() if file == filename]
    if names:
        from . import fonts

        return fonts.coverage(names[0])
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(io.BytesIO(_font_bytes(filename))).getBestCmap())


def _cache_file(filename: str, codepoints: frozenset[int]) -> Path | None:
    """Where a subset is kept between runs (the user's cache folder): subsetting is the slow part, ~0.4 s a face."""
    try:
        import fontTools
        from platformdirs import user_cache_path

        digest = hashlib.sha256(_font_bytes(filename) + fontTools.version.encode()
                                + ",".join(map(str, sorted(codepoints))).encode()).hexdigest()[:32]
        return user_cache_path("briefing-builder") / "font-subsets" / f"{digest}.ttf"
    except Exception:  # noqa: BLE001 - no cache folder: subset every time
        return None


def shipped_name(filename: str, codepoints: frozenset[int]) -> str:
    """The file name of a subset shipped in resources/fonts/embed/ (the digest ties it to the font and the set)."""
    digest = hashlib.sha256(_font_bytes(filename) + ",".join(map(str, sorted(codepoints))).encode()).hexdigest()
    return f"{Path(filename).stem}-{digest[:12]}.ttf"


def _shipped(filename: str, codepoints: frozenset[int]) -> bytes | None:
    path = resource_path("fonts", "embed", shipped_name(filename, codepoints))
    return path.read_bytes() if path.is_file() else None


@lru_cache(maxsize=64)
def subset_font(filename: str, codepoints: frozenset[int]) -> bytes:
    """The face cut down to `codepoints` (with every layout feature, so Arabic still shapes). The base sets'
    subsets ship with the app (made by `python -m briefing_builder.render.docx_fonts`), so most packs never
    run fontTools; others are cached in memory and in the user's cache folder (subsetting a face costs ~0.4 s)."""
    shipped = _shipped(filename, codepoints)
    if shipped is not None:
        return shipped
    cache = _cache_file(filename, codepoints)
    if cache is not None and cache.is_file():
        return cache.read_bytes()
    data = _subset(filename, codepoints)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_bytes(data)
            temporary.replace(cache)
        except OSError:  # a read-only or full cache folder only costs time
            pass
    return data


def _subset(filename: str, codepoints: frozenset[int]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.glyph_names = False
    font = TTFont(io.BytesIO(_font_bytes(filename)), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_key(data: bytes) -> str:
    """A GUID for the font key, derived from the font (reproducible files)."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 17.8.1: XOR the first 32 bytes with the key's bytes, read from the end of its hex digits."""
    digits = key.strip("{}").replace("-", "")
    key_bytes = bytes(int(digits[i:i + 2], 16) for i in range(30, -1, -2))
    head = bytes(b ^ key_bytes[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


deobfuscate = obfuscate  # XOR is its own inverse


def _codepoints(used: frozenset[int], base: frozenset[int], filename: str) -> frozenset[int]:
    """The base set, plus what the document uses beyond it that the face has (usually nothing)."""
    if used <= base:
        return base
    return base | ((used - base) & _cmap(filename))


def embed(parts: dict[str, bytes], text: str) -> dict[str, bytes]:
    """`parts` (zip entry name -> bytes) with the fonts for `text` embedded; the other parts unchanged."""
    # Only the characters outside the base set matter (one C-speed scan of the text, not a set of it).
    outside = frozenset(map(ord, set(_OUTSIDE_BASE.findall(text))))
    outside_text = "".join(map(chr, outside))
    faces = list(LATIN_FACES) + (list(ARABIC_FACES) if has_arabic(outside_text) else []) + (
        list(ETHIOPIC_FACES) if _ETHIOPIC.search(outside_text) else [])
    used = _BASE_LATIN | outside
    declarations: dict[str, list[str]] = {}
    relationships = []
    for number, face in enumerate(faces, 1):
        base = (_BASE_ARABIC if face in ARABIC_FACES else frozenset() if face in ETHIOPIC_FACES else _BASE_LATIN)
        data = subset_font(face.filename, _codepoints(used, base, face.filename))
        key = font_key(data)
        name = f"font{number}.odttf"
        parts[f"word/fonts/{name}"] = obfuscate(data, key)
        rid = f"rIdFont{number}"
        relationships.append(f'<Relationship Id="{rid}" Type="{FONT_REL}" Target="fonts/{name}"/>')
        declarations.setdefault(face.family, []).append(
            f'<w:{face.slot} r:id="{rid}" w:fontKey="{key}" w:subsetted="1"/>')
    parts["word/fontTable.xml"] = _font_table(parts["word/fontTable.xml"].decode("utf-8"), declarations).encode()
    parts["word/_rels/fontTable.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relationships) + "</Relationships>").encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    if 'Extension="odttf"' not in types:
        types = types.replace("<Default ", f'<Default Extension="odttf" ContentType="{ODTTF_TYPE}"/><Default ', 1)
    parts["[Content_Types].xml"] = types.encode()
    settings = parts["word/settings.xml"].decode("utf-8")
    if "embedTrueTypeFonts" not in settings:  # schema order: after w:zoom (and the few before it)
        settings = re.sub(r"(<w:zoom\b[^>]*/>)", r"\1<w:embedTrueTypeFonts/><w:saveSubsetFonts/>", settings, 1)
    parts["word/settings.xml"] = settings.encode()
    return parts


def _font_table(xml: str, declarations: dict[str, list[str]]) -> str:
    """fontTable.xml with an entry per embedded family (replacing any entry of the same name)."""
    for family, embeds in declarations.items():
        xml = re.sub(rf'<w:font w:name="{re.escape(family)}">.*?</w:font>', "", xml, flags=re.S)
        entry = (f'<w:font w:name="{family}"><w:charset w:val="00"/><w:family w:val="swiss"/>'
                 f'<w:pitch w:val="variable"/>{"".join(embeds)}</w:font>')
        xml = xml.replace("</w:fonts>", entry + "</w:fonts>")
    if "xmlns:r=" not in xml.split(">", 2)[1]:
        xml = xml.replace("<w:fonts ", '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                                       'relationships" ', 1)
    return xml


def build_shipped(folder: Path | None = None) -> list[Path]:
    """Write the base sets' subsets of every embedded face to resources/fonts/embed/ (replacing old ones)."""
    folder = folder or resource_path("fonts", "embed")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.ttf"):
        old.unlink()
    written = []
    for face in LATIN_FACES + ARABIC_FACES:
        base = _BASE_ARABIC if face in ARABIC_FACES else _BASE_LATIN
        codepoints = _codepoints(base, base, face.filename)
        path = folder / shipped_name(face.filename, codepoints)
        path.write_bytes(_subset(face.filename, codepoints))
        written.append(path)
    return written


__all__ = ["build_shipped", "embed", "font_key", "obfuscate", "deobfuscate", "subset_font"]


if __name__ == "__main__":
    for written_path in build_shipped():
        print(f"wrote {written_path} ({written_path.stat().st_size // 1024} KB)")
