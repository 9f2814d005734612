"""What the checklist shows, read from the vault: the conversation's own guide and carry-over.

Qt-free: the guide comes from the snapshot stored with the conversation (so an old conversation
shows its items as they were asked), and a follow-up starts with what the intake left open.
"""

from __future__ import annotations

from dataclasses import dataclass

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.guide import Guide, Item, guide_from_snapshot

CARRIED_OVER = "carried-over"  # the key of the page that lists what the intake left open


@dataclass(frozen=True)
class ChecklistPage:
    """One step of the stepper: a guide phase, or the items carried over from the intake."""

    key: str
    items: tuple[Item, ...]
    title: str = ""  # empty for the carried-over page: the view names it in the UI language
    purpose: str = ""

    @property
    def is_carried_over(self) -> bool:
        return self.key == CARRIED_OVER


def conversation_guide(casebook: Casebook, conversation_id: int) -> Guide:
    """The guide exactly as this conversation used it."""
    return guide_from_snapshot(casebook.guide_snapshot(conversation_id))


def carried_over(casebook: Casebook, conversation_id: int, guide: Guide) -> tuple[Item, ...]:
    """Intake items still open for this follow-up, plus those already settled in it.

    Items answered in this follow-up stay on the list (ticked), so reopening the conversation
    later shows what was picked up in it. Texts come from the intake's own guide snapshot.
    """
    current = casebook.conversation(conversation_id)
    if current.kind is not ConversationKind.FOLLOW_UP:
        return ()
    intakes = [
        c
        for c in casebook.conversations(current.client_id)
        if c.kind is ConversationKind.INTAKE and c.id < current.id
    ]
    if not intakes:
        return ()
    intake = max(intakes, key=lambda c: c.id)
    intake_guide = guide_from_snapshot(casebook.guide_snapshot(intake.id))
    own_ids = {item.id for item in guide.items()}
    wanted = set(casebook.carried_over_items(conversation_id))
    wanted |= set(casebook.answers(conversation_id))
    return tuple(
        item for item in intake_guide.items() if item.id in wanted and item.id not in own_ids
    )


def checklist_pages(guide: Guide, lang: str, carried: tuple[Item, ...]) -> list[ChecklistPage]:
    pages = [ChecklistPage(CARRIED_OVER, carried)] if carried else []
    pages.extend(
        ChecklistPage(phase.id, phase.items, phase.title(lang), phase.purpose(lang))
        for phase in guide.phases
    )
    return pages
