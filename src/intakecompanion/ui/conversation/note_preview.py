"""A stored note's text shown as a plain label until the coach edits it (issue 18, goal 10).

A text field is a scroll area: a viewport, two scroll bars and their two containers besides
the field, and a document laid out on every resize. A conversation opened with one per note
card; the preview is one widget. Its card puts the field in its place as soon as the preview
takes the focus (Tab, a shortcut), is clicked (the caret goes where the click was) or gets a
key, so it is never typed into itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QSizePolicy, QWidget

from intakecompanion.ui.conversation.fields import laid_out_lines, line_height
from intakecompanion.ui.shared.widgets import PlainLabel

# A QPlainTextEdit's document margin: the text starts as far in as it will in the field.
TEXT_MARGIN = 4


class NotePreview(PlainLabel):
    """The note's text as plain text (never markup), as tall as its field would be."""

    def __init__(
        self,
        text: str,
        lines: tuple[int, int],
        edit: Callable[[QPoint | None], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        """`lines`: the field's least and most lines; `edit(at)` puts the field in the
        preview's place (the caret at `at`, a point in the preview, if given) and returns it."""
        super().__init__(text, parent)
        self._min_lines, self._max_lines = lines
        self._edit = edit
        self._fitted_for: tuple[int, str, int] | None = None
        self._widest: tuple[str, int] | None = None  # (font key, the widest word's width)
        self.setObjectName("notePreview")
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(TEXT_MARGIN)
        self.setIndent(0)
        # From the left whatever the text's direction, as the field lays it out: an Arabic
        # paragraph stood at the right and jumped to the left on the click.
        self.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
        )
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def _height_for(self, width: int) -> tuple[int, int]:
        """The field's height at `width` (its lines within its bounds, and its frame), and the
        lines the text takes there."""
        chrome = 2 * (self.frameWidth() + TEXT_MARGIN)
        wrapped = laid_out_lines(self.font(), width - chrome, self.text(), self._max_lines)
        lines = max(self._min_lines, min(self._max_lines, wrapped))
        return lines * line_height(self.font()) + chrome + 2, wrapped

    def _fit(self) -> None:
        # Measured again only when what it depends on changed: a resize or a style change
        # often leaves the width and font as they were (it was 5 measurements per preview).
        fitted_for = (self.width(), self.font().key(), self.frameWidth())
        if fitted_for != self._fitted_for:
            self._fitted_for = fitted_for
            height, wrapped = self._height_for(self.width())
            self.setFixedHeight(height)
            if self.isVisible() and self._hides_text(self.width(), wrapped):
                # A label neither scrolls nor breaks a long word: the field does both, so
                # the coach never reads a note with a part of it silently missing.
                QTimer.singleShot(0, self, lambda: self._edit(None))

    def _hides_text(self, width: int, wrapped: int) -> bool:
        """Would part of the text not show at `width`, where it takes `wrapped` lines: more
        lines than the field shows, or a word (a web address, a reference) wider than a
        line?"""
        room = width - 2 * (self.frameWidth() + TEXT_MARGIN)
        return wrapped > self._max_lines or self._widest_word() > room

    def _widest_word(self) -> int:
        """The widest word's width in the current font: measured once per font (it was
        measured word by word at every width)."""
        font = self.font().key()
        if self._widest is None or self._widest[0] != font:
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
            self._widest = (font, widest)
        return self._widest[1]

    # As the field: as narrow as the panel (the text wraps), as tall as its lines up to the
    # most the field shows; a note that needs more is its field (`_fit`), which scrolls.
    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._height_for(width)[0]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(50, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # the larger-text setting, the zoom

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click says where, below
            self._edit(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._edit(event.position().toPoint())
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Focus kept by a right click, say: the key goes to the field, as typed.
        QApplication.sendEvent(self._edit(None), event)
