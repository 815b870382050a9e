"""A full-bleed PDF annex (text edge to edge) stays legible after the pack: each of its pages is scaled into the
pack's text area on the pack's paper, so "RESTRICTED" and "Page n of N" sit in a clear margin (issue 12 follow-up).
Read back with `pdftotext -bbox` (poppler), independently of pypdf which wrote it."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.spec import PackSpec
from briefing_builder.render import pdf as pdf_writer
from briefing_builder.render import theme

from brief_fixtures import meeting

MM = 72 / 25.4


def full_bleed_pdf(path: Path, size: tuple[float, float], pages: int = 2) -> Path:
    """Lines of placeholder text from the very top to the very bottom edge, each one the page's whole width."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=size, invariant=1)
    width, height = size
    for _ in range(pages):
        canvas.setFont("Helvetica", 9)
        line = "Bleedword"
        while canvas.stringWidth(line + " Bleedword", "Helvetica", 9) <= width:
            line += " Bleedword"
        y = height - 7
        while y > 0:
            canvas.drawString(0, y, line)
            y -= 10
        canvas.showPage()
    canvas.save()
    return path


def _words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size
    out = []
    for match in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html):
        x1, y1, x2, y2 = map(float, match.groups()[:4])
        out.append((match.group(5), x1, y1, x2, y2))
    return out


def _page_size(pdf: Path, page: int) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    match = re.search(rf"Page\s+{page} size:\s+([\d.]+) x ([\d.]+)", info)
    assert match
    return float(match.group(1)), float(match.group(2))


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_a_full_bleed_annex_is_scaled_clear_of_the_marking_and_page_number(library, tmp_path, paper, orientation):
    width, height = theme.PAPER_SIZES_PT["a4" if paper == "letter" else "letter"]  # the other paper, to be fitted
    size = (width, height) if orientation == "portrait" else (height, width)
    annex = full_bleed_pdf(tmp_path / "bleed.pdf", size)
    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01", paper=paper,
                    classification="RESTRICTED", meeting=meeting(), annexes=(str(annex),))
    out = tmp_path / "pack.pdf"
    out.write_bytes(pdf_writer.render_bytes(assemble(library, spec))[0])
    total = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(out)], capture_output=True,
                                                              text=True).stdout).group(1))
    paper_w, paper_h = theme.PAPER_SIZES_PT[paper]
    expected = (paper_w, paper_h) if orientation == "portrait" else (paper_h, paper_w)
    for number in (total - 1, total):
        page_w, page_h = _page_size(out, number)
        assert (round(page_w), round(page_h)) == tuple(round(v) for v in expected)  # the pack's paper
        words = _words(out, number)
        annex_words = [w for w in words if w[0].startswith("Bleedword")]
        marks = [w for w in words if w[0] in ("RESTRICTED", "Page", "of", str(number), str(total))]
        assert len(annex_words) > 100 and sum(w[0] == "RESTRICTED" for w in marks) == 2
        top = min(w[2] for w in annex_words)
        bottom = max(w[4] for w in annex_words)
        left = min(w[1] for w in annex_words)
        right = max(w[3] for w in annex_words)
        # the annex inside the text area (a point's tolerance for glyph boxes), the markings outside it
        assert top >= theme.MARGIN_TOP - 1 and bottom <= page_h - theme.MARGIN_BOTTOM + 1
        assert left >= theme.MARGIN_LEFT - 1 and right <= page_w - theme.MARGIN_RIGHT + 1
        for _, _, y1, _, y2 in marks:
            assert y2 < top or y1 > bottom, (y1, y2, top, bottom)
        assert f"Page {number} of {total}" in " ".join(w[0] for w in words)


def test_an_annex_page_keeps_its_aspect_ratio_and_is_never_enlarged():
    from briefing_builder.render.pdf_annex_fit import placement

    (w, h), scale, x, y = placement((0, 0, 300, 100), "a4")  # a small landscape strip
    assert (w, h) == pytest.approx(theme.PAPER_SIZES_PT["a4"][::-1]) and scale == 1.0
    assert x == pytest.approx((w - 300) / 2 + (theme.MARGIN_LEFT - theme.MARGIN_RIGHT) / 2)
    (w, h), scale, x, y = placement((10, 20, 10 + 612, 20 + 792), "a4")  # Letter onto A4
    area_w = w - theme.MARGIN_LEFT - theme.MARGIN_RIGHT
    area_h = h - theme.MARGIN_TOP - theme.MARGIN_BOTTOM
    assert scale == pytest.approx(min(area_w / 612, area_h / 792))
    assert 612 * scale <= area_w + 1e-6 and 792 * scale <= area_h + 1e-6


def test_a_rotated_or_offset_annex_page_is_fitted_upright_on_the_pack_s_paper(library, tmp_path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    source = full_bleed_pdf(tmp_path / "plain.pdf", theme.PAPER_SIZES_PT["a4"])
    writer = PdfWriter(clone_from=PdfReader(str(source)))
    writer.pages[0].rotate(90)  # shown landscape
    box = writer.pages[1].mediabox  # shown through a crop box that does not start at (0, 0)
    writer.pages[1].cropbox = RectangleObject((50, 60, float(box.right) - 30, float(box.top) - 40))
    annex = tmp_path / "odd.pdf"
    writer.write(str(annex))
    spec = PackSpec(template="bilateral-meeting", country="ETH", date="2026-12-01", classification="RESTRICTED",
                    meeting=meeting(), annexes=(str(annex),))
    out = tmp_path / "pack.pdf"
    out.write_bytes(pdf_writer.render_bytes(assemble(library, spec))[0])
    reader = PdfReader(str(out))
    total = len(reader.pages)
    assert reader.pages[total - 2].rotation == 0 and reader.pages[total - 1].rotation == 0
    paper_w, paper_h = theme.PAPER_SIZES_PT["a4"]
    assert _page_size(out, total - 1) == pytest.approx((paper_h, paper_w), abs=1)  # landscape
    assert _page_size(out, total) == pytest.approx((paper_w, paper_h), abs=1)
    for number in (total - 1, total):
        words = _words(out, number)
        assert sum(w[0] == "RESTRICTED" for w in words) == 2 and any(w[0] == "Bleedword" for w in words)
        # pdftotext reports text even where the clip hides it, so look at the pixels: the bands between the
        # markings and the text area are blank paper, the text area is not.
        from PIL import Image

        subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", "-f", str(number), "-l", str(number), str(out),
                        str(tmp_path / f"p{number}")], check=True,
                       env={k: v for k, v in os.environ.items() if k not in ("FONTCONFIG_FILE", "FONTCONFIG_PATH")})
        image = Image.open(next(tmp_path.glob(f"p{number}*.png"))).convert("L")
        height = image.height

        def band(top_pt: float, bottom_pt: float) -> int:  # darkest pixel between two distances from the top
            return image.crop((0, int(top_pt), image.width, int(bottom_pt))).getextrema()[0]

        assert band(theme.HEADER_DISTANCE + 3 * MM, theme.MARGIN_TOP - 1 * MM) > 240
        assert band(height - theme.MARGIN_BOTTOM + 1 * MM, height - theme.FOOTER_DISTANCE - 4 * MM) > 240
        assert band(theme.MARGIN_TOP + 10 * MM, height - theme.MARGIN_BOTTOM - 10 * MM) < 100
