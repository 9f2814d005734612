"""Lay out a `Summary` with Qt (QtGui only) and send it to a PDF file or a printer.

Every user text is escaped into a fixed HTML template, and the document loads no resource at
all, so a pasted `<img src="file:///...">`, CSS or a nest of tables prints as the literal text
that was typed. The layout is done in points (1/72 inch) on a fixed-resolution device, so the
same summary breaks into the same pages on every computer; page breaks fall between blocks only
(so the PDF's text layer holds each line once), and pages are then drawn one by one, each with
its page number.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from intakecompanion.summary.content import Summary
from intakecompanion.summary.sheet import footer_html, style_sheet, summary_html
from intakecompanion.vault.files import fsync_folder_if_possible, replace_file

__all__ = [
    "PAPER_SIZES",
    "SealedDocument",
    "body_rect",
    "layout_document",
    "paint_html",
    "pdf_bytes",
    "print_summary",
    "render_pdf",
    "render_pdf_bytes",
]

PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
MARGINS_MM = QMarginsF(15, 12, 15, 10)
FOOTER_HEIGHT_PT = 16.0
LAYOUT_DPI = 72  # one layout unit is one point, on every computer
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]
BODY_POINT_SIZE = 10.0
# The client's sheet: the largest body text with which it fits one page, 12 pt for a typical
# intake (easier for a weak or tired eye); a sheet that does not fit even in the smallest
# runs on over pages in it.
SHEET_POINT_SIZES = (12.0, 11.5, 11.0, 10.5, BODY_POINT_SIZE)
EDGE_PT = 0.5
MAX_HEADING_MOVES = 12
KEEP_WITH_HEADING = 3  # blocks that go along with a heading to the next page
MAX_SPLIT_PASSES = 4

Footer = Callable[[int, int], str]  # (page, pages) -> the page's footer HTML


class SealedDocument(QTextDocument):
    """A text document that never loads anything: no file, no image, no style sheet.

    Returning nothing from `loadResource` is not enough: Qt's image handler then opens the
    `src` path itself. So every request gets an empty stand-in (a transparent 1x1 image, an
    empty style sheet). The URLs asked for are kept in `refused_urls` for the tests.
    """

    def __init__(self) -> None:
        super().__init__()
        self.refused_urls: list[str] = []
        self._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._blank.fill(0)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: N802  (Qt's name)
        self.refused_urls.append(name.toString() if isinstance(name, QUrl) else name)
        if type == QTextDocument.ResourceType.ImageResource:
            return self._blank
        if type == QTextDocument.ResourceType.StyleSheetResource:
            return ""
        return QByteArray()


def _layout_device() -> QImage:
    """A 1x1 image at 72 dpi: fonts and lengths are laid out in points, independent of screens."""
    image = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def base_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    """The sheet's body font (the first installed family of FONT_FAMILIES)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No "fi"/"fl" ligatures: the PDF's text layer then holds exactly the letters typed, so
    # searching or copying "file" finds "file".
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


