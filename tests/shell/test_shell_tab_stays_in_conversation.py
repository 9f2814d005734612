"""Issue 14, the tour again: Tab from the side panel's last control wrapped onto "Back to the
client", and the space of the next word typed left the conversation. Tab goes round the
phases, the checklist and the side panel; the buttons above them (leaving, showing the client,
the full name, the sheet) take their keys or a click, and what was typed is kept either way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.keyboard import type_text
from tests.support.shell import open_first_conversation, unlocked_window


def test_tab_from_the_last_side_panel_stays_in_the_conversation_and_space_does_not_leave(
    qtbot, app_paths, seeded, fast_kdf
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    page = open_first_conversation(window, "Éline Maes")
    view = page.view
    view.focus_side_tab(3)
    panel = view.appointment
    panel.with_whom.setFocus(Qt.FocusReason.TabFocusReason)
    panel.with_whom.selectAll()
    type_text(panel.with_whom, "Noor en de cliënt")
    # Round the whole Tab chain once and further: never onto the bar above the conversation.
    walked = []
    for _ in range(120):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    buttons = (page.back_button, page.show_client_button)
    header = (view.client_badge.button, view.summary_button, view.promises_button)
    assert not any(button in walked for button in (*buttons, *header))
    assert all(view.isAncestorOf(widget) for widget in walked)
    assert panel.with_whom in walked  # the chain came round again
    # The first stop after the panel's last control is the phases, at the top left.
    last = panel.clear_button
    last.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.stepper
    qtbot.keyClick(view.stepper, Qt.Key.Key_Space)
    assert workspace.conversation_page is page and workspace.client_view is None
    assert not view.client_badge.revealed
    # Leaving is Ctrl+W (or a click): nothing typed is lost.
    panel.with_whom.setFocus(Qt.FocusReason.TabFocusReason)
    panel.with_whom.end(False)
    type_text(panel.with_whom, ", samen")
    qtbot.keyClick(panel.with_whom, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert workspace.conversation_page is None
    stored = workspace.casebook.conversation_appointment(page.conversation_id)
    assert stored is not None and stored.with_whom == "Noor en de cliënt, samen"
