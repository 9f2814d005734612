"""Small editors shared by the conversation panels: growing text, a confirm button."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QFont, QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from intakecompanion.ui.shared.widgets import set_style_property

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

CONFIRM_MS = 4000  # a second click within this time confirms


def emphasize(label: QWidget, scale: float = 1.0, bold: bool = True) -> None:
    """A larger and/or bold font relative to the application's, kept so when the application
    font changes later (the larger-text setting): a font set once would stay at the old size,
    since a widget with its own font hears nothing of the application's.

    Done in code because style sheets cannot scale a font relative to the inherited size.
    """
    _ScaledFont(label, scale, bold).apply(QApplication.font())


class _ScaledFont(QObject):
    """Owned by its label, so it goes with it (and so does its connection)."""

    def __init__(self, label: QWidget, scale: float, bold: bool) -> None:
        super().__init__(label)
        self._label = label
        self._scale = scale
        self._bold = bold
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.apply)
        # A new application stylesheet (set after the font, appearance.apply_text_size) gives
        # the label back the font it had when last polished: set it again after that.
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._label and event.type() == QEvent.Type.StyleChange:
            self.apply(QApplication.font())
        return False

    def apply(self, base: QFont) -> None:
        font = QFont(base)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(self._bold)
        self._label.setFont(font)


# What a plain-text box takes as the end of a line: it shows a lone CR as one too.
LINE_BREAKS = re.compile("\r\n|[\r\n\u2028\u2029]")


def laid_out_lines(font: QFont, room: int, text: str, most: int) -> int:
    """The lines `text` takes in a plain-text box whose lines are `room` pixels wide, laid out
    as the box lays it out: each line its own paragraph (a lone CR too), wrapped at words, a
    word wider than the line anywhere. Counted from font measures, a note's preview and its
    field disagreed at some widths and sizes (a line more or less), and "a\r\nb\rc" was
    measured as two lines and shown as three.

    Counting stops past `most` lines (it returns `most` + 1 then): a box shows at most that
    many, and laying out all of a 1 MB note took 1.1 s per count, 3.2 s per resize."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    lines = 0
    for paragraph in LINE_BREAKS.split(text):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while lines <= most and (line := layout.createLine()).isValid():
            line.setLineWidth(max(1, room))
            lines += 1
        layout.endLayout()
        if lines > most:
            return most + 1
    return max(1, lines)


# By font key (never a text): a field and a preview ask at every fit, a line laid out each time.
_LINE_HEIGHTS: dict[str, int] = {}


def line_height(font: QFont) -> int:
    """The height a plain-text box gives each of its lines in `font`, as its layout does (a
    line's ascent, descent and leading, rounded up). Often a pixel above the line spacing (16
    and 15 px at 10 pt, 32 and 31 at 20 pt): sized in line spacings, a field of two lines
    scrolled at 200 %, and nine lines at 10 pt needed 152 px and got 147."""
    key = font.key()
    height = _LINE_HEIGHTS.get(key)
    if height is None:
        if len(_LINE_HEIGHTS) >= 64:
            _LINE_HEIGHTS.clear()
        height = _LINE_HEIGHTS[key] = _laid_out_line_height(font)
    return height


def _laid_out_line_height(font: QFont) -> int:
    layout = QTextLayout("X", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLeadingIncluded(True)  # as QPlainTextDocumentLayout lays its lines out
    layout.endLayout()
    return math.ceil(line.height())


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its text (up to `max_lines`); Tab moves on, not in."""

    def __init__(self, min_lines: int = 1, max_lines: int = 8, parent: QWidget | None = None):
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt API)
        return source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        if not source.hasText() and source.hasHtml():  # only HTML: its words, as plain text
            from intakecompanion.ui.shared.paste import html_as_plain_text  # when pasted

            self.insertPlainText(html_as_plain_text(source.html()))
        else:
            super().insertFromMimeData(source)

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without it counting as an edit."""
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)
        self._fit()

    def _fit(self) -> None:
        # Its own count, not the document's size: the box lays out only the lines it shows,
        # and counts the others as one each until it does.
        wrapped = laid_out_lines(self.font(), self._room(), self.toPlainText(), self._max_lines)
        lines = max(self._min_lines, min(self._max_lines, max(wrapped, self._placeholder_lines())))
        margins = self.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        self.setFixedHeight(lines * line_height(self.font()) + chrome + 2)

    def _placeholder_lines(self) -> int:
        """The lines the hint takes while the box is empty (it wraps in a narrow box)."""
        if self.document().characterCount() > 1 or not self.placeholderText():
            return 1
        return laid_out_lines(self.font(), self._room(), self.placeholderText(), self._max_lines)

    def _room(self) -> int:
        """The width of its lines: inside its frame (no scroll bar: it is as tall as its
        lines), less the document's margins."""
        return self.contentsRect().width() - 2 * int(self.document().documentMargin())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, self.height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        """The wheel scrolls the list around a box the coach is not in: a long note's own
        scroll bar caught it halfway down the notes (the tour). In it, its own lines."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area around it


class ConfirmButton(QPushButton):
    """A button that acts on a second click within a few seconds: no dialog interrupts typing."""

    confirmed = Signal()

    def __init__(self, text: str, confirm_text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._text = text
        self._confirm_text = confirm_text
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CONFIRM_MS)
        self._timer.timeout.connect(self.reset)
        self.clicked.connect(self._clicked)

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def _clicked(self) -> None:
        if self._timer.isActive():
            self.reset()
            self.confirmed.emit()
            return
        self.setText(self._confirm_text)
        set_style_property(self, "state", "confirm")
        self._timer.start()

    def reset(self) -> None:
        self._timer.stop()
        self.setText(self._text)
        set_style_property(self, "state", "")
