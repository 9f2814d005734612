"""A lock right after an edit: nothing queued for later touches a deleted widget, and text that
could not be saved before the lock is kept in memory and saved right after the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.shell.test_shell_main_window import open_first_conversation, unlocked_window
from tests.support.shell import PASSPHRASE, destroy_pending

from intakecompanion.demo import seed_demo
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams


@pytest.fixture
def seeded(shell_vault_path: Path, fast_kdf: KdfParams) -> Path:
    vault, _key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    try:
        seed_demo(vault, "nl")
    finally:
        vault.close()
    return shell_vault_path


@pytest.mark.parametrize("add", ["note", "step"])
def test_lock_right_after_adding_raises_nothing(qtbot, app_paths, seeded, fast_kdf, add) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    view = open_first_conversation(window, "Éline Maes").view
    if add == "note":
        view.notes.add_note()
    else:
        view.steps.add_step()
    window.lock()  # before the event loop has run once
    destroy_pending()  # the workspace goes before any queued call of it could run
    qtbot.wait(20)  # pytest-qt fails the test on an exception raised in a Qt slot
    assert window.workspace is None
