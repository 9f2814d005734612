"""After a lock and an unlock the keyboard is back in the field the coach left, with its cursor
where it was (the tour of issue 18's session: the next space ticked the first item, or finished
the conversation, and the words went into another note). Each lock here is the real one: Ctrl+L
or the idle watcher, then the unlock page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QPlainTextEdit, QWidget
from tests.support.keyboard import type_text
from tests.support.shell import (
    Disk,
    finish_open,
    open_first_conversation,
    unlock,
    unlocked_window,
    window_on_failing_disk,
)

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.clients.client_panel import ClientPanel
from intakecompanion.ui.conversation.item_row import ItemRow
from intakecompanion.ui.conversation.view import ConversationView
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.ui.window.workspace import Workspace

MINUTE = 60_000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    """Milliseconds for the idle watcher that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def lock_with_ctrl_l(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)
    assert window.workspace is None


def view_of(window: MainWindow) -> ConversationView:
    assert window.workspace is not None and window.workspace.conversation_page is not None
    return window.workspace.conversation_page.view


def states(book: Casebook, conversation_id: int) -> dict[str, str]:
    return {item: str(a.state) for item, a in book.answers(conversation_id).items()}


def book_of(window: MainWindow) -> Casebook:
    assert window.session.casebook is not None
    return window.session.casebook


def new_note_text(window: MainWindow, conversation_id: int, typed: str) -> None:
    """The field with the keyboard is a note's and holds `typed`, and so does that note."""
    field = focused()
    assert isinstance(field, QPlainTextEdit) and field.toPlainText() == typed
    assert view_of(window).notes.isAncestorOf(field)
    assert view_of(window).flush()
    assert typed in [n.text for n in book_of(window).notes(conversation_id)]


