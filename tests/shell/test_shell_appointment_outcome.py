"""The client page records how an appointment went without a conversation (tour8 finding 6):
it says plainly that the outcome of a passed appointment is not recorded (not "no next
appointment"), its menu records missed, cancelled or moved in two clicks, kept asks for the
follow-up, and a wrong click is taken back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.support.summary_data import new_casebook
from tests.support.trajectory_data import Clock
from tests.support.translations import compile_translation

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import (
    Appointment,
    AppointmentStatus,
    ConversationKind,
    Party,
    StepOwner,
)
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.clients.overview import OverviewPanel
from intakecompanion.ui.shared.outcomes import MomentDialog
from intakecompanion.ui.shared.texts import format_datetime
from intakecompanion.ui.shared.widgets import PlainLabel

START = datetime(2026, 3, 2, 10, 0).astimezone()
APPOINTMENT = datetime(2026, 3, 10, 14, 0).astimezone()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def client_with_appointment(book: Casebook) -> Appointment:
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    return book.add_appointment(client.id, APPOINTMENT, "Sociaal huis", "", intake.id)


def page(book: Casebook, qtbot: QtBot, client_id: int) -> ClientPanel:
    panel = ClientPanel(book, client_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def menu_texts(panel: ClientPanel) -> list[str]:
    menu = panel.standing.outcome.record.menu_
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def trigger(panel: ClientPanel, text: str) -> None:
    menu = panel.standing.outcome.record.menu_
    action = next(a for a in menu.actions() if a.text() == text)
    assert isinstance(action, QAction)
    action.trigger()


def test_a_passed_appointment_without_outcome_is_said_and_missed_in_two_clicks(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=2)
    panel = page(book, qtbot, appointment.client_id)
    standing = panel.standing
    said = standing.appointment.text()
    assert said == (
        f"Appointment of {format_datetime(APPOINTMENT)}: not yet recorded whether it took place"
    )
    assert "No next appointment" not in said
    outcome = standing.outcome
    assert outcome.record.isVisible() and not outcome.undo.isVisible()
    assert isinstance(outcome.message, PlainLabel)
    assert format_datetime(APPOINTMENT) in outcome.record.accessibleName()
    assert menu_texts(panel) == [
        "Kept: start the follow-up conversation...",
        "Moved by the client...",
        "Moved by the coach...",
        "Missed by the client",
        "Missed by the coach",
        "Cancelled by the client",
        "Cancelled by the coach",
    ]
    trigger(panel, "Missed by the client")  # the second click
    stored = book.appointment(appointment.id)
    assert stored.status is AppointmentStatus.MISSED and stored.status_by is Party.CLIENT
    assert stored.outcome_conversation_id is None
    assert book.conversations(appointment.client_id)[0].kind is ConversationKind.INTAKE
    assert len(book.conversations(appointment.client_id)) == 1  # no conversation made
    assert standing.appointment.text() == "No next appointment."
    assert "Missed by the client" in outcome.message.text()
    assert outcome.undo.isVisible() and outcome.undo.hasFocus()
    assert not outcome.record.isVisible()  # nothing left to record

    qtbot.keyClick(outcome.undo, Qt.Key.Key_Space)  # a wrong click: taken back
    assert book.appointment(appointment.id).status is AppointmentStatus.PLANNED
    assert standing.appointment.text().startswith("Appointment of ")
    assert outcome.record.isVisible() and not outcome.undo.isVisible()


def test_before_its_time_it_can_be_moved_or_cancelled_not_missed(
    book: Casebook, clock: Clock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT - timedelta(days=3)
    panel = page(book, qtbot, appointment.client_id)
    assert menu_texts(panel) == [
        "Moved by the client...",
        "Moved by the coach...",
        "Cancelled by the client",
        "Cancelled by the coach",
    ]
    new_moment = APPOINTMENT + timedelta(days=7, hours=-4)
    monkeypatch.setattr(MomentDialog, "ask", lambda *_asked: new_moment)
    trigger(panel, "Moved by the client...")
    [old, new] = book.appointments(appointment.client_id)
    assert old.status is AppointmentStatus.MOVED and old.moved_to == new.id
    assert new.starts_at == new_moment and new.status is AppointmentStatus.PLANNED
    assert panel.standing.appointment.text() == f"{format_datetime(new_moment)}, Sociaal huis"
    assert format_datetime(new_moment) in panel.standing.outcome.message.text()
    panel.standing.outcome.undo.click()
    assert [a.id for a in book.appointments(appointment.client_id)] == [appointment.id]


def test_a_move_the_coach_goes_back_on_records_nothing(
    book: Casebook, clock: Clock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    appointment = client_with_appointment(book)
    panel = page(book, qtbot, appointment.client_id)
    monkeypatch.setattr(MomentDialog, "ask", lambda *_asked: None)
    trigger(panel, "Moved by the coach...")
    assert book.appointment(appointment.id).status is AppointmentStatus.PLANNED
    assert len(book.appointments(appointment.client_id)) == 1


def test_kept_asks_for_the_follow_up(book: Casebook, clock: Clock, qtbot: QtBot) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(minutes=5)
    panel = page(book, qtbot, appointment.client_id)
    with qtbot.waitSignal(panel.start_follow_up) as started:
        trigger(panel, "Kept: start the follow-up conversation...")
    assert started.args == [appointment.client_id]
    assert book.appointment(appointment.id).status is AppointmentStatus.PLANNED


def test_the_outcome_button_is_reached_by_tab_after_the_language(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    panel = page(book, qtbot, appointment.client_id)
    panel.language.setFocus()
    ticks = panel.standing.step_ticks  # no open step: its buttons are hidden, Tab skips them
    assert panel.language.nextInFocusChain() is ticks.tick and ticks.isHidden()
    assert ticks.undo.nextInFocusChain() is panel.standing.outcome.record
    qtbot.keyClick(panel.language, Qt.Key.Key_Tab)
    assert panel.standing.outcome.record.hasFocus()


def test_in_french_taking_back_cannot_read_as_cancelling_the_appointment(
    book: Casebook, clock: Clock, qtbot: QtBot, tmp_path: Path
) -> None:
    """tour10: "Annuler : Déplacé par le client" stood beside the menu's "Annulé par le
    client": it read as "cancel the appointment". Taking back says "Revenir sur"."""
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    translator = QTranslator()
    assert translator.load(str(compile_translation("fr", tmp_path)))
    QApplication.installTranslator(translator)
    try:
        panel = page(book, qtbot, appointment.client_id)
        trigger(panel, "Annulé par le client")
        undo = panel.standing.outcome.undo
        assert undo.text() == "Revenir sur\u00a0: Annulé par le client"
        qtbot.keyClick(undo, Qt.Key.Key_Space)
        said = panel.standing.outcome.message.text()
        assert said.startswith("Retiré\u00a0:") and "Annul" not in said
    finally:
        QApplication.removeTranslator(translator)


