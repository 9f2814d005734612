"""The Vault menu (change passphrase, new recovery key) and a recovery key never confirmed
because a lock came first: the next unlock offers a new one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.support.keyboard import type_text
from tests.support.shell import (
    PASSPHRASE,
    all_texts,
    make_window,
    only_visible,
    unlock,
    unlocked_window,
    unnamed_controls,
)

from intakecompanion.ui.dialogs.change_passphrase_dialog import ChangePassphraseDialog
from intakecompanion.ui.dialogs.recovery_key_dialog import NewRecoveryKeyDialog
from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.new_key_offer_page import NewKeyOfferPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.vault import meta, store
from intakecompanion.vault.errors import WrongPassphrase, WrongRecoveryKey

NEW_PASSPHRASE = "groene tafel zingt zachtjes"


def test_change_passphrase_checks_the_current_one(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    workspace = window.workspace
    assert window.menuBar().actions()[1].text() == "&Vault"
    window.commands["change_passphrase"].trigger()
    dialog = only_visible(ChangePassphraseDialog)
    assert dialog.parent() is window.workspace  # a lock takes it away
    assert unnamed_controls(dialog) == []
    type_text(dialog.fields.first, "kort")
    assert "Too short" in dialog.fields.verdict.text()  # the gate's strength feedback
    dialog.fields.clear()
    type_text(dialog.current, "niet de goede wachtzin")
    type_text(dialog.fields.first, NEW_PASSPHRASE)
    type_text(dialog.fields.second, NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    with qtbot.waitSignal(window.session.busy_changed, timeout=20000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.message.property("state") == "error", timeout=20000)
    assert "not correct" in dialog.status.message.text()

    dialog.current.clear()
    type_text(dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.message.property("state") == "ok", timeout=20000)
    assert dialog.current.text() == "" and dialog.fields.first.text() == ""
    # The session's passphrase_changed is the dialog's alone: the gate (empty) does not re-enter.
    assert window.workspace is workspace and window.gate.page is None

    window.lock()
    with pytest.raises(WrongPassphrase):
        store.unlock(seeded, PASSPHRASE)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.workspace is not None


def test_the_lock_screen_of_the_demo_stops_showing_its_passphrase_once_changed(  # type: ignore[no-untyped-def]
    qtbot, app_paths, seeded, fast_kdf
) -> None:
    """The tour (99b.png): after the change, locked, it still said "The passphrase is: ..."
    with the demo's passphrase, which no longer opened the vault."""

    def demo_lines() -> list[str]:
        page = window.gate.page
        assert isinstance(page, UnlockPage)
        return [label.text() for label in page.findChildren(QLabel) if PASSPHRASE in label.text()]

    window = make_window(qtbot, app_paths, seeded, fast_kdf, demo_passphrase=PASSPHRASE)
    assert demo_lines()  # the demo's lock screen says its passphrase
    unlock(qtbot, window)
    window.lock()
    assert demo_lines()  # still the passphrase: still said
    unlock(qtbot, window)
    with qtbot.waitSignal(window.session.passphrase_changed, timeout=20000):
        window.session.change_passphrase(NEW_PASSPHRASE, PASSPHRASE)
    window.lock()
    assert demo_lines() == []
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.workspace is not None


def test_new_recovery_key_replaces_the_old_one(
    qtbot, app_paths, seeded, fast_kdf, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, app_paths, seeded, fast_kdf)
    with store.unlock(seeded, PASSPHRASE) as peek:  # the key in use, to try it afterwards
        from intakecompanion.vault.keys import format_recovery_key

        old_key = format_recovery_key(peek._data_key)
    window.commands["new_recovery_key"].trigger()
    dialog = only_visible(NewRecoveryKeyDialog)
    assert "no longer opens this vault" in dialog.explanation.text()
    assert unnamed_controls(dialog) == []
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_page is not None, timeout=20000)
    page = dialog.key_page
    assert unnamed_controls(dialog) == []
    assert window.gate.page is None  # the new key went to the dialog only
    assert not meta.recovery_key_confirmed(window.session.casebook.vault)  # not yet
    page.save_to(tmp_path / "nieuwe-sleutel.txt")
    new_key = page._key
    assert new_key != old_key
    qtbot.keyClick(page.kept, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.session.recovery_key_confirmed

    window.lock()
    assert not [t for t in all_texts() if new_key in t]
    with pytest.raises(WrongRecoveryKey):
        store.unlock_with_recovery_key(seeded, old_key)
    store.unlock_with_recovery_key(seeded, new_key).close()
    unlock(qtbot, window, PASSPHRASE)  # the passphrase stays the same
    assert window.workspace is not None


def test_a_lock_on_the_first_recovery_key_page_offers_a_new_key_at_unlock(  # type: ignore[no-untyped-def]
    qtbot, app_paths, shell_vault_path, fast_kdf
) -> None:
    window = make_window(qtbot, app_paths, shell_vault_path, fast_kdf)
    create = window.gate.page
    assert isinstance(create, CreateVaultPage)
    type_text(create.fields.first, PASSPHRASE)
    type_text(create.fields.second, PASSPHRASE)
    with qtbot.waitSignal(window.session.created, timeout=20000):
        qtbot.keyClick(create.fields.second, Qt.Key.Key_Return)
    first_page = window.gate.page
    assert isinstance(first_page, RecoveryKeyPage)
    first_key = first_page._key
    assert window.commands["lock"].isEnabled()  # Ctrl+L works on this page too
    qtbot.keyClick(first_page.print_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.gate.page, UnlockPage)
    assert not [t for t in all_texts() if first_key in t]

    page = window.gate.page
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    offer = window.gate.page
    assert isinstance(offer, NewKeyOfferPage)
    assert unnamed_controls(offer) == []
    qtbot.mouseClick(offer.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.gate.page, RecoveryKeyPage), timeout=20000)
    key_page = window.gate.page
    assert key_page._key != first_key
    qtbot.keyClick(key_page.kept, Qt.Key.Key_Space)
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    profile = window.gate.page
    assert isinstance(profile, ProfilePage)  # the first start was cut short: details next
    type_text(profile.form.name, "Noor Vermeulen")
    with qtbot.waitSignal(window.gate.entered, timeout=20000):
        qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert window.session.recovery_key_confirmed

    window.lock()  # confirmed now: the next unlock goes straight in
    unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None


def test_not_now_keeps_the_question_for_the_next_unlock(qtbot, app_paths, seeded, fast_kdf) -> None:  # type: ignore[no-untyped-def]
    with store.unlock(seeded, PASSPHRASE) as vault:
        meta.set_recovery_key_confirmed(vault, False)
    window = make_window(qtbot, app_paths, seeded, fast_kdf)
    page = window.gate.page
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    offer = window.gate.page
    assert isinstance(offer, NewKeyOfferPage)
    with qtbot.waitSignal(window.gate.entered):
        qtbot.mouseClick(offer.later_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None and not window.session.recovery_key_confirmed
