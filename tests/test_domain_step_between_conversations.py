"""A step ticked off between conversations (tour9 #4): the client calls on Tuesday to say the
step is done, and the coach records it from the client page without a conversation. A wrong
click is taken back (the step stands as before, its history without it) until a conversation
begins; the next conversation lists it as settled since the previous one, and its sheet says
so; a sheet handed over that says it is still to do is out of date."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind, SheetMedium, StepOwner, StepStatus
from intakecompanion.domain.rows import UnknownRecord
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import Outdated, outdated, record_handed_sheet
from intakecompanion.vault.store import Vault

START = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(raw_key_vault: Vault, clock: Clock) -> Casebook:
    return Casebook(raw_key_vault, clock=clock)


def start(book: Casebook, client_id: int, kind: ConversationKind) -> int:
    return book.start_conversation(client_id, kind, str(kind), "1.0", '{"id": "g"}').id


def intake_with_steps(book: Casebook) -> tuple[int, int, int, int]:
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    ask = book.add_step(intake, "Huurpremie vragen aan het OCMW", StepOwner.CLIENT)
    call = book.add_step(intake, "De huisbaas bellen", StepOwner.COACH)
    return client.id, intake, ask.id, call.id


def test_a_step_done_between_conversations_is_done_and_can_be_taken_back(
    book: Casebook, clock: Clock
) -> None:
    client_id, _intake, ask, call = intake_with_steps(book)
    clock.now = START + timedelta(days=1)  # Tuesday, by phone
    book.set_step_status(ask, StepStatus.DONE, None)
    standing = book.client_standing(client_id)
    assert [s.id for s in standing.open_steps] == [call]
    assert standing.step_noted is not None and standing.step_noted.id == ask
    clock.now += timedelta(minutes=1)
    book.undo_step_status(ask)  # a wrong click
    step = book.step(ask)
    assert step.status is StepStatus.OPEN and step.status_changed_at is None
    assert [e.status for e in book.step_history(ask)] == [StepStatus.OPEN]
    standing = book.client_standing(client_id)
    assert [s.id for s in standing.open_steps] == [ask, call] and standing.step_noted is None
    with pytest.raises(UnknownRecord):  # nothing left to take back
        book.undo_step_status(ask)


def test_taking_back_restores_what_a_conversation_recorded_before(
    book: Casebook, clock: Clock
) -> None:
    client_id, intake, ask, _call = intake_with_steps(book)
    book.set_step_status(ask, StepStatus.DROPPED, intake)
    clock.now = START + timedelta(days=1)
    book.set_step_status(ask, StepStatus.DONE, None)
    book.undo_step_status(ask)
    step = book.step(ask)
    assert (step.status, step.status_conversation_id) == (StepStatus.DROPPED, intake)
    assert step.status_changed_at == START
    with pytest.raises(UnknownRecord):  # the conversation's own change is not taken back here
        book.undo_step_status(ask)
    assert book.client_standing(client_id).step_noted is None


def test_once_a_conversation_began_the_change_is_no_longer_taken_back_here(
    book: Casebook, clock: Clock
) -> None:
    client_id, _intake, ask, _call = intake_with_steps(book)
    clock.now = START + timedelta(days=1)
    book.set_step_status(ask, StepStatus.DONE, None)
    clock.now = START + timedelta(days=7)
    start(book, client_id, ConversationKind.FOLLOW_UP)
    assert book.client_standing(client_id).step_noted is None


def test_the_next_conversation_and_its_sheet_say_the_step_was_done_since(
    book: Casebook, clock: Clock
) -> None:
    client_id, intake, ask, call = intake_with_steps(book)
    before = build_summary(book, intake, "nl")
    sheet = record_handed_sheet(book, intake, before, SheetMedium.PRINT)
    clock.now = START + timedelta(days=1)
    book.set_step_status(ask, StepStatus.DONE, None)
    assert outdated(book, sheet) is Outdated.STEPS  # it says the step is still to do
    # The intake's own trajectory does not claim it: it was not done in the intake.
    assert book.trajectory(intake).steps_settled == ()
    clock.now = START + timedelta(days=7)
    follow_up = start(book, client_id, ConversationKind.FOLLOW_UP)
    trajectory = book.trajectory(follow_up)
    assert [s.id for s in trajectory.steps_settled] == [ask]
    assert [s.id for s in trajectory.open_steps] == [call]
    summary = build_summary(book, follow_up, "nl")
    assert [line.what for line in summary.steps_succeeded] == ["Huurpremie vragen aan het OCMW"]
    assert [line.what for line in summary.steps] == ["De huisbaas bellen"]
    # A later conversation does not say it again.
    clock.now = START + timedelta(days=14)
    later = start(book, client_id, ConversationKind.FOLLOW_UP)
    assert book.trajectory(later).steps_settled == ()
