"""Where headings land on the pages of our PDF and of LibreOffice's PDF of our DOCX, read back independently.

Used by tests/test_render_pagination.py and, as a report, from the command line:

    .venv/bin/python tests/layout_check.py [--paper a4|letter] [--languages en,fr,pt,ar] [--templates a,b]

For every template x language it builds the pack from the bundled seed library, converts the DOCX with
LibreOffice with the system's Noto fonts hidden (so only the DOCX's embedded fonts can give Noto Sans), and
prints, per case: the pages of both PDFs, each contents entry whose page differs (and by how much), pages that
end with a heading, and the fonts LibreOffice used.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATES = ("ministerial-summit", "bilateral-meeting", "country-profile")
LANGUAGES = ("en", "fr", "pt", "ar")

# A fontconfig configuration that hides every Noto font of the system (the DOCX's embedded ones remain).
NO_NOTO_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*Noto*</glob><pattern><patelt name="family"><string>Noto Sans</string></patelt>
  </pattern></rejectfont></selectfont>
</fontconfig>
"""


# Readers give the lam-alef ligatures back in either order (لأ or أل, لى or ىل): one order for comparing.
_LAM_ALEF = re.compile("\u0644([\u0627\u0623\u0625\u0622\u0649])")


def fold(text: str) -> str:
    """Text as readers agree on it: NFKC (Arabic presentation forms to letters), letters and digits only."""
    text = _LAM_ALEF.sub(lambda m: m.group(1) + "\u0644", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if c.isalnum()).casefold()


def pdf_pages(path: Path) -> list[str]:
    """Text of each page with pdftotext (poppler)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    pages = out.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split()[0].split("+")[-1] for line in out.splitlines()[2:] if line.strip()]


def body_fill(path: Path, top_margin: float, bottom_margin: float) -> list[float]:
    """For each page, how far down its body text goes, as a share of the body's height (0 = empty page,
    1 = to the bottom margin); the running header and footer (in the margins) are left out."""
    import xml.etree.ElementTree as ET

    out = subprocess.run(["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    root = ET.fromstring(out[out.index("<html"):].replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    fills = []
    for page in root.iter("page"):
        height = float(page.get("height"))
        bottom = height - bottom_margin
        lows = [float(line.get("yMax")) for line in page.iter("line")
                if float(line.get("yMin")) >= top_margin - 2 and float(line.get("yMax")) <= bottom + 2]
        fills.append(max(((y - top_margin) / (bottom - top_margin) for y in lows), default=0.0))
    return fills


def libreoffice_pdf(docx: Path, out_dir: Path, *, hide_system_noto: bool = True) -> Path:
    """LibreOffice's PDF of `docx` (private profile; optionally with the system's Noto fonts hidden)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if hide_system_noto:
        conf = out_dir / "fonts.conf"
        conf.write_text(NO_NOTO_FONTS_CONF, encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(conf)
    profile = out_dir / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx)], capture_output=True, env=env, timeout=240, check=False)
    result = out_dir / (docx.stem + ".pdf")
    if not result.is_file():  # soffice exits 0 even when it failed to load the document
        raise RuntimeError(f"LibreOffice did not convert {docx}")
    return result


def _same_line(line: str, heading: str) -> bool:
    """A line (or two joined lines) that is the heading: same letters, or the same words in another order
    (readers reorder the words of right-to-left lines), words possibly reversed."""
    a, b = fold(line), fold(heading)
    if not b:
        return False
    if a == b or a == b[::-1]:
        return True
    words = [fold(w) for w in re.findall(r"\w+", unicodedata.normalize("NFKC", line)) if fold(w)]
    wanted = [fold(w) for w in re.findall(r"\w+", unicodedata.normalize("NFKC", heading)) if fold(w)]
    return len(words) == len(wanted) and all(
        any(w == x or w == x[::-1] for x in words) for w in wanted) and sorted(
        min(w, w[::-1]) for w in words) == sorted(min(w, w[::-1]) for w in wanted)


def heading_pages(pages: list[str], headings: list[str], start_page: int) -> list[int | None]:
    """The page (1-based) of each heading: the first line from `start_page` on, after the previous heading's
    line, that is the heading (alone on its line, or wrapped over two); None where none is."""
    lines = [(number, line) for number, page in enumerate(pages, 1) if number >= start_page
             for line in page.splitlines() if line.strip()]
    found: list[int | None] = []
    position = 0
    for heading in headings:
        hit = None
        for index in range(position, len(lines)):
            one = lines[index][1]
            two = one + " " + lines[index + 1][1] if index + 1 < len(lines) else one
            if _same_line(one, heading) or (len(fold(one)) < len(fold(heading)) and _same_line(two, heading)):
                hit = index
                break
        if hit is None:
            found.append(None)
            continue
        position = hit + 1
        found.append(lines[hit][0])
    return found


def _furniture(line: str, classification: str, page_label: str) -> bool:
    line = line.strip()
    if not line:
        return True
    if fold(line) == fold(classification):
        return True
    pattern = re.escape(page_label).replace(r"\{page\}", r"\d+").replace(r"\{pages\}", r"\d+")
    return bool(re.fullmatch(pattern, line)) or line.isdigit() or fold(line) in fold(page_label.format(page="", pages=""))


