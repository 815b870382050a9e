"""Pack benchmark: synthetic packs of about 10, 100 and 1,000 pages, per format, median time and peak memory,
side by side with pandoc (Markdown to DOCX) and LibreOffice (DOCX to PDF) on the same content when installed,
and, for reference, a plain python-docx loop and ReportLab's multiBuild with a table of contents.

Targets on this machine class: 100 pages as DOCX <= 0.45 s, as PDF with its contents <= 1.2 s; 1,000 pages with
peak memory <= 300 MB. Each measurement runs in a fresh process, so peak memory (max RSS) is that of one build.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import print_table

# Sections per target page count (calibrated: one synthetic section is about 1.35 PDF pages).
SIZES = {10: 7, 100: 74, 1000: 740}
RUNS = {10: 5, 100: 5, 1000: 3}

WORKER = r'''
import json, statistics, sys, time
sys.path.insert(0, {root!r})
from bench.packs_bench import synthetic_pack, to_markdown
kind, sections, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
pack = synthetic_pack(sections)
times, pages = [], None
for _ in range(runs):
    start = time.perf_counter()
    if kind == "docx":
        from briefing_builder.render.docx import render_bytes
        data = render_bytes(pack)
    elif kind == "pdf":
        from briefing_builder.render.pdf import render_bytes
        data, _ = render_bytes(pack)
    elif kind == "python-docx-loop":
        from bench.packs_bench import plain_python_docx
        data = plain_python_docx(pack)
    elif kind == "multibuild":
        from bench.packs_bench import reportlab_multibuild
        data = reportlab_multibuild(pack)
    times.append(time.perf_counter() - start)
open(out, "wb").write(data)
# Peak RSS of this process only: VmHWM starts afresh at exec, whereas ru_maxrss keeps the forking parent's peak.
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"median": statistics.median(times), "runs": times, "max_rss_mb": peak_kb / 1024}}))
'''

WORDS = ("delegates ministers summit framework national response capability legislation victims survivors "
         "industry technology reporting hotline helpline prevention research cooperation partnership regional "
         "commitment implementation assessment threat online children protection law enforcement judiciary "
         "safeguarding awareness education policy action plan review evidence data").split()


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_pack(sections: int, seed: int = 3):
    """A pack shaped like a real one (headings, paragraphs, lists, tables, quotes, key figures, citations)."""
    from briefing_builder.pack.model import (
        BulletList,
        Cover,
        Heading,
        KeyFigure,
        Labels,
        Pack,
        Paragraph,
        Quote,
        Run,
        Section,
        SourceRef,
        Table,
    )

    rng = random.Random(seed)
    out = []
    for number in range(1, sections + 1):
        anchor = f"s{number}"
        blocks = [Heading(f"Section {number}: {_sentence(rng, 4)[:-1]}", 1, anchor)]
        for _ in range(3):
            blocks.append(Paragraph((Run(_sentence(rng, 6), bold=True), Run(" " + " ".join(
                _sentence(rng, rng.randint(10, 20)) for _ in range(4))), Run("", citation=rng.randint(1, 40)))))
        blocks.append(BulletList(tuple((Run(_sentence(rng, 12)), Run("", citation=rng.randint(1, 40)))
                                       for _ in range(5))))
        blocks.append(Heading(f"{number}.1 Detail", 2, f"{anchor}-1"))
        blocks.append(Table(("Topic", "Status", "Date", "Source"), tuple(
            ((Run(rng.choice(WORDS).title(), bold=True),), (Run(_sentence(rng, 8)),), (Run("8 June 2023"),),
             (Run("Source"), Run("", citation=rng.randint(1, 40)))) for _ in range(4)), widths=(1.3, 2.2, 1, 1.5)))
        blocks.append(KeyFigure(str(rng.randint(10, 999)), _sentence(rng, 9), rng.randint(1, 40), "as of 2019"))
        blocks.append(Quote((Run(_sentence(rng, 40)),), "Communiqué, para. 3", rng.randint(1, 40)))
        out.append(Section(f"s{number}", blocks[0].text, tuple(blocks), anchor))
    sources = tuple(SourceRef(n, f"src-{n}", f"Publisher {n}, A source document title {n}, 2019-12-12.")
                    for n in range(1, 41))
    return Pack(
        cover=Cover("Synthetic brief", f"{sections} sections", "Ministry of Foreign Affairs", None, "Minister",
                    "Office", "Summit", "1 December 2026", "Ethiopia", (("Date", "1 December 2026"),)),
        sections=tuple(out), sources=sources, classification="RESTRICTED", language="en", direction="ltr",
        paper="a4", labels=Labels("Contents", "Page {page} of {pages}", "Sources", "Prepared for", "Classification"),
        title="Synthetic brief", subject="Benchmark", author="Briefing Builder", date="2026-12-01")


def to_markdown(pack) -> str:
    """The same content as Markdown, for pandoc."""
    from briefing_builder.pack.model import BulletList, Heading, KeyFigure, Paragraph, Quote, Table

    def runs(rs) -> str:
        return "".join(f"[{r.citation}]" if r.citation else (f"**{r.text}**" if r.bold else r.text) for r in rs)

    lines = [f"% {pack.title}", ""]
    for section in pack.sections:
        for block in section.blocks:
            if isinstance(block, Heading):
                lines += ["#" * block.level + " " + block.text, ""]
            elif isinstance(block, Paragraph):
                lines += [runs(block.runs), ""]
            elif isinstance(block, BulletList):
                lines += [f"- {runs(item)}" for item in block.items] + [""]
            elif isinstance(block, Table):
                lines += ["| " + " | ".join(block.header) + " |", "|" + "---|" * len(block.header)]
                lines += ["| " + " | ".join(runs(c) for c in row) + " |" for row in block.rows] + [""]
            elif isinstance(block, KeyFigure):
                lines += [f"**{block.value}** {block.label} [{block.citation}]", ""]
            elif isinstance(block, Quote):
                lines += [f"> {runs(block.runs)}", "", f"— {block.attribution} [{block.citation}]", ""]
    return "\n".join(lines)


def plain_python_docx(pack) -> bytes:
    """The obvious python-docx loop (add_paragraph per block), as a reference point."""
    import io

    import docx

    from briefing_builder.pack.model import BulletList, Heading, KeyFigure, Paragraph, Quote, Table

    document = docx.Document()
    for section in pack.sections:
        for block in section.blocks:
            if isinstance(block, Heading):
                document.add_heading(block.text, block.level)
            elif isinstance(block, Paragraph):
                paragraph = document.add_paragraph()
                for run in block.runs:
                    paragraph.add_run(f" [{run.citation}]" if run.citation else run.text, ).bold = run.bold
            elif isinstance(block, BulletList):
                for item in block.items:
                    document.add_paragraph("".join(r.text for r in item), style="List Bullet")
            elif isinstance(block, Table):
                table = document.add_table(rows=1, cols=len(block.header), style="Table Grid")
                for cell, text in zip(table.rows[0].cells, block.header):
                    cell.text = text
                for row in block.rows:
                    cells = table.add_row().cells
                    for cell, value in zip(cells, row):
                        cell.text = "".join(r.text for r in value)
            elif isinstance(block, KeyFigure):
                document.add_paragraph(f"{block.value} {block.label}")
            elif isinstance(block, Quote):
                document.add_paragraph("".join(r.text for r in block.runs), style="Quote")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def reportlab_multibuild(pack) -> bytes:
    """ReportLab's documented way to a table of contents: multiBuild with TableOfContents (several passes)."""
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    from reportlab.platypus.tableofcontents import TableOfContents

    from briefing_builder.pack.model import BulletList, Heading, Paragraph as Para, Quote
    from briefing_builder.render.text import escape

    styles = getSampleStyleSheet()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable):  # noqa: N802
            if isinstance(flowable, Paragraph) and flowable.style.name in ("Heading1", "Heading2"):
                level = 0 if flowable.style.name == "Heading1" else 1
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))

    toc = TableOfContents()
    story = [toc, PageBreak()]
    for section in pack.sections:
        for block in section.blocks:
            if isinstance(block, Heading):
                story.append(Paragraph(escape(block.text), styles[f"Heading{min(block.level, 2)}"]))
            elif isinstance(block, (Para, Quote)):
                story.append(Paragraph(escape("".join(r.text for r in block.runs)), styles["BodyText"]))
            elif isinstance(block, BulletList):
                story += [Paragraph(escape("".join(r.text for r in item)), styles["BodyText"], bulletText="•")
                          for item in block.items]
    buffer = io.BytesIO()
    Doc(buffer).multiBuild(story)
    return buffer.getvalue()