class _Layout:
    """One summary's body and footer laid out for a given printable width and height (pt),
    with body text of `point_size`."""

    def __init__(
        self, body_html: str, width: float, height: float, point_size: float = BODY_POINT_SIZE
    ) -> None:
        self.device = _layout_device()  # kept alive as long as the documents use it
        self.point_size = point_size
        self.body = self._document(body_html)
        self.page_size = QSizeF(width, height - FOOTER_HEIGHT_PT)
        self.body.setPageSize(self.page_size)
        _lay_out(self.body)
        self.width = width
        self.body_height = height - FOOTER_HEIGHT_PT
        self._keep_headings_with_their_text()
        self._split_blocks_at_page_breaks()

    def _keep_headings_with_their_text(self) -> None:
        """A heading alone at the foot of a page moves to the next page with its first lines.

        Qt's rich text has no "keep with next", so: find such a heading, give it a page break
        before, lay out again. Each pass moves one heading; there are only a few headings.
        """
        for _ in range(MAX_HEADING_MOVES):
            block = self.body.begin()
            moved = False
            while block.isValid():
                if block.blockFormat().headingLevel() > 0 and not self._fits_with_next(block):
                    format_ = block.blockFormat()
                    format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    with self._edit() as cursor:
                        cursor.setPosition(block.position())
                        cursor.setBlockFormat(format_)
                    moved = True
                    break
                block = block.next()
            if not moved:
                return

    def _fits_with_next(self, heading: QTextBlock) -> bool:
        layout = self.body.documentLayout()
        last = heading
        for _ in range(KEEP_WITH_HEADING):
            following = last.next()
            if not following.isValid() or following.blockFormat().headingLevel() > 0:
                break
            last = following
        if (
            heading.blockFormat().pageBreakPolicy()
            & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        ):
            return True
        top = layout.blockBoundingRect(heading).top()
        bottom = layout.blockBoundingRect(last).bottom()
        if bottom - top > self.body_height / 3:
            return True  # a long first paragraph may break; only short section starts move
        return int(top // self.body_height) == int((bottom - EDGE_PT) // self.body_height)

    def _split_blocks_at_page_breaks(self) -> None:
        """Make every page break fall between blocks and lines, never inside one.

        Qt draws a block's last line above the page being drawn again (`QTextLayout::draw`
        starts one line early; the painter's clip hides it on paper, but the PDF's text layer
        keeps it), so a paragraph that runs on across a page break would be read twice there.
        Each such block is split where its first line on the next page starts; the second part
        keeps the paragraph's format but no top margin and no first-line indent, so every line
        stays where Qt had put it. In a table cell Qt may also leave a line standing a little
        over the page's edge: such a line's block gets a top margin that makes Qt move it on.
        """
        for _ in range(MAX_SPLIT_PASSES):
            changes = [change for block in _blocks(self.body) for change in self._changes(block)]
            if not changes:
                return
            with self._edit() as cursor:
                for position, split, push in reversed(changes):  # back to front: positions hold
                    cursor.setPosition(position)
                    format_ = cursor.blockFormat()
                    if not split:
                        format_.setTopMargin(format_.topMargin() + push)
                        cursor.setBlockFormat(format_)
                        continue
                    format_.setTopMargin(push)
                    format_.setTextIndent(0)
                    format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
                    cursor.insertBlock(format_, cursor.charFormat())

    @contextmanager
    def _edit(self) -> Iterator[QTextCursor]:
        """One edit of the body, laid out again afterwards in small steps. Qt lays a whole
        document out again at the end of an edit, in one call that keeps Python's lock (a
        second for a file with 1 MB of notes, a frozen window while a copy is rendered in a
        worker); without a page size it lays nothing out, and `_lay_out` then goes block by
        block, letting the window's thread run in between."""
        self.body.setPageSize(QSizeF())
        cursor = QTextCursor(self.body)
        cursor.beginEditBlock()
        try:
            yield cursor
        finally:
            cursor.endEditBlock()
            self.body.setPageSize(self.page_size)
            _lay_out(self.body)

    def _changes(self, block: QTextBlock) -> list[tuple[int, bool, float]]:
        """What keeps page breaks out of `block`, as (position, split, top margin to add):
        split it before a line that starts a page or stands over a page's edge (the new block
        gets the margin that moves such a line on), or move it on when its first line stands
        over the edge."""
        lines = block.layout()
        rect = self.body.documentLayout().blockBoundingRect(block)
        top = rect.top() - lines.boundingRect().top()
        changes = []
        previous_page = None
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            line_top = top + line.y()
            page = int(line_top // self.body_height)
            page_end = (page + 1) * self.body_height
            over_edge = line_top + line.height() - EDGE_PT > page_end
            push = page_end - line_top - EDGE_PT if over_edge else 0.0
            if index == 0 and over_edge:
                return [(block.position(), False, push)]
            if index > 0 and (over_edge or page != previous_page):
                changes.append((block.position() + line.textStart(), True, push))
            previous_page = page
        return changes

    def _document(self, html: str) -> SealedDocument:
        document = SealedDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setUseDesignMetrics(True)
        document.setDefaultFont(base_font(self.point_size))
        document.setDocumentMargin(0)
        option = QTextOption()
        # A pasted URL or a very long word must wrap instead of running off the paper.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDefaultStyleSheet(style_sheet(self.point_size))
        document.setHtml(html)
        return document

    @property
    def page_count(self) -> int:
        return max(1, self.body.pageCount())

    def draw_page(self, painter: QPainter, index: int, footer: str) -> None:
        top = index * self.body_height
        page = QRectF(0, top, self.width, self.body_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        # Pagination keeps every line on one page; a line that only touches the page's edge
        # belongs to the neighbouring page, so it must not be drawn (and land in the PDF's
        # text layer) twice.
        context.clip = page.adjusted(0, EDGE_PT, 0, -EDGE_PT)
        painter.save()
        painter.translate(0, -top)
        painter.setClipRect(page)
        self.body.documentLayout().draw(painter, context)
        painter.restore()
        footer_document = self._document(footer)
        footer_document.setTextWidth(self.width)
        painter.save()
        painter.translate(0, self.body_height + FOOTER_HEIGHT_PT - footer_document.size().height())
        footer_document.drawContents(painter)
        painter.restore()


def _lay_out(document: QTextDocument) -> None:
    """Lay `document` out block by block (each call lays out only up to its block, so no
    single call holds Python's lock for long), then finish the layout."""
    layout = document.documentLayout()
    for block in _blocks(document):
        layout.blockBoundingRect(block)
    layout.documentSize()


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    """Every block of `document` in order, those inside table cells included."""
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def layout_document(summary: Summary, width: float, height: float) -> _Layout:
    """The summary laid out on a printable area of `width` x `height` points (for tests too)."""
    return _fitting_layout(summary_html(summary), width, height, SHEET_POINT_SIZES)


def _fitting_layout(
    body_html: str, width: float, height: float, point_sizes: tuple[float, ...]
) -> _Layout:
    """Laid out in the largest of `point_sizes` (largest first) with which it fits one page,
    else in the smallest. The smallest is tried first: a long text is laid out only once."""
    smallest = _Layout(body_html, width, height, point_sizes[-1])
    if smallest.page_count > 1:
        return smallest
    for size in point_sizes[:-1]:
        layout = _Layout(body_html, width, height, size)
        if layout.page_count == 1:
            return layout
    return smallest


def _paint(summary: Summary, device: QPagedPaintDevice) -> int:
    """Draw every page of `summary` onto `device`; returns the number of pages."""
    return paint_html(
        summary_html(summary),
        lambda p, n: footer_html(summary, p, n),
        device,
        SHEET_POINT_SIZES,
    )


def paint_html(
    body_html: str,
    footer: Footer,
    device: QPagedPaintDevice,
    point_sizes: tuple[float, ...] = (BODY_POINT_SIZE,),
) -> int:
    """Draw a document in the sheet's style (`body_html` from a fixed template, `footer(page,
    pages)` for each page's foot) onto `device`, in the largest of `point_sizes` that keeps it
    on one page; returns the number of pages."""
    resolution = device.logicalDpiX()
    printable = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    layout = _fitting_layout(body_html, printable.width(), printable.height(), point_sizes)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened for drawing")
    try:
        painter.scale(resolution / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        pages = layout.page_count
        for index in range(pages):
            if index:
                device.newPage()
            layout.draw_page(painter, index, footer(index + 1, pages))
    finally:
        painter.end()
    return pages


def _page_layout(page_size: str) -> QPageLayout:
    if page_size not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {page_size!r}; choose one of {list(PAPER_SIZES)}")
    return QPageLayout(
        QPageSize(PAPER_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def body_rect(page_size: str = "A4") -> QRectF:
    """Where the summary's text goes on a PDF page, in points from the top left (no footer)."""
    printable = _page_layout(page_size).paintRect(QPageLayout.Unit.Point)
    return QRectF(
        printable.x(), printable.y(), printable.width(), printable.height() - FOOTER_HEIGHT_PT
    )


def page_count(summary: Summary, page_size: str = "A4") -> int:
    """How many pages the summary takes on `page_size`, laid out as it is printed or saved."""
    printable = _page_layout(page_size).paintRect(QPageLayout.Unit.Point)
    width, height = printable.width(), printable.height()
    return _fitting_layout(summary_html(summary), width, height, SHEET_POINT_SIZES).page_count


def render_pdf_bytes(summary: Summary, page_size: str = "A4") -> bytes:
    """The summary as PDF bytes, made in memory (no file is written)."""
    return _pdf(summary, page_size)[0]


def _pdf(summary: Summary, page_size: str) -> tuple[bytes, int]:
    return pdf_bytes(
        summary_html(summary),
        lambda p, n: footer_html(summary, p, n),
        summary.title(),
        page_size,
        SHEET_POINT_SIZES,
    )


def pdf_bytes(
    body_html: str,
    footer: Footer,
    title: str,
    page_size: str,
    point_sizes: tuple[float, ...] = (BODY_POINT_SIZE,),
) -> tuple[bytes, int]:
    """A document in the sheet's style as PDF bytes, made in memory; and its page count (in
    the largest of `point_sizes` that keeps it on one page)."""
    # Qt's text layout starts a timer (its lazy layout). A worker thread that Qt did not
    # start has no event dispatcher for it until an event loop is made there, and each
    # document would warn; making one gives the thread its dispatcher.
    QEventLoop()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(_page_layout(page_size))
    writer.setCreator("Intake Companion")
    writer.setTitle(title)
    pages = paint_html(body_html, footer, writer, point_sizes)
    del writer  # finishes the PDF into the buffer
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data()), pages


def render_pdf(summary: Summary, path: Path | str, page_size: str = "A4") -> int:
    """Write the summary to `path` as PDF; returns the number of pages.

    The PDF is built in memory, written to a temporary file in the same folder, flushed to
    disk and then renamed, so `path` is never half written. A PDF is not encrypted: the
    coach chose to save one. An older PDF at `path` that a viewer holds open on Windows:
    FileInUse after a short wait, that PDF unchanged.
    """
    path = Path(path)
    data, pages = _pdf(summary, page_size)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    fsync_folder_if_possible(path.parent)
    return pages


def print_summary(summary: Summary, printer: QPagedPaintDevice) -> int:
    """Print the summary on `printer` (a QPrinter, as set up by the print or preview dialog).

    Nothing is written to disk by this program; the printer's driver does the rest.
    """
    return _paint(summary, printer)
