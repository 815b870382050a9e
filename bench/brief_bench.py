"""Brief benchmark (issue 12): a ~10-page synthetic pack with and without a "who you are meeting" section of 20
people with photos (600 x 750 px JPEG, the size the library stores: `library/photos.py`), and with a 20-page PDF
annex, per format; median seconds and output size. Photos are generated placeholders (Pillow), never real people.
"""

from __future__ import annotations

import dataclasses
import io
import statistics
import time

from .common import print_table
from .packs_bench import synthetic_pack

RUNS = 5


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 750), (40 + seed * 7 % 160, 80, 120))
    draw = ImageDraw.Draw(image)
    for step in range(0, 600, 12):  # some detail, so the JPEG is photo-sized (~30-60 KB)
        draw.line((step, 0, 600 - step, 750), fill=(200, (step * 3 + seed) % 255, 90), width=3)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _annex(pages: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for number in range(pages):
        canvas.drawString(72, 700, f"Placeholder annex page {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def with_people(pack, people: int = 20):
    from briefing_builder.pack.model import Heading, PersonProfile, Run, Section

    blocks = [Heading("Who you are meeting", 1, "people")]
    for number in range(people):
        name = f"Placeholder Person {number + 1}"
        blocks.append(PersonProfile(name, "Placeholder role", _photo(number), f"{name}, Placeholder role",
                                    (("Languages", "English"),),
                                    tuple((Run(f"Placeholder biography line {line}."), Run("", citation=1))
                                          for line in range(3))))
    return dataclasses.replace(pack, sections=(Section("people", "Who you are meeting", tuple(blocks), "people"),)
                               + pack.sections)


def with_annex(pack, pages: int = 20):
    from briefing_builder.pack.model import Annex, Heading, Section

    blocks = (Heading("Annexes", 1, "annexes"), Annex("Annex A", "Placeholder", "pdf", _annex(pages), pages,
                                                      "annexes-1", f"PDF, {pages} pages"))
    return dataclasses.replace(pack, sections=pack.sections + (Section("annexes", "Annexes", blocks, "annexes"),))


def _median(func) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        data = func()
        times.append(time.perf_counter() - start)
        size = len(data)
    return statistics.median(times), size


def run() -> dict:
    from briefing_builder.render import docx as docx_writer
    from briefing_builder.render import pdf as pdf_writer

    base = synthetic_pack(7)
    packs = {"~10 pages": base, "~10 pages + 20 people with photos": with_people(base),
             "~10 pages + a 20-page PDF annex": with_annex(base)}
    rows, results = [], {}
    for name, pack in packs.items():
        pdf = _median(lambda: pdf_writer.render_bytes(pack)[0])
        docx = _median(lambda: docx_writer.render_bytes(pack))
        results[name] = {"pdf": pdf, "docx": docx}
        rows.append([name, "PDF", round(pdf[0], 3), round(pdf[1] / 1024)])
        rows.append(["", "DOCX", round(docx[0], 3), round(docx[1] / 1024)])
    print_table("Briefs (seconds: median of 5; size: KB)", ["pack", "format", "seconds", "KB"], rows)
    return results
