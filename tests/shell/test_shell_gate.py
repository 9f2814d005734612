"""First start and unlocking: each step, each refusal as a calm inline message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from tests.support.keyboard import type_text
from tests.support.modes import assert_mode
from tests.support.shell import PASSPHRASE, unnamed_controls

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import CoachProfile
from intakecompanion.ui.gate.create_page import CreateVaultPage
from intakecompanion.ui.gate.gate import Gate
from intakecompanion.ui.gate.new_passphrase_page import NewPassphrasePage
from intakecompanion.ui.gate.recover_page import RecoverPage
from intakecompanion.ui.gate.recovery_key_page import RecoveryKeyPage
from intakecompanion.ui.gate.unlock_page import UnlockPage
from intakecompanion.ui.lock.session import VaultAccess, VaultSession
from intakecompanion.ui.profile.page import ProfilePage
from intakecompanion.ui.shared.widgets import BusyBar, MessageLabel
from intakecompanion.vault import store
from intakecompanion.vault.keys import KdfParams


@pytest.fixture
def session(shell_vault_path: Path, fast_kdf: KdfParams):  # type: ignore[no-untyped-def]
    made = VaultSession(VaultAccess(shell_vault_path, fast_kdf))
    yield made
    made.shut_down()


@pytest.fixture
def existing(shell_vault_path: Path, fast_kdf: KdfParams) -> str:
    """A vault made earlier, first start finished (your details given); its recovery key."""
    vault, recovery_key = store.create_vault(shell_vault_path, PASSPHRASE, kdf=fast_kdf)
    Casebook(vault).save_profile(CoachProfile(name="Noor Vermeulen"))
    vault.close()
    return recovery_key


def make_gate(qtbot, session: VaultSession) -> Gate:  # type: ignore[no-untyped-def]
    gate = Gate(session)
    qtbot.addWidget(gate)
    gate.resize(900, 700)
    gate.show()
    gate.show_start()
    return gate


def test_first_start_walks_create_key_profile(qtbot, session: VaultSession) -> None:  # type: ignore[no-untyped-def]
    gate = make_gate(qtbot, session)
    page = gate.page
    assert isinstance(page, CreateVaultPage)
    assert not page.create_button.isEnabled()
    type_text(page.fields.first, "kort")
    assert "Too short" in page.fields.verdict.text()
    page.fields.first.clear()
    type_text(page.fields.first, PASSPHRASE)
    type_text(page.fields.second, PASSPHRASE[:-1])
    assert not page.create_button.isEnabled()
    assert "not the same" in page.fields.match.text()
    type_text(page.fields.second, PASSPHRASE[-1])
    assert page.create_button.isEnabled()

    with qtbot.waitSignal(session.created, timeout=20000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    key_page = gate.page
    assert isinstance(key_page, RecoveryKeyPage)
    assert not key_page.continue_button.isEnabled()
    key_page.kept.setChecked(True)
    assert key_page.continue_button.isEnabled()
    qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)

    profile_page = gate.page
    assert isinstance(profile_page, ProfilePage)
    type_text(profile_page.form.name, "Noor Vermeulen")
    profile_page.form.reachable.insertPlainText("maandag tot donderdag, 9 tot 12 uur")
    with qtbot.waitSignal(gate.entered):
        qtbot.mouseClick(profile_page.save_button, Qt.MouseButton.LeftButton)
    assert isinstance(session.casebook, Casebook)
    assert session.casebook.profile().name == "Noor Vermeulen"
    assert session.casebook.profile().reachable.startswith("maandag")


def test_recovery_key_page_saves_owner_only_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = RecoveryKeyPage("ABCDE-FGHJK")
    qtbot.addWidget(page)
    target = tmp_path / "sleutel.txt"
    page._save_chosen(str(target))
    assert "ABCDE-FGHJK" in target.read_text()
    assert_mode(target, 0o600)
    assert page.message.isVisibleTo(page)
    page._save_chosen(str(tmp_path / "missing-folder" / "x.txt"))
    assert page.message.property("state") == "error"


def test_recovery_key_save_proposes_a_stick_and_warns_for_the_laptop(
    qtbot, tmp_path: Path, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    """The page says "away from this laptop": the file dialog opens on a USB stick when one is
    plugged in, and a file saved on the laptop itself gets a warning."""
    from PySide6.QtWidgets import QFileDialog

    stick = tmp_path / "media" / "coach" / "USB-STICK"
    stick.mkdir(parents=True)
    drives = [stick]
    page = RecoveryKeyPage("ABCDE-FGHJK", drives=lambda: list(drives))
    qtbot.addWidget(page)
    page.show()

    def file_dialog() -> QFileDialog:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        [dialog] = [d for d in page.findChildren(QFileDialog) if d.isVisible()]
        return dialog

    dialog = file_dialog()
    assert Path(dialog.directory().absolutePath()) == stick
    dialog.fileSelected.emit(str(stick / "sleutel.txt"))
    dialog.reject()
    assert (stick / "sleutel.txt").exists()
    assert page.message.property("state") == "ok"
    assert "laptop" not in page.message.text()

    laptop_file = isolated_home / "sleutel.txt"
    page._save_chosen(str(laptop_file))
    assert laptop_file.exists()
    assert page.message.property("state") == "warning"  # styled as one, not as a note
    assert "on this laptop" in page.message.text()
    assert page.message.accessibleDescription().startswith("Warning: ")

    drives.clear()  # no stick: the Documents folder, not the program's working folder
    (isolated_home / "Documents").mkdir()
    dialog = file_dialog()
    assert Path(dialog.directory().absolutePath()) == isolated_home / "Documents"
    dialog.reject()


def test_removable_drives_are_the_folders_under_the_media_mounts(tmp_path: Path) -> None:
    from intakecompanion.ui.shared.file_places import on_removable_drive, removable_drives

    media = tmp_path / "media" / "coach"
    run_media = tmp_path / "run" / "media" / "coach"
    (media / "STICK").mkdir(parents=True)
    (run_media / "KINGSTON").mkdir(parents=True)
    (media / "not-a-drive.txt").write_text("x")
    drives = removable_drives([media, run_media, tmp_path / "absent"])
    assert drives == [media / "STICK", run_media / "KINGSTON"]
    assert on_removable_drive(media / "STICK" / "sleutel.txt", drives)
    assert not on_removable_drive(tmp_path / "home" / "sleutel.txt", drives)


def test_folders_onedrive_keeps_in_step_with_the_cloud(tmp_path: Path) -> None:
    from intakecompanion.ui.shared.file_places import cloud_synced

    onedrive = tmp_path / "OneDrive"
    environ = {"OneDrive": str(onedrive), "OneDriveCommercial": ""}
    assert cloud_synced(onedrive / "Documents", environ)
    assert cloud_synced(onedrive, environ)
    assert not cloud_synced(tmp_path / "OneDrive-oud" / "Documents", environ)  # only a prefix
    assert not cloud_synced(tmp_path / "Documents", environ)
    assert not cloud_synced(onedrive / "Documents", {})  # no OneDrive on this laptop


def test_unlock_wrong_then_right(qtbot, session: VaultSession, existing: str) -> None:  # type: ignore[no-untyped-def]
    gate = make_gate(qtbot, session)
    page = gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, "niet de goede wachtzin")
    with qtbot.waitSignal(session.failed, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "not correct" in page.status.message.text()
    assert page.status.message.property("state") == "error"
    # no dialog interrupts: the message is inline, the field keeps focus-ready text
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert page.passphrase.isEnabled()
    assert page.passphrase.selectedText() == "niet de goede wachtzin"
    type_text(page.passphrase, PASSPHRASE)
    assert not page.status.message.isVisibleTo(page)  # typing again clears the message
    with qtbot.waitSignal(session.opened, timeout=20000) as opened:
        with qtbot.waitSignal(gate.entered, timeout=20000):
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert opened.args == [False]  # with the passphrase
    assert session.is_open


def test_missing_key_file_says_so_and_recovery_opens(
    qtbot,
    session: VaultSession,
    existing: str,
    shell_vault_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    store.key_file_path(shell_vault_path).unlink()
    gate = make_gate(qtbot, session)
    page = gate.page
    assert isinstance(page, UnlockPage)
    type_text(page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.failed, timeout=20000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "key file" in page.status.message.text() and "recovery key" in page.status.message.text()

    qtbot.mouseClick(page.forgot, Qt.MouseButton.LeftButton)
    recover = gate.page
    assert isinstance(recover, RecoverPage)
    groups = existing.split("-")
    mistyped = groups[:]
    mistyped[2] = ("1" if groups[2][0] != "1" else "2") + groups[2][1:]
    type_text(recover.key, "-".join(mistyped))
    with qtbot.waitSignal(session.failed, timeout=20000):
        qtbot.keyClick(recover.key, Qt.Key.Key_Return)
    assert "Group 3" in recover.status.message.text()

    recover.key.clear()
    type_text(recover.key, existing.lower().replace("-", " "))
    with qtbot.waitSignal(session.opened, timeout=20000) as opened:
        qtbot.keyClick(recover.key, Qt.Key.Key_Return)
    assert opened.args == [True]  # with the recovery key
    new_page = gate.page
    assert isinstance(new_page, NewPassphrasePage)
    type_text(new_page.fields.first, "een nieuwe lange wachtzin graag")
    type_text(new_page.fields.second, "een nieuwe lange wachtzin graag")
    with qtbot.waitSignal(gate.entered, timeout=20000):
        qtbot.mouseClick(new_page.set_button, Qt.MouseButton.LeftButton)
    session.lock()
    store.unlock(shell_vault_path, "een nieuwe lange wachtzin graag").close()


def test_enter_on_the_links_of_the_unlock_and_recovery_pages_follows_them(  # type: ignore[no-untyped-def]
    qtbot, session: VaultSession, existing: str
) -> None:
    """The tour: Enter on the focused "Forgot your passphrase?" did nothing (Space did)."""
    gate = make_gate(qtbot, session)
    page = gate.page
    assert isinstance(page, UnlockPage)
    page.forgot.setFocus()
    qtbot.keyClick(page.forgot, Qt.Key.Key_Return)
    recover = gate.page
    assert isinstance(recover, RecoverPage)
    recover.back.setFocus()
    qtbot.keyClick(recover.back, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert isinstance(gate.page, UnlockPage)


def test_recovery_key_for_another_vault_is_told_apart(
    qtbot,
    session: VaultSession,
    existing: str,
    tmp_path: Path,
    fast_kdf: KdfParams,  # type: ignore[no-untyped-def]
) -> None:
    other, other_key = store.create_vault(tmp_path / "other" / "v.icv", PASSPHRASE, kdf=fast_kdf)
    other.close()
    gate = make_gate(qtbot, session)
    gate.show_recover()
    recover = gate.page
    assert isinstance(recover, RecoverPage)
    type_text(recover.key, other_key)
    with qtbot.waitSignal(session.failed, timeout=20000):
        qtbot.keyClick(recover.key, Qt.Key.Key_Return)
    assert "does not open this vault" in recover.status.message.text()
    qtbot.mouseClick(recover.back, Qt.MouseButton.LeftButton)
    assert isinstance(gate.page, UnlockPage)


def test_lock_during_unlock_wins(qtbot, session: VaultSession, existing: str) -> None:  # type: ignore[no-untyped-def]
    gate = make_gate(qtbot, session)
    opened: list[bool] = []
    session.opened.connect(lambda _with_recovery_key: opened.append(True))
    session.unlock(PASSPHRASE)
    assert session.busy
    session.lock()
    qtbot.waitUntil(lambda: not session.busy, timeout=20000)
    assert opened == []
    assert not session.is_open
    assert session.casebook is None
    assert isinstance(gate.page, UnlockPage)


def test_every_gate_control_is_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    pages = [
        CreateVaultPage(),
        UnlockPage("demo voor iedereen om te proberen"),
        RecoverPage(),
        NewPassphrasePage(),
        RecoveryKeyPage("ABCDE-FGHJK"),
    ]
    for page in pages:
        qtbot.addWidget(page)
        page.show()
        assert unnamed_controls(page) == [], type(page).__name__


def _column_order(page: UnlockPage | RecoverPage) -> list[QWidget]:
    """The page's column top to bottom: its widgets, and those in its rows."""
    order: list[QWidget] = []
    for index in range(page.column.count()):
        entry = page.column.itemAt(index)
        if entry.widget() is not None:
            order.append(entry.widget())
        elif entry.layout() is not None:
            row = entry.layout()
            order.extend(w for i in range(row.count()) if (w := row.itemAt(i).widget()))
    return order


