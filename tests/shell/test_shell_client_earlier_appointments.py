"""The client page says how the last appointments went (tour10 #8): once the message of the
moment was gone, a missed or moved appointment was on the page nowhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.support.summary_data import new_casebook
from tests.support.trajectory_data import Clock

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind, Party
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.shared.texts import format_datetime

START = datetime(2026, 3, 2, 10, 0).astimezone()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def book(tmp_path: Path, clock: Clock) -> Iterator[Casebook]:
    casebook = new_casebook(tmp_path, clock)
    yield casebook
    casebook.vault.close()


def test_the_last_appointments_outcomes_stand_on_the_client_page(
    book: Casebook, clock: Clock, qtbot: QtBot
) -> None:
    client = book.add_client("Noor Vermeulen")
    intake = book.start_conversation(
        client.id, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    days = [START + timedelta(days=n) for n in (2, 4, 6, 8, 10)]
    made = [book.add_appointment(client.id, day, "Sociaal huis", "", intake.id) for day in days]
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    standing = panel.standing
    assert not standing.earlier.isVisibleTo(panel)  # nothing went yet: no row
    clock.now = days[-1] + timedelta(hours=3)
    book.mark_missed(made[0].id, Party.CLIENT)
    book.mark_missed(made[1].id, Party.COACH)
    book.mark_missed(made[2].id, Party.CLIENT)
    book.cancel_appointment(made[3].id, Party.CLIENT)
    panel.reload()
    assert standing.earlier.isVisibleTo(panel)
    assert standing.earlier.text().splitlines() == [  # the newest first, three of them
        f"\u2022 {format_datetime(days[3])}: cancelled by the client",
        f"\u2022 {format_datetime(days[2])}: missed by the client",
        f"\u2022 {format_datetime(days[1])}: missed by the coach",
    ]
    assert standing.caption_of(standing.earlier).text() == "Earlier appointments"
    assert format_datetime(days[4]) not in standing.earlier.text()  # not recorded: not here