def _worker(kind: str, sections: int, runs: int, out: Path) -> dict:
    code = WORKER.format(root=str(Path(__file__).resolve().parent.parent))
    result = subprocess.run([sys.executable, "-c", code, kind, str(sections), str(runs), str(out)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def _external(command: list[str], runs: int, expected: Path) -> float | None:
    times = []
    for _ in range(runs):
        expected.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, timeout=1800)
        elapsed = time.perf_counter() - start
        if not expected.exists():
            return None
        times.append(elapsed)
    return statistics.median(times)


def run() -> dict:
    rows, results = [], {}
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        for target, sections in SIZES.items():
            runs = RUNS[target]
            pdf_path, docx_path = tmp / f"pack-{target}.pdf", tmp / f"pack-{target}.docx"
            pdf = _worker("pdf", sections, runs, pdf_path)
            docx = _worker("docx", sections, runs, docx_path)
            pages = _pages(pdf_path)
            results[target] = {"pages": pages, "pdf": pdf, "docx": docx}
            rows.append([f"~{target} pages ({pages} in the PDF)", "Briefing Builder DOCX", docx["median"],
                         docx["max_rss_mb"]])
            rows.append(["", "Briefing Builder PDF with contents", pdf["median"], pdf["max_rss_mb"]])
            if pandoc:
                sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
                markdown = tmp / f"pack-{target}.md"
                markdown.write_text(to_markdown(synthetic_pack(sections)), encoding="utf-8")
                out = tmp / f"pandoc-{target}.docx"
                seconds = _external([pandoc, "-f", "markdown", "-t", "docx", "-o", str(out), str(markdown)],
                                    min(runs, 3), out)
                rows.append(["", "pandoc, Markdown to DOCX", seconds if seconds is not None else "failed", "-"])
            if soffice:
                profile = (tmp / "lo-profile").as_uri()
                out = tmp / "lo" / f"pack-{target}.pdf"
                seconds = _external([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                                     "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(docx_path)],
                                    1 if target >= 1000 else 3, out)
                rows.append(["", "LibreOffice, DOCX to PDF", seconds if seconds is not None else "failed", "-"])
            if target == 100:
                loop = _worker("python-docx-loop", sections, 3, tmp / "loop.docx")
                rows.append(["", "reference: plain python-docx loop", loop["median"], loop["max_rss_mb"]])
                multi = _worker("multibuild", sections, 3, tmp / "multi.pdf")
                rows.append(["", "reference: ReportLab multiBuild + TOC", multi["median"], multi["max_rss_mb"]])
    print_table("Packs (seconds: median; memory: peak RSS of the process, MB)",
                ["size", "writer", "seconds", "peak MB"], rows)
    return results


def render_synthetic(sections: int, folder: str, progress=None, cancelled=None) -> int:
    """Write a synthetic pack as PDF and DOCX (what the GUI benchmark exports in a child process)."""
    from briefing_builder.render import docx as docx_writer
    from briefing_builder.render import pdf as pdf_writer

    pack = synthetic_pack(sections)
    data, _ = pdf_writer.render_bytes(pack, progress=progress, cancelled=cancelled)
    (Path(folder) / "pack.pdf").write_bytes(data)
    (Path(folder) / "pack.docx").write_bytes(docx_writer.render_bytes(pack, cancelled=cancelled))
    return len(data)
