"""Erasing a client whose conversation is open: what was typed is saved first, or nothing is
erased and the conversation stays open with its save-failure banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.support.keyboard import type_text
from tests.support.shell import Disk, open_first_conversation, unlock, window_on_failing_disk

NOTE = "Zoë belt morgen de huisbaas."


def test_erase_with_unsaved_text_keeps_client_and_text_until_saving_works(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    workspace = window.workspace
    page = open_first_conversation(window, "Éline Maes")
    client_id = page.client_id
    view = page.view
    view.focus_side_tab(0)
    disk.failing = True
    card = view.notes.add_note()
    type_text(card.editor, NOTE)

    workspace._erase(client_id)  # the coach confirmed the erasure; the disk refuses
    assert workspace.conversation_page is page  # still open, the text in its editor
    assert card.editor.text() == NOTE
    assert view.banner.isVisible()
    assert "not erased" in page.message.text()
    disk.failing = False
    assert any(o.client.id == client_id for o in workspace.casebook.clients())

    qtbot.mouseClick(view.banner.retry_button, Qt.MouseButton.LeftButton)  # the coach retries
    assert view.banner.isHidden()
    workspace._erase(client_id)
    assert workspace.conversation_page is None
    assert all(o.client.id != client_id for o in workspace.casebook.clients())
