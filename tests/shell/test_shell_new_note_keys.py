"""Issue 14 item 2: Ctrl+Shift+N on a client's page starts a follow-up conversation with the
cursor in a new note, so what the coach types next is kept; in a conversation the same keys
still make a new note (one owner of the keys at a time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from tests.support.keyboard import type_text
from tests.support.shell import open_first_conversation, unlocked_window

from intakecompanion.domain.model import ConversationKind

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TYPED = "Belde zelf naar de huisbaas"


def test_ctrl_shift_n_on_a_client_page_starts_a_follow_up_and_keeps_what_is_typed(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    book = workspace.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    before = len(book.conversations(client.id))
    workspace.show_client(client.id)
    assert window.commands["follow_up"].isEnabled()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL_SHIFT)
    page = workspace.conversation_page
    assert page is not None
    conversations = book.conversations(client.id)
    assert len(conversations) == before + 1
    started = book.conversation(page.conversation_id)
    assert started.kind is ConversationKind.FOLLOW_UP and started.client_id == client.id
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit) and page.view.notes.isAncestorOf(editor)
    type_text(editor, TYPED)
    assert workspace.flush()
    assert [n.text for n in book.notes(page.conversation_id)] == [TYPED]
    assert not window.commands["follow_up"].isEnabled()  # the keys belong to "new note" here


def test_ctrl_shift_n_in_a_conversation_still_makes_a_new_note(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    cards = len(page.view.notes.cards)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL_SHIFT)
    assert len(page.view.notes.cards) == cards + 1
    assert QApplication.focusWidget() is page.view.notes.cards[-1].editor
    assert window.workspace is not None and window.workspace.conversation_page is page


def test_the_conversation_keys_work_from_the_buttons_above_it(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, the tour again: Tab from the last side panel lands on "Back to the client";
    Ctrl+5 did nothing there, so the date typed next went nowhere and its space went back to
    the client's page."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = open_first_conversation(window, "Éline Maes")
    page.back_button.setFocus()
    qtbot.keyClick(page.back_button, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert page.view.tabs.currentIndex() == 3
    assert page.view.appointment.isAncestorOf(QApplication.focusWidget())
    page.show_client_button.setFocus()
    qtbot.keyClick(page.show_client_button, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.view.isAncestorOf(QApplication.focusWidget())
    assert window.workspace is not None and window.workspace.conversation_page is page
