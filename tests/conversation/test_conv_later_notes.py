"""A conversation with many notes opens with its first notes made and the others, below them,
made when first needed: scrolled into sight, the focus in the notes, or a new note. They come
in order, in the Tab order, read-only in a finished conversation, and all at once with a
screen reader running (issue 18, goal 10)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from tests.support.conversation import open_view

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import Conversation
from intakecompanion.ui.conversation import notes as notes_module
from intakecompanion.ui.conversation.note_card import NoteCard
from intakecompanion.ui.conversation.notes import NotesPanel
from intakecompanion.ui.conversation.view import ConversationView
from intakecompanion.ui.shared.autosave import AutoSaver

MANY = 12


def add_notes(casebook: Casebook, conversation: Conversation) -> list[str]:
    """Notes of four lines each: the first ones fill more than the list shows."""
    texts = [
        f"Notitie {n}: fictief.\nOver de huur.\nOver de school.\nAfspraak volgt."
        for n in range(1, MANY + 1)
    ]
    for text in texts:
        casebook.add_note(conversation.id, text)
    return texts


def text_of(card: NoteCard) -> str:
    return card.preview.text() if card.preview is not None else card.editor.text()


def shown_texts(view: ConversationView) -> list[str]:
    return [text_of(card) for card in view.notes.cards]


def all_made(qtbot, view: ConversationView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(view.notes.cards) == MANY)


def test_the_first_notes_are_made_at_once_and_the_others_when_scrolled_into_sight(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    texts = add_notes(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    qtbot.wait(50)  # a paint of the list, had the rest been in sight
    assert shown_texts(view) == texts[: NotesPanel.FIRST_CARDS]
    bar = view.notes._scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the scroll bar says there is more below
    bar.setValue(bar.maximum())
    all_made(qtbot, view)
    assert shown_texts(view) == texts
    assert [card.number for card in view.notes.cards] == list(range(1, MANY + 1))
    assert all(card.isVisible() for card in view.notes.cards)


def test_tab_goes_on_from_the_first_notes_into_the_later_ones(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    add_notes(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    view.notes.cards[0].switch.setFocus(Qt.FocusReason.TabFocusReason)
    all_made(qtbot, view)  # the focus came into the notes
    last_first, next_one = view.notes.cards[NotesPanel.FIRST_CARDS - 1 : NotesPanel.FIRST_CARDS + 1]
    last_first.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
    stops = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops == [next_one.switch, next_one.editor, next_one.delete_button]


def test_shift_tab_from_after_the_notes_comes_to_the_last_note(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    add_notes(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    last_made = view.notes.cards[-1].delete_button
    after: QWidget = last_made.nextInFocusChain()
    while not (
        after.isVisible() and after.isEnabled() and after.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        after = after.nextInFocusChain()
    after.setFocus(Qt.FocusReason.TabFocusReason)
    assert len(view.notes.cards) == NotesPanel.FIRST_CARDS
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert len(view.notes.cards) == MANY
    assert QApplication.focusWidget() is view.notes.cards[-1].delete_button


def test_a_new_note_comes_after_every_stored_note(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    texts = add_notes(casebook, intake)
    view = open_view(qtbot, casebook, intake.id)
    card = view.notes.add_note()
    assert view.notes.cards[-1] is card and card.number == MANY + 1
    assert shown_texts(view) == [*texts, ""]


def test_the_later_notes_of_a_finished_conversation_are_read_only(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    add_notes(casebook, intake)
    casebook.finish_conversation(intake.id)
    view = open_view(qtbot, casebook, intake.id)
    view.notes.make_all()
    later = view.notes.cards[-1]
    assert not later.switch.isEnabled() and not later.delete_button.isEnabled()
    assert later.editor.isReadOnly()


def test_with_a_screen_reader_every_note_is_made_at_once(
    qtbot, casebook: Casebook, intake: Conversation, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    texts = add_notes(casebook, intake)

    class Reading:
        @staticmethod
        def isActive() -> bool:  # noqa: N802 (Qt API)
            return True

    monkeypatch.setattr(notes_module, "QAccessible", Reading)
    view = open_view(qtbot, casebook, intake.id)
    assert shown_texts(view) == texts


def test_a_notes_list_closed_with_notes_still_to_make_minds_no_focus(
    qtbot, casebook: Casebook, intake: Conversation
) -> None:  # type: ignore[no-untyped-def]
    add_notes(casebook, intake)
    holder = QWidget()
    qtbot.addWidget(holder)
    other = QPushButton("Elders", holder)  # first in the Tab order: it has the focus
    other.move(0, 210)
    panel = NotesPanel(casebook, AutoSaver(), intake.id, parent=holder)
    panel.setGeometry(0, 0, 400, 200)
    holder.resize(420, 260)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    assert len(panel.cards) == NotesPanel.FIRST_CARDS
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    third = QPushButton("Nog elders", holder)
    third.show()
    third.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus moves: nothing raises
    assert QApplication.focusWidget() is third
