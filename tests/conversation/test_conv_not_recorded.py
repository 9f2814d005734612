"""The marker "not recorded at the client's request", placed in a note's stead (issue 15,
item 5): stored at once, shown as such when the conversation is opened again, never shared,
and typed text makes it an ordinary internal note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.support.conversation import open_view
from tests.support.keyboard import type_text


def test_the_marker_is_stored_at_once_and_shown_as_such_again(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id)
    qtbot.mouseClick(view.notes.marker_button, Qt.MouseButton.LeftButton)
    assert view.flush() is True
    [note] = reread().notes(intake.id)
    assert note.not_recorded and note.text == "" and not note.shared
    card = view.notes.cards[-1]
    assert card.band_label.text() == "NOT RECORDED: at the client's request"
    assert not card.switch.isVisibleTo(card)  # a marker is never shared

    again = open_view(qtbot, casebook, intake.id)
    [shown] = again.notes.cards
    assert shown.not_recorded and "NOT RECORDED" in shown.band_label.text()
    assert "not recorded" in shown.editor.accessibleName()


def test_typing_into_the_marker_makes_it_an_internal_note(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_marker()
    type_text(card.editor, "Toch iets: wil volgende keer over werk praten")
    assert view.flush() is True
    [note] = reread().notes(intake.id)
    assert not note.not_recorded and note.text.startswith("Toch iets")
    assert card.band_label.text() == "INTERNAL: not on the sheet"
    assert card.switch.isVisibleTo(card)