def test_the_moment_dialog_asks_for_a_readable_moment(qtbot: QtBot) -> None:
    dialog = MomentDialog("Moved appointment", "Moved to:", APPOINTMENT, START.date())
    qtbot.addWidget(dialog)
    assert dialog.moment() == APPOINTMENT
    assert dialog.day.accessibleName() == "Date" and dialog.time.accessibleName() == "Time"
    dialog.day.edit.setText("31/2")
    dialog.day.edit.textEdited.emit("31/2")
    dialog._accept_readable()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_with_no_next_appointment_the_next_one_is_planned_and_taken_back(
    book: Casebook, clock: Clock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client did not come: missed, then the next appointment, without a conversation."""
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    panel = page(book, qtbot, appointment.client_id)
    outcome = panel.standing.outcome
    assert outcome.plan.isVisible()
    assert panel.standing.outcome.record.nextInFocusChain() is outcome.plan
    trigger(panel, "Missed by the client")
    asked: list[tuple[object, ...]] = []
    later = APPOINTMENT + timedelta(days=7)
    monkeypatch.setattr(MomentDialog, "ask", lambda *given: asked.append(given) or later)
    outcome.plan.click()
    assert asked[0][3] == later  # proposed: a week on, at the same hour
    [missed, planned] = book.appointments(appointment.client_id)
    assert missed.status is AppointmentStatus.MISSED
    assert planned.starts_at == later and planned.place == "Sociaal huis"
    assert planned.conversation_id is None and planned.status is AppointmentStatus.PLANNED
    assert panel.standing.appointment.text() == f"{format_datetime(later)}, Sociaal huis"
    assert not outcome.plan.isVisible() and outcome.undo.hasFocus()
    assert format_datetime(later) in outcome.undo.text()
    qtbot.keyClick(outcome.undo, Qt.Key.Key_Space)  # the planned one goes
    assert [a.id for a in book.appointments(appointment.client_id)] == [missed.id]
    assert outcome.plan.isVisible() and "Missed by the client" in outcome.undo.text()
    # tour10: the keyboard left the take-back button, now the missed one's: a second Space
    # does not take that back too.
    assert outcome.plan.hasFocus() and not outcome.undo.hasFocus()


def overview(book: Casebook, qtbot: QtBot) -> OverviewPanel:
    panel = OverviewPanel(book)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.reload()
    return panel


def row_of(panel: OverviewPanel, text: str) -> int:
    return next(i for i, (_client, line) in enumerate(panel.lines()) if text in line)


def test_the_overview_says_an_appointment_of_today_passed_unrecorded_and_records_it(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    panel = overview(book, qtbot)
    said = f"Appointment of {format_datetime(APPOINTMENT)}: not yet recorded whether it took place"
    row = row_of(panel, said)
    assert panel.lines()[row] == (appointment.client_id, f"Noor Vermeulen \u2014 {said}")
    assert panel.lines()[row - 1][1].startswith("Today, ")
    panel.list.setCurrentRow(row)
    record = panel.outcome.record
    assert record.isVisible() and record.isEnabled()
    menu = [a.text() for a in record.menu_.actions() if not a.isSeparator()]
    assert "Missed by the client" in menu
    next(a for a in record.menu_.actions() if a.text() == "Cancelled by the coach").trigger()
    stored = book.appointment(appointment.id)
    assert stored.status is AppointmentStatus.CANCELLED and stored.status_by is Party.COACH
    assert (
        stored.outcome_conversation_id is None and not book.conversations(appointment.client_id)[1:]
    )
    assert not [line for _client, line in panel.lines() if said in line]
    assert panel.outcome.undo.isVisible() and panel.outcome.undo.hasFocus()
    panel.outcome.undo.click()
    assert book.appointment(appointment.id).status is AppointmentStatus.PLANNED
    assert [line for _client, line in panel.lines() if said in line]
    assert not panel.outcome.undo.isVisible()


def test_the_overview_names_last_weeks_appointments_nobody_recorded(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(days=2)
    panel = overview(book, qtbot)
    row = row_of(panel, "not yet recorded whether it took place")
    heading = panel.lines()[row - 1]
    assert heading == (None, "The past week: how did these appointments go? (1)")
    assert panel.list.item(row).data(Qt.ItemDataRole.UserRole) == appointment.client_id
    clock.now = APPOINTMENT + timedelta(days=8)  # a week later: no longer on it
    panel.reload()
    assert not [line for _client, line in panel.lines() if "not yet recorded" in line]


def test_a_line_that_is_no_appointment_offers_no_outcome(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    client_with_appointment(book)
    clock.now = APPOINTMENT - timedelta(days=2)
    panel = overview(book, qtbot)  # the appointment lies in the coming days
    row = row_of(panel, format_datetime(APPOINTMENT))
    panel.list.setCurrentRow(row)
    assert panel.outcome.record.isVisible()
    assert [a.text() for a in panel.outcome.record.menu_.actions()][0] == "Moved by the client..."
    step_client = book.add_client("Sam De Smet")
    intake = book.start_conversation(
        step_client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    book.add_step(intake.id, "Bellen naar de huisbaas", StepOwner.COACH, due_date=clock.now.date())
    panel.reload()
    panel.list.setCurrentRow(row_of(panel, "Bellen naar de huisbaas"))
    assert not panel.outcome.record.isVisible()


def test_kept_on_the_overview_asks_for_the_follow_up(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(minutes=10)
    panel = overview(book, qtbot)
    panel.list.setCurrentRow(row_of(panel, "not yet recorded"))
    kept = panel.outcome.record.menu_.actions()[0]
    with qtbot.waitSignal(panel.follow_up_requested) as asked:
        kept.trigger()
    assert asked.args == [appointment.client_id]


def test_kept_opens_the_conversation_held_at_the_appointment(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(minutes=5)
    held = book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "f"}'
    )
    clock.now = APPOINTMENT + timedelta(hours=2)
    panel = page(book, qtbot, appointment.client_id)
    assert menu_texts(panel)[0] == "Kept: open the conversation held at it..."
    with qtbot.waitSignal(panel.open_conversation) as opened:
        trigger(panel, "Kept: open the conversation held at it...")
    assert opened.args == [held.id]
    assert len(book.conversations(appointment.client_id)) == 2  # none started
    # tour10: it took place, so it was not moved, missed or cancelled: only kept is offered.
    assert menu_texts(panel) == ["Kept: open the conversation held at it..."]


def test_missed_after_a_conversation_began_at_the_appointment_is_refused_with_a_message(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    """The menu was shown before a conversation was held at the appointment (another window):
    the vault refuses missed and the row says why; nothing is recorded."""
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(minutes=5)
    panel = page(book, qtbot, appointment.client_id)
    book.start_conversation(
        appointment.client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "f"}'
    )
    trigger(panel, "Missed by the client")
    assert book.appointment(appointment.id).status is AppointmentStatus.PLANNED
    assert panel.standing.outcome.message.text() == (
        "A conversation was held at this appointment: it took place. Open that conversation "
        "to say how it went."
    )


def test_the_menu_key_on_an_appointments_line_opens_the_outcome_menu(
    book: Casebook, clock: Clock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    appointment = client_with_appointment(book)
    clock.now = APPOINTMENT + timedelta(hours=1)
    panel = overview(book, qtbot)
    row = row_of(panel, "not yet recorded")
    panel.list.setCurrentRow(row)
    panel.list.setFocus()
    shown: list[object] = []
    monkeypatch.setattr(panel.outcome.record.menu_, "exec", lambda *at: shown.append(at))
    qtbot.keyClick(panel.list, Qt.Key.Key_Menu)
    assert shown and panel.list.currentRow() == row
    qtbot.keyClick(panel.list, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 2
    assert panel.outcome.record.accessibleName().endswith(
        f"{format_datetime(appointment.starts_at)} went"
    )


def test_the_past_week_lists_what_is_not_recorded_and_kept_follows_the_line_s_client(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    """The past week is a to-do: an outcome recorded takes the line off (as on the other
    lists); the line that takes its place is another client's, and kept on it asks for that
    client's follow-up, not the one just recorded (it asked for the first client's)."""
    first = client_with_appointment(book)
    other = book.add_client("Sam De Smet")
    intake = book.start_conversation(
        other.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    second = book.add_appointment(other.id, APPOINTMENT + timedelta(hours=2), "", "", intake.id)
    clock.now = APPOINTMENT + timedelta(days=2)
    panel = overview(book, qtbot)
    heading = "The past week: how did these appointments go?"
    row = row_of(panel, "Noor Vermeulen")
    assert panel.lines()[row - 1] == (None, f"{heading} (2)")
    panel.list.setCurrentRow(row)
    next(
        a for a in panel.outcome.record.menu_.actions() if a.text() == "Missed by the client"
    ).trigger()
    assert book.appointment(first.id).status is AppointmentStatus.MISSED
    assert (None, f"{heading} (1)") in panel.lines()
    assert not [line for _client, line in panel.lines() if "Noor Vermeulen" in line]
    assert panel.list.currentItem().text().startswith("Sam De Smet")
    assert "Missed by the client" in panel.outcome.undo.text()  # the one recorded, to take back
    with qtbot.waitSignal(panel.follow_up_requested) as asked:
        panel.outcome.record.menu_.actions()[0].trigger()  # kept: a conversation is due
    assert asked.args == [second.client_id]