def pages_ending_with(pages: list[str], titles: list[str], classification: str, page_label: str,
                      first_page: int = 3) -> list[tuple[int, str]]:
    """(page, title) for every page from `first_page` but the last whose body text (furniture removed) ends
    with a title: its last line, or its last two lines together, is the title."""
    bad = []
    for number, page in enumerate(pages, 1):
        if number < first_page or number == len(pages):
            continue
        lines = [line for line in page.splitlines() if not _furniture(line, classification, page_label)]
        if not lines:
            continue
        endings = [lines[-1]] + ([lines[-2] + " " + lines[-1]] if len(lines) > 1 else [])
        for title in titles:
            if len(fold(title)) >= 3 and any(_same_line(ending, title) for ending in endings):
                bad.append((number, title))
                break
    return bad


def pages_starting_with(pages: list[str], lines_wanted: list[str], classification: str, page_label: str,
                        first_page: int = 3) -> list[tuple[int, str]]:
    """(page, text) for every page from `first_page` whose body text (furniture removed) starts with the first
    line of one of `lines_wanted` (a quotation's attribution, say, which must not start a page alone)."""
    bad = []
    for number, page in enumerate(pages, 1):
        if number < first_page:
            continue
        lines = [line for line in page.splitlines() if not _furniture(line, classification, page_label)]
        if not lines or len(fold(lines[0])) < 3:
            continue
        top = fold(lines[0])
        for text in lines_wanted:
            wanted = fold(text)
            if wanted.startswith(top) or wanted[::-1].startswith(top) or (len(top) >= 12 and top in wanted):
                bad.append((number, text))
                break
    return bad


def attributions_of(pack) -> list[str]:
    """The attribution line of every quotation in the pack ("— publisher, place")."""
    from briefing_builder.pack.model import Quote

    return ["— " + block.attribution for section in pack.sections for block in section.blocks
            if isinstance(block, Quote) and block.attribution]


@dataclass
class Case:
    template: str
    language: str
    paper: str
    countries: int = 1
    pdf_pages: int = 0
    lo_pages: int = 0
    entries: list[tuple[str, int, int | None, int | None]] = field(default_factory=list)  # text, contents, pdf, lo
    pdf_heading_ends: list[tuple[int, str]] = field(default_factory=list)
    lo_heading_ends: list[tuple[int, str]] = field(default_factory=list)
    lo_fonts: list[str] = field(default_factory=list)
    half_empty: list[int] = field(default_factory=list)  # our PDF's pages more than half empty, not allowed
    pdf_lone_attributions: list[tuple[int, str]] = field(default_factory=list)  # a quote's attribution tops a page
    lo_lone_attributions: list[tuple[int, str]] = field(default_factory=list)

    @property
    def mismatches(self) -> list[tuple[str, int, int | None]]:
        return [(text, contents, lo) for text, contents, _pdf, lo in self.entries if lo != contents]

    @property
    def pdf_mismatches(self) -> list[tuple[str, int, int | None]]:
        return [(text, contents, pdf) for text, contents, pdf, _lo in self.entries if pdf != contents]


def titles_of(pack) -> list[str]:
    """Texts that must never end a page: headings and item titles (bold lead paragraphs)."""
    from briefing_builder.pack.model import Heading, Paragraph

    out = []
    for section in pack.sections:
        for block in section.blocks:
            if isinstance(block, Heading):
                out.append(block.text)
            elif isinstance(block, Paragraph) and block.style == "lead" and all(r.bold for r in block.runs):
                out.append("".join(r.text for r in block.runs))
    return out


def half_empty_pages(pack, pdf_path: Path, hints: dict[str, int]) -> list[int]:
    """Pages of the body more than half empty, except the last and those before a section that a template
    rule starts on a new page (the cover and contents are laid out apart)."""
    from briefing_builder.pack.model import PageBreak
    from briefing_builder.render import theme

    fills = body_fill(pdf_path, theme.MARGIN_TOP, theme.MARGIN_BOTTOM)
    first = min(hints.values()) if hints else 3
    allowed = {len(fills)}
    for section in pack.sections:
        if section.blocks and isinstance(section.blocks[0], PageBreak) and section.anchor in hints:
            allowed.add(hints[section.anchor] - 1)
    return [n for n, fill in enumerate(fills, 1) if n >= first and n not in allowed and fill < 0.5]


# The side-by-side pack the reviewer found off (issue 11): Ethiopia with six more countries.
SEVEN_COUNTRIES = ("NGA", "GHA", "SEN", "MLI", "NER", "BFA")


