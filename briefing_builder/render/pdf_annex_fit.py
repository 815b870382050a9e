"""Fitting a PDF annex's page into the pack's text area (issue 12 follow-up), so the pack's marking and page
number, drawn in the margins by `pdf_annex`, never print over the annex's own content.

Each annex page is put on a page of the pack's paper (A4 or Letter), landscape when the annex page is wider than
tall, and scaled (aspect ratio kept, never enlarged) into the area inside the pack's margins, centred there. The
annex's content is clipped to its own visible box, so nothing it hid outside its crop box shows in the margins;
its annotations (links) move with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import theme

if TYPE_CHECKING:
    from pypdf import PageObject


def placement(source: tuple[float, float, float, float], paper: str) -> tuple[tuple[float, float], float, float,
                                                                              float]:
    """((width, height) of the new page, scale, x, y) for a page whose visible box is (left, bottom, right, top):
    the annex page's lower-left corner lands at (x, y) after scaling."""
    left, bottom, right, top = source
    width, height = right - left, top - bottom
    paper_w, paper_h = theme.PAPER_SIZES_PT[paper]
    if width > height:
        paper_w, paper_h = paper_h, paper_w
    area_w = paper_w - theme.MARGIN_LEFT - theme.MARGIN_RIGHT
    area_h = paper_h - theme.MARGIN_TOP - theme.MARGIN_BOTTOM
    scale = min(area_w / width, area_h / height, 1.0)
    x = theme.MARGIN_LEFT + (area_w - width * scale) / 2
    y = theme.MARGIN_BOTTOM + (area_h - height * scale) / 2
    return (paper_w, paper_h), scale, x, y


def fit(page: "PageObject", paper: str) -> None:
    """Scale `page` (its rotation already moved into its content) in place into the text area of `paper`."""
    from pypdf import Transformation
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject, RectangleObject

    box = page.cropbox
    source = (float(box.left), float(box.bottom), float(box.right), float(box.top))
    (paper_w, paper_h), scale, x, y = placement(source, paper)
    transform = Transformation().translate(-source[0], -source[1]).scale(scale, scale).translate(x, y)
    page.add_transformation(transform)
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    clip_w, clip_h = (source[2] - source[0]) * scale, (source[3] - source[1]) * scale
    stream = DecodedStreamObject()
    # q … Q keeps the clip and the annex's graphics state from reaching the stamp merged on afterwards.
    stream.set_data(f"q {x:.4f} {y:.4f} {clip_w:.4f} {clip_h:.4f} re W n\n".encode() + data + b"\nQ\n")
    page.replace_contents(stream)
    for annotation in page.get("/Annots", None) or []:
        annotation = annotation.get_object()
        rect = annotation.get("/Rect")
        if rect is None:
            continue
        (x1, y1), (x2, y2) = (transform.apply_on((float(rect[0]), float(rect[1]))),
                              transform.apply_on((float(rect[2]), float(rect[3]))))
        annotation[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in (x1, y1, x2, y2)])
        points = annotation.get("/QuadPoints")
        if points is not None:
            moved = []
            for index in range(0, len(points) - 1, 2):
                moved.extend(transform.apply_on((float(points[index]), float(points[index + 1]))))
            annotation[NameObject("/QuadPoints")] = ArrayObject([FloatObject(v) for v in moved])
    new_box = RectangleObject((0, 0, paper_w, paper_h))
    page.mediabox = new_box
    page.cropbox = new_box
    for name in ("/TrimBox", "/BleedBox", "/ArtBox"):
        if name in page:
            del page[NameObject(name)]


__all__ = ["fit", "placement"]
