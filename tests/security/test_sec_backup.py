"""Backup, restore and verify: consistent copies while the app writes, checked before they
count, restored only into a new vault, and what passphrase and recovery-key changes do to them."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import sqlcipher3
from tests.support.disk import fill_up, small_disk, tmpfs_unavailable_reason
from tests.support.figures import record
from tests.support.integrity import problems
from tests.support.modes import assert_mode
from tests.support.records import NOW, fill_casebook
from tests.support.vault_files import read_only_folder, snapshot

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import engine, files, keys, store
from intakecompanion.vault.backup import (
    BackupDamaged,
    BackupFailed,
    BackupTargetExists,
    KeyFileUnavailable,
    backup_vault,
    restore_backup,
)
from intakecompanion.vault.errors import (
    KeyFileMissing,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryKey,
)
from intakecompanion.vault.inspection import data_key_for, verify_file
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault

NEW_PASSPHRASE = "nieuwe wachtzin voor de kluis van Noor"


def names(vault: Vault) -> list[str]:
    return [r[0] for r in vault.db.execute("SELECT name FROM clients ORDER BY id")]


def open_plain(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Plain sqlcipher3 with default settings: what any SQLCipher 4 tool does."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    return conn


def test_backup_is_encrypted_checked_and_opens_with_both_secrets(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    vault, recovery_key = made
    stick = tmp_path / "usb"
    stick.mkdir()
    result = backup_vault(vault, stick / "backup.icvbackup")
    assert result.report.ok and result.report.pages >= 1
    assert sorted(p.name for p in stick.iterdir()) == ["backup.icvbackup", "backup.icvbackup.key"]
    for item in stick.iterdir():
        assert_mode(item, 0o600)
    data = result.path.read_bytes()
    assert data[:16] == vault.path.read_bytes()[:16]  # the vault's salt: its key file fits
    assert b"SQLite format 3" not in data and b"Noor" not in data
    conn = open_plain(result.path, keys.parse_recovery_key(recovery_key))
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 3
    assert problems(conn) == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file alone
    conn.close()
    # The key file beside it opens it with the passphrase (the AEAD proves it).
    unlocked = data_key_for(result.path, passphrase=passphrase)
    assert unlocked.data_keys == (keys.parse_recovery_key(recovery_key),)
    with pytest.raises(WrongPassphrase):
        data_key_for(result.path, passphrase="niet de wachtzin")


def test_backups_stay_consistent_while_the_app_keeps_writing(
    made: tuple[Vault, str], tmp_path: Path, recovery_key_bytes: bytes
) -> None:
    """The app's connection commits notes without pause while backups are taken through a
    second connection: each backup is one moment (notes 1..k, search index in step once the
    notes an autosave left behind are applied, as a search does)."""
    vault, _ = made
    book = Casebook(vault, clock=lambda: NOW)
    conversation = book.conversations(book.clients()[0].client.id)[0].id
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        number = 0
        while not stop.is_set():
            number += 1
            note = book.add_note(conversation, f"doorlopend {number} " + "tekst " * 50)
            book.update_note_text(note.id, f"doorlopend {number} " + "woorden " * 50)
            written.append(number)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    seen: list[int] = []
    try:
        for round_number in range(12):
            while len(written) < 10 * (round_number + 1):
                stop.wait(0.002)
            result = backup_vault(vault, tmp_path / f"b{round_number}.icvbackup")
            conn = open_plain(result.path, recovery_key_bytes)
            texts = [r[0] for r in conn.execute("SELECT text FROM notes WHERE text LIKE 'door%'")]
            numbers = sorted(int(t.split()[1]) for t in texts)
            assert numbers == list(range(1, len(numbers) + 1))
            assert problems(conn) == []
            conn.close()
            seen.append(len(numbers))
    finally:
        stop.set()
        writer.join()
    assert seen == sorted(seen) and seen[-1] > seen[0]
    record("backup_while_writing", backups=len(seen), edits_during_backups=len(written))


@pytest.fixture
def recovery_key_bytes(made: tuple[Vault, str]) -> bytes:
    return keys.parse_recovery_key(made[1])


def test_restore_with_the_passphrase_makes_a_new_vault(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str
) -> None:
    vault, _ = made
    backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    target = tmp_path / "restored" / "vault.icv"
    report = restore_backup(backup, target, passphrase=passphrase)
    assert report.ok
    assert_mode(target.parent, 0o700)
    with store.unlock(target, passphrase) as restored:
        assert names(restored) == names(vault)
        assert problems(restored.db.conn) == []


def test_restore_with_the_recovery_key_asks_a_new_passphrase(
    made: tuple[Vault, str], tmp_path: Path, fast_kdf: KdfParams
) -> None:
    vault, recovery_key = made
    backup = backup_vault(vault, tmp_path / "b.icvbackup", with_key_file=False).path
    assert not files.key_file_path(backup).exists()
    target = tmp_path / "restored" / "vault.icv"
    with pytest.raises(KeyFileMissing):
        restore_backup(backup, target, passphrase="wat dan ook")
    with pytest.raises(ValueError):
        restore_backup(backup, target, recovery_key=recovery_key)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []
    restore_backup(
        backup, target, recovery_key=recovery_key, new_passphrase=NEW_PASSPHRASE, kdf=fast_kdf
    )
    with store.unlock(target, NEW_PASSPHRASE) as restored:
        assert names(restored) == names(vault)


def test_a_key_file_asked_of_a_vault_opened_by_recovery_key_is_refused_not_skipped(
    made: tuple[Vault, str], tmp_path: Path
) -> None:
    """Opened with the recovery key there is no passphrase to wrap a key file with: asking for
    one used to give a backup silently without it."""
    vault, recovery_key = made
    path = vault.path
    vault.close()
    with store.unlock_with_recovery_key(path, recovery_key) as recovered:
        with pytest.raises(KeyFileUnavailable):
            backup_vault(recovered, tmp_path / "b.icvbackup", with_key_file=True)
    assert list(tmp_path.glob("b.icvbackup*")) == []  # refused before anything is written


def test_restore_never_goes_over_an_existing_vault(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str
) -> None:
    vault, _ = made
    backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    before = snapshot(vault.path.parent)
    with pytest.raises(VaultExists):
        restore_backup(backup, vault.path, passphrase=passphrase)
    assert snapshot(vault.path.parent) == before
    # Not even over a key file left alone (it may be the only key to a vault moved away).
    lonely = tmp_path / "elsewhere" / "vault.icv"
    lonely.parent.mkdir()
    files.key_file_path(lonely).write_bytes(b"a key file without its vault")
    with pytest.raises(VaultExists):
        restore_backup(backup, lonely, passphrase=passphrase)
    assert sorted(p.name for p in lonely.parent.iterdir()) == ["vault.icv.key"]


def test_a_damaged_backup_is_refused_and_nothing_is_made(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str, recovery_key_bytes: bytes
) -> None:
    vault, recovery_key = made
    backup = backup_vault(vault, tmp_path / "b.icvbackup").path
    data = bytearray(backup.read_bytes())
    data[files.PAGE_SIZE * 2 + 700] ^= 0x20
    backup.write_bytes(bytes(data))
    report, _ = verify_file(backup, data_key_for(backup, recovery_key=recovery_key))
    assert report.failed_pages == (3,) and not report.ok
    before = snapshot(tmp_path)
    target = tmp_path / "restored" / "vault.icv"
    with pytest.raises(BackupDamaged):
        restore_backup(backup, target, passphrase=passphrase)
    assert not target.parent.exists()
    assert snapshot(tmp_path) == before


def test_passphrase_change_and_new_recovery_key_versus_old_backups(
    made: tuple[Vault, str], tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    """A passphrase change only rewraps the key: an old backup still opens with the old
    passphrase (its own key file) and the unchanged recovery key. A new recovery key re-keys
    the vault: the old key then opens old backups only, the new key only the vault."""
    vault, old_recovery_key = made
    old_backup = backup_vault(vault, tmp_path / "old.icvbackup").path
    vault.change_passphrase(NEW_PASSPHRASE, fast_kdf)
    assert data_key_for(old_backup, passphrase=passphrase).proven
    with pytest.raises(WrongPassphrase):
        data_key_for(old_backup, passphrase=NEW_PASSPHRASE)
    after_change = backup_vault(vault, tmp_path / "after.icvbackup").path
    same_key = data_key_for(after_change, passphrase=NEW_PASSPHRASE).data_keys
    assert same_key == (keys.parse_recovery_key(old_recovery_key),)

    new_recovery_key = vault.replace_recovery_key()
    new_backup = backup_vault(vault, tmp_path / "new.icvbackup").path
    old_unlocked = data_key_for(old_backup, recovery_key=old_recovery_key)
    assert verify_file(old_backup, old_unlocked)[0].ok
    with pytest.raises(WrongRecoveryKey):
        verify_file(old_backup, data_key_for(old_backup, recovery_key=new_recovery_key))
    with pytest.raises(WrongRecoveryKey):
        verify_file(new_backup, data_key_for(new_backup, recovery_key=old_recovery_key))
    with pytest.raises(WrongRecoveryKey):
        store.unlock_with_recovery_key(vault.path, old_recovery_key)
    assert verify_file(new_backup, data_key_for(new_backup, passphrase=NEW_PASSPHRASE))[0].ok


def test_a_backup_never_overwrites_unless_asked_and_never_the_vault_itself(
    made: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = made
    target = tmp_path / "b.icvbackup"
    target.write_bytes(b"an older file the coach keeps")
    with pytest.raises(BackupTargetExists):
        backup_vault(vault, target)
    assert target.read_bytes() == b"an older file the coach keeps"
    backup_vault(vault, target, replace=True)
    assert target.read_bytes()[:16] == vault.path.read_bytes()[:16]
    before = snapshot(vault.path.parent)
    for own in (vault.path, vault.key_file, Path(str(vault.path) + "-wal")):
        with pytest.raises(BackupTargetExists):
            backup_vault(vault, own, replace=True)
    with pytest.raises(BackupTargetExists):  # its key file would land on the vault's
        backup_vault(vault, vault.path.with_name("vault.icv"), replace=True)
    assert snapshot(vault.path.parent) == before


def test_a_read_only_stick_fails_cleanly(made: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = made
    stick = tmp_path / "usb"
    stick.mkdir()
    with read_only_folder(stick):
        with pytest.raises(BackupFailed):
            backup_vault(vault, stick / "b.icvbackup")
    assert list(stick.iterdir()) == []
    with pytest.raises(BackupFailed):
        backup_vault(vault, tmp_path / "not-there" / "b.icvbackup")


@pytest.mark.skipif(tmpfs_unavailable_reason() is not None, reason=str(tmpfs_unavailable_reason()))
def test_a_full_stick_fails_cleanly_and_the_vault_goes_on(
    made: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, _ = made
    fill_casebook(Casebook(vault, clock=lambda: NOW), clients=40)
    with small_disk(tmp_path / "usb", 1024) as stick:
        ballast = fill_up(stick)
        os.truncate(ballast, max(0, ballast.stat().st_size - 64 * 1024))  # room for a part
        with pytest.raises(BackupFailed) as caught:
            backup_vault(vault, stick / "b.icvbackup")
        assert "disk is full" in str(caught.value.__cause__)
        assert sorted(p.name for p in stick.iterdir()) == ["ballast"]  # no temp file left
        ballast.unlink()
        assert backup_vault(vault, stick / "b.icvbackup").report.ok
    Casebook(vault, clock=lambda: NOW).add_client("Na de volle stick")
    assert problems(vault.db.conn) == []


def test_a_backup_from_a_vault_opened_with_the_recovery_key_has_no_key_file(
    made: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, recovery_key = made
    path = vault.path
    vault.close()
    with store.unlock_with_recovery_key(path, recovery_key) as reopened:
        result = backup_vault(reopened, tmp_path / "b.icvbackup", with_key_file=False)
    assert result.key_file is None and not files.key_file_path(result.path).exists()
    second = engine.keyed_connection(str(result.path), keys.parse_recovery_key(recovery_key))
    assert second.execute("SELECT count(*) FROM clients").fetchone()[0] == 3
    second.close()
