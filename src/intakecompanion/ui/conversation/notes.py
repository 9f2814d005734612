"""The conversation's free notes: internal by default, shared with the client only by choice."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

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
        for note in casebook.notes(conversation_id):
            self._add_card(note.id, note.text, note.shared)

    def _add_card(self, note_id: int | None, text: str, shared: bool) -> NoteCard:
        card = NoteCard(len(self.cards) + 1, text, shared)
        draft = NoteDraft(self._conversation_id, note_id, text, shared)
        self._drafts[card] = draft
        token = next(self._tokens)
        card.text_edited.connect(lambda value, d=draft, t=token: self._text_edited(d, t, value))
        card.shared_toggled.connect(lambda value, d=draft, t=token: self._shared_set(d, t, value))
        card.delete_confirmed.connect(lambda c=card, t=token: self._delete(c, t))
        card.editor.installEventFilter(self._flush_on_focus_out)
        self.append(card)
        self.cards.append(card)
        return card

    def add_note(self) -> NoteCard:
        """A new, internal note with the cursor in it."""
        card = self._add_card(None, "", False)
        card.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reveal_soon(card)
        return card

    def note_id(self, card: NoteCard) -> int | None:
        """The card's note in the vault (None until its first write)."""
        return self._drafts[card].id

    # -- saving ------------------------------------------------------------------------------

    # The writes read the card's draft, never the card: each is a replay (no widget in it)
    # bound to this casebook, so a lock can hand it over (autosave.py).

    def _text_edited(self, draft: NoteDraft, token: int, text: str) -> None:
        draft.text = text

        def replay(book: Casebook) -> None:
            if draft.ensure_stored(book):
                assert draft.id is not None
                book.update_note_text(draft.id, text)

        casebook = self._casebook
        self._saver.change(("note-text", token), lambda: replay(casebook), replay)

    def _shared_set(self, draft: NoteDraft, token: int, shared: bool) -> None:
        draft.shared = shared

        def replay(book: Casebook) -> None:
            if draft.ensure_stored(book):
                assert draft.id is not None
                book.set_note_shared(draft.id, shared)

        casebook = self._casebook
        self._saver.save_now(("note-shared", token), lambda: replay(casebook), replay)

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

            casebook = self._casebook
            self._saver.save_now(("note-delete", token), lambda: replay(casebook), replay)
        if self.cards:
            self.cards[-1].editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        """The latest note, or the button for a new one."""
        target = self.cards[-1].editor if self.cards else self.add_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
