"""What the checklist shows, read from the vault: the conversation's own guide and carry-over.

Qt-free: the guide comes from the snapshot stored with the conversation (so an old conversation
shows its items as they were asked), and a follow-up starts with what the intake left open.
The intake's items never ticked nor noted there come back too, on a page of their own after
the follow-up's phases: a follow-up opens on its own matters, not on a list of the intake's
every item the coach did not tick (issue 18, goal 10).
"""

from __future__ import annotations

from dataclasses import dataclass

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.guide import Guide, Item, guide_from_snapshot

CARRIED_OVER = "carried-over"  # the key of the page that lists what the intake left open
UNTOUCHED = "intake-untouched"  # the key of the page of the intake's items it never answered


@dataclass(frozen=True)
class ChecklistPage:
    """One step of the stepper: a guide phase, or the items carried over from the intake."""

    key: str
    items: tuple[Item, ...]
    title: str = ""  # empty for the carried-over pages: the view names them in the UI language
    purpose: str = ""

    @property
    def is_carried_over(self) -> bool:
        """A page of the intake's items (left open there, or never answered there)."""
        return self.key in (CARRIED_OVER, UNTOUCHED)


def conversation_guide(casebook: Casebook, conversation_id: int) -> Guide:
    """The guide exactly as this conversation used it."""
    return guide_from_snapshot(casebook.guide_snapshot(conversation_id))


@dataclass(frozen=True)
class CarriedOver:
    """The intake's items a follow-up picks up, in the intake's order."""

    left_open: tuple[Item, ...] = ()  # answered in the intake (ticked and opened again, a note)
    untouched: tuple[Item, ...] = ()  # never answered in the intake


def carried_over(casebook: Casebook, conversation_id: int, guide: Guide) -> CarriedOver:
    """Intake items still open for this follow-up, plus those already settled in it.

    Items answered in this follow-up stay on the list (ticked), so reopening the conversation
    later shows what was picked up in it. Texts come from the intake's own guide snapshot.
    """
    current = casebook.conversation(conversation_id)
    if current.kind is not ConversationKind.FOLLOW_UP:
        return CarriedOver()
    intakes = [
        c
        for c in casebook.conversations(current.client_id)
        if c.kind is ConversationKind.INTAKE and c.id < current.id
    ]
    if not intakes:
        return CarriedOver()
    intake = max(intakes, key=lambda c: c.id)
    intake_guide = guide_from_snapshot(casebook.guide_snapshot(intake.id))
    own_ids = {item.id for item in guide.items()}
    wanted = set(casebook.carried_over_items(conversation_id))
    wanted |= set(casebook.answers(conversation_id))
    items = [item for item in intake_guide.items() if item.id in wanted and item.id not in own_ids]
    answered = casebook.answers(intake.id)
    return CarriedOver(
        tuple(item for item in items if item.id in answered),
        tuple(item for item in items if item.id not in answered),
    )


def checklist_pages(guide: Guide, lang: str, carried: CarriedOver) -> list[ChecklistPage]:
    pages = [ChecklistPage(CARRIED_OVER, carried.left_open)] if carried.left_open else []
    pages.extend(
        ChecklistPage(phase.id, phase.items, phase.title(lang), phase.purpose(lang))
        for phase in guide.phases
    )
    if carried.untouched:
        pages.append(ChecklistPage(UNTOUCHED, carried.untouched))
    return pages
