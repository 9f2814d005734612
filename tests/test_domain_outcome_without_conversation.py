"""An appointment's outcome recorded without a conversation (tour8 finding 6): the client did
not come, called it off or moved it, noted from the client page or the overview. The client
page names the appointment whose time passed with nothing recorded, and a wrong click can be
taken back."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from tests.support.trajectory_data import Clock

from intakecompanion.domain.appointments import HeldThen, NotYetHappened
from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import AppointmentStatus, ConversationKind, Party
from intakecompanion.vault.store import Vault

START = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday
APPOINTMENT = datetime(2026, 3, 10, 14, 0).astimezone()  # the Tuesday after next


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(raw_key_vault: Vault, clock: Clock) -> Casebook:
    return Casebook(raw_key_vault, clock=clock)


def intake_with_appointment(book: Casebook) -> tuple[int, int]:
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    appointment = book.add_appointment(client.id, APPOINTMENT, "Sociaal huis", "", intake.id)
    return client.id, appointment.id


def test_an_appointment_whose_time_passed_unrecorded_is_named(book: Casebook, clock: Clock) -> None:
    client_id, appointment_id = intake_with_appointment(book)
    standing = book.client_standing(client_id)
    assert standing.next_appointment is not None and standing.unrecorded is None
    clock.now = APPOINTMENT + timedelta(minutes=30)
    standing = book.client_standing(client_id)
    assert standing.next_appointment is None
    assert standing.unrecorded is not None and standing.unrecorded.id == appointment_id
    book.mark_missed(appointment_id, Party.CLIENT)
    standing = book.client_standing(client_id)
    assert standing.unrecorded is None
    assert standing.last_noted is not None and standing.last_noted.id == appointment_id
    clock.now = APPOINTMENT + timedelta(days=7)  # the next conversation corrects it now
    book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "follow_up"}'
    )
    assert book.client_standing(client_id).last_noted is None


def test_missed_is_refused_before_the_appointment_began(book: Casebook, clock: Clock) -> None:
    _client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT - timedelta(minutes=10)
    with pytest.raises(NotYetHappened):
        book.mark_missed(appointment_id, Party.CLIENT)
    assert book.appointment(appointment_id).status is AppointmentStatus.PLANNED


def test_a_missed_outcome_taken_back_is_planned_again(book: Casebook, clock: Clock) -> None:
    client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    book.mark_missed(appointment_id, Party.CLIENT)
    book.undo_outcome(appointment_id)
    appointment = book.appointment(appointment_id)
    assert appointment.status is AppointmentStatus.PLANNED and appointment.status_by is None
    assert appointment.outcome_at is None
    standing = book.client_standing(client_id)
    assert standing.unrecorded == appointment and standing.last_noted is None


def test_a_move_taken_back_takes_the_new_appointment_away(book: Casebook, clock: Clock) -> None:
    """The client has one meeting to come, not two: the one the move made goes with it."""
    client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT - timedelta(days=2)
    new = book.move_appointment(appointment_id, APPOINTMENT + timedelta(days=7), Party.CLIENT)
    assert new.conversation_id is None and new.place == "Sociaal huis"
    assert book.client_standing(client_id).next_appointment == new
    book.undo_outcome(appointment_id)
    assert [a.id for a in book.appointments(client_id)] == [appointment_id]
    assert book.client_standing(client_id).next_appointment == book.appointment(appointment_id)


def test_a_move_taken_back_keeps_a_new_appointment_with_an_outcome(
    book: Casebook, clock: Clock
) -> None:
    client_id, appointment_id = intake_with_appointment(book)
    new = book.move_appointment(appointment_id, APPOINTMENT + timedelta(days=7), Party.COACH)
    clock.now = new.starts_at + timedelta(hours=1)
    book.mark_missed(new.id, Party.CLIENT)
    book.undo_outcome(appointment_id)
    assert [a.id for a in book.appointments(client_id)] == [appointment_id, new.id]


def test_an_outcome_recorded_in_a_conversation_is_not_offered_to_take_back(
    book: Casebook, clock: Clock
) -> None:
    """The follow-up's own choice box corrects what it recorded."""
    client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT
    follow_up = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "follow_up"}'
    )
    book.mark_missed(appointment_id, Party.CLIENT, follow_up.id)
    assert book.client_standing(client_id).last_noted is None


def test_the_conversation_held_at_an_appointment_is_found(book: Casebook, clock: Clock) -> None:
    """Held at it and not marked kept: kept opens that conversation, it starts no other."""
    client_id, appointment_id = intake_with_appointment(book)
    appointment = book.appointment(appointment_id)
    assert book.conversation_at(appointment) is None
    clock.now = APPOINTMENT + timedelta(minutes=20)
    held = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "follow_up"}'
    )
    assert book.conversation_at(appointment) == held.id
    clock.now = APPOINTMENT + timedelta(hours=3)
    assert book.client_standing(client_id).unrecorded == appointment  # still not recorded


def test_an_appointment_a_conversation_was_held_at_was_not_missed_moved_or_cancelled(
    book: Casebook, clock: Clock
) -> None:
    """tour10: a follow-up begun two minutes before the appointment and left open; the next
    day "missed" from the client page was accepted, and the sheet said both "we met" and "it
    did not take place". Outside that conversation only kept can be recorded."""
    client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT - timedelta(minutes=2)
    held = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "follow_up"}'
    )
    clock.now = APPOINTMENT + timedelta(days=1)
    appointment = book.appointment(appointment_id)
    assert not appointment.could_be(AppointmentStatus.MISSED, clock.now, held=True)
    assert appointment.could_be(AppointmentStatus.KEPT, clock.now, held=True)
    refused = (
        lambda: book.mark_missed(appointment_id, Party.CLIENT),
        lambda: book.cancel_appointment(appointment_id, Party.COACH),
        lambda: book.move_appointment(appointment_id, APPOINTMENT + timedelta(days=7)),
        lambda: book.set_appointment_status(appointment_id, AppointmentStatus.MISSED),
    )
    for record in refused:
        with pytest.raises(HeldThen):
            record()
    assert book.appointment(appointment_id) == appointment  # nothing written
    assert len(book.appointments(client_id)) == 1  # the move made no new one
    book.mark_missed(appointment_id, Party.CLIENT, held.id)  # its own tab may say so
    assert book.appointment(appointment_id).status is AppointmentStatus.MISSED


def test_the_client_page_reads_the_client_s_appointments_once(
    book: Casebook, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next appointment, the one not recorded and the last outcome noted come from one
    read of the client's appointments (it was three), and the page is handed that list."""
    client_id, appointment_id = intake_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=2)
    later = book.add_appointment(client_id, APPOINTMENT + timedelta(days=7), "Sociaal huis")
    statements: list[str] = []
    rows = book._rows

    def counted(sql: str, params: object = ()) -> list[dict[str, object]]:
        statements.append(sql)
        return rows(sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(book, "_rows", counted)
    standing = book.client_standing(client_id)
    assert sum("FROM appointments" in sql for sql in statements) == 1
    assert standing.next_appointment == later
    assert standing.unrecorded == book.appointment(appointment_id)
    assert [a.id for a in standing.appointments] == [appointment_id, later.id]
