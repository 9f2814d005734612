"""One free note, with a band that says plainly whether it goes on the client's sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intakecompanion.resources import resource_path
from intakecompanion.ui.conversation.fields import ConfirmButton, GrowingTextEdit
from intakecompanion.ui.conversation.note_preview import NotePreview
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property


@cache
def _icon(name: str) -> QIcon:
    """One icon per name for all cards: a QIcon keeps the pixmaps it rendered from its SVG,
    so a card after the first no longer reads and renders the file again."""
    return QIcon(str(resource_path("ui", "icons", "conversation", name + ".svg")))


class NoteCard(QFrame):
    """The band (colour + icon + words) and its switch sit above the text they are about.

    A stored note's text shows in a preview (note_preview.py) until the coach clicks, Tabs or
    jumps into it; `editor` is the text field, made in the preview's place when first asked
    for. With a screen reader running the field is made at once: it reads the note's text as
    a field's, where the preview would say only the field's name. So is a long note's.
    """

    LINES = (2, 10)  # the text field's least and most lines
    # A label lays out its whole text on every paint and measure (a field only what it
    # shows): a note of a megabyte took seconds to open and froze each repaint. A note longer
    # than the field's lines hold at a usual width is its field at once.
    PREVIEW_MOST = 1500  # characters

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
        editor_filter: QObject | None = None,
    ) -> None:
        """`editor_filter`: an event filter for the text field, whenever it is made."""
        super().__init__(parent)
        self.number = number
        self.shared = shared
        self.not_recorded = not_recorded
        self.read_only = False  # a finished conversation: its field is made read-only
        self._text = text  # as stored: the field takes it when it is made
        self._editor_filter = editor_filter
        self._editor: GrowingTextEdit | None = None
        self._placeholder = self.tr("Type the note here")
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

        # Made before the delete button: the order made is the order of Tab.
        self.preview: NotePreview | None = None
        if text and len(text) <= self.PREVIEW_MOST and not QAccessible.isActive():
            self.preview = NotePreview(text, self.LINES, self._edit_at, self)
        field = self.preview or self._make_editor()

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
        inner.addWidget(field)
        inner.addLayout(footer)
        layout.addLayout(inner)
        self._inner = inner
        self._show_shared()

    @property
    def editor(self) -> GrowingTextEdit:
        """The note's text field, made now in the preview's place if need be."""
        return self._editor or self._edit_at(None)

    def _make_editor(self) -> GrowingTextEdit:
        editor = GrowingTextEdit(*self.LINES, parent=self)
        editor.set_text_quietly(self._text)
        editor.setPlaceholderText(self._placeholder)
        editor.setReadOnly(self.read_only)
        editor.textChanged.connect(self._edited)
        if self._editor_filter is not None:
            editor.installEventFilter(self._editor_filter)
        self._editor = editor
        return editor

    def _edit_at(self, at: QPoint | None) -> GrowingTextEdit:
        """The text field in the preview's place, with the focus if the preview had it and
        the caret at `at` (a point in the preview) if given; nothing moves on screen."""
        if self._editor is not None:
            return self._editor
        preview = self.preview
        editor = self._make_editor()
        assert preview is not None
        self.preview = None
        self._show_shared()  # the field's name and hint
        editor.setGeometry(preview.geometry())
        self._inner.replaceWidget(preview, editor)
        QWidget.setTabOrder(preview, editor)  # the field takes the preview's place in Tab
        if not preview.isHidden():
            editor.show()
        if at is not None:
            editor.setTextCursor(editor.cursorForPosition(editor.viewport().mapFrom(editor, at)))
            editor.setFocus(Qt.FocusReason.MouseFocusReason)
        elif preview.hasFocus():
            editor.setFocus(Qt.FocusReason.TabFocusReason)
        preview.hide()
        preview.deleteLater()
        return editor

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
            self._placeholder = self.tr(
                "Nothing is written here. Typing makes this an internal note."
            )
            state = self.tr("not recorded, at the client's request")
        elif self.shared:
            self.band_label.setText(self.tr("SHARED: goes on the client's sheet"))
            self.switch.setText(self.tr("Make internal"))
            self.band_icon.setPixmap(_icon("shared").pixmap(20, 20))
            state = self.tr("shared with the client")
        else:
            self._placeholder = self.tr("Type the note here")
            self.band_label.setText(self.tr("INTERNAL: not on the sheet"))
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
        field = self._editor or self.preview
        assert field is not None
        field.setAccessibleName(fill(self.tr("Note %1, %2"), self.number, state))
        if self._editor is not None:
            self._editor.setPlaceholderText(self._placeholder)
