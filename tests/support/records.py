"""Fictional records for the tests: a fixed moment, and a casebook with a few full intakes."""

from __future__ import annotations

from datetime import datetime

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConsentDecision, ConsentForm, ConversationKind, StepOwner

NOW = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday


def fill_casebook(book: Casebook, clients: int = 3, marker: str = "") -> None:
    """A few clients, each with an intake: notes, checklist, a step, a consent, an appointment."""
    for number in range(clients):
        client = book.add_client(f"Noor Vermeulen {number} {marker}".strip())
        conversation = book.start_conversation(
            client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
        )
        book.add_note(conversation.id, f"Gesprek {number}: wil werk zoeken {marker}", shared=True)
        book.add_note(conversation.id, f"Intern {number}: schulden {marker}")
        book.set_item_note(conversation.id, "welcome-invite", f"vertelt veel {marker}")
        book.add_step(conversation.id, f"CV maken {marker}", StepOwner.CLIENT)
        book.record_consent(
            conversation.id,
            recipient=f"Sam De Smet, schuldbemiddeling {marker}",
            information="inkomen",
            purpose="afbetalingsplan",
            decision=ConsentDecision.GIVEN,
            form=ConsentForm.ORAL,
        )
        book.add_appointment(client.id, NOW, f"OCMW-kantoor {marker}")
