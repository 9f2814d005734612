"""Ticking off a step from the client page, without a conversation (tour9 #4): the button under
the open steps marks one done or dropped in two clicks, Tab reaches it after the language, a
wrong click is taken back, and a sheet handed over that said the step was still to do is out
of date (and true again once taken back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from tests.support.conversation import open_view
from tests.support.summary_data import new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind, SheetMedium, StepOwner, StepStatus
from intakecompanion.summary.content import build_summary
from intakecompanion.summary.handed import record_handed_sheet
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.clients.step_ticks import StepTicks, short

START = datetime(2026, 3, 2, 10, 0).astimezone()  # a Monday
ASK = "Huurpremie vragen aan het OCMW"
CALL = "De huisbaas bellen & de afspraak bevestigen"


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def client_with_steps(book: Casebook) -> tuple[int, int]:
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    book.add_step(intake.id, ASK, StepOwner.CLIENT, due_date=START.date() + timedelta(days=7))
    book.add_step(intake.id, CALL, StepOwner.COACH)
    return client.id, intake.id


def page(book: Casebook, qtbot: QtBot, client_id: int) -> ClientPanel:
    panel = ClientPanel(book, client_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def action(ticks: StepTicks, text: str) -> QAction:
    """The menu's entry (or its submenu's) whose text starts with `text`."""
    menus = [ticks.menu_, *(a.menu() for a in ticks.menu_.actions() if a.menu())]
    found = [a for menu in menus for a in menu.actions() if a.text().startswith(text)]
    assert len(found) == 1, [a.text() for menu in menus for a in menu.actions()]
    return found[0]


def test_a_step_is_ticked_off_in_two_clicks_and_taken_back(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    client_id, intake = client_with_steps(book)
    sheet = record_handed_sheet(book, intake, build_summary(book, intake, "en"), SheetMedium.PRINT)
    clock.now = START + timedelta(days=1)  # Tuesday: the client calls
    panel = page(book, qtbot, client_id)
    ticks = panel.standing.step_ticks
    assert ticks.tick.isVisible() and not ticks.undo.isVisible()
    assert [a.text() for a in ticks.menu_.actions() if not a.isSeparator()] == [
        "Done: Huurpremie vragen aan het OCMW (client, by 09/03/2026)",
        "Done: De huisbaas bellen && de afspraak bevestigen (coach, no date)",
        "Dropped: no longer to do",
    ]
    action(ticks, "Done: Huurpremie").trigger()  # the second click
    [ask, call] = book.client_steps(client_id)
    assert ask.status is StepStatus.DONE and ask.status_conversation_id is None
    assert call.status is StepStatus.OPEN
    assert len(book.conversations(client_id)) == 1  # no conversation made
    assert (
        ASK not in panel.standing.steps.text()
        and "De huisbaas bellen" in panel.standing.steps.text()
    )
    assert ticks.message.text() == f"Recorded as done: {ASK}"
    assert ticks.undo.isVisible() and ticks.undo.hasFocus()
    assert ticks.undo.text() == "Take back: done"
    assert ticks.undo.accessibleName() == f"Take back that this step is done: {ASK}"
    assert ticks.undo.toolTip() == ticks.undo.accessibleName()
    history = panel.history.item(0).text()
    assert "out of date" in history  # the sheet says it is still to do
    assert book.handed_sheet(sheet.id).content  # kept as it was handed over

    qtbot.keyClick(ticks.undo, Qt.Key.Key_Space)  # a wrong click: taken back
    assert book.step(ask.id).status is StepStatus.OPEN
    assert [e.status for e in book.step_history(ask.id)] == [StepStatus.OPEN]
    assert ASK in panel.standing.steps.text()
    assert ticks.message.text() == f"Taken back, open again: {ASK}"
    assert not ticks.undo.isVisible() and ticks.tick.hasFocus()
    assert "out of date" not in panel.history.item(0).text()

    action(ticks, "Dropped: De huisbaas").trigger()
    assert book.step(call.id).status is StepStatus.DROPPED
    assert ticks.undo.text() == "Take back: dropped"
    assert ticks.undo.accessibleName().endswith(CALL)


def test_the_steps_button_is_reached_by_tab_after_the_language(
    book: Casebook, qtbot: QtBot
) -> None:
    client_id, _intake = client_with_steps(book)
    panel = page(book, qtbot, client_id)
    panel.language.setFocus()
    qtbot.keyClick(panel.language, Qt.Key.Key_Tab)
    ticks = panel.standing.step_ticks
    assert ticks.tick.hasFocus()
    assert ticks.tick.accessibleName() == (
        "Mark an open step done or dropped, without a conversation"
    )
    assert ticks.tick.text() == "Tick off a step..."


def test_without_open_steps_there_is_nothing_to_tick_off(book: Casebook, qtbot: QtBot) -> None:
    client = book.add_client("Sam De Smet")
    panel = page(book, qtbot, client.id)
    assert panel.standing.step_ticks.isHidden()
    assert panel.standing.steps.text() == "No open steps."


def test_a_long_step_is_cut_in_the_menu_and_whole_in_the_message(
    book: Casebook, qtbot: QtBot
) -> None:
    client_id, intake = client_with_steps(book)
    long = "Alle facturen van de energieleverancier\nvan het voorbije jaar verzamelen en meebrengen"
    step = book.add_step(intake, long, StepOwner.TOGETHER)
    ticks = page(book, qtbot, client_id).standing.step_ticks
    cut = short(long)
    assert len(cut) == 50 and cut.endswith("\u2026") and "\n" not in cut
    action(ticks, f"Done: {cut} (together, no date)").trigger()
    assert book.step(step.id).status is StepStatus.DONE
    assert ticks.message.text() == f"Recorded as done: {long}"


def test_the_next_follow_up_shows_the_step_ticked_off_between_conversations_as_done(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    """The tick reaches the next conversation: its steps tab lists the step among the earlier
    ones, done, where the coach can talk about it or open it again."""
    client_id, _intake = client_with_steps(book)
    clock.now = START + timedelta(days=1)
    panel = page(book, qtbot, client_id)
    action(panel.standing.step_ticks, "Done: Huurpremie").trigger()
    clock.now = START + timedelta(days=7)
    follow_up = book.start_conversation(
        client_id, ConversationKind.FOLLOW_UP, "follow_up", "1.0", '{"id": "follow_up"}'
    )
    view = open_view(qtbot, book, follow_up.id, clock=clock)
    view.focus_side_tab(1)
    rows = {row.step.what: row.chosen() for row in view.steps.earlier.rows}
    assert rows == {ASK: StepStatus.DONE, CALL: StepStatus.OPEN}
