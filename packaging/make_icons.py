"""Render the hand-drawn SVG application icon to PNG sizes, a Windows .ico and a macOS .icns.

Run with the project's venv: `.venv/bin/python packaging/make_icons.py` (no display needed).
The outputs are committed, so building or running the app never needs this script.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from intakecompanion import APP_ID  # noqa: E402

ICON_DIR = ROOT / "resources" / "ui" / "icons" / "app"
SVG = ICON_DIR / f"{APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_FILE = ROOT / "packaging" / "windows" / "intakecompanion.ico"
ICNS_FILE = ROOT / "packaging" / "macos" / "intakecompanion.icns"
# ICNS chunk types holding PNG data, by pixel size (Apple's "ic" types, 10.7 and later).
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def png_path(size: int) -> Path:
    return ICON_DIR / f"{APP_ID}-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub says bytes for the format; the runtime accepts only str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode the {size}px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack(
            "<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset + len(payload)
        )
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", len(data) + 8) + data
        for size, data in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    rendered = {
        size: render_png(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES})
    }
    for size in PNG_SIZES:
        png_path(size).write_bytes(rendered[size])
    ICO_FILE.parent.mkdir(parents=True, exist_ok=True)
    ICO_FILE.write_bytes(ico_bytes({size: rendered[size] for size in ICO_SIZES}))
    ICNS_FILE.parent.mkdir(parents=True, exist_ok=True)
    ICNS_FILE.write_bytes(icns_bytes({size: rendered[size] for size in ICNS_TYPES}))
    print(f"wrote {len(PNG_SIZES)} PNG sizes, {ICO_FILE.name} and {ICNS_FILE.name}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
