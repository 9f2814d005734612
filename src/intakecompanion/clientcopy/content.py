"""Everything the vault holds about one client, gathered for a copy (Qt-free).

Read in one transaction, so the copy is one consistent moment of the file. Shared notes are
copied as they are, a "not recorded at the client's request" marker as that sentence; internal
notes and checklist-point notes as the coach's review decided (`domain/reviews.py`), or all
unchanged for the archive (`complete`): a note left out is not read into the copy at all, only
its reason; a blacked-out part is replaced by a fixed marker before the text leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from intakecompanion.clientcopy.texts import text
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    Client,
    CoachProfile,
    Consent,
    ConsentRequest,
    Conversation,
    ConversationEvent,
    CopyChoice,
    Disclosure,
    HandedSheet,
    ReviewedText,
    Step,
    StepEvent,
)
from intakecompanion.guide.problems import GuideError
from intakecompanion.guide.snapshot import guide_from_snapshot
from intakecompanion.summary.handed import SheetUnreadable, summary_from_json


class NotReviewed(Exception):
    """Internal notes or item notes await the coach's review (`count` of them)."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


@dataclass(frozen=True)
class CopyNote:
    """A note as the copy shows it. `kind`: shared | internal | item. `text` is None when the
    note is left out (`reason` says why); `blacked_out` when parts were replaced."""

    kind: str
    text: str | None
    written_at: datetime | None = None
    item_id: str | None = None
    item_text: str = ""
    blacked_out: bool = False
    reason: str = ""
    reviewed: bool = True
    not_recorded: bool = False  # the marker "not recorded at the client's request"


@dataclass(frozen=True)
class CopyConversation:
    conversation: Conversation
    guide_title: str
    events: tuple[ConversationEvent, ...]
    notes: tuple[CopyNote, ...]


@dataclass(frozen=True)
class ClientFile:
    client: Client
    coach: CoachProfile
    made_at: datetime
    lang: str
    conversations: tuple[CopyConversation, ...]  # oldest first
    steps: tuple[tuple[Step, tuple[StepEvent, ...]], ...]
    consents: tuple[Consent, ...]
    requests: tuple[ConsentRequest, ...]  # consents not yet asked
    appointments: tuple[Appointment, ...]
    log: tuple[Disclosure, ...]
    # The kept sheets (HandedSheet.id) of a day whose appointment did not take place: titled
    # "Waar we nu staan", not "Ons gesprek", so the log does not call them "our conversation's".
    sheets_not_held: frozenset[int] = frozenset()


def gather_client_file(
    book: Casebook,
    client_id: int,
    lang: str,
    *,
    include_unreviewed: bool = False,
    complete: bool = False,
) -> ClientFile:
    """The client's whole file for a copy in `lang`. Raises `NotReviewed` while internal or
    item notes await review, unless `include_unreviewed` (then they are copied unchanged).
    `complete` (a copy for the archive): every note unchanged, whatever the review chose."""
    with book.vault.transaction():  # one consistent moment; nothing is written here
        return _gather(book, client_id, lang, include_unreviewed, complete)


def _gather(
    book: Casebook, client_id: int, lang: str, include_unreviewed: bool, complete: bool
) -> ClientFile:
    client = book.client(client_id)
    review = book.copy_review(client_id)
    if complete:
        review, include_unreviewed = [replace(r, choice=None) for r in review], True
    waiting = sum(1 for r in review if r.choice is None)
    if waiting and not include_unreviewed:
        raise NotReviewed(waiting)
    conversations = list(reversed(book.conversations(client_id)))
    marker = text(lang, "blacked_out")
    copied = []
    steps: list[tuple[Step, tuple[StepEvent, ...]]] = []
    for conversation in conversations:
        title, items = guide_texts(book, conversation.id, lang)
        notes = [
            CopyNote("shared", n.text, n.created_at)
            for n in book.notes(conversation.id)
            if n.shared and n.text.strip()
        ]
        internal = {r.note_id: r for r in review if r.note_id is not None}
        notes += [
            CopyNote("internal", None, n.created_at, not_recorded=True)
            if n.not_recorded
            else _reviewed_note("internal", internal[n.id], marker, n.created_at)
            for n in book.notes(conversation.id)
            if n.id in internal or n.not_recorded
        ]
        notes += [
            _reviewed_note("item", r, marker, None, items.get(r.item_id or "", r.item_id or ""))
            for r in review
            if r.item_id is not None and r.conversation_id == conversation.id
        ]
        copied.append(
            CopyConversation(
                conversation,
                title,
                tuple(book.conversation_events(conversation.id)),
                tuple(notes),
            )
        )
        steps += [(s, tuple(book.step_history(s.id))) for s in book.steps(conversation.id)]
    return ClientFile(
        client=client,
        coach=book.profile(),
        made_at=book._clock(),
        lang=lang,
        conversations=tuple(copied),
        steps=tuple(steps),
        consents=tuple(book.client_consents(client_id)),
        requests=tuple(book.consent_requests(client_id)),
        appointments=tuple(book.appointments(client_id)),
        log=tuple(book.disclosure_log(client_id)),
        sheets_not_held=frozenset(
            sheet.id
            for conversation in conversations
            for sheet in book.handed_sheets(conversation.id)
            if not _spoke_of_a_meeting(sheet)
        ),
    )


def _spoke_of_a_meeting(sheet: HandedSheet) -> bool:
    """Whether the kept sheet was about a conversation had ("Ons gesprek"), as it says itself;
    one this version cannot read is taken to be (the log's wording before)."""
    try:
        return summary_from_json(sheet.content).met
    except SheetUnreadable:
        return True


def _reviewed_note(
    kind: str,
    reviewed: ReviewedText,
    marker: str,
    written_at: datetime | None,
    item_text: str = "",
) -> CopyNote:
    if reviewed.choice is None:  # only with include_unreviewed
        return CopyNote(
            kind, reviewed.text, written_at, reviewed.item_id, item_text, reviewed=False
        )
    return CopyNote(
        kind,
        reviewed.shown_text(marker),
        written_at,
        reviewed.item_id,
        item_text,
        blacked_out=reviewed.choice is CopyChoice.BLACK_OUT,
        reason=reviewed.reason,
    )


def guide_texts(book: Casebook, conversation_id: int, lang: str) -> tuple[str, dict[str, str]]:
    """The guide's title and each checklist point's question, as the conversation asked them
    (nothing when its stored guide cannot be read: the copy then names the point's id)."""
    try:
        guide = guide_from_snapshot(book.guide_snapshot(conversation_id))
    except GuideError:
        return "", {}
    return guide.title(lang), {item.id: item.text(lang) for item in guide.items()}
