"""The Client menu's commands for one client are enabled where they apply only: on the
overview "Back to the client", "Sheet for the client..." and "Delete client..." did nothing
(tour10 #15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.support.shell import open_first_conversation, unlocked_window

CLIENT_COMMANDS = ("follow_up", "back", "summary", "delete")


def enabled(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name in CLIENT_COMMANDS if window.commands[name].isEnabled()}


def test_client_commands_follow_where_the_coach_is(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_overview()
    assert enabled(window) == set()
    page = open_first_conversation(window, "Éline Maes")
    assert enabled(window) == {"back", "summary", "delete"}  # Ctrl+Shift+N: a new note here
    qtbot.keyClick(page.view, Qt.Key.Key_F11)  # the client reads along: nothing of the menus
    assert enabled(window) == set() and window.commands["lock"].isEnabled()
    qtbot.keyClick(workspace.client_view, Qt.Key.Key_Escape)
    assert enabled(window) == {"back", "summary", "delete"}
    workspace.back_to_client()
    assert enabled(window) == {"follow_up", "summary", "delete"}
    workspace.show_overview()
    assert enabled(window) == set()
