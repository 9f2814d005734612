"""A drop-down list whose choice records something: browsing its options records nothing.

QComboBox emits `activated` for every arrow key (and wheel step, and letter typed) in a closed
box, so a coach arrowing from "Open" to "Dropped" stored "Done" on the way, in the history too,
and a choice that moved the focus elsewhere left no way to arrow past it. A `ChoiceBox` says
`chosen` only for a choice: an option clicked or given Enter in the open list, Enter in the
closed box, or leaving the box (Tab, a click elsewhere, a lock) with another option than the
one chosen before. A screen reader still hears each option arrowed to (the box shows it).
`settle_choices` makes every box under a widget say its choice before a save (lock, quit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class ChoiceBox(QComboBox):
    """`chosen(index)` for a choice, never while browsing; `leaving` is True while it is said
    because the box is left (the focus is not the box's to move then)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leaving = False
        self._browsing = False
        self._settled = -1  # the option last chosen, or set by the program
        self.currentIndexChanged.connect(self._index_changed)
        self.activated.connect(self._activated)

    def _index_changed(self, index: int) -> None:
        if not self._browsing:
            self._settled = index

    def _activated(self, index: int) -> None:
        if not self._browsing:  # from the open list (or a test's choice)
            self._settled = index
            self.chosen.emit(index)

    def settle(self, *, leaving: bool = True) -> None:
        """Say the option shown as chosen, if the coach browsed to another one."""
        if self.currentIndex() == self._settled:
            return
        self._settled = self.currentIndex()
        self.leaving = leaving
        try:
            self.chosen.emit(self._settled)
        finally:
            self.leaving = False

    def _browse(self, handle: QKeyEvent | QWheelEvent) -> None:
        self._browsing = True
        try:
            if isinstance(handle, QKeyEvent):
                super().keyPressEvent(handle)
            else:
                super().wheelEvent(handle)
        finally:
            self._browsing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER and self.currentIndex() != self._settled:
            self.settle(leaving=False)
            event.accept()
            return
        self._browse(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        self._browse(event)

    def event(self, event: QEvent) -> bool:
        # Tab: chosen before the focus moves on, so a field the choice shows is the next stop.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _TAB:
                self.settle()
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own list opening
            self.settle()
        super().focusOutEvent(event)


def settle_choices(root: QWidget) -> None:
    """Before saving everything (a lock, quitting): the choices browsed to are chosen."""
    for box in root.findChildren(ChoiceBox):
        box.settle()
