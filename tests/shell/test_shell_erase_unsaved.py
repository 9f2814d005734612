"""Erasing a client whose conversation is open: what was typed is saved first, or nothing is
erased and the conversation stays open with its save-failure banner."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.shell.test_shell_lock_edits import Disk, unlock, window_on_failing_disk
from tests.support.shell import PASSPHRASE, open_first_conversation, type_text

from intakecompanion.demo import seed_demo
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams

NOTE = "Zoë belt morgen de huisbaas."


@pytest.fixture
def seeded(shell_vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    try:
        seed_demo(vault, "nl")
    finally:
        vault.close()
    return shell_vault_path


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
