"""Choosing 'Verzet…' for the appointment a follow-up is at leaves the window as the coach
arranged it (the tour, rough6 item 4: the side panel's divider jumped)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from tests.support.shell import make_window, unlock

from intakecompanion.domain.model import AppointmentStatus, Party


@pytest.mark.usefixtures("dutch", "app_stylesheet")
def test_choosing_moved_leaves_the_side_panels_divider_where_the_coach_put_it(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The move's row (caption, date with its words, time, 'Verzetting vastleggen') asked for
    more room than a side panel dragged narrow has, so the splitter gave it: the divider
    jumped left. The row now goes one part under the other where it does not fit."""
    window = make_window(qtbot, app_paths, seeded, fast_kdf, lang="nl")
    window.resize(1280, 720)
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    sam = next(o.client for o in book.clients() if o.client.name == "Sam De Smet")
    [follow_up] = [c for c in book.conversations(sam.id) if not c.finished]  # at an appointment
    workspace.open_conversation(follow_up.id)
    page = workspace.conversation_page
    assert page is not None
    view = page.view
    view.focus_side_tab(3)
    left, center, side = view.splitter.sizes()
    view.splitter.setSizes([left, center + side, 0])  # dragged right: as narrow as it goes
    QApplication.processEvents()
    before = view.splitter.sizes()
    panel = view.appointment
    choices = panel.previous_status
    [moved] = [
        i
        for i in range(choices.count())
        if choices.itemData(i) == (AppointmentStatus.MOVED, Party.CLIENT)
    ]
    assert choices.itemText(moved) == "Verzet door de cliënt"
    choices.setCurrentIndex(moved)
    choices.activated.emit(moved)
    for _ in range(3):
        QApplication.processEvents()
    assert panel.move_fields.isVisible()
    assert view.splitter.sizes() == before
    for part in (panel.moved_day, panel.moved_time, panel.move_button):  # each shown whole
        assert part.geometry().right() < panel.move_fields.width()
