"""What a long list shows below its first screen, made when first needed (issue 18, goal 10).

A note card is seven widgets and about 2.7 ms to make, show, lay out and paint; a checklist
item about 2 ms. A conversation with 11 notes opened a third slower than one with 4, and a
follow-up with 28 items carried over from the intake twice as slow as one with none. Such a
list makes its first entries at once and, in the place of the others, this stand-in: as tall
as they will about be (the scroll bar tells there is more), painting nothing. The entries are
made in its place the first time it is painted (scrolled or grown into sight), or when the
list needs them (the focus comes to them, a search for one of them, a new entry after them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class Later(QWidget):
    """Stands for `count` entries not made yet, each about `height()` tall; `make()` makes
    them (or the next screen of them: the list then tells it how many are left).

    With `focus_to`, the stand-in is a stop in the Tab order where the entries will be: Tab
    (or Shift+Tab from after the list) coming to it calls `focus_to(backwards)`, which makes
    the entries and gives the keyboard to the first (or the last) of them."""

    def __init__(
        self,
        count: int,
        height: Callable[[], int],
        make: Callable[[], None],
        parent: QWidget,
        *,
        focus_to: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self._height = height
        self._make = make
        self._focus_to = focus_to
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if focus_to is not None:
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_count(self, count: int) -> None:
        """Some of the entries were made: it stands for `count` of them now."""
        self._count = count
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, self._count * self._height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        # In sight: the entries are made as soon as the paint is over (not inside it).
        QTimer.singleShot(0, self, self._make)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if self._focus_to is not None:
            self._focus_to(event.reason() == Qt.FocusReason.BacktabFocusReason)
