"""Free notes: internal by default, an explicit and unmistakable switch, typed text on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.conversation import open_view
from tests.support.keyboard import type_text

from intakecompanion.domain.save_queue import SaveState


def test_new_note_is_internal_and_reaches_disk_after_a_pause(
    qtbot, casebook, intake, reread
) -> None:
    view = open_view(qtbot, casebook, intake.id, saver=None)  # the real timers
    view.focus_checklist()
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.tabs.currentWidget() is view.notes
    card = view.notes.cards[-1]
    assert QApplication.focusWidget() is card.editor
    assert card.shared is False
    assert card.property("visibility") == "internal"
    type_text(card.editor, "Cliënte wil eerst over haar dochter praten; daarna de huur.")
    assert view.save_state is SaveState.PENDING
    # No flush, no focus change: the pause alone (700 ms debounce) must write it.
    qtbot.waitUntil(lambda: view.save_state is SaveState.SAVED, timeout=5000)
    [note] = reread().notes(intake.id)
    assert note.text == "Cliënte wil eerst over haar dochter praten; daarna de huur."
    assert note.shared is False


def test_saved_indicator_shows_only_after_the_write(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    seen: list[tuple[str, list[str]]] = []
    view.saved_state_changed.connect(
        lambda state: seen.append((state, [n.text for n in reread().notes(intake.id)]))
    )
    type_text(card.editor, "Afspraak bij de huisarts")
    assert view.save_state_label.property("state") == "pending"
    assert view.flush() is True
    assert seen[-1] == ("saved", ["Afspraak bij de huisarts"])  # on disk when "saved" showed
    assert view.save_state_label.property("state") == "saved"


def test_switch_to_shared_and_back_is_explicit_and_stored(qtbot, casebook, intake, reread) -> None:
    note = casebook.add_note(intake.id, "We zoeken samen uit welke premies er zijn.")
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.cards[0]
    internal_text = card.band_label.text()
    qtbot.mouseClick(card.switch, Qt.MouseButton.LeftButton)
    assert reread().note(note.id).shared is True
    assert card.property("visibility") == "shared"
    assert card.band_label.text() != internal_text
    assert card.band.accessibleName() == card.band_label.text()
    assert card.switch.text() == card.tr("Make internal")
    card.switch.setFocus()
    qtbot.keyClick(card.switch, Qt.Key.Key_Space)  # by keyboard too
    assert reread().note(note.id).shared is False
    assert card.band_label.text() == internal_text


def test_shared_switch_on_a_new_note_stores_it_shared(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    qtbot.mouseClick(card.switch, Qt.MouseButton.LeftButton)
    type_text(card.editor, "Volgende keer: loonbrieven.")
    view.flush()
    [note] = reread().notes(intake.id)
    assert (note.text, note.shared) == ("Volgende keer: loonbrieven.", True)


def test_an_untouched_new_note_is_not_stored(qtbot, casebook, intake, reread) -> None:
    view = open_view(qtbot, casebook, intake.id)
    view.notes.add_note()
    assert view.flush() is True
    assert reread().notes(intake.id) == []


def test_delete_needs_a_second_click(qtbot, casebook, intake, reread) -> None:
    casebook.add_note(intake.id, "weg ermee")
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.cards[0]
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert card.delete_button.armed
    assert len(reread().notes(intake.id)) == 1
    qtbot.mouseClick(card.delete_button, Qt.MouseButton.LeftButton)
    assert reread().notes(intake.id) == []
    assert view.notes.cards == []


def test_notes_reload_with_their_switch(qtbot, casebook, intake) -> None:
    casebook.add_note(intake.id, "intern")
    casebook.add_note(intake.id, "gedeeld", shared=True)
    view = open_view(qtbot, casebook, intake.id)
    assert [(c.editor.text(), c.shared) for c in view.notes.cards] == [
        ("intern", False),
        ("gedeeld", True),
    ]
