"""A fictional client's whole trajectory, every text field holding a marker string.

`MARK` + a field name is in each text the coach or client could have typed (name, contact,
notes, checklist notes, steps, consents and withdrawals, appointments, the handed sheet, the
guide snapshot, the coach profile), so a byte scan for `MARK` proves none of it got out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    CoachProfile,
    ConsentDecision,
    ConsentForm,
    ConversationKind,
    ItemState,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)

MARK = "QZXMARK"
START = datetime(2026, 3, 2, 10, 0).astimezone()


class Clock:
    """A clock the test moves on by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, moment: datetime) -> datetime:
        self.now = moment
        return moment


def marked(field: str, n: int = 0) -> str:
    return f"{MARK}-{field}-{n} één"


@dataclass(frozen=True)
class Built:
    client_id: int
    conversation_ids: list[int]


def fill_profile(book: Casebook) -> None:
    book.save_profile(
        CoachProfile(
            name=marked("coach"),
            organisation=marked("org"),
            phone=marked("phone"),
            email=marked("email"),
            reachable=marked("reachable"),
            boundaries=marked("boundaries"),
        )
    )


def build_trajectory(
    book: Casebook, clock: Clock, n: int = 0, conversations: int = 3, start: datetime = START
) -> Built:
    """Client `n`: an intake and `conversations - 1` follow-ups a week apart, each with notes,
    checklist notes, a step (earlier ones done, dropped or left open), a consent (given or
    refused; one withdrawn), and an appointment for the next one (kept, moved, missed)."""
    clock.at(start)
    client = book.add_client(marked("name", n), marked("contact", n))
    ids: list[int] = []
    previous_appointment = None
    previous_steps: list[int] = []
    for index in range(conversations):
        clock.at(start + timedelta(days=7 * index))
        kind = ConversationKind.INTAKE if index == 0 else ConversationKind.FOLLOW_UP
        snapshot = f'{{"id": "{kind}", "title": "{marked("guide", index)}"}}'
        conversation = book.start_conversation(client.id, kind, str(kind), "1.0", snapshot)
        cid = conversation.id
        ids.append(cid)
        if previous_appointment is not None:
            book.mark_kept(previous_appointment, cid)
        book.set_item_note(cid, "item-a", marked("answer", index))
        book.set_item_state(cid, "item-a", ItemState.DONE)
        book.add_note(cid, marked("note", index))
        book.add_note(cid, marked("shared", index), shared=True)
        for k, step_id in enumerate(previous_steps):
            if k % 3 == 0:
                book.set_step_status(step_id, StepStatus.DONE, cid)
            elif k % 3 == 1:
                book.set_step_status(step_id, StepStatus.DROPPED, cid)
        owner = (StepOwner.COACH, StepOwner.CLIENT, StepOwner.TOGETHER)[index % 3]
        due = clock.now.date() + timedelta(days=5)
        previous_steps = [book.add_step(cid, marked("step", index), owner, due).id]
        consent = book.record_consent(
            cid,
            recipient=marked("recipient", index),
            information=marked("information", index),
            purpose=marked("purpose", index),
            decision=ConsentDecision.GIVEN if index % 2 == 0 else ConsentDecision.REFUSED,
            form=ConsentForm.WRITTEN,
            valid_until=clock.now.date() + timedelta(days=365),
            recorded_by=marked("recorded_by", index),
        )
        if index == 2:
            book.withdraw_consent(consent.id, marked("withdrawn_by", index), cid)
        next_at = clock.now + timedelta(days=7)
        appointment = book.add_appointment(
            client.id, next_at, marked("place", index), marked("with", index), cid
        )
        previous_appointment = appointment.id
        if index == 1:
            moved = book.move_appointment(appointment.id, next_at, Party.CLIENT, cid)
            previous_appointment = moved.id
        book.record_handed_sheet(cid, "nl", SheetMedium.PRINT, f'{{"x": "{marked("sheet")}"}}')
        book.finish_conversation(cid)
    if previous_appointment is not None:
        clock.at(book.appointment(previous_appointment).starts_at)  # missed once its time came
        book.mark_missed(previous_appointment, Party.CLIENT)
    return Built(client.id, ids)
