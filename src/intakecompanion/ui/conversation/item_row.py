"""One checklist item: its line, done / not applicable in one key or click, and its own note."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intakecompanion.domain.model import ItemState
from intakecompanion.ui.conversation.fields import GrowingTextEdit, emphasize
from intakecompanion.ui.shared.fit import natural_width, reflow
from intakecompanion.ui.shared.texts import fill
from intakecompanion.ui.shared.widgets import PlainLabel, set_style_property


class ItemNoteEdit(GrowingTextEdit):
    """The note under an item; Escape goes back to the item line."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


# A plain n followed within this many seconds by a letter (or any other text but a space) on
# the same line was the start of a word, not the "not applicable" key.
TYPING_GAP = 1.0


class ItemRow(QFrame):
    """A focusable item line; keys: Space done, N not applicable, Backspace open, Enter note.

    Any other letter starts the item's note with it, so words typed on the line are not lost.
    A word that starts with n ("nog niet besproken") does too, and leaves the item's answer as
    it was: the n marks the item not applicable at once (the key the coaches praised, seen
    and heard at once), and when the next key follows within TYPING_GAP and is text, the coach
    was typing: the item takes back its answer from before the n and the note starts with "n".
    Before, that n silently changed the answer and its word lost its first letter.
    """

    state_chosen = Signal(str, str)  # item id, ItemState value
    note_edited = Signal(str, str)  # item id, text
    focused = Signal(str)  # item id
    help_requested = Signal(str)  # item id
    move_requested = Signal(int)  # -1 previous item, +1 next item
    link_requested = Signal()  # the item's link to the list it is about (steps, consents, ...)

    def __init__(
        self, item_id: str, text: str, link: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.item_text = text
        self._state = ItemState.OPEN
        self.read_only = False  # a finished conversation: shown, not changed
        self.clock: Callable[[], float] = time.monotonic  # for TYPING_GAP
        # After a plain n: when it was pressed and the answer before it.
        self._typed_n: tuple[float, ItemState] | None = None
        self.setObjectName("checklistItem")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.done_button = self._state_button(self.tr("Done"), ItemState.DONE)
        self.done_button.setToolTip(self.tr("Done (Space)"))
        self.not_applicable_button = self._state_button(self.tr("N/A"), ItemState.NOT_APPLICABLE)
        self.not_applicable_button.setToolTip(self.tr("Not applicable (N)"))
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_button.setToolTip(self.tr("Why, and an example sentence (F1)"))
        self.help_button.setAccessibleName(self.tr("Why this item matters"))
        self.help_button.setProperty("stays_enabled", True)
        self.help_button.clicked.connect(self._ask_help)
        # An item about the steps, consents or appointment leads to that list; the link names
        # its shortcut (Ctrl+3...), which works from the item line too.
        self.link_button: QToolButton | None = None
        if link:
            self.link_button = QToolButton(self)
            self._link = link
            self.link_button.setText(link)
            self.link_button.setObjectName("itemLink")
            self.link_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.link_button.setAccessibleName(link)
            self.link_button.setProperty("stays_enabled", True)
            self.link_button.clicked.connect(self.link_requested)

        self.label = PlainLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setObjectName("itemText")
        emphasize(self.label, 1.05, bold=False)

        self.note = ItemNoteEdit(parent=self)
        # Item notes never reach the client's sheet: say so where they are typed.
        self.note.setPlaceholderText(
            self.tr("Internal note on this item, not on the sheet (Enter)")
        )
        self.note.setAccessibleName(fill(self.tr("Internal note on: %1"), text))
        self.note.textChanged.connect(lambda: self.note_edited.emit(self.item_id, self.note.text()))
        self.note.escaped.connect(self.setFocus)

        self._states = QHBoxLayout()
        self._states.setContentsMargins(0, 0, 0, 0)
        self._states.addWidget(self.done_button)
        self._states.addWidget(self.not_applicable_button)
        self._states.addWidget(self.help_button)
        self._states.addStretch(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)
        top.addLayout(self._states)
        # The buttons go under the line when it would leave the text too little room (a
        # large zoom): the item is then never cut off nor scrolled sideways.
        reflow(top, self, lambda: self._text_room() + natural_width(self._states))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        # The link on a line of its own, not beside Done: on a narrow centre (1366x768 at
        # 125 %) the item's buttons and a link such as "-> Consents (Ctrl+4)" did not fit.
        if self.link_button is not None:
            layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        if self.link_button is not None:
            # Under the note, not beside the line: there it squeezed the item's text into a
            # narrow column of five lines (1280x720, larger text); beside the note, it cut
            # the note's hint.
            layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignRight)
        self._show_state()

    def _two_line_link(self) -> str:
        """The link with its keys on a line of their own, for a narrow row."""
        return self._link.replace(" (", "\n(", 1)

    def _link_width(self, text: str) -> int:
        """The link button's width showing text (its padding measured on what it shows)."""
        assert self.link_button is not None
        metrics = self.link_button.fontMetrics()
        shown = max(metrics.horizontalAdvance(line) for line in self.link_button.text().split("\n"))
        padding = self.link_button.sizeHint().width() - shown
        return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + padding

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.link_button is not None:
            room = self.contentsRect().width() - 16  # the row's own margins
            one_line = self._link_width(self._link) <= room
            text = self._link if one_line else self._two_line_link()
            if self.link_button.text() != text:
                self.link_button.setText(text)

    def _text_room(self) -> int:
        """The least room the item's text keeps beside its buttons (about 16 characters)."""
        return 16 * self.label.fontMetrics().averageCharWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As narrow as the text's longest word or the buttons, whichever is wider (they go
        under the text when the row is narrow, the link on a line of its own)."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        link = self._link_width(self._two_line_link()) if self.link_button is not None else 0
        narrow = max(self.label.minimumSizeHint().width(), link, natural_width(self._states))
        width = narrow + margins.left() + margins.right() + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())

    def _state_button(self, text: str, state: ItemState) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        # Clicking must not pull the focus out of the note the coach is typing in.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(text)
        button.setObjectName("stateButton")
        button.clicked.connect(lambda _checked=False, s=state: self.toggle(s))
        return button

    @property
    def state(self) -> ItemState:
        return self._state

    def set_state_quietly(self, state: ItemState) -> None:
        """Show a stored state without it counting as a choice."""
        self._state = state
        self._show_state()

    def toggle(self, state: ItemState) -> None:
        """Choose `state`; choosing the current state again re-opens the item."""
        if self.read_only:
            return
        self._state = ItemState.OPEN if self._state is state else state
        self._show_state()
        self.state_chosen.emit(self.item_id, str(self._state))

    def choose(self, state: ItemState) -> None:
        if self._state is not state:
            self.toggle(state)

    def _show_state(self) -> None:
        self.done_button.setChecked(self._state is ItemState.DONE)
        self.not_applicable_button.setChecked(self._state is ItemState.NOT_APPLICABLE)
        set_style_property(self, "itemState", str(self._state))
        spoken = {
            ItemState.OPEN: self.tr("open"),
            ItemState.DONE: self.tr("done"),
            ItemState.NOT_APPLICABLE: self.tr("not applicable"),
        }[self._state]
        # The state in the name too: a screen reader says a changed name of the focused item.
        self.setAccessibleName(fill(self.tr("Item: %1, %2"), self.item_text, spoken))
        description = fill(self.tr("%1. Space: done, N: not applicable, Enter: note."), spoken)
        if self.link_button is not None:
            description += " " + self.link_button.text()
        self.setAccessibleDescription(description)

    def _focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.moveCursor(QTextCursor.MoveOperation.End)

    def _ask_help(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.help_requested.emit(self.item_id)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.focused.emit(self.item_id)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._typed_n = None
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        typed_n, self._typed_n = self._typed_n, None  # only the very next key can take it back
        plain = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if event.modifiers() & ~plain:
            super().keyPressEvent(event)  # Ctrl/Alt combinations belong to the shortcuts
            return
        if key == Qt.Key.Key_Space:
            # Done, never open again: a Space meant to tick reopened a done item unseen
            # (tour9). Opening takes Backspace, as by mouse a click on the ticked Done itself.
            self.choose(ItemState.DONE)
        elif key == Qt.Key.Key_N and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Only a plain n: a capital N starts a sentence ("Nog niet ...") in the note.
            before = self._state
            self.toggle(ItemState.NOT_APPLICABLE)
            if not self.read_only:
                self._typed_n = (self.clock(), before)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.choose(ItemState.OPEN)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._focus_note()  # read-only too when finished: it can still be read
        elif key == Qt.Key.Key_Question or event.text() == "?":
            self.help_requested.emit(self.item_id)
        elif key == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
        elif key == Qt.Key.Key_Down:
            self.move_requested.emit(1)
        elif event.text().isprintable() and event.text().strip() and not self.read_only:
            # The coach started typing on the line: the words belong in the item's note.
            self._focus_note()
            if typed_n is not None and self.clock() - typed_n[0] <= TYPING_GAP:
                self._take_back(typed_n[1])
            QApplication.sendEvent(self.note, event)
        else:
            super().keyPressEvent(event)

    def _take_back(self, state: ItemState) -> None:
        """The n just pressed began a word: the answer it changed is put back (and saved) and
        the note gets its letter."""
        self._state = state
        self._show_state()
        self.state_chosen.emit(self.item_id, str(state))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                self.note, QKeyEvent(kind, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
            )
