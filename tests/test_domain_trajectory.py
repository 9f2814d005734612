"""Agreements belong to the trajectory (issue 13): steps settled in later conversations with
their history, consents in force on a date, appointment outcomes, finishing and reopening, the
coach's overview and the client page, and the sheets handed over."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from intakecompanion.domain.casebook import Casebook, ConversationFinished
from intakecompanion.domain.model import (
    AppointmentStatus,
    ConsentDecision,
    ConsentForm,
    Conversation,
    ConversationEventKind,
    ConversationKind,
    ItemState,
    Party,
    SheetMedium,
    StepOwner,
    StepStatus,
)
from intakecompanion.vault.store import Vault

START = datetime(2026, 3, 2, 10, 0).astimezone()


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def days(self, days: int, hour: int = 10) -> datetime:
        self.now = (START + timedelta(days=days)).replace(hour=hour)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def book(raw_key_vault: Vault, clock: Clock) -> Casebook:
    return Casebook(raw_key_vault, clock=clock)


def start(book: Casebook, client_id: int, kind: ConversationKind) -> Conversation:
    return book.start_conversation(client_id, kind, str(kind), "1.0", f'{{"id": "{kind}"}}')


def consent(book: Casebook, conversation_id: int, recipient: str, **extra: object):
    values: dict[str, object] = {
        "recipient": recipient,
        "information": "Werkervaring",
        "purpose": "Een opleiding zoeken",
        "decision": ConsentDecision.GIVEN,
        "form": ConsentForm.ORAL,
    }
    values.update(extra)
    return book.record_consent(conversation_id, **values)  # type: ignore[arg-type]


def test_a_follow_up_settles_the_intakes_steps_and_keeps_their_history(
    book: Casebook, clock: Clock
) -> None:
    sam = book.add_client("Sam De Smet")
    intake = start(book, sam.id, ConversationKind.INTAKE)
    cv = book.add_step(intake.id, "Cv meebrengen", StepOwner.CLIENT, date(2026, 3, 6))
    call = book.add_step(intake.id, "VDAB bellen", StepOwner.COACH, date(2026, 3, 20))
    form = book.add_step(intake.id, "Formulier invullen", StepOwner.TOGETHER)
    book.finish_conversation(intake.id)

    clock.days(9)
    follow_up = start(book, sam.id, ConversationKind.FOLLOW_UP)
    view = book.trajectory(follow_up.id)
    assert [s.id for s in view.open_steps] == [cv.id, call.id, form.id]  # no date last
    assert [view.overdue(s) for s in view.open_steps] == [True, False, False]
    assert view.steps_added == () and view.steps_settled == ()

    book.set_step_status(cv.id, StepStatus.DONE, follow_up.id)
    book.set_step_status(form.id, StepStatus.DROPPED, follow_up.id)
    new = book.add_step(follow_up.id, "Inschrijven", StepOwner.CLIENT)
    view = book.trajectory(follow_up.id)
    assert [s.id for s in view.open_steps] == [call.id]
    assert [s.id for s in view.steps_added] == [new.id]
    assert {s.id: s.status for s in view.steps_settled} == {
        cv.id: StepStatus.DONE,
        form.id: StepStatus.DROPPED,
    }
    done = book.step(cv.id)
    assert done.status_conversation_id == follow_up.id and done.status_changed_at == clock.now
    # The intake itself settled nothing; its own view shows what stands now.
    assert book.trajectory(intake.id).steps_settled == ()
    assert [s.id for s in book.trajectory(intake.id).open_steps] == [new.id]

    clock.days(10)
    book.set_step_status(cv.id, StepStatus.OPEN, follow_up.id)  # ticked by mistake
    book.set_step_status(cv.id, StepStatus.OPEN, follow_up.id)  # no change: nothing recorded
    history = book.step_history(cv.id)
    assert [(e.status, e.conversation_id) for e in history] == [
        (StepStatus.OPEN, intake.id),
        (StepStatus.DONE, follow_up.id),
        (StepStatus.OPEN, follow_up.id),
    ]
    assert [e.at for e in history] == [START, START + timedelta(days=9), clock.now]


def test_update_step_status_counts_as_changed_in_the_steps_own_conversation(
    book: Casebook,
) -> None:
    client = book.add_client("Noor")
    intake = start(book, client.id, ConversationKind.INTAKE)
    step = book.add_step(intake.id, "Bellen", StepOwner.CLIENT)
    book.update_step(step.id, status=StepStatus.DONE)
    assert book.step(step.id).status_conversation_id == intake.id
    assert [s.id for s in book.trajectory(intake.id).steps_settled] == [step.id]


def test_consents_in_force_on_a_date_and_those_changed_here(book: Casebook, clock: Clock) -> None:
    client = book.add_client("Eline Maes")
    intake = start(book, client.id, ConversationKind.INTAKE)
    lasting = consent(book, intake.id, "VDAB")
    ending = consent(book, intake.id, "Huisarts", valid_until=date(2026, 3, 10))
    refused = consent(book, intake.id, "School", decision=ConsentDecision.REFUSED)
    withdrawn = consent(book, intake.id, "OCMW")

    clock.days(14)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.withdraw_consent(withdrawn.id, "Noor", conversation_id=follow_up.id)
    later = consent(book, follow_up.id, "Mutualiteit")
    view = book.trajectory(follow_up.id)
    assert [c.id for c in view.consents_in_force] == [lasting.id, later.id]
    assert [c.id for c in view.consents_changed] == [withdrawn.id, later.id]
    assert {c.id for c in book.trajectory(intake.id).consents_changed} == {
        lasting.id,
        ending.id,
        refused.id,
        withdrawn.id,
    }
    # On the day of the intake the ending one and the later-withdrawn one still held.
    at_intake = book.trajectory(intake.id, at=START)
    assert [c.id for c in at_intake.consents_in_force] == [lasting.id, ending.id, withdrawn.id]
    assert book.consent(ending.id).in_force_on(datetime(2026, 3, 10, 23, 0).astimezone())
    assert not book.consent(ending.id).in_force_on(datetime(2026, 3, 11, 0, 1).astimezone())
    assert book.consent(withdrawn.id).withdrawals[0].conversation_id == follow_up.id


def test_appointment_outcomes_and_the_appointment_a_conversation_is(
    book: Casebook, clock: Clock
) -> None:
    client = book.add_client("Yusuf")
    intake = start(book, client.id, ConversationKind.INTAKE)
    first = book.add_appointment(
        client.id, START + timedelta(days=7), "Lokaal 2", "Noor", intake.id
    )
    assert book.trajectory(intake.id).next_appointment == first
    assert book.trajectory(intake.id).this_appointment is None

    clock.days(6)
    moved = book.move_appointment(first.id, START + timedelta(days=8), Party.CLIENT)
    old = book.appointment(first.id)
    assert old.status is AppointmentStatus.MOVED and old.moved_to == moved.id
    assert old.status_by is Party.CLIENT and old.outcome_at == clock.now
    assert (moved.place, moved.with_whom, moved.status) == (
        "Lokaal 2",
        "Noor",
        AppointmentStatus.PLANNED,
    )

    clock.days(8, hour=11)
    missed_here = book.trajectory(intake.id)
    assert missed_here.next_appointment is None  # it started before now and is not yet marked
    book.mark_missed(moved.id, Party.CLIENT)
    assert book.appointment(moved.id).status is AppointmentStatus.MISSED

    clock.days(15, hour=9)
    again = book.add_appointment(client.id, clock.now.replace(hour=10), "Lokaal 2", "Noor")
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    after = book.add_appointment(client.id, clock.now + timedelta(days=14), "", "", follow_up.id)
    view = book.trajectory(follow_up.id)
    assert view.this_appointment == again  # planned for today, made outside this conversation
    assert view.next_appointment == after  # never the one this conversation is
    book.mark_kept(again.id, follow_up.id)
    kept = book.appointment(again.id)
    assert kept.status is AppointmentStatus.KEPT and kept.held_in == follow_up.id
    assert book.trajectory(follow_up.id).this_appointment == kept

    book.cancel_appointment(after.id, Party.COACH, follow_up.id)
    cancelled = book.appointment(after.id)
    assert (cancelled.status, cancelled.status_by) == (AppointmentStatus.CANCELLED, Party.COACH)
    assert cancelled.outcome_conversation_id == follow_up.id
    assert book.trajectory(follow_up.id).next_appointment is None
    book.set_appointment_status(after.id, AppointmentStatus.PLANNED)  # undone
    undone = book.appointment(after.id)
    assert undone.status_by is None and undone.outcome_at is None
    assert book.trajectory(follow_up.id).next_appointment == undone


def test_finish_reopen_and_the_phase_where_the_coach_left_it(book: Casebook, clock: Clock) -> None:
    client = book.add_client("Mira")
    talk = start(book, client.id, ConversationKind.INTAKE)
    assert talk.is_open and talk.last_phase is None
    book.set_last_phase(talk.id, "agreements")
    clock.days(0, hour=11)
    finished = book.finish_conversation(talk.id)
    assert not finished.is_open and finished.ended_at == clock.now
    assert finished.last_phase == "agreements"

    clock.days(3)
    reopened = book.reopen_conversation(talk.id)
    assert reopened.is_open and reopened.ended_at == START.replace(hour=11)  # duration kept
    book.reopen_conversation(talk.id)  # already open: nothing recorded
    clock.days(3, hour=12)
    again = book.finish_conversation(talk.id)
    assert not again.is_open and again.ended_at == START.replace(hour=11)
    events = book.conversation_events(talk.id)
    assert [(e.kind, e.at) for e in events] == [
        (ConversationEventKind.FINISHED, START.replace(hour=11)),
        (ConversationEventKind.REOPENED, START + timedelta(days=3)),
        (ConversationEventKind.FINISHED, (START + timedelta(days=3)).replace(hour=12)),
    ]
    assert book.conversation(talk.id).last_phase == "agreements"


def test_the_coaches_overview_across_clients(book: Casebook, clock: Clock) -> None:
    sam, eline = book.add_client("Sam"), book.add_client("Eline")
    sam_talk = start(book, sam.id, ConversationKind.INTAKE)
    eline_talk = start(book, eline.id, ConversationKind.INTAKE)
    today = START.date()
    at = START.replace(hour=14)
    book.add_appointment(sam.id, at, conversation_id=sam_talk.id)
    book.add_appointment(eline.id, at + timedelta(days=6))
    # The same weekday next week is one of the coming days (tour9 #6); the day after is not.
    book.add_appointment(eline.id, at + timedelta(days=7))
    book.add_appointment(eline.id, at + timedelta(days=8))
    gone = book.add_appointment(sam.id, at + timedelta(days=2))
    book.cancel_appointment(gone.id, Party.CLIENT)
    late = book.add_step(sam_talk.id, "Lijst opsturen", StepOwner.COACH, today - timedelta(days=3))
    soon = book.add_step(eline_talk.id, "Bellen", StepOwner.COACH, today + timedelta(days=6))
    week = book.add_step(eline_talk.id, "Week", StepOwner.COACH, today + timedelta(days=7))
    book.add_step(eline_talk.id, "Later", StepOwner.COACH, today + timedelta(days=8))
    book.add_step(eline_talk.id, "Geen datum", StepOwner.COACH)
    done = book.add_step(sam_talk.id, "Klaar", StepOwner.COACH, today - timedelta(days=1))
    book.set_step_status(done.id, StepStatus.DONE, sam_talk.id)
    client_late = book.add_step(
        eline_talk.id, "Facturen", StepOwner.CLIENT, today - timedelta(days=1)
    )
    # Due today: not overdue; the coach's promise (she does it with the client) due this week.
    together = book.add_step(eline_talk.id, "Samen", StepOwner.TOGETHER, today)
    ends = consent(book, eline_talk.id, "Huisarts", valid_until=today + timedelta(days=30))
    consent(book, eline_talk.id, "VDAB", valid_until=today + timedelta(days=31))
    taken_back = consent(book, sam_talk.id, "OCMW", valid_until=today + timedelta(days=5))
    book.withdraw_consent(taken_back.id)

    overview = book.coach_overview(today)
    assert [(a.client_name, a.appointment.starts_at) for a in overview.appointments_today] == [
        ("Sam", at)
    ]
    assert [(a.client_id, a.appointment.starts_at) for a in overview.appointments_week] == [
        (eline.id, at + timedelta(days=6)),
        (eline.id, at + timedelta(days=7)),
    ]
    assert [(p.client_name, p.step.id, p.overdue) for p in overview.coach_promises] == [
        ("Sam", late.id, True),
        ("Eline", together.id, False),
        ("Eline", soon.id, False),
        ("Eline", week.id, False),
    ]
    assert [(s.client_id, s.step.id) for s in overview.overdue_client_steps] == [
        (eline.id, client_late.id)
    ]
    assert [(c.client_name, c.consent.id) for c in overview.consents_ending] == [("Eline", ends.id)]
    cut = book.coach_overview(today, limit=1)
    assert len(cut.coach_promises) == 1 and cut.limit == 1


def test_the_client_page_summary(book: Casebook, clock: Clock) -> None:
    client = book.add_client("Sam")
    talk = start(book, client.id, ConversationKind.INTAKE)
    step = book.add_step(talk.id, "Cv", StepOwner.CLIENT, date(2026, 3, 1))
    dropped = book.add_step(talk.id, "Weg", StepOwner.COACH)
    book.set_step_status(dropped.id, StepStatus.DROPPED, talk.id)
    past = book.add_appointment(client.id, START - timedelta(days=1))
    coming = book.add_appointment(client.id, START + timedelta(days=3))
    given = consent(book, talk.id, "VDAB")
    consent(book, talk.id, "School", decision=ConsentDecision.REFUSED)
    standing = book.client_standing(client.id)
    assert standing.client == client and standing.at == START
    assert [s.id for s in standing.open_steps] == [step.id]
    assert standing.open_steps[0].is_overdue(standing.at.date())
    assert standing.next_appointment == coming and past.id != coming.id
    assert [c.id for c in standing.consents_in_force] == [given.id]


def test_handed_sheets_are_kept_per_conversation(book: Casebook, clock: Clock) -> None:
    client = book.add_client("Sam")
    talk = start(book, client.id, ConversationKind.INTAKE)
    first = book.record_handed_sheet(talk.id, "nl", SheetMedium.PRINT, '{"a": 1}')
    clock.days(1)
    second = book.record_handed_sheet(talk.id, "en", SheetMedium.PDF, '{"a": 2}')
    assert book.handed_sheets(talk.id) == [first, second]
    assert (second.handed_at, second.lang, second.medium) == (clock.now, "en", SheetMedium.PDF)
    assert book.handed_sheet(first.id).content == '{"a": 1}' and first.client_id == client.id
    book.delete_client(client.id)
    assert book.vault.db.execute("SELECT count(*) FROM handed_sheets").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("query", "index"),
    [
        (
            "SELECT a.id FROM appointments a WHERE a.status = 'planned' "
            "AND a.starts_at >= '2026' AND a.starts_at < '2027'",
            "appointments_planned",
        ),
        (
            "SELECT s.id FROM steps s WHERE s.status = 'open' AND s.due_date <= '2026-03-09'",
            "steps_open_due",
        ),
        (
            "SELECT k.id FROM consents k WHERE k.decision = 'given' "
            "AND k.valid_until IS NOT NULL AND k.valid_until >= '2026-03-02' "
            "AND k.valid_until <= '2026-04-01'",
            "consents_ending",
        ),
    ],
)
def test_the_overview_queries_find_their_partial_index(
    book: Casebook, query: str, index: str
) -> None:
    """Without INDEXED BY: the planner itself picks the index made for the overview."""
    plan = " ".join(str(row) for row in book.vault.db.execute("EXPLAIN QUERY PLAN " + query))
    assert index in plan, plan


def test_a_planned_appointment_hours_away_is_still_to_come_not_this_conversation(
    book: Casebook, clock: Clock
) -> None:
    """Review finding 1: a drop-in at 09.00 took the appointment of 16.00 that day for itself,
    so the sheet said there was no next appointment."""
    client = book.add_client("Kim")
    intake = start(book, client.id, ConversationKind.INTAKE)
    clock.days(20, hour=8)
    afternoon = book.add_appointment(
        client.id, clock.now.replace(hour=16), "Kantoor", "", intake.id
    )
    clock.days(20, hour=9)
    drop_in = start(book, client.id, ConversationKind.FOLLOW_UP)
    view = book.trajectory(drop_in.id)
    assert view.this_appointment is None
    assert view.next_appointment == afternoon
    # A client 40 minutes late: the conversation is still that appointment.
    clock.days(20, hour=16)
    clock.now += timedelta(minutes=40)
    late = start(book, client.id, ConversationKind.FOLLOW_UP)
    assert book.trajectory(late.id).this_appointment == afternoon
    assert book.trajectory(late.id).next_appointment is None


def test_a_finished_conversation_refuses_changes_to_what_it_recorded_until_reopened(
    book: Casebook, clock: Clock
) -> None:
    """Review finding 11: the core let anything write into a finished conversation, so a
    failed finish could leave screen and records disagreeing. Its checklist, notes and the
    steps agreed or settled in it are refused with a clear error; a reopen allows them again,
    and a later conversation still settles its steps."""
    client = book.add_client("Noor")
    intake = start(book, client.id, ConversationKind.INTAKE)
    note = book.add_note(intake.id, "Gedeeld", shared=True)
    step = book.add_step(intake.id, "Cv maken", StepOwner.CLIENT)
    book.set_item_state(intake.id, "a", ItemState.DONE)
    book.finish_conversation(intake.id)
    writes = {
        "item state": lambda: book.set_item_state(intake.id, "a", ItemState.OPEN),
        "item note": lambda: book.set_item_note(intake.id, "a", "later"),
        "new note": lambda: book.add_note(intake.id, "later"),
        "note text": lambda: book.update_note_text(note.id, "later"),
        "note shared": lambda: book.set_note_shared(note.id, False),
        "note deleted": lambda: book.delete_note(note.id),
        "new step": lambda: book.add_step(intake.id, "later", StepOwner.COACH),
        "step text": lambda: book.update_step(step.id, what="later"),
        "step settled here": lambda: book.set_step_status(step.id, StepStatus.DONE, intake.id),
        "step deleted": lambda: book.delete_step(step.id),
    }
    for write in writes.values():
        with pytest.raises(ConversationFinished, match="reopen"):
            write()
    assert book.notes(intake.id) == [note]
    assert book.steps(intake.id) == [book.step(step.id)] and book.step(step.id).what == "Cv maken"
    assert book.answers(intake.id)["a"].state is ItemState.DONE
    assert book.answers(intake.id)["a"].note == ""

    clock.days(14)
    follow_up = start(book, client.id, ConversationKind.FOLLOW_UP)
    book.set_step_status(step.id, StepStatus.DONE, follow_up.id)  # the trajectory goes on
    book.set_last_phase(intake.id, "welcome")  # where the coach looked: not a record of it

    book.reopen_conversation(intake.id)
    for write in writes.values():
        write()
    assert book.notes(intake.id)[-1].text == "later"


def test_a_together_step_is_the_coachs_promise_in_the_list_the_overview_and_the_counts(
    book: Casebook, clock: Clock
) -> None:
    """Tour7 item 3: the client list said 'your promise is overdue' for a step to do together
    while the overview filed it under the clients' steps. A step the coach does with the client
    is her promise too, in each of them."""
    from intakecompanion.domain.counts import count_period

    sam = book.add_client("Sam")
    talk = start(book, sam.id, ConversationKind.INTAKE)
    today = START.date()
    together = book.add_step(talk.id, "Samen invullen", StepOwner.TOGETHER, today - timedelta(2))
    alone = book.add_step(talk.id, "Loonbrief", StepOwner.CLIENT, today - timedelta(days=1))

    [row] = book.clients()
    assert row.overdue_coach_steps == 1
    overview = book.coach_overview(today)
    assert [p.step.id for p in overview.coach_promises] == [together.id]
    assert [s.step.id for s in overview.overdue_client_steps] == [alone.id]
    counts = count_period(book.vault, "2026-02", "2026-02")
    assert counts.values["coach_promises_due"] == 1
    assert StepOwner.TOGETHER.is_coach_promise and StepOwner.COACH.is_coach_promise
    assert not StepOwner.CLIENT.is_coach_promise
