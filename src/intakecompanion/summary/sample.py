"""A typical, fictional intake written through the Casebook: for the self-check and screenshots.

Five shared notes, three small steps, two consents (one given, one refused) and one next
appointment, plus the internal things that must never reach the client's sheet (an internal
note, checklist states, an item note), each carrying `INTERNAL_MARKER` so a check can look
for it in the printed text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    ItemState,
    StepOwner,
)

INTERNAL_MARKER = "INTERN-7Q"

SHARED_NOTES: tuple[str, ...] = (
    "Je woont sinds kort in Gent, met je twee kinderen.",
    "Je wilt graag werk vinden, het liefst in de zorg.",
    "Er zijn schulden bij de energieleverancier. Dat geeft je veel stress.",
    "Je hebt nog geen huisarts in Gent.",
    "Je wilt dat we rustig starten: eerst de brieven, dan het werk.",
)
STEPS: tuple[tuple[str, StepOwner, int | None], ...] = (
    ("Alle brieven van de energieleverancier meebrengen", StepOwner.CLIENT, 7),
    ("De schuldbemiddelaar bellen voor een eerste afspraak", StepOwner.COACH, 3),
    ("Samen een huisarts in de buurt zoeken", StepOwner.TOGETHER, None),
)


def write_sample_intake(
    casebook: Casebook,
    guide_id: str,
    guide_version: str,
    guide_snapshot: str,
    started_at: datetime,
    client_name: str = "Noor Vermeulen",
) -> int:
    """Write the fictional intake; returns the conversation id."""
    casebook.save_profile(
        CoachProfile(
            name="Sam De Smet",
            organisation="OCMW Voorbeeldstad, dienst Activering",
            phone="09 123 45 67",
            email="sam.desmet@voorbeeldstad.example",
            reachable="maandag tot donderdag, van 9 tot 12 uur",
            boundaries="Ik lees geen berichten in het weekend.",
        )
    )
    client = casebook.add_client(client_name)
    conversation = casebook.start_conversation(
        client.id, ConversationKind.INTAKE, guide_id, guide_version, guide_snapshot
    )
    for text in SHARED_NOTES:
        casebook.add_note(conversation.id, text, shared=True)
    casebook.add_note(
        conversation.id, f"{INTERNAL_MARKER} eerste indruk: vermoeid, wantrouwig", shared=False
    )
    casebook.set_item_state(conversation.id, "secrecy", ItemState.DONE)
    casebook.set_item_note(conversation.id, "secrecy", f"{INTERNAL_MARKER} item-notitie")
    day = started_at.date()
    for what, who, days in STEPS:
        due = day + timedelta(days=days) if days is not None else None
        casebook.add_step(conversation.id, what, who, due)
    casebook.record_consent(
        conversation.id,
        recipient="Schuldbemiddeling OCMW Voorbeeldstad",
        information="Je inkomsten en je schulden",
        purpose="Een afbetalingsplan maken",
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        decided_on=day,
        valid_until=date(day.year, 12, 31),
    )
    casebook.record_consent(
        conversation.id,
        recipient="VDAB",
        information="Je gezondheid",
        purpose="Werk zoeken",
        decision=ConsentDecision.REFUSED,
        form=ConsentForm.ORAL,
        decided_on=day,
    )
    next_week = (started_at + timedelta(days=8)).replace(hour=14, minute=0, second=0)
    casebook.add_appointment(
        client.id,
        next_week,
        place="OCMW Voorbeeldstad, Kerkstraat 12, lokaal 3",
        with_whom="Sam De Smet",
        conversation_id=conversation.id,
    )
    return conversation.id
