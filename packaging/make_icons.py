"""Make the platform icon files from resources/icons/briefing-builder.svg (run after changing the SVG):

    .venv/bin/python packaging/make_icons.py

Writes briefing-builder.ico (Windows, 16-256 px) and briefing-builder.icns (macOS) and a 256 px PNG (Linux
menus that do not take SVG) beside the SVG. Qt draws the SVG; Pillow writes the icon containers.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    _app = QGuiApplication([])
    svg = ICONS / "briefing-builder.svg"
    big = render(svg, 1024)
    big.save(ICONS / "briefing-builder.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "briefing-builder.icns")
    render(svg, 256).save(ICONS / "briefing-builder-256.png", optimize=True)
    for name in ("briefing-builder.ico", "briefing-builder.icns", "briefing-builder-256.png"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
