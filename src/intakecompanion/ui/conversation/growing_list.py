"""An "add" button above a scrolling column of entries (the notes, the steps)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget


class GrowingList(QWidget):
    """The column a panel appends its entries to; a new entry is scrolled into view."""

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._to_reveal: QWidget | None = None
        # Owned by the panel, so it dies with it: a lock right after "new ..." must not leave
        # a queued call to a deleted scroll area.
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(0)
        self._reveal_timer.timeout.connect(self._reveal)
        self.add_button = QPushButton(self)
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(spacing)
        # Made inside its final parents, and entries made inside `body` (entry_parent): a
        # made widget moved into another is restyled all over again.
        self._scroll = QScrollArea(self)
        body = QWidget(self._scroll.viewport())
        self.entry_parent = body
        outer = QVBoxLayout(body)
        outer.setContentsMargins(2, 2, 2, 2)
        outer.addLayout(self._list)
        outer.addStretch(1)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.add_button)
        layout.addWidget(self._scroll, 1)

    def append(self, entry: QWidget) -> None:
        self._list.addWidget(entry)

    def reveal_soon(self, entry: QWidget) -> None:
        """Scroll `entry` into view once the layout has placed it."""
        self._to_reveal = entry
        self._reveal_timer.start()

    def _reveal(self) -> None:
        entry, self._to_reveal = self._to_reveal, None
        if entry is not None and shiboken6.isValid(entry) and entry.parent() is not None:
            self._scroll.ensureWidgetVisible(entry)
