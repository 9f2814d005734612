"""A quiet side pane with the focused item's "why" and an example sentence (F1 or ? toggles it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from intakecompanion.guide import Item
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel


class WhyPane(QFrame):
    """Follows the focus in the checklist; never takes the focus itself."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.item: Item | None = None
        self.setObjectName("whyPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Why this item matters"))
        self.heading = self._label("why-heading")
        self.why = self._label("why-text")
        self.say_heading = self._label("why-heading")
        self.say_heading.setText(self.tr("You could say"))
        self.say = self._label("why-say")
        self.sources = self._label("why-sources")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        for label in (self.heading, self.why, self.say_heading, self.say, self.sources):
            layout.addWidget(label)
        layout.addStretch(1)
        self.show_item(None)

    def _label(self, role: str) -> PlainLabel:
        label = PlainLabel(parent=self)
        label.setWordWrap(True)
        label.setProperty("role", role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def show_item(self, item: Item | None) -> None:
        self.item = item
        if item is None:
            self.heading.setText(self.tr("Why"))
            self.why.setText(self.tr("Move to an item to read why it matters."))
            self.say_heading.hide()
            self.say.hide()
            self.sources.hide()
            return
        self.heading.setText(fill(self.tr("Why: %1"), item.text(self._lang)))
        self.why.setText(item.why(self._lang))
        say = item.say(self._lang)
        self.say.setText(fill(self.tr("\u201c%1\u201d"), say) if say else "")
        self.say_heading.setVisible(bool(say))
        self.say.setVisible(bool(say))
        self.sources.setText("; ".join(item.sources))
        self.sources.setVisible(bool(item.sources))
        self.setAccessibleDescription(item.why(self._lang))
