"""Ctrl+Shift+N on a client's page starts a follow-up conversation as the page's button does
(Client > Start follow-up), and what the coach types next is kept (issue 14 item 2; tour 7
made the keys and the button alike); in a conversation the same keys make a new note (one owner
of the keys at a time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.keyboard import type_text
from tests.support.shell import finish_open, open_first_conversation, unlocked_window

from intakecompanion.domain.model import ConversationKind
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.page import ConversationPage

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TYPED = "Belde zelf naar de huisbaas"


def start_follow_up(qtbot, window, how: str) -> tuple[ConversationPage, int]:  # type: ignore[no-untyped-def]
    """Start Éline's follow-up from her page by `how` ("keys" or "button"); the page, and the
    conversations she had before."""
    workspace = window.workspace
    book = workspace.casebook
    client = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    finish_open(book, client.id)  # else the coach is asked to open that one first (tour9 #4)
    before = len(book.conversations(client.id))
    workspace.show_client(client.id)
    assert window.commands["follow_up"].isEnabled()
    if how == "keys":
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, CTRL_SHIFT)
    else:
        qtbot.mouseClick(workspace.client_panel.follow_up_button, Qt.MouseButton.LeftButton)
    page = workspace.conversation_page
    assert page is not None
    started = book.conversation(page.conversation_id)
    assert started.kind is ConversationKind.FOLLOW_UP and started.client_id == client.id
    assert len(book.conversations(client.id)) == before + 1
    return page, before


def test_ctrl_shift_n_on_a_client_page_starts_the_follow_up_as_its_button_does(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    """Tour 7: the keys opened an empty internal note besides, with the focus in it; the button
    opened the checklist. Both now open it on the first open item, no note made, and the
    key is not taken a second time by the conversation's own "new note"."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    shown = {}
    for how in ("button", "keys"):
        page, _before = start_follow_up(qtbot, window, how)
        focused = QApplication.focusWidget()
        assert isinstance(focused, ItemRow)
        shown[how] = (focused.item_id, len(page.view.notes.cards), page.view.tabs.currentIndex())
        window.workspace.back_to_client()
    assert shown["keys"] == shown["button"]
    assert shown["keys"][1] == 0  # a new follow-up has no note card


def test_what_is_typed_after_ctrl_shift_n_on_a_client_page_is_kept(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page, _before = start_follow_up(qtbot, window, "keys")
    row = QApplication.focusWidget()
    assert isinstance(row, ItemRow)
    for char in TYPED:  # each key where the keyboard is: the first one moves it to the note
        type_text(QApplication.focusWidget(), char)
    assert window.workspace.flush()
    book = window.workspace.casebook
    assert book.answers(page.conversation_id)[row.item_id].note == TYPED
    assert str(book.answers(page.conversation_id)[row.item_id].state) == "open"
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
