"""The conversation's free notes: internal by default, shared with the client only by choice."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Note
from intakecompanion.ui.conversation.drafts import NoteDraft
from intakecompanion.ui.conversation.focus_spot import LOST, Place, ancestor, part_name
from intakecompanion.ui.conversation.growing_list import GrowingList
from intakecompanion.ui.conversation.later import Later
from intakecompanion.ui.conversation.note_card import NoteCard
from intakecompanion.ui.conversation.read_only import make_read_only
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut


class NotesPanel(GrowingList):
    """A list of note cards; a new note reaches the vault with its first word or switch.

    The first `FIRST_CARDS` notes are made at once, the others when first needed
    (later.py); all at once with a screen reader running, which reads the whole list.
    """

    FIRST_CARDS = 5

    def __init__(
        self,
        casebook: Casebook,
        saver: AutoSaver,
        conversation_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(10, parent)
        self._casebook = casebook
        self._saver = saver
        self._conversation_id = conversation_id
        self._tokens = itertools.count(1)  # keys the saver by card, also before it has an id
        self._flush_on_focus_out = FlushOnFocusOut(saver, self)
        self.cards: list[NoteCard] = []
        self._drafts: dict[NoteCard, NoteDraft] = {}
        self.setAccessibleName(self.tr("Notes"))
        self.add_button.setText(self.tr("New note (Ctrl+Shift+N)"))
        self.add_button.setAccessibleName(self.tr("New note"))
        self.add_button.clicked.connect(self.add_note)
        # In a note's stead, when the client asks that nothing be written down.
        self.marker_button = QPushButton(self.tr("Not recorded, at the client's request"), self)
        self.marker_button.setAccessibleName(
            self.tr("Place the marker: not recorded, at the client's request")
        )
        self.marker_button.clicked.connect(self.add_marker)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.marker_button)
        notes = casebook.notes(conversation_id)
        first = notes if QAccessible.isActive() else notes[: self.FIRST_CARDS]
        for note in first:
            self._add_card(note.id, note.text, note.shared, note.not_recorded)
        self._later: list[Note] = notes[len(first) :]
        self._later_stand_in: Later | None = None
        if self._later:
            self._later_stand_in = Later(
                len(self._later), self._card_height, self.make_all, self.entry_parent
            )
            self.append(self._later_stand_in)
            # Shift+Tab from after the notes comes to the last card made: it goes on to the
            # last note instead.
            self.cards[-1].delete_button.installEventFilter(self)
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.focusChanged.connect(self._focus_moved)

    def _card_height(self) -> int:
        return max(card.sizeHint().height() for card in self.cards)

    def make_all(self) -> None:
        """Make the notes not made yet, in order after the others, in Tab order too."""
        later, self._later = self._later, []
        stand_in, self._later_stand_in = self._later_stand_in, None
        if stand_in is None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.disconnect(self._focus_moved)
        self.cards[-1].delete_button.removeEventFilter(self)
        read_only = self.cards[0].read_only  # a finished conversation's (make_read_only)
        previous: QWidget = self.cards[-1].delete_button
        stand_in.hide()
        for note in later:
            card = self._add_card(note.id, note.text, note.shared, note.not_recorded)
            if self.entry_parent.isVisible():
                card.show()  # now, not when the layout gets to it: Tab may come next
            if read_only:
                make_read_only(card)
                card.read_only = True
            # Made after the rest of the view, they would come last in Qt's focus chain.
            for widget in (card.switch, card.preview or card.editor, card.delete_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        stand_in.deleteLater()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self.make_all()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        backwards = Qt.FocusReason.BacktabFocusReason
        if isinstance(event, QFocusEvent) and event.reason() == backwards and self._later:
            self.make_all()
            self.cards[-1].delete_button.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False

    def _add_card(
        self, note_id: int | None, text: str, shared: bool, not_recorded: bool = False
    ) -> NoteCard:
        card = NoteCard(
            len(self.cards) + 1,
            text,
            shared,
            self.entry_parent,
            not_recorded=not_recorded,
            editor_filter=self._flush_on_focus_out,
        )
        draft = NoteDraft(self._conversation_id, note_id, text, shared, not_recorded)
        self._drafts[card] = draft
        token = next(self._tokens)
        card.text_edited.connect(lambda value, d=draft, t=token: self._text_edited(d, t, value))
        card.shared_toggled.connect(lambda value, d=draft, t=token: self._shared_set(d, t, value))
        card.delete_confirmed.connect(lambda c=card, t=token: self._delete(c, t))
        self.append(card)
        self.cards.append(card)
        return card

    def add_note(self) -> NoteCard:
        """A new, internal note with the cursor in it."""
        self.make_all()
        card = self._add_card(None, "", False)
        card.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reveal_soon(card)
        return card

    def add_marker(self) -> NoteCard:
        """The marker "not recorded at the client's request", stored at once (it has no text
        whose typing would store it)."""
        self.make_all()
        card = self._add_card(None, "", False, not_recorded=True)
        draft, token = self._drafts[card], next(self._tokens)

        def replay(book: Casebook) -> None:
            draft.ensure_stored(book)

        self._saver.save_now(("note-marker", token), replay)
        card.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reveal_soon(card)
        return card

    def note_id(self, card: NoteCard) -> int | None:
        """The card's note in the vault (None until its first write)."""
        return self._drafts[card].id

    # -- saving ------------------------------------------------------------------------------

    # The changes read the card's draft, never the card: each is a replay (no widget in it),
    # so a lock can hand it over (autosave.py).

    def _text_edited(self, draft: NoteDraft, token: int, text: str) -> None:
        draft.text = text
        if text.strip():
            draft.not_recorded = False  # as the vault does: typed text makes it a note

        def replay(book: Casebook) -> None:
            if draft.ensure_stored(book):
                assert draft.id is not None
                book.update_note_text(draft.id, text)

        self._saver.change(("note-text", token), replay)

    def _shared_set(self, draft: NoteDraft, token: int, shared: bool) -> None:
        draft.shared = shared

        def replay(book: Casebook) -> None:
            if draft.ensure_stored(book):
                assert draft.id is not None
                book.set_note_shared(draft.id, shared)

        self._saver.save_now(("note-shared", token), replay)

    def _delete(self, card: NoteCard, token: int) -> None:
        self._saver.discard(("note-text", token))
        self._saver.discard(("note-shared", token))
        note_id = self._drafts.pop(card).id
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if note_id is not None:

            def replay(book: Casebook) -> None:
                book.delete_note(note_id)

            self._saver.save_now(("note-delete", token), replay)
        if self.cards:
            self.cards[-1].editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_place(self, widget: QWidget) -> Place | None:
        """The note (by its id) whose text, switch or delete button `widget` is; a new note
        with nothing in it yet is ("note", None, "text"): a new note again (FocusSpot)."""
        card = ancestor(widget, NoteCard, self)
        if card is None:
            return None
        part = part_name(card, widget, ("switch", "delete_button")) or "text"
        note_id = self.note_id(card)
        if note_id is None and (part != "text" or card.not_recorded or card.editor.text()):
            return LOST
        return ("note", note_id, part)

    def field_at(self, place: Place) -> QWidget | None:
        if place[:1] != ("note",):
            return None
        if place[1] is None:
            return self.add_note().editor
        self.make_all()
        card = next((c for c in self.cards if self.note_id(c) == place[1]), None)
        if card is None:
            return None
        return getattr(card, str(place[2])) if place[2] != "text" else card.editor

    def focus_first(self) -> None:
        """The latest note, or the button for a new one."""
        self.make_all()
        target = self.cards[-1].editor if self.cards else self.add_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
