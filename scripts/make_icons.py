"""Draw Casefile's icon: a flat folder holding a shield with a keyhole, in two colours.

Writes resources/icons/casefile.svg (the source), PNGs at 256, 48 and 16 px rendered from it with
QtSvg, and a Windows casefile.ico holding the three PNGs (PNG-in-ICO, read by Windows Vista and
later). Run: ``.venv/bin/python scripts/make_icons.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
TEAL = "#1F5F6B"
AMBER = "#F2B441"
SIZES = (256, 48, 16)

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Casefile</title>
  <!-- folder: tab and body -->
  <path fill="{TEAL}" d="M28 56 a12 12 0 0 1 12 -12 h58 a12 12 0 0 1 9.6 4.8 l10.4 13.2 h98
    a12 12 0 0 1 12 12 v6 H28 z"/>
  <rect fill="{TEAL}" x="20" y="72" width="216" height="148" rx="16"/>
  <!-- shield -->
  <path fill="{AMBER}" d="M128 88 l50 18 v36 c0 34 -22 56 -50 68 c-28 -12 -50 -34 -50 -68 v-36 z"/>
  <!-- keyhole -->
  <circle fill="{TEAL}" cx="128" cy="136" r="15"/>
  <path fill="{TEAL}" d="M121 142 h14 l5 36 h-24 z"/>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "casefile.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    if not renderer.isValid():
        print("the SVG did not parse", file=sys.stderr)
        return 1
    ico: list[tuple[int, bytes]] = []
    for size in SIZES:
        data = png_bytes(render(renderer, size))
        (OUT / f"casefile-{size}.png").write_bytes(data)
        ico.append((size, data))
    write_ico(OUT / "casefile.ico", sorted(ico))
    print(f"wrote {', '.join(sorted(p.name for p in OUT.iterdir()))} in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
