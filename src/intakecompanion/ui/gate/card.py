"""The shape every locked-state page shares: a titled column in the middle of the window, and
what the gate may ask of any page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.ui.shared.fit import scaled
from intakecompanion.ui.shared.widgets import PlainLabel

CARD_WIDTH = 560


class CardPage(QScrollArea):
    """A page with a title and a column (`self.column`) that pages fill with their controls.

    It scrolls, so the larger-text setting never pushes a button out of reach at 1366x768. The
    scroll area itself takes no focus (Tab would stop on a nameless pane); it follows the focus
    of its controls, and a screen reader hears the page by its title.
    The gate talks to every page through the four methods at the end; a page that has nothing
    to do for one keeps the default.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(title)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QWidget(self)
        middle = QVBoxLayout(outer)
        middle.addStretch(1)
        row = QHBoxLayout()
        middle.addLayout(row)
        middle.addStretch(2)
        row.addStretch(1)
        card = QWidget(outer)
        self._card = card
        self._size_card()
        self.column = QVBoxLayout(card)
        self.column.setSpacing(10)
        self.title = PlainLabel(title, card)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(title)
        self.column.addWidget(self.title)
        row.addWidget(card)
        row.addStretch(1)
        self.setWidget(outer)

    def _size_card(self) -> None:
        """The column's width, grown with the text size (a zoom, larger text)."""
        self._card.setMaximumWidth(scaled(CARD_WIDTH, self))
        self._card.setMinimumWidth(scaled(min(CARD_WIDTH, 420), self))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_card()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter on a button with the focus presses it, as Space does. Outside a dialog Qt
        gives Enter to a default button only: on "Forgot your passphrase?" it did nothing."""
        focused = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()
            return
        super().keyPressEvent(event)

    def add_text(self, text: str, role: str = "") -> PlainLabel:
        label = PlainLabel(text, self.column.parentWidget())
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        self.column.addWidget(label)
        return label

    def focus(self) -> None:
        """Put the keyboard focus where the coach starts on this page."""

    def flush(self) -> bool:
        """Before a lock: write what the page holds for the vault; True when all of it is in."""
        return True

    def set_busy(self, busy: bool) -> None:
        """The vault is being made, opened or re-keyed for this page (or no longer)."""

    def show_error(self, text: str) -> None:
        """Say why the vault said no (the page's own request failed)."""
