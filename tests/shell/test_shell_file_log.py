"""The client page's "Who received the client's information?" list: as tall as its lines,
wrapped at its width, at any zoom; it had a fixed 120 px and hid all but five lines."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from tests.support.records import NOW

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.vault.store import Vault

# Wider than the page at any font (Wine's is narrower): each line wraps.
STICK = "/media/usb-stick-van-de-cliënt/" + "dossier-van-de-cliënt/" * 6 + "kopie-{}.pdf"


def settled(qtbot, panel: ClientPanel) -> None:  # type: ignore[no-untyped-def]
    """The list lays its lines out again a moment after its size changed (QListView waits
    100 ms): until it did, what it shows is not yet its answer."""
    qtbot.wait(50)
    try:
        qtbot.waitUntil(lambda: log_shows_every_line_whole(panel) == [], timeout=3000)
    except Exception:  # what it shows at the end is asserted by the test
        pass


def log_shows_every_line_whole(panel: ClientPanel) -> list[str]:
    log = panel.file.log
    found = []
    if log.verticalScrollBar().maximum() > 0:
        found.append(f"scrolls up and down by {log.verticalScrollBar().maximum()} px")
    if log.horizontalScrollBar().maximum() > 0:
        found.append("scrolls sideways")
    for row in range(log.count()):
        rect = log.visualRect(log.model().index(row, 0))
        if not log.viewport().rect().contains(rect):
            found.append(f"line {row} is not whole in view: {rect} in {log.viewport().rect()}")
    return found


@pytest.mark.parametrize("points", [10, 15, 20])  # 100, 150 and 200 %
def test_the_log_of_what_left_the_vault_follows_its_lines_and_the_zoom(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, points: int
) -> None:
    book = Casebook(vault, clock=lambda: NOW)
    client = book.add_client("Sam De Smet")
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    font = QFont(panel.font())
    font.setPointSize(points)
    panel.setFont(font)
    panel.resize(700, 600)
    panel.show()
    settled(qtbot, panel)
    log = panel.file.log
    one_line = log.height()
    assert one_line <= 3 * log.fontMetrics().lineSpacing()  # "Nothing has left the vault yet."

    for number in range(1, 4):
        book.record_copy(client.id, STICK.format(number))  # longer than the page is wide
    panel.reload()
    settled(qtbot, panel)
    assert log.count() == 3
    assert log_shows_every_line_whole(panel) == []
    rows = sum(log.visualRect(log.model().index(r, 0)).height() for r in range(log.count()))
    assert rows >= 3 * 2 * log.fontMetrics().lineSpacing()  # each line wrapped, whole
    assert log.height() <= rows + 2 * log.frameWidth() + 2  # no room beyond its lines


def test_a_long_log_scrolls_up_and_down_within_the_page(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """Past twenty lines of text the list scrolls; never sideways."""
    book = Casebook(vault, clock=lambda: NOW)
    client = book.add_client("Sam De Smet")
    for number in range(40):
        book.record_copy(client.id, f"/media/stick/{number}")
    panel = ClientPanel(book, client.id)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.wait(300)
    log = panel.file.log
    assert log.verticalScrollBar().maximum() > 0
    assert log.horizontalScrollBar().maximum() == 0
    lines = log.fontMetrics().lineSpacing()
    assert 20 * lines <= log.height() <= 20 * lines + 2 * log.frameWidth()
