"""After a restore beside the open vault, the way into the new vault is a button, not a command
line a Windows coach cannot type: the window locks its vault, asks for the new one's passphrase
and opens it, also at the next start. And a second restore needs no reopening of the dialog:
a changed field takes the last result away and "Restore" works again."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import Qt
from tests.support.demo_vault import PASSPHRASE
from tests.support.keyboard import type_text
from tests.support.shell import make_window, only_visible, unlock

from intakecompanion.paths import AppPaths
from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.shared.settings import Settings, remembered_vault
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault import store
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.keys import KdfParams


def restore_into(qtbot, dialog: RestoreDialog, backup: Path, target: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.source.setText(str(backup))
    dialog.target.setText(str(target))
    type_text(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def window_with_restore_dialog(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, seeded: Path, kdf: KdfParams, tmp_path: Path
) -> tuple[MainWindow, RestoreDialog, Path]:
    with store.unlock(seeded, PASSPHRASE) as vault:
        backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    window = make_window(qtbot, app_paths, seeded, kdf)
    unlock(qtbot, window)
    window.commands["restore"].trigger()
    return window, only_visible(RestoreDialog), backup


def test_the_restored_vault_opens_in_this_window_and_at_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    window, dialog, backup = window_with_restore_dialog(
        qtbot, app_paths, seeded, fast_kdf, tmp_path
    )
    restored = tmp_path / "nieuw" / "vault.icv"
    restore_into(qtbot, dialog, backup, restored)
    assert "intakecompanion --vault" not in dialog.status.message.text()
    assert dialog.open_button.isVisible() and dialog.open_button.hasFocus()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.workspace is None and not window.session.is_open  # the old one locked
    assert isinstance(window.gate.page, UnlockPage)
    unlock(qtbot, window)
    casebook = window.session.casebook
    assert casebook is not None and casebook.vault.path == restored
    assert remembered_vault(Settings.load(app_paths.settings_file)) == restored
    window.lock()
    restored.unlink()  # gone: the next start opens the usual vault, never a new one there
    assert remembered_vault(Settings.load(app_paths.settings_file)) is None


def test_a_second_restore_needs_no_new_dialog(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    _window, dialog, backup = window_with_restore_dialog(
        qtbot, app_paths, seeded, fast_kdf, tmp_path
    )
    restore_into(qtbot, dialog, backup, tmp_path / "een" / "vault.icv")
    assert not dialog.start_button.isEnabled()
    second = tmp_path / "twee" / "vault.icv"
    dialog.target.setText(str(second))  # the coach edits a field
    assert dialog.status.message.text() == "" and not dialog.open_button.isVisible()
    assert dialog.start_button.isEnabled()
    restore_into(qtbot, dialog, backup, second)
    assert str(second) in dialog.status.message.text()
    assert second.exists()


def test_a_restored_vault_that_cannot_be_remembered_says_the_next_start_opens_the_usual_one(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams, tmp_path: Path, monkeypatch
) -> None:
    """The dialog promises the new vault at every start; a settings file the disk refuses
    made that untrue without a word."""
    window, dialog, backup = window_with_restore_dialog(
        qtbot, app_paths, seeded, fast_kdf, tmp_path
    )
    restored = tmp_path / "nieuw" / "vault.icv"
    restore_into(qtbot, dialog, backup, restored)

    def full_disk(_self: Settings) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Settings, "save", full_disk)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    page = window.gate.page
    assert isinstance(page, UnlockPage)
    said = page.status.message.text()
    assert "could not remember" in said and "next start opens your usual vault" in said
    assert "No space left" not in said  # the reason in the coach's words
    monkeypatch.undo()
    unlock(qtbot, window)  # opened now all the same
    casebook = window.session.casebook
    assert casebook is not None and casebook.vault.path == restored
    assert remembered_vault(Settings.load(app_paths.settings_file)) is None


def test_a_restore_onto_a_full_disk_says_so_and_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, seeded: Path, fast_kdf: KdfParams, tmp_path: Path, monkeypatch
) -> None:
    """tour9: a restore onto a full disk said "The last change could not be saved … It was
    undone", of a change the coach never made."""
    from intakecompanion.vault import files

    _window, dialog, backup = window_with_restore_dialog(
        qtbot, app_paths, seeded, fast_kdf, tmp_path
    )
    before = backup.read_bytes()

    def full_disk(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "copy_private_file", full_disk)
    target = tmp_path / "vol" / "vault.icv"
    dialog.source.setText(str(backup))
    dialog.target.setText(str(target))
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.status.busy and dialog.status.message.text() != "")
    assert dialog.status.message.text() == (
        "The new vault could not be made there: the disk is full. Your backup and your own "
        "vault are unchanged, and nothing half-made was left behind."
    )
    assert backup.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == []
