"""What the vault should hold for a note or a step being typed, kept apart from its widgets.

The panels update a draft on every edit, and their writes read the draft, never a widget: so a
write that a lock interrupted can still run after the widgets are gone (see autosave.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import StepOwner, StepStatus


@dataclass
class RecordRef:
    """The id of a record that a write may still have to create (an appointment)."""

    id: int | None = None


@dataclass
class NoteDraft:
    conversation_id: int
    id: int | None = None
    text: str = ""
    shared: bool = False
    not_recorded: bool = False  # the marker "not recorded at the client's request"

    def ensure_stored(self, book: Casebook) -> bool:
        """Create the note on its first write (with all it holds now); True if it existed.
        A marker without text is stored as the marker; typed text makes it a note."""
        if self.id is not None:
            return True
        if self.not_recorded and not self.text:
            self.id = book.add_not_recorded(self.conversation_id).id
        else:
            self.id = book.add_note(self.conversation_id, self.text, self.shared).id
        return False


@dataclass
class StepDraft:
    conversation_id: int
    id: int | None = None
    what: str = ""
    who: StepOwner = StepOwner.CLIENT
    due: date | None = None
    status: StepStatus = StepStatus.OPEN

    def ensure_stored(self, book: Casebook) -> bool:
        """Create the step on its first write once it says what; True if it existed."""
        if self.id is not None:
            return True
        if not self.what.strip():
            return False  # nothing to keep yet: a step is stored once it says what
        self.id = book.add_step(self.conversation_id, self.what, self.who, self.due).id
        if self.status is not StepStatus.OPEN:
            book.update_step(self.id, status=self.status)
        return False
