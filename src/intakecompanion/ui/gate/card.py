"""The shape every locked-state page shares: a titled column in the middle of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from intakecompanion.ui.shared.widgets import PlainLabel

CARD_WIDTH = 560


class CardPage(QScrollArea):
    """A page with a title and a column (`self.column`) that pages fill with their controls.

    It scrolls, so the larger-text setting never pushes a button out of reach at 1366x768.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        card.setMaximumWidth(CARD_WIDTH)
        card.setMinimumWidth(min(CARD_WIDTH, 420))
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

    def add_text(self, text: str, role: str = "") -> PlainLabel:
        label = PlainLabel(text, self.column.parentWidget())
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        self.column.addWidget(label)
        return label
