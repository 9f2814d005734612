"""A list as tall as its lines, wrapped at its width: it follows what it holds and the zoom."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QListWidget, QSizePolicy, QWidget

from intakecompanion.ui.shared.fit import wrap_lines


class WholeList(QListWidget):
    """Shows every line whole, wrapped at its width, never scrolled sideways: as tall as its
    lines up to `most_lines` lines of text (in its font, so the zoom counts), beyond which it
    scrolls up and down. For a list inside a page that scrolls itself (the client page)."""

    def __init__(self, parent: QWidget | None = None, most_lines: int = 20) -> None:
        super().__init__(parent)
        wrap_lines(self)
        self._most_lines = most_lines
        self._height = self._lines_height()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _lines_height(self) -> int:
        most = self._most_lines * self.fontMetrics().lineSpacing()
        return min(self.contentsSize().height(), most) + 2 * self.frameWidth()

    def updateGeometries(self) -> None:  # noqa: N802 (Qt API)
        """After each layout of the lines (new lines, another width, another font): the
        page is asked to give the list its new height, in its own layout pass."""
        super().updateGeometries()
        height = self._lines_height()
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(super().minimumSizeHint().width(), self._height)
