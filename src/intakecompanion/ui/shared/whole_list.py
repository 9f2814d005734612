"""A list as tall as its lines, wrapped at its width: it follows what it holds and the zoom."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget

from intakecompanion.ui.shared.fit import wrap_lines


class WholeList(QListWidget):
    """Shows every line whole, wrapped at its width, never scrolled sideways: as tall as its
    lines up to `most_lines` lines of text (in its font, so the zoom counts), beyond which it
    scrolls up and down. For a list inside a page that scrolls itself (the client page)."""

    def __init__(self, parent: QWidget | None = None, most_lines: int = 20) -> None:
        super().__init__(parent)
        wrap_lines(self)
        self._most_lines = most_lines
        self._height = -1

    def updateGeometries(self) -> None:  # noqa: N802 (Qt API)
        """After each layout of the lines (new lines, another width, another font)."""
        super().updateGeometries()
        frame = 2 * self.frameWidth()
        most = self._most_lines * self.fontMetrics().lineSpacing()
        height = min(self.contentsSize().height(), most) + frame
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)
