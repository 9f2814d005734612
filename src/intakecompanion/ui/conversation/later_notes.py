"""The notes below the first screen of the list, made when first needed (issue 18, goal 10).

A note card is seven widgets and about 2.7 ms to make, show, lay out and paint; a conversation
with 11 notes opened a third slower than one with 4, and that was the benchmark's tail. The
list makes the first notes at once and, in the place of the others, this stand-in: as tall as
they will about be (the scroll bar tells there is more), painting nothing. The notes are made
in its place the first time it is painted (scrolled or grown into sight), when the focus comes
into the notes (Tab, a click), or when anything needs them all (a new note goes after them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class LaterNotes(QWidget):
    """Stands for `count` note cards not made yet; `make()` makes them, once."""

    def __init__(
        self, count: int, card_height: Callable[[], int], make: Callable[[], None], parent: QWidget
    ) -> None:
        """`card_height()`: a made card's height, to be about as tall as the cards to come."""
        super().__init__(parent)
        self._count = count
        self._card_height = card_height
        self._make = make
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, self._count * self._card_height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        # In sight: the notes are made as soon as the paint is over (not inside it).
        QTimer.singleShot(0, self, self._make)
