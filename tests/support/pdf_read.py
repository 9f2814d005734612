"""Read a summary PDF back as a client's tools do: its text layer and its pages as images.

With pypdfium2 (PDFium, the PDF engine of Chrome), which pip installs, so the tests need no
system tools. Positions are in points from the page's top left, like `render.body_rect()`.
PDFium guesses spaces and line ends from where the glyphs stand (Qt's PDF maps the space glyph
to a tab); on a page of many alike lines it may join words or break one, so compare such pages
without whitespace.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

__all__ = [
    "body_point_size",
    "dark_pixels",
    "page_count",
    "page_image",
    "page_texts",
    "pdf_text",
]


def page_texts(path: Path, area: QRectF | None = None) -> list[str]:
    """Each page's text layer (what a search or a screen reader sees); with `area`, only the
    characters whose middle lies inside it (what a crop of the page would show)."""
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            text_page = page.get_textpage()
            if area is None:
                texts.append(text_page.get_text_bounded())
                continue
            height = page.get_height()
            chars = []
            for index in range(text_page.count_chars()):
                left, bottom, right, top = text_page.get_charbox(index)
                middle_x, middle_y = (left + right) / 2, height - (bottom + top) / 2
                if area.contains(middle_x, middle_y):
                    chars.append(chr(pdfium_c.FPDFText_GetUnicode(text_page, index)))
            texts.append("".join(chars))
        return texts
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    """The whole text layer, pages separated by a form feed."""
    return "\f".join(page_texts(path))


def body_point_size(path: Path) -> float:
    """The size of most of the letters on the first page (its body text), in points."""
    document = pdfium.PdfDocument(str(path))
    try:
        text_page = document[0].get_textpage()
        sizes: dict[float, int] = {}
        for index in range(text_page.count_chars()):
            if chr(pdfium_c.FPDFText_GetUnicode(text_page, index)).isalnum():
                size = round(pdfium_c.FPDFText_GetFontSize(text_page, index), 1)
                sizes[size] = sizes.get(size, 0) + 1
        return max(sizes, key=lambda size: sizes[size])
    finally:
        document.close()


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def page_image(path: Path, index: int = 0, dpi: float = 50) -> QImage:
    """Page `index` drawn in shades of grey at `dpi` dots per inch."""
    document = pdfium.PdfDocument(str(path))
    try:
        bitmap = document[index].render(scale=dpi / 72, grayscale=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_Grayscale8,
        )
        return image.copy()  # owns its pixels once the bitmap is gone
    finally:
        document.close()


def dark_pixels(image: QImage) -> int:
    """How many pixels of a grey `page_image` are darker than middle grey (its ink)."""
    width, stride = image.width(), image.bytesPerLine()
    data = bytes(image.constBits())
    return sum(
        sum(1 for byte in data[row * stride : row * stride + width] if byte < 128)
        for row in range(image.height())
    )
