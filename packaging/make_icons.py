"""Render resources/nbwss-gui.svg to the icon files the packages need, under build/icons/.

    python packaging/make_icons.py [--output DIR]

Writes PNGs of each size (png/nbwss-gui-<N>.png), a freedesktop icon theme tree
(hicolor/<N>x<N>/apps/<app id>.png and hicolor/scalable/apps/<app id>.svg), a Windows .ico and
a macOS .icns. Qt (QtSvg, part of PySide6-Essentials) renders the SVG; the .ico and .icns
containers are written here, with PNG data inside, which both systems accept.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "nbwss-gui.svg"
OUTPUT = ROOT / "build" / "icons"
APP_ID = "io.github.nbwssgui.NbwssGui"
BASE_NAME = "nbwss-gui"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns entry types and the pixel size each holds (PNG-encoded, macOS 10.7 and later).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_pngs(source: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """The SVG rendered at each size, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not an SVG image Qt can render")
    rendered: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"cannot encode the {size}px icon as PNG")
        buffer.close()
        rendered[size] = bytes(data.data())
    del app
    return rendered


def ico_bytes(pngs: dict[int, bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows icon holding one PNG per size (a width or height of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family: big-endian type and length per entry, PNG data inside."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG icon")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write")
    args = parser.parse_args(argv)
    output: Path = args.output
    pngs = render_pngs(args.source, PNG_SIZES)

    png_folder = output / "png"
    png_folder.mkdir(parents=True, exist_ok=True)
    for size, data in pngs.items():
        (png_folder / f"{BASE_NAME}-{size}.png").write_bytes(data)
    for size in HICOLOR_SIZES:
        folder = output / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(pngs[size])
    scalable = output / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.source, scalable / f"{APP_ID}.svg")
    (output / f"{BASE_NAME}.ico").write_bytes(ico_bytes(pngs, ICO_SIZES))
    (output / f"{BASE_NAME}.icns").write_bytes(icns_bytes(pngs))
    print(f"Icons written to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
