"""The conversation's free notes: internal by default, shared with the client only by choice."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.conversation.drafts import NoteDraft
from intakecompanion.ui.conversation.growing_list import GrowingList
from intakecompanion.ui.conversation.note_card import NoteCard
from intakecompanion.ui.shared.autosave import AutoSaver, FlushOnFocusOut


class NotesPanel(GrowingList):
    """A list of note cards; a new note reaches the vault with its first word or switch."""

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
        for note in casebook.notes(conversation_id):
            self._add_card(note.id, note.text, note.shared, note.not_recorded)

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
        card = self._add_card(None, "", False)
        card.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reveal_soon(card)
        return card

    def add_marker(self) -> NoteCard:
        """The marker "not recorded at the client's request", stored at once (it has no text
        whose typing would store it)."""
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

    def focus_first(self) -> None:
        """The latest note, or the button for a new one."""
        target = self.cards[-1].editor if self.cards else self.add_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
