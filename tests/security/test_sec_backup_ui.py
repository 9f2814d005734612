"""Backup and restore from the app's File menu, through the real windows on a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.support.keyboard import type_text
from tests.support.shell import PASSPHRASE, destroy_pending, make_window, unlock

from intakecompanion.paths import AppPaths
from intakecompanion.ui.dialogs.backup_dialog import BackupDialog
from intakecompanion.ui.dialogs.restore_dialog import RestoreDialog
from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage
from intakecompanion.ui.gate.recover_page import RecoverPage
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault import keys, store
from intakecompanion.vault.inspection import data_key_for, verify_file
from intakecompanion.vault.keys import KdfParams

pytestmark = pytest.mark.usefixtures("settle_qt")


@pytest.fixture
def seeded(seeded: Path, seeded_recovery_key: str) -> tuple[Path, str]:
    """The demo vault and its recovery key."""
    return seeded, seeded_recovery_key


def visible(window: MainWindow, kind: type) -> list:  # type: ignore[type-arg]
    return [d for d in window.findChildren(kind) if d.isVisible()]


def test_back_up_from_the_menu_while_unlocked(
    qtbot, app_paths: AppPaths, seeded: tuple[Path, str], fast_kdf: KdfParams, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = seeded
    window = make_window(qtbot, app_paths, path, fast_kdf)
    assert not window.commands["backup"].isEnabled()  # locked: nothing to back up
    unlock(qtbot, window)
    assert window.commands["backup"].isEnabled()
    window.commands["backup"].trigger()
    [dialog] = visible(window, BackupDialog)
    target = tmp_path / "usb" / "kopie.icvbackup"
    target.parent.mkdir()
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.backup_done, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.status.message.property("state") == "ok"
    assert "kopie.icvbackup" in dialog.status.message.text()
    assert "kopie.icvbackup.key" in dialog.status.message.text()
    assert "pages" not in dialog.status.message.text()  # no jargon: what it holds and how it opens
    assert_whole_message_shows(dialog)
    report, _ = verify_file(target, data_key_for(target, recovery_key=recovery_key))
    assert report.ok
    assert data_key_for(target, passphrase=PASSPHRASE).data_keys == (
        keys.parse_recovery_key(recovery_key),
    )
    # The same name again without the file dialog's "replace?" is refused, and said so.
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.message.property("state") == "error", timeout=20000)
    assert "already exists" in dialog.status.message.text()
    # A lock takes the dialog away with the workspace.
    window.lock()
    destroy_pending()
    assert not [w for w in QApplication.allWidgets() if isinstance(w, BackupDialog)]


def assert_whole_message_shows(dialog: BackupDialog) -> None:
    """Every line of the message fits in the label, and the label in the dialog."""
    label = dialog.status.message
    QApplication.processEvents()
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width())
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom <= dialog.height()


def test_after_a_recovery_key_unlock_the_backup_says_it_has_no_key_file(
    qtbot, app_paths: AppPaths, seeded: tuple[Path, str], fast_kdf: KdfParams, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The key-file box stayed ticked and none was written, with the only word of it cut off
    at the dialog's size: now the box is off and says why, and the backup says how it opens."""
    path, recovery_key = seeded
    window = make_window(qtbot, app_paths, path, fast_kdf)
    qtbot.mouseClick(window.gate.page.forgot, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    recover = window.gate.page
    assert isinstance(recover, RecoverPage)
    type_text(recover.key, recovery_key)
    with qtbot.waitSignal(window.session.opened, timeout=20000):
        qtbot.keyClick(recover.key, Qt.Key.Key_Return)
    new_passphrase = window.gate.page
    assert isinstance(new_passphrase, NewPassphrasePage)
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.mouseClick(new_passphrase.later_button, Qt.MouseButton.LeftButton)
    window.commands["backup"].trigger()
    [dialog] = visible(window, BackupDialog)
    assert not dialog.with_key_file.isChecked() and not dialog.with_key_file.isEnabled()
    assert dialog.no_key_file.isVisible()
    assert "recovery key only" in dialog.no_key_file.text()
    target = tmp_path / "usb" / "kopie.icvbackup"
    target.parent.mkdir()
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.backup_done, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopie.icvbackup"]
    assert dialog.status.message.property("state") == "ok"
    assert "recovery key only" in dialog.status.message.text()
    assert_whole_message_shows(dialog)
    report, _ = verify_file(target, data_key_for(target, recovery_key=recovery_key))
    assert report.ok


def test_restore_on_a_new_laptop_then_unlock(
    qtbot, app_paths: AppPaths, seeded: tuple[Path, str], fast_kdf: KdfParams, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    old_path, _ = seeded
    with store.unlock(old_path, PASSPHRASE) as vault:
        from intakecompanion.vault.backup import backup_vault

        backup = backup_vault(vault, tmp_path / "stick.icvbackup").path
    new_laptop = tmp_path / "new-laptop" / "vault.icv"
    window = make_window(qtbot, app_paths, new_laptop, fast_kdf)
    assert window.commands["restore"].isEnabled()
    window.commands["restore"].trigger()
    [dialog] = visible(window, RestoreDialog)
    assert dialog.target.text() == str(new_laptop) and dialog.target.isReadOnly()
    dialog.source.setText(str(backup))
    type_text(dialog.passphrase, "niet de wachtwoordzin")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.message.isVisible(), timeout=20000)
    assert dialog.status.message.property("state") == "error"
    assert not new_laptop.exists()
    dialog.passphrase.clear()
    type_text(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.text() == ""  # no secret stays in the dialog
    dialog.reject()
    unlock(qtbot, window)
    book = window.session.casebook
    assert book is not None
    assert "Éline Maes" in [o.client.name for o in book.clients()]


def test_restore_with_the_recovery_key_next_to_an_existing_vault(
    qtbot, app_paths: AppPaths, seeded: tuple[Path, str], fast_kdf: KdfParams, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, recovery_key = seeded
    with store.unlock(path, PASSPHRASE) as vault:
        from intakecompanion.vault.backup import backup_vault

        backup = backup_vault(vault, tmp_path / "b.icvbackup", with_key_file=False).path
    window = make_window(qtbot, app_paths, path, fast_kdf)
    window.commands["restore"].trigger()
    [dialog] = visible(window, RestoreDialog)
    assert dialog.target.text() == "" and not dialog.target.isReadOnly()
    dialog.target.setText(str(path))  # the existing vault: refused before anything runs
    dialog.source.setText(str(backup))
    dialog.with_recovery_key.setChecked(True)
    type_text(dialog.recovery_key, recovery_key)
    type_text(dialog.new_passphrase, "nieuwe wachtwoordzin voor Noor hier")
    type_text(dialog.repeat, "nieuwe wachtwoordzin voor Noor hier")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.status.message.text()
    second = tmp_path / "tweede" / "vault.icv"
    dialog.target.setText(str(second))
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    with store.unlock(second, "nieuwe wachtwoordzin voor Noor hier") as restored:
        assert len(restored.db.execute("SELECT id FROM clients").fetchall()) >= 4


def test_the_backup_is_proposed_on_a_stick_and_a_folder_on_the_laptop_is_warned_about(
    qtbot, vault, tmp_path: Path, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    """A backup belongs away from the laptop: the dialog proposes the USB stick plugged in
    (not the home folder), else the Documents folder with a warning, as the recovery key's
    "save as text" does."""
    stick = tmp_path / "media" / "coach" / "USB-STICK"
    stick.mkdir(parents=True)
    drives = [stick]
    dialog = BackupDialog(vault, drives=lambda: list(drives))
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.target.text()).parent == stick
    assert not dialog.place_warning.isVisible()

    (isolated_home / "Documents").mkdir()
    drives.clear()  # no stick: the Documents folder, and a warning in words
    dialog = BackupDialog(vault, drives=lambda: list(drives))
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.target.text()).parent == isolated_home / "Documents"
    assert dialog.place_warning.isVisible()
    assert dialog.place_warning.property("state") == "warning"
    assert "on this laptop" in dialog.place_warning.text()

    drives.append(stick)  # plugged in now, and chosen: the warning goes
    dialog.target.setText(str(stick / "kopie.icvbackup"))
    assert not dialog.place_warning.isVisible()
    dialog.target.setText(str(isolated_home / "kopie.icvbackup"))
    assert dialog.place_warning.isVisible()


def test_a_restore_says_which_erased_clients_come_back_and_erases_them_again(
    qtbot, app_paths: AppPaths, seeded: tuple[Path, str], fast_kdf: KdfParams, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The tour: restoring a backup made before an erasure brought the client back without a
    word, and said only a path for the new vault (which the program does not open by itself)."""
    path, _ = seeded
    with store.unlock(path, PASSPHRASE) as vault:
        from intakecompanion.vault.backup import backup_vault

        backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    window = make_window(qtbot, app_paths, path, fast_kdf)
    unlock(qtbot, window)
    book = window.session.casebook
    assert book is not None
    eline = next(o.client for o in book.clients() if o.client.name == "Éline Maes")
    window.workspace._erase(eline.id)  # the coach confirmed the erasure
    window.commands["restore"].trigger()
    [dialog] = visible(window, RestoreDialog)
    assert dialog.erase_again.isVisibleTo(dialog) and dialog.erase_again.isChecked()
    second = tmp_path / "tweede" / "vault.icv"
    dialog.target.setText(str(second))
    dialog.source.setText(str(backup))
    type_text(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    said = dialog.status.message.text()
    # (its words in each language: tests/shell/test_shell_restore_words.py)
    assert "1 client" in said and "erased again in the new vault." in said
    assert "open it in this window" in said and "intakecompanion --vault" not in said
    assert dialog.open_button.isVisible()
    with store.unlock(second, PASSPHRASE) as restored:
        names = [r[0] for r in restored.db.execute("SELECT name FROM clients")]
    assert "Éline Maes" not in names and len(names) >= 3
