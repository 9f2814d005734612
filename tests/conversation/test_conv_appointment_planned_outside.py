"""A follow-up picks up the appointment planned on the client page (outcome9's wobble): its
"previous appointment" tab knew only appointments made in an earlier conversation, and one
made without a conversation only when the follow-up began within an hour of it.

The rule: a conversation is the client's planned appointment nearest to its start within an
hour, or, failing that, the one of the same day that had begun when it started (the client
came late, the coach opened the program late); a planned one later that day is still to come.
Failing both, the tab names the last appointment made before, in a conversation or not."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from tests.support.conversation import open_view, start
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party
from intakecompanion.vault.store import Vault

START = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(raw_key_vault: Vault, clock: Clock) -> Casebook:
    return Casebook(raw_key_vault, clock=clock)


def test_a_follow_up_hours_after_an_appointment_planned_outside_is_that_appointment(
    qtbot, book: Casebook, clock: Clock
) -> None:
    client = book.add_client("Noor Vermeulen")
    start(book, client.id, ConversationKind.INTAKE)
    planned = book.add_appointment(client.id, START + timedelta(days=1, hours=-1))  # Tue 9:00
    clock.now = START + timedelta(days=1, hours=1, minutes=30)  # Tue 11:30, 2.5 hours late
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.trajectory(follow_up.id).this_appointment == planned
    assert book.conversation_at(planned) == follow_up.id
    view = open_view(qtbot, book, follow_up.id, clock=clock)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.id == planned.id
    assert panel.previous_status.currentData() == (AppointmentStatus.PLANNED, None)
    # Later that day, another conversation is not that appointment: it was this one.
    clock.now += timedelta(hours=4)
    another = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.mark_kept(planned.id, follow_up.id)
    assert book.trajectory(another.id).this_appointment is None
    assert book.conversation_at(book.appointment(planned.id)) == follow_up.id


def test_a_follow_up_another_day_names_the_appointment_moved_on_the_client_page(
    qtbot, book: Casebook, clock: Clock
) -> None:
    client = book.add_client("Noor Vermeulen")
    intake = start(book, client.id, ConversationKind.INTAKE)
    first = book.add_appointment(
        client.id, START + timedelta(days=7), "Sociaal huis", "", intake.id
    )
    clock.now = START + timedelta(days=6)
    moved = book.move_appointment(first.id, START + timedelta(days=8), Party.CLIENT)
    clock.now = START + timedelta(days=9, hours=2)  # the client comes a day late
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.trajectory(follow_up.id).this_appointment is None
    view = open_view(qtbot, book, follow_up.id, clock=clock)
    panel = view.appointment
    assert panel.previous is not None and panel.previous.id == moved.id


def test_a_second_conversation_at_an_appointment_held_in_the_first_offers_no_missed(
    qtbot, book: Casebook, clock: Clock
) -> None:
    """tour10: held in one conversation (left open), the appointment took place; a second
    conversation that day, at the same appointment, offers only planned or kept (the vault
    refuses the rest, `HeldThen`)."""
    client = book.add_client("Noor Vermeulen")
    start(book, client.id, ConversationKind.INTAKE)
    planned = book.add_appointment(client.id, START + timedelta(days=1, hours=4))  # Tue 14:00
    clock.now = START + timedelta(days=1, hours=3, minutes=58)
    held = start(book, client.id, ConversationKind.FOLLOW_UP)
    clock.now += timedelta(hours=3)
    later = start(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.conversation_at(planned) == held.id
    panel = open_view(qtbot, book, later.id, clock=clock).appointment
    assert panel.previous is not None and panel.previous.id == planned.id
    offered = [panel.previous_status.itemData(i) for i in range(panel.previous_status.count())]
    assert offered == [(AppointmentStatus.PLANNED, None), (AppointmentStatus.KEPT, None)]