def test_an_items_note_has_the_cursor_where_it_was_after_ctrl_l(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """A: Down to an item, letters start its note, the cursor moved back one; Ctrl+L."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.show_phase(0)
    view.focus_checklist()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    row = focused()
    assert isinstance(row, ItemRow)
    item_id, conversation_id = row.item_id, view.conversation_id
    type_text(row, "abc")
    assert focused() is row.note
    qtbot.keyClick(row.note, Qt.Key.Key_Left)
    before = states(book_of(window), conversation_id)
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    note = focused()
    assert isinstance(note, QPlainTextEdit) and isinstance(note.parentWidget(), ItemRow)
    assert note.parentWidget().item_id == item_id  # type: ignore[union-attr]
    type_text(note, " def")
    assert note.toPlainText() == "ab defc"
    assert view_of(window).flush()
    assert book_of(window).answers(conversation_id)[item_id].note == "ab defc"
    assert states(book_of(window), conversation_id) == before  # nothing ticked


def test_a_new_note_in_a_follow_up_has_the_keyboard_after_ctrl_l(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """B: a follow-up, Ctrl+Shift+N, a free note typed; Ctrl+L. Before, the first item of the
    follow-up was ticked and the words went into its note."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    mira = next(o.client for o in workspace.casebook.clients() if o.client.name == "Mira Janssens")
    finish_open(workspace.casebook, mira.id)  # else the coach is asked to open that one first
    workspace.show_client(mira.id)
    workspace.follow_up()
    view = view_of(window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)  # a new note of the conversation
    type_text(focused(), "vrije notitie")
    conversation_id = view.conversation_id
    before = states(book_of(window), conversation_id)
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    type_text(focused(), " verder getypt")
    new_note_text(window, conversation_id, "vrije notitie verder getypt")
    assert states(book_of(window), conversation_id) == before
    assert all(not a.note for a in book_of(window).answers(conversation_id).values())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_note_typed_at_the_closing_step_keeps_the_keyboard_and_nothing_finishes(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, lang, request
) -> None:
    """C: at the closing step a new note, Ctrl+L, unlock, ' en meer'. Before, the focus was on
    "Finish the conversation" and the space finished it."""
    if lang == "nl":
        request.getfixturevalue("dutch")
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.show_phase(view.closing_index)
    view.focus_checklist()
    assert focused() is view.closing.finish_button
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
    type_text(focused(), "Afspraak bevestigd")
    conversation_id = view.conversation_id
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    assert view_of(window).current_phase == view_of(window).closing_index
    type_text(focused(), " en meer")
    new_note_text(window, conversation_id, "Afspraak bevestigd en meer")
    assert book_of(window).conversation(conversation_id).is_open  # not finished


def test_the_closing_steps_button_has_the_keyboard_again_only_if_it_had_it(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Focus on "Sheet for the client" at the lock: there again, not on "Finish"."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.show_phase(view.closing_index)
    view.closing.sheet_button.setFocus()
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    assert focused() is view_of(window).closing.sheet_button


def test_a_field_not_found_again_leaves_the_keyboard_on_the_phases(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The note typed at the closing step could not be saved before the lock (the disk
    refused), so it has no id to be found by: the keyboard goes to the phases, where no key
    changes a record, not to the closing step's "Finish"."""
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    view = open_first_conversation(window, "Éline Maes").view
    view.show_phase(view.closing_index)
    disk.failing = True
    type_text(view.notes.add_note().editor, "Weg")
    lock_with_ctrl_l(qtbot, window)
    disk.failing = False
    unlock(qtbot, window)
    qtbot.wait(20)
    assert focused() is view_of(window).stepper
    conversation_id = view_of(window).conversation_id
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert book_of(window).conversation(conversation_id).is_open


def test_the_idle_lock_leaves_the_keyboard_in_the_note(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """D: the idle lock, on the same path as Ctrl+L."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    clock = FakeClock()
    window.idle.set_timing(warning_ms=30_000, tick_ms=5, clock=clock)
    view = open_first_conversation(window, "Éline Maes").view
    view.show_phase(view.closing_index)
    qtbot.keyClick(view.closing.finish_button, Qt.Key.Key_N, CTRL_SHIFT)
    type_text(focused(), "Stil moment")
    conversation_id = view.conversation_id
    with qtbot.waitSignal(window.session.closed, timeout=5000):
        clock.now += 60 * MINUTE
    unlock(qtbot, window)
    qtbot.wait(20)
    type_text(focused(), " voorbij")
    new_note_text(window, conversation_id, "Stil moment voorbij")
    assert book_of(window).conversation(conversation_id).is_open


def test_a_steps_text_has_the_keyboard_again(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(1)
    row = view.steps.add_step()
    type_text(row.what, "Huurcontract")
    row.what.setSelection(0, 4)  # "Huur" selected
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    steps = view_of(window).steps
    assert focused() is steps.rows[-1].what
    type_text(focused(), "Werk")
    assert steps.rows[-1].what.text() == "Werkcontract"


def test_a_consent_form_field_has_the_keyboard_again(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    """A form nothing saves until it is recorded: its text is typed again, and the cursor goes
    back into the field it was in (told by position)."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    view.focus_side_tab(2)
    type_text(view.consents.recipient, "Huisarts")
    view.consents.purpose.setFocus()
    type_text(view.consents.purpose, "zorg")
    view.consents.purpose.setCursorPosition(2)
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)
    consents = view_of(window).consents
    assert focused() is consents.purpose
    type_text(focused(), "-")
    assert consents.purpose.text() == "zo-rg" and consents.recipient.text() == "Huisarts"


def test_the_conversation_built_again_once_kept_edits_are_saved_keeps_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Edits kept over a lock that the disk still refused wait in the conversation; once they
    are saved (Ctrl+S, room on the disk again) it is built again to show them. The keyboard
    stays in the note the coach was in, not on the first item."""
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    view = open_first_conversation(window, "Éline Maes").view
    disk.failing = True
    type_text(view.notes.add_note().editor, "Bewaard")
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)  # the disk still refuses: the note waits in the conversation
    page = window.workspace.conversation_page  # type: ignore[union-attr]
    editor = page.view.notes.cards[0].editor
    editor.setFocus()
    put = editor.textCursor()
    put.setPosition(3)
    editor.setTextCursor(put)
    disk.failing = False
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.workspace.conversation_page is not page, timeout=5000)  # type: ignore[union-attr]
    field = focused()
    assert field is view_of(window).notes.cards[0].editor
    assert field.textCursor().position() == 3  # type: ignore[attr-defined]


# -- the other screens a coach locks from: the client page, the client list, the overview ------


def workspace_of(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def client_page(window: MainWindow, name: str = "Éline Maes") -> ClientPanel:
    workspace = workspace_of(window)
    client = next(o.client for o in workspace.casebook.clients() if o.client.name == name)
    workspace.show_client(client.id)
    assert workspace.client_panel is not None
    return workspace.client_panel


def locked_and_unlocked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock_with_ctrl_l(qtbot, window)
    unlock(qtbot, window)
    qtbot.wait(20)


def current_data(view: QListWidget) -> object:
    item = view.currentItem()
    assert item is not None
    return item.data(Qt.ItemDataRole.UserRole)


def test_the_client_pages_list_of_conversations_has_the_keyboard_on_the_same_line(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window, "Sam De Smet")
    assert page.history.count() >= 2
    page.history.setFocus()
    page.history.setCurrentRow(page.history.count() - 1)
    chosen = current_data(page.history)
    locked_and_unlocked(qtbot, window)
    history = workspace_of(window).client_panel.history  # type: ignore[union-attr]
    assert focused() is history
    assert current_data(history) == chosen


def test_a_field_of_the_client_page_has_the_keyboard_again(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The reason of a hold, lower down the page: its text is not kept (it is not stored),
    the keyboard is back in it."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window)
    page.file.hold_reason.setFocus()
    locked_and_unlocked(qtbot, window)
    assert focused() is workspace_of(window).client_panel.file.hold_reason  # type: ignore[union-attr]


def test_the_log_of_what_left_the_vault_has_the_keyboard_on_the_same_line(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window)
    for number in range(3):
        book_of(window).record_copy(page.client_id, f"/media/stick/{number}")
    page.reload()
    page.file.log.setFocus()
    page.file.log.setCurrentRow(1)
    locked_and_unlocked(qtbot, window)
    log = workspace_of(window).client_panel.file.log  # type: ignore[union-attr]
    assert focused() is log and log.currentRow() == 1


@pytest.mark.parametrize("control", ["delete_button", "follow_up_button", "language", "pseudonym"])
def test_a_control_that_acts_on_the_next_key_does_not_get_the_keyboard_again(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, control
) -> None:
    """A button, a tick box or a choice list would act on the next key (a space started a
    follow-up, ticked "pseudonym", a letter chose another language for the papers): after the
    unlock the keyboard is in the list of conversations instead, and a space changes nothing."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window)
    widget = getattr(page, control, None) or getattr(page.file, control)
    widget.setFocus()
    client = book_of(window).client(page.client_id)
    conversations = len(book_of(window).conversations(page.client_id))
    locked_and_unlocked(qtbot, window)
    panel = workspace_of(window).client_panel
    assert panel is not None and focused() is panel.history
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_E)
    assert book_of(window).client(page.client_id) == client
    assert len(book_of(window).conversations(page.client_id)) == conversations
    assert workspace_of(window).conversation_page is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_the_search_field_has_the_keyboard_again_beside_a_client_page(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Ctrl+F on a client's page, then a lock: the search is empty again (what was typed in it
    is not kept), and has the keyboard; the client's page is shown as it was."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    type_text(focused(), "Maes")
    assert focused() is workspace_of(window).clients.search
    locked_and_unlocked(qtbot, window)
    workspace = workspace_of(window)
    assert focused() is workspace.clients.search and workspace.clients.search.text() == ""
    assert workspace.client_panel is not None
    assert workspace.client_panel.client_id == page.client_id


def test_the_client_list_has_the_keyboard_on_the_client_it_was_on(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    page = client_page(window, "Mira Janssens")
    clients = workspace_of(window).clients
    clients.list.setFocus()
    assert clients.selected_id() == page.client_id
    locked_and_unlocked(qtbot, window)
    clients = workspace_of(window).clients
    assert focused() is clients.list and clients.selected_id() == page.client_id


def test_the_overview_has_the_keyboard_on_the_same_line_and_opens_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """On the overview (no client open) the keyboard was always put in the search field."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    overview = workspace_of(window).overview
    rows = [i for i, (client_id, _) in enumerate(overview.lines()) if client_id]
    assert len(rows) >= 2
    overview.focus()
    overview.list.setCurrentRow(rows[1])
    locked_and_unlocked(qtbot, window)
    workspace = workspace_of(window)
    assert focused() is workspace.overview.list
    assert workspace.overview.list.currentRow() == rows[1]
    assert workspace.client_panel is None and workspace.right.currentWidget() is workspace.welcome


def test_a_client_list_line_that_was_only_current_opens_no_client(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """Tab into the client list from the overview makes a line current, not chosen: after the
    unlock it is current again, and still no client's page opens."""
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    clients = workspace_of(window).clients
    clients.list.setFocus()
    clients.list.selectionModel().setCurrentIndex(
        clients.list.model().index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    current = current_data(clients.list)
    locked_and_unlocked(qtbot, window)
    workspace = workspace_of(window)
    assert focused() is workspace.clients.list and current_data(workspace.clients.list) == current
    assert workspace.client_panel is None and workspace.right.currentWidget() is workspace.welcome
