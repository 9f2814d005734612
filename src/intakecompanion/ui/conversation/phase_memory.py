"""Where the coach is in a conversation, kept in the vault as she moves, so the conversation
opens there again (a guide phase id, or the closing step)."""

from __future__ import annotations

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation
from intakecompanion.ui.shared.autosave import AutoSaver

FINISH_KEY = "finish"  # the closing step, stored as the last phase like a guide phase id


class PhaseMemory:
    """`keys` are the stepper's pages in order (phase ids, then FINISH_KEY)."""

    def __init__(self, saver: AutoSaver, conversation: Conversation, keys: list[str]) -> None:
        self._saver = saver
        self._conversation_id = conversation.id
        self._keys = keys
        last = conversation.last_phase
        self.start = keys.index(last) if last in keys else 0  # the first phase if unknown
        self._remembered = keys[self.start] if keys else None  # opening there writes nothing

    def remember(self, index: int) -> None:
        """The coach is at page `index` now: stored with the next save (typed-text pace)."""
        if not 0 <= index < len(self._keys) or self._keys[index] == self._remembered:
            return
        conversation_id, key = self._conversation_id, self._keys[index]
        self._remembered = key

        def replay(book: Casebook) -> None:
            book.set_last_phase(conversation_id, key)

        self._saver.change("last-phase", replay)