@pytest.mark.parametrize("kind", ["unlock", "recover"])
def test_secret_pages_have_one_busy_bar_and_one_message_below_the_field(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = UnlockPage() if kind == "unlock" else RecoverPage()
    qtbot.addWidget(page)
    page.show()
    assert page.findChildren(BusyBar) == [page.status.bar]
    assert page.findChildren(MessageLabel) == [page.status.message]
    page.show_error("Die wachtzin klopt niet.")
    assert (
        page.status.message.isVisible() and page.status.message.text() == "Die wachtzin klopt niet."
    )
    order = _column_order(page)
    if isinstance(page, UnlockPage):
        field, submit, after = page.passphrase, page.unlock_button, page.forgot
    else:
        field, submit, after = page.key, page.open_button, None
    # field and button, then the busy bar and the message, then (unlock) "Forgot your passphrase?"
    assert order.index(field) < order.index(submit) < order.index(page.status.bar)
    assert order.index(page.status.bar) + 1 == order.index(page.status.message)
    if after is not None:
        assert order.index(page.status.message) + 1 == order.index(after)
    else:
        assert order[-1] is page.status.message


def test_the_recovery_key_left_on_the_laptop_is_shown_as_a_warning(
    qtbot, tmp_path: Path, app_stylesheet: str
) -> None:  # type: ignore[no-untyped-def]
    """Amber with the warning sign, not the blue of a note: it asks the coach to act."""
    page = RecoveryKeyPage("ABCDE-FGHJK", drives=list)
    qtbot.addWidget(page)
    page.show()
    page._save_chosen(str(tmp_path / "sleutel.txt"))
    qtbot.waitUntil(lambda: page.message.height() > 10)
    image = page.message.grab().toImage()
    edge = image.pixelColor(1, image.height() // 2)  # the coloured bar at the left
    assert (edge.red(), edge.green(), edge.blue()) == (227, 116, 0)


def test_the_unlock_page_says_when_caps_lock_is_on_while_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """tour9: no hint on the unlock page, where Caps Lock makes a right passphrase wrong."""
    page = UnlockPage()
    qtbot.addWidget(page)
    page.show()
    page.show_error("Die wachtzin klopt niet.")
    qtbot.keyClick(page.passphrase, "A")  # a capital without Shift: Caps Lock is on
    message = page.status.message
    assert message.isVisible() and message.text() == "Caps Lock is on."
    assert message.property("state") == "warning"
    qtbot.keyClick(page.passphrase, "b")
    assert not message.isVisible()
    qtbot.keyClick(page.passphrase, "C", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.passphrase, "7")  # no letter: tells nothing
    assert not message.isVisible() and page.passphrase.text() == "AbC7"
    qtbot.keyClick(page.passphrase, "d", Qt.KeyboardModifier.ShiftModifier)  # Shift, yet small
    assert message.text() == "Caps Lock is on."


def test_the_recovery_key_page_does_not_speak_of_caps_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = RecoverPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClick(page.key, "A")
    assert not page.status.message.isVisible()
