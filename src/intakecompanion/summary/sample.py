"""A typical, fictional intake written through the Casebook: for the self-check and screenshots.
In Dutch (a Flemish service) or in French (a Brussels one), as the coach would have typed it.

Five shared notes, three small steps, two consents (one given, one refused) and one next
appointment, plus the internal things that must never reach the client's sheet (an internal
note, checklist states, an item note), each carrying `INTERNAL_MARKER` so a check can look
for it in the printed text.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class SampleWords:
    """What the coach typed in the fictional intake, in one language."""

    profile: CoachProfile
    notes: tuple[str, ...]
    internal_note: str
    item_note: str
    steps: tuple[tuple[str, StepOwner, int | None], ...]
    given: tuple[str, str, str]  # recipient, information, purpose
    refused: tuple[str, str, str]
    place: str


SAMPLES: dict[str, SampleWords] = {
    "nl": SampleWords(
        profile=CoachProfile(
            name="Sam De Smet",
            organisation="OCMW Voorbeeldstad, dienst Activering",
            phone="09 123 45 67",
            email="sam.desmet@voorbeeldstad.example",
            reachable="maandag tot donderdag, van 9 tot 12 uur",
            boundaries="Ik lees geen berichten in het weekend.",
        ),
        notes=SHARED_NOTES,
        internal_note="eerste indruk: vermoeid, wantrouwig",
        item_note="item-notitie",
        steps=STEPS,
        given=(
            "Schuldbemiddeling OCMW Voorbeeldstad",
            "Je inkomsten en je schulden",
            "Een afbetalingsplan maken",
        ),
        refused=("VDAB", "Je gezondheid", "Werk zoeken"),
        place="OCMW Voorbeeldstad, Kerkstraat 12, lokaal 3",
    ),
    "fr": SampleWords(
        profile=CoachProfile(
            name="Sam Dubois",
            organisation="CPAS d'Exempleville, service Insertion",
            phone="02 123 45 67",
            email="sam.dubois@exempleville.example",
            reachable="du lundi au jeudi, de 9 à 12 heures",
            boundaries="Je ne lis pas les messages le week-end.",
        ),
        notes=(
            "Vous habitez depuis peu à Bruxelles, avec vos deux enfants.",
            "Vous voulez trouver du travail, de préférence dans les soins.",
            "Vous avez des dettes chez le fournisseur d'énergie. Cela vous stresse beaucoup.",
            "Vous n'avez pas encore de médecin à Bruxelles.",
            "Vous voulez commencer calmement : d'abord les lettres, puis le travail.",
        ),
        internal_note="première impression : fatiguée, méfiante",
        item_note="note sur le point",
        steps=(
            ("Apporter toutes les lettres du fournisseur d'énergie", StepOwner.CLIENT, 7),
            ("Appeler le service de médiation de dettes", StepOwner.COACH, 3),
            ("Chercher ensemble un médecin dans le quartier", StepOwner.TOGETHER, None),
        ),
        given=(
            "Médiation de dettes du CPAS d'Exempleville",
            "Vos revenus et vos dettes",
            "Faire un plan de paiement",
        ),
        refused=("Actiris", "Votre santé", "Chercher du travail"),
        place="CPAS d'Exempleville, rue de l'Église 12, bureau 3",
    ),
}


def write_sample_intake(
    casebook: Casebook,
    guide_id: str,
    guide_version: str,
    guide_snapshot: str,
    started_at: datetime,
    client_name: str = "Noor Vermeulen",
    lang: str = "nl",
) -> int:
    """Write the fictional intake, as typed in `lang` ("nl" or "fr"); returns its id."""
    words = SAMPLES[lang]
    casebook.save_profile(words.profile)
    client = casebook.add_client(client_name)
    conversation = casebook.start_conversation(
        client.id, ConversationKind.INTAKE, guide_id, guide_version, guide_snapshot
    )
    for text in words.notes:
        casebook.add_note(conversation.id, text, shared=True)
    casebook.add_note(conversation.id, f"{INTERNAL_MARKER} {words.internal_note}", shared=False)
    casebook.set_item_state(conversation.id, "secrecy", ItemState.DONE)
    casebook.set_item_note(conversation.id, "secrecy", f"{INTERNAL_MARKER} {words.item_note}")
    day = started_at.date()
    for what, who, days in words.steps:
        due = day + timedelta(days=days) if days is not None else None
        casebook.add_step(conversation.id, what, who, due)
    casebook.record_consent(
        conversation.id,
        recipient=words.given[0],
        information=words.given[1],
        purpose=words.given[2],
        decision=ConsentDecision.GIVEN,
        form=ConsentForm.ORAL,
        decided_on=day,
        valid_until=date(day.year, 12, 31),
    )
    casebook.record_consent(
        conversation.id,
        recipient=words.refused[0],
        information=words.refused[1],
        purpose=words.refused[2],
        decision=ConsentDecision.REFUSED,
        form=ConsentForm.ORAL,
        decided_on=day,
    )
    next_week = (started_at + timedelta(days=8)).replace(hour=14, minute=0, second=0)
    casebook.add_appointment(
        client.id,
        next_week,
        place=words.place,
        with_whom=words.profile.name,
        conversation_id=conversation.id,
    )
    return conversation.id
