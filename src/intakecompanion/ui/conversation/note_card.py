"""One free note, with a band that says plainly whether it goes on the client's summary."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intakecompanion.resources import resource_path
from intakecompanion.ui.conversation.fields import ConfirmButton, GrowingTextEdit
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property


@cache
def _icon(name: str) -> QIcon:
    """One icon per name for all cards: a QIcon keeps the pixmaps it rendered from its SVG,
    so a card after the first no longer reads and renders the file again."""
    return QIcon(str(resource_path("ui", "icons", "conversation", name + ".svg")))


class NoteCard(QFrame):
    """The band (colour + icon + words) and its switch sit above the text they are about."""

    text_edited = Signal(str)
    shared_toggled = Signal(bool)
    delete_confirmed = Signal()

    def __init__(
        self,
        number: int,
        text: str,
        shared: bool,
        parent: QWidget | None = None,
        not_recorded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.shared = shared
        self.not_recorded = not_recorded
        self.setObjectName("noteCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.band = QFrame(self)
        self.band.setObjectName("noteBand")
        self.band_icon = PlainLabel(parent=self.band)
        self.band_icon.setFixedSize(QSize(20, 20))
        self.band_label = PlainLabel(parent=self.band)
        self.band_label.setObjectName("noteBandLabel")
        self.band_label.setWordWrap(True)
        self.switch = QPushButton(self.band)
        self.switch.setObjectName("noteSwitch")
        self.switch.clicked.connect(self._toggle)
        band_layout = QHBoxLayout(self.band)
        band_layout.setContentsMargins(8, 4, 4, 4)
        band_layout.addWidget(self.band_icon)
        band_layout.addWidget(self.band_label, 1)
        band_layout.addWidget(self.switch)

        self.editor = GrowingTextEdit(min_lines=2, max_lines=10, parent=self)
        self.editor.set_text_quietly(text)
        self.editor.setPlaceholderText(self.tr("Type the note here"))
        self.editor.textChanged.connect(self._edited)

        self.delete_button = ConfirmButton(
            self.tr("Delete note"), self.tr("Click again to delete"), self
        )
        self.delete_button.setObjectName("noteDelete")
        self.delete_button.setAccessibleName(fill(self.tr("Delete note %1"), number))
        self.delete_button.confirmed.connect(self.delete_confirmed)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.band)
        inner = QVBoxLayout()
        inner.setContentsMargins(6, 0, 6, 0)
        inner.addWidget(self.editor)
        inner.addLayout(footer)
        layout.addLayout(inner)
        self._show_shared()

    def _edited(self) -> None:
        text = self.editor.text()
        if self.not_recorded and text.strip():
            self.not_recorded = False  # typed text makes the marker an ordinary note
            self._show_shared()
        self.text_edited.emit(text)

    def _toggle(self) -> None:
        self.set_shared(not self.shared)
        self.shared_toggled.emit(self.shared)

    def set_shared(self, shared: bool) -> None:
        self.shared = shared
        self._show_shared()

    def _show_shared(self) -> None:
        self.switch.setVisible(not self.not_recorded)
        if self.not_recorded:
            self.band_label.setText(self.tr("NOT RECORDED: at the client's request"))
            self.band_icon.setPixmap(_icon("internal").pixmap(20, 20))
            self.editor.setPlaceholderText(
                self.tr("Nothing is written here. Typing makes this an internal note.")
            )
            state = self.tr("not recorded, at the client's request")
        elif self.shared:
            self.band_label.setText(self.tr("SHARED: goes on the client's summary"))
            self.switch.setText(self.tr("Make internal"))
            self.band_icon.setPixmap(_icon("shared").pixmap(20, 20))
            state = self.tr("shared with the client")
        else:
            self.editor.setPlaceholderText(self.tr("Type the note here"))
            self.band_label.setText(self.tr("INTERNAL: not on the summary"))
            self.switch.setText(self.tr("Share with client"))
            self.band_icon.setPixmap(_icon("internal").pixmap(20, 20))
            state = self.tr("internal")
        visibility = "shared" if self.shared else "internal"
        for widget in (self, self.band, self.band_label):
            set_style_property(widget, "visibility", visibility)
        self.band.setAccessibleName(self.band_label.text())
        self.band_label.setAccessibleName(self.band_label.text())
        self.switch.setAccessibleName(
            fill(self.tr("%1 (note %2 is now %3)"), self.switch.text(), self.number, state)
        )
        self.editor.setAccessibleName(fill(self.tr("Note %1, %2"), self.number, state))
