"""The coach's details: saved as typed (Edit > Your details), kept over a lock even when the
disk refuses, and asked again after an unlock while still empty (with a way to skip)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.support.keyboard import type_text
from tests.support.shell import PASSPHRASE, Disk, destroy_pending, unlock, window_on_failing_disk

from intakecompanion.domain.casebook import Casebook
from intakecompanion.ui.gate.gate import Gate
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.profile.dialog import ProfileDialog
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.ui.window.main_window import MainWindow
from intakecompanion.vault.keys import KdfParams

ORGANISATION = "OCMW Zoersel – dienst schuldhulp"


def open_profile_dialog(qtbot, window: MainWindow) -> ProfileDialog:  # type: ignore[no-untyped-def]
    window.edit_profile()
    dialog = next(w for w in window.findChildren(ProfileDialog) if w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def profile_of(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.session.casebook is not None
    return window.session.casebook.profile()


@pytest.mark.parametrize("disk_refuses", [False, True], ids=["disk-ok", "disk-full"])
def test_details_typed_just_before_a_lock_are_kept(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf, disk_refuses
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    dialog = open_profile_dialog(qtbot, window)
    dialog.form.organisation.clear()
    disk.failing = disk_refuses
    type_text(dialog.form.organisation, ORGANISATION)
    # Ctrl+L before the typing pause is over: the lock saves it (or keeps it in memory).
    qtbot.keyClick(dialog.form.organisation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    destroy_pending()
    assert window.workspace is None
    disk.failing = False
    unlock(qtbot, window)
    assert profile_of(window).organisation == ORGANISATION


def test_details_are_saved_as_typed_and_the_dialog_closes_only_once_saved(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    disk = Disk()
    window = window_on_failing_disk(qtbot, app_paths, seeded, fast_kdf, disk)
    unlock(qtbot, window)
    dialog = open_profile_dialog(qtbot, window)
    dialog.form.phone.clear()
    type_text(dialog.form.phone, "0470 12 34 56")
    assert dialog.autosave.saver.flush()  # what the typing pause does
    assert profile_of(window).phone == "0470 12 34 56"
    assert dialog.message.property("state") == "ok"

    disk.failing = True
    type_text(dialog.form.phone, "7")
    dialog.reject()  # Escape / Close while the disk refuses: the dialog stays, says why
    assert dialog.isVisible()
    assert dialog.message.property("state") == "error"
    assert dialog.form.phone.text() == "0470 12 34 567"
    disk.failing = False
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert profile_of(window).phone == "0470 12 34 567"


# -- asked again after an unlock while empty -----------------------------------------------------


@pytest.fixture
def session(shell_vault_path: Path, fast_kdf: KdfParams):  # type: ignore[no-untyped-def]
    made = VaultSession(VaultAccess(shell_vault_path, fast_kdf))
    yield made
    made.shut_down()


def make_gate(qtbot, session: VaultSession) -> Gate:  # type: ignore[no-untyped-def]
    gate = Gate(session)
    qtbot.addWidget(gate)
    gate.resize(900, 700)
    gate.show()
    gate.show_start()
    return gate


def unlock_gate(qtbot, gate: Gate, session: VaultSession) -> None:  # type: ignore[no-untyped-def]
    page = gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.opened, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def test_a_lock_on_about_you_asks_again_at_the_next_unlock_once(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    gate = make_gate(qtbot, session)
    session.create(PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(gate.page, RecoveryKeyPage), timeout=20000)
    key_page = gate.page
    assert isinstance(key_page, RecoveryKeyPage)
    key_page.kept.setChecked(True)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    assert isinstance(gate.page, ProfilePage)
    session.lock()  # Ctrl+L on "About you", nothing typed yet
    gate.show_start()

    unlock_gate(qtbot, gate, session)
    page = gate.page
    assert isinstance(page, ProfilePage)  # the details are asked for again
    with qtbot.waitSignal(gate.entered):
        qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert isinstance(session.casebook, Casebook)
    assert session.casebook.profile().is_empty

    session.lock()
    gate.show_start()
    unlock_gate(qtbot, gate, session)
    page = gate.page
    assert isinstance(page, ProfilePage)  # still empty: asked at this unlock too
    type_text(page.form.name, "Noor Vermeulen")
    with qtbot.waitSignal(gate.entered):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    session.lock()
    gate.show_start()
    with qtbot.waitSignal(gate.entered, timeout=20000):
        unlock_gate(qtbot, gate, session)  # the details are there: straight in


def test_enter_in_a_field_of_about_you_saves_and_starts(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    """tour8 #24: Enter in the fields of 'About you' did nothing, though 'Save and start' is
    drawn as the default button."""
    gate = make_gate(qtbot, session)
    session.create(PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(gate.page, RecoveryKeyPage), timeout=20000)
    key_page = gate.page
    assert isinstance(key_page, RecoveryKeyPage)
    key_page.kept.setChecked(True)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    page = gate.page
    assert isinstance(page, ProfilePage)
    type_text(page.form.name, "Noor Vermeulen")
    type_text(page.form.email, "noor@example.org")
    with qtbot.waitSignal(gate.entered, timeout=5000):
        qtbot.keyClick(page.form.email, Qt.Key.Key_Return)
    assert isinstance(session.casebook, Casebook)
    assert session.casebook.profile().name == "Noor Vermeulen"
    assert session.casebook.profile().email == "noor@example.org"