def check_case(library, template: str, language: str, paper: str, work: Path, *, libreoffice: bool = True,
               extra_countries: tuple[str, ...] | None = None) -> Case:
    """Build one pack in both formats and measure it (see the module docstring). The country profile compares
    Ethiopia with `extra_countries` (Nigeria and Ghana unless given)."""
    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.spec import PackSpec
    from briefing_builder.render import docx as docx_writer
    from briefing_builder.render import pdf as pdf_writer

    if extra_countries is None:
        extra_countries = ("NGA", "GHA") if template == "country-profile" else ()
    extra = extra_countries
    spec = PackSpec(template=template, country="ETH", recipient="Hon. A. Minister", office="Ministry of Placeholders",
                    event="Addis Ababa summit", date="2026-12-01", language=language, paper=paper,
                    classification="RESTRICTED", extra_countries=extra)
    pack = assemble(library, spec)
    pdf_data, hints = pdf_writer.render_bytes(pack)
    docx_data = docx_writer.render_bytes(pack, page_hints=hints)
    name = f"{template}-{language}-{paper}" + (f"-{len(extra) + 1}" if len(extra) > 2 else "")
    pdf_path, docx_path = work / f"{name}.pdf", work / f"{name}.docx"
    pdf_path.write_bytes(pdf_data)
    docx_path.write_bytes(docx_data)
    case = Case(template, language, paper, countries=1 + len(extra))
    entries = pack.toc_entries()
    ours = pdf_pages(pdf_path)
    case.pdf_pages = len(ours)
    first = min(hints.values()) if hints else 3
    found_pdf = heading_pages(ours, [text for _, text, _ in entries], first)
    titles = titles_of(pack)
    case.half_empty = half_empty_pages(pack, pdf_path, hints)
    case.pdf_heading_ends = pages_ending_with(ours, titles, pack.classification, pack.labels.page_x_of_y)
    attributions = attributions_of(pack)
    case.pdf_lone_attributions = pages_starting_with(ours, attributions, pack.classification,
                                                     pack.labels.page_x_of_y)
    found_lo: list[int | None] = [None] * len(entries)
    if libreoffice:
        lo_path = libreoffice_pdf(docx_path, work / f"lo-{name}")
        theirs = pdf_pages(lo_path)
        case.lo_pages = len(theirs)
        found_lo = heading_pages(theirs, [text for _, text, _ in entries], first)
        case.lo_heading_ends = pages_ending_with(theirs, titles, pack.classification, pack.labels.page_x_of_y)
        case.lo_fonts = pdf_fonts(lo_path)
        case.lo_lone_attributions = pages_starting_with(theirs, attributions, pack.classification,
                                                        pack.labels.page_x_of_y)
    for (_level, text, anchor), pdf_page, lo_page in zip(entries, found_pdf, found_lo):
        case.entries.append((text, hints.get(anchor, 0), pdf_page, lo_page))
    return case


def report(cases: list[Case]) -> str:
    lines = []
    exact = sum(1 for c in cases if not c.mismatches)
    entries = sum(len(c.entries) for c in cases)
    wrong = sum(len(c.mismatches) for c in cases)
    lines.append(f"{len(cases)} cases, {exact} with every contents entry on LibreOffice's page; "
                 f"{entries - wrong}/{entries} entries right")
    for c in cases:
        status = "ok" if not c.mismatches else f"{len(c.mismatches)} off"
        lines.append(f"- {c.template} {c.language} {c.paper} ({c.countries} countries): PDF {c.pdf_pages} pages, LibreOffice {c.lo_pages}; "
                     f"contents vs LibreOffice: {status}; fonts: {', '.join(sorted(set(c.lo_fonts)))}")
        for text, contents, lo in c.mismatches:
            delta = "not found" if lo is None else f"{lo - contents:+d}"
            lines.append(f"    {text!r}: contents {contents}, LibreOffice {lo} ({delta})")
        for text, contents, pdf in c.pdf_mismatches:
            lines.append(f"    PDF itself: {text!r} listed {contents}, found {pdf}")
        for page in c.half_empty:
            lines.append(f"    PDF page {page} is more than half empty")
        for page, title in c.pdf_heading_ends:
            lines.append(f"    PDF page {page} ends with {title!r}")
        for page, title in c.lo_heading_ends:
            lines.append(f"    LibreOffice page {page} ends with {title!r}")
        for page, text in c.pdf_lone_attributions:
            lines.append(f"    PDF page {page} starts with the attribution {text[:50]!r}")
        for page, text in c.lo_lone_attributions:
            lines.append(f"    LibreOffice page {page} starts with the attribution {text[:50]!r}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse

    from briefing_builder.library import Library

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paper", default="a4")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--templates", default=",".join(TEMPLATES))
    parser.add_argument("--keep", help="folder to keep the files in")
    parser.add_argument("--seven", action="store_true", help="the country profile with seven countries side by side")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="layout-check-"))
    work.mkdir(parents=True, exist_ok=True)
    cases = []
    with Library.open(work / "library.sqlite") as library:
        for template in args.templates.split(","):
            for language in args.languages.split(","):
                extra = SEVEN_COUNTRIES if args.seven and template == "country-profile" else None
                cases.append(check_case(library, template, language, args.paper, work, extra_countries=extra))
                print(report([cases[-1]]).split("\n", 1)[1], flush=True)
    print(report(cases))
    return 0 if all(not c.mismatches for c in cases) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main(sys.argv[1:]))
