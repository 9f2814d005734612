"""Creating, unlocking and recovering a vault, and every kind of bad input on the way in.

Each refusal is a distinct error type, and the folder is compared byte for byte (every file,
names included) before and after: refusing never changes anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from tests.support.modes import ONLY_POSIX_MODES
from tests.support.vault_files import read_only_folder, snapshot

from intakecompanion.vault import keys, store
from intakecompanion.vault.errors import (
    KeyFileDamaged,
    KeyFileFromOtherVault,
    KeyFileMissing,
    NotAVault,
    PassphraseNotSet,
    RecoveryKeyMistyped,
    SaveFailed,
    VaultDamaged,
    VaultExists,
    VaultFolderReadOnly,
    VaultFromNewerVersion,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryKey,
)
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.migrations import latest_version
from intakecompanion.vault.store import Vault

NOW = "2026-03-02T10:00:00+01:00"


@pytest.fixture
def made(vault_path: Path, passphrase: str, fast_kdf: KdfParams) -> Iterator[tuple[Path, str]]:
    """A closed vault with one client in it, and its recovery key."""
    vault, recovery_key = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    with vault.transaction() as db:
        db["clients"].insert({"name": "Noor Vermeulen", "created_at": NOW})
        for number in range(200):  # a few pages, so truncation has something to cut
            db["clients"].insert({"name": f"Cliënt {number}", "created_at": NOW})
    vault.close()
    yield vault_path, recovery_key


def client_names(vault: Vault) -> list[str]:
    return [row["name"] for row in vault.db.query("SELECT name FROM clients ORDER BY id LIMIT 1")]


def refused(folder: Path, error: type[Exception], action: object) -> Exception:
    """Run `action`, expect `error`, and prove nothing in `folder` changed."""
    before = snapshot(folder)
    with pytest.raises(error) as caught:
        action()  # type: ignore[operator]
    assert snapshot(folder) == before
    return caught.value


# --- The good paths -------------------------------------------------------------------------


def test_create_then_unlock_round_trip(made: tuple[Path, str], passphrase: str) -> None:
    path, _ = made
    assert store.vault_exists(path)
    assert store.key_file_path(path) == path.with_name("vault.icv.key")
    with store.unlock(path, passphrase) as vault:
        assert vault.passphrase_set
        assert client_names(vault) == ["Noor Vermeulen"]
        assert vault.db.execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_creating_over_an_existing_vault_is_refused(
    made: tuple[Path, str], fast_kdf: KdfParams
) -> None:
    path, _ = made
    refused(
        path.parent,
        VaultExists,
        lambda: store.create_vault(path, "andere kluis met lange zin", kdf=fast_kdf),
    )


def test_create_sets_aside_a_key_file_left_without_its_vault(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    vault_path.parent.mkdir(mode=0o700)
    store.key_file_path(vault_path).write_bytes(b"left over from an interrupted start")
    vault, _ = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    vault.close()
    names = sorted(p.name for p in vault_path.parent.iterdir())
    assert names[:2] == ["vault.icv", "vault.icv.key"]
    assert names[2].startswith("vault.icv.key.unused-")
    store.unlock(vault_path, passphrase).close()


@ONLY_POSIX_MODES
def test_files_are_private_whatever_the_umask(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    old_umask = os.umask(0)
    try:
        vault, _ = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
        with vault.transaction() as db:
            db["clients"].insert({"name": "Sam De Smet", "created_at": NOW})
        vault.change_passphrase("nieuw en lang genoeg")
        names = [vault_path.name + suffix for suffix in ("", "-wal", "-shm", ".key")]
        modes = {name: (vault_path.parent / name).stat().st_mode & 0o777 for name in names}
        vault.close()
    finally:
        os.umask(old_umask)
    assert modes == dict.fromkeys(names, 0o600)
    assert vault_path.parent.stat().st_mode & 0o777 == 0o700


@ONLY_POSIX_MODES
def test_files_are_private_without_touching_the_process_umask(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The umask is process-wide and vaults are made and backed up in worker threads: changing
    it there could leave another thread's file readable by others, or keep it strict for good."""
    old_umask = os.umask(0o022)

    def forbidden(mask: int) -> int:
        raise AssertionError("the process umask was changed")

    monkeypatch.setattr(os, "umask", forbidden)
    try:
        vault, _ = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
        with vault.transaction() as db:
            db["clients"].insert({"name": "Sam De Smet", "created_at": NOW})
        backup = vault_path.parent / "stick" / "backup.icv"
        backup.parent.mkdir()
        from intakecompanion.vault.backup import backup_vault

        backup_vault(vault, backup)
        names = [vault_path.name + suffix for suffix in ("", "-wal", "-shm", ".key")]
        modes = {name: (vault_path.parent / name).stat().st_mode & 0o777 for name in names}
        backup_mode = backup.stat().st_mode & 0o777
        vault.close()
    finally:
        monkeypatch.undo()
        os.umask(old_umask)
    assert modes == dict.fromkeys(names, 0o600)
    assert backup_mode == 0o600
    assert vault_path.parent.stat().st_mode & 0o777 == 0o700


def test_recovery_key_opens_without_the_key_file(
    made: tuple[Path, str], passphrase: str, fast_kdf: KdfParams
) -> None:
    path, recovery_key = made
    store.key_file_path(path).unlink()
    refused(path.parent, KeyFileMissing, lambda: store.unlock(path, passphrase))
    with store.unlock_with_recovery_key(path, recovery_key.lower().replace("-", " ")) as vault:
        assert client_names(vault) == ["Noor Vermeulen"]
        assert not vault.passphrase_set
        with pytest.raises(PassphraseNotSet):
            vault.replace_recovery_key()
        vault.change_passphrase("een nieuwe zin voor de kluis", fast_kdf)  # writes a fresh key file
    store.unlock(path, "een nieuwe zin voor de kluis").close()


def test_any_sqlcipher_tool_opens_the_vault_with_the_recovery_key(made: tuple[Path, str]) -> None:
    """A separate process, plain sqlcipher3 and default settings, nothing from this program;
    the recovery key is decoded by hand as its documentation says."""
    path, recovery_key = made
    script = r"""
import sys, sqlcipher3
alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
groups = sys.argv[2].split("-")
symbols = "".join(group[:4] for group in groups)
number = 0
for symbol in symbols:
    number = number * 32 + alphabet.index(symbol)
key = (number >> 4).to_bytes(32, "big")
conn = sqlcipher3.connect(sys.argv[1])
conn.execute("PRAGMA key = \"x'%s'\"" % key.hex())
print(conn.execute("SELECT name FROM clients ORDER BY id LIMIT 1").fetchone()[0])
"""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-I", "-c", script, str(path), recovery_key],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "Noor Vermeulen"


def test_change_passphrase(made: tuple[Path, str], passphrase: str) -> None:
    path, recovery_key = made
    with store.unlock(path, passphrase) as vault:
        vault.change_passphrase("de nieuwe wachtzin van Noor Vermeulen", KdfParams(64 * 1024, 2, 2))
    assert keys.read_key_file(store.key_file_path(path)).kdf == KdfParams(64 * 1024, 2, 2)
    refused(path.parent, WrongPassphrase, lambda: store.unlock(path, passphrase))
    store.unlock(path, "de nieuwe wachtzin van Noor Vermeulen").close()
    store.unlock_with_recovery_key(path, recovery_key).close()  # the data key did not change


def test_replace_recovery_key(made: tuple[Path, str], passphrase: str) -> None:
    path, old_recovery_key = made
    salt = path.read_bytes()[:16]
    with store.unlock(path, passphrase) as vault:
        new_recovery_key = vault.replace_recovery_key()
        assert client_names(vault) == ["Noor Vermeulen"]
        with vault.transaction() as db:
            db["clients"].insert({"name": "na de nieuwe sleutel", "created_at": NOW})
    assert new_recovery_key != old_recovery_key
    assert path.read_bytes()[:16] == salt  # PRAGMA rekey keeps the salt the key file names
    refused(
        path.parent,
        WrongRecoveryKey,
        lambda: store.unlock_with_recovery_key(path, old_recovery_key),
    )
    with store.unlock_with_recovery_key(path, new_recovery_key) as vault:
        assert vault.db["clients"].count == 202
    with store.unlock(path, passphrase) as vault:
        assert client_names(vault) == ["Noor Vermeulen"]
    assert len(keys.read_key_file(store.key_file_path(path)).wrapped) == 1


@pytest.mark.parametrize("rekey_done", [False, True])
def test_an_interrupted_rekey_never_strands_the_vault(
    made: tuple[Path, str], passphrase: str, rekey_done: bool
) -> None:
    """The key file holds old and new key while the re-key runs: either state opens."""
    path, _ = made
    key_path = store.key_file_path(path)
    wrapping, (old_key,) = keys.Wrapping.unlock(keys.read_key_file(key_path), passphrase)
    new_key = keys.new_data_key()
    salt = path.read_bytes()[:16]
    keys.write_key_file(key_path, wrapping.seal(salt, [old_key, new_key]))
    if rekey_done:
        vault = store.open_with_data_key(path, old_key)
        vault.db.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        vault.close()
    with store.unlock(path, passphrase) as vault:
        assert client_names(vault) == ["Noor Vermeulen"]
    settled = keys.read_key_file(key_path)
    assert len(settled.wrapped) == 1
    assert keys.Wrapping.unlock(settled, passphrase)[1] == [new_key if rekey_done else old_key]


def test_unlock_after_an_interrupted_rekey_opens_even_if_the_key_file_cannot_be_settled(
    made: tuple[Path, str], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settling the key file on one key is tidying up: a full disk then must not refuse (and
    leave open) a vault that did open; the key file with both keys is still valid."""
    path, _ = made
    key_path = store.key_file_path(path)
    wrapping, (old_key,) = keys.Wrapping.unlock(keys.read_key_file(key_path), passphrase)
    keys.write_key_file(key_path, wrapping.seal(path.read_bytes()[:16], [old_key, b"n" * 32]))

    def disk_full(path: Path, key_file: keys.KeyFile) -> None:
        raise SaveFailed()

    monkeypatch.setattr(keys, "write_key_file", disk_full)
    with store.unlock(path, passphrase) as vault:
        assert client_names(vault) == ["Noor Vermeulen"]
    monkeypatch.undo()
    assert len(keys.read_key_file(key_path).wrapped) == 2
    with store.unlock(path, passphrase) as vault:
        assert client_names(vault) == ["Noor Vermeulen"]
    assert len(keys.read_key_file(key_path).wrapped) == 1


def test_a_failed_checkpoint_after_the_rekey_keeps_the_new_key(
    made: tuple[Path, str], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once PRAGMA rekey succeeded the vault is under the new key: a failing checkpoint after it
    must neither drop that key from the key file nor hide the new recovery key."""
    path, old_recovery_key = made
    vault = store.unlock(path, passphrase)

    def failing_checkpoint() -> None:
        raise sqlcipher3.OperationalError("disk I/O error")

    monkeypatch.setattr(vault, "checkpoint", failing_checkpoint)
    new_recovery_key = vault.replace_recovery_key()
    monkeypatch.undo()
    vault.close()
    assert new_recovery_key != old_recovery_key
    with store.unlock(path, passphrase) as reopened:
        assert client_names(reopened) == ["Noor Vermeulen"]
    with store.unlock_with_recovery_key(path, new_recovery_key) as reopened:
        assert reopened.db["clients"].count == 201
    assert len(keys.read_key_file(store.key_file_path(path)).wrapped) == 1


def test_a_crash_leaves_nothing_lost(
    made: tuple[Path, str], passphrase: str, tmp_path: Path
) -> None:
    """Copy the files while a write is committed but not checkpointed (a crash), then open."""
    path, _ = made
    vault = store.unlock(path, passphrase)
    with vault.transaction() as db:
        db["clients"].insert({"name": "net voor de stroomuitval", "created_at": NOW})
    crashed = tmp_path / "crashed"
    shutil.copytree(path.parent, crashed)
    vault.close()
    assert (crashed / "vault.icv-wal").stat().st_size > 0
    # A crash during an earlier open left its inspection copy behind: it must not stay.
    stale = crashed / ".vault.icv.inspect-leftover"
    stale.mkdir()
    (stale / "vault.icv").write_bytes((crashed / "vault.icv").read_bytes())
    with store.unlock(crashed / "vault.icv", passphrase) as reopened:
        assert reopened.db["clients"].count == 202
    assert sorted(p.name for p in crashed.iterdir() if p.name.startswith(".")) == []


# --- Bad input: keys ------------------------------------------------------------------------


def test_wrong_passphrase_changes_nothing(
    made: tuple[Path, str], capfd: pytest.CaptureFixture[str]
) -> None:
    path, _ = made
    error = refused(path.parent, WrongPassphrase, lambda: store.unlock(path, "Noor Vermeulen"))
    assert "passphrase" in str(error)


def test_wrong_recovery_key_changes_nothing_and_prints_nothing(
    made: tuple[Path, str], capfd: pytest.CaptureFixture[str]
) -> None:
    path, _ = made
    other = keys.format_recovery_key(keys.new_data_key())
    capfd.readouterr()
    refused(path.parent, WrongRecoveryKey, lambda: store.unlock_with_recovery_key(path, other))
    refused(path.parent, WrongRecoveryKey, lambda: store.open_with_data_key(path, bytes(32)))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_mistyped_recovery_key_group_is_named_before_the_vault_is_read(
    made: tuple[Path, str],
) -> None:
    path, recovery_key = made
    groups = recovery_key.split("-")
    groups[8] = groups[8][:2] + ("X" if groups[8][2] != "X" else "Y") + groups[8][3:]
    error = refused(
        path.parent,
        RecoveryKeyMistyped,
        lambda: store.unlock_with_recovery_key(path, "-".join(groups)),
    )
    assert isinstance(error, RecoveryKeyMistyped) and error.group == 9
    assert isinstance(error, WrongRecoveryKey)


def test_key_file_of_another_vault(
    made: tuple[Path, str], passphrase: str, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    path, _ = made
    other_path = tmp_path / "other" / "vault.icv"
    other, _ = store.create_vault(other_path, passphrase, kdf=fast_kdf)
    other.close()
    shutil.copy(store.key_file_path(other_path), store.key_file_path(path))
    # Even the other vault's own (right) passphrase is not mistaken for a wrong one.
    refused(path.parent, KeyFileFromOtherVault, lambda: store.unlock(path, passphrase))


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b'{"format": "intakecompanion-key-file"}', os.urandom(200)],
)
def test_damaged_key_file(made: tuple[Path, str], passphrase: str, damage: bytes) -> None:
    path, recovery_key = made
    store.key_file_path(path).write_bytes(damage)
    refused(path.parent, KeyFileDamaged, lambda: store.unlock(path, passphrase))
    store.unlock_with_recovery_key(path, recovery_key).close()


def test_weak_kdf_is_refused_at_creation(vault_path: Path, passphrase: str) -> None:
    from intakecompanion.vault.errors import KdfTooWeak

    with pytest.raises(KdfTooWeak):
        store.create_vault(vault_path, passphrase, kdf=KdfParams(8 * 1024, 10, 1))
    assert not vault_path.exists()


# --- Bad input: the vault file --------------------------------------------------------------


def test_missing_vault(vault_path: Path, passphrase: str) -> None:
    with pytest.raises(VaultMissing):
        store.unlock(vault_path, passphrase)
    with pytest.raises(VaultMissing):
        store.unlock_with_recovery_key(vault_path, keys.format_recovery_key(bytes(32)))
    assert not store.vault_exists(vault_path)


@pytest.mark.parametrize("at_page_boundary", [False, True])
def test_truncated_vault(made: tuple[Path, str], passphrase: str, at_page_boundary: bool) -> None:
    path, recovery_key = made
    data = path.read_bytes()
    cut = len(data) // 2
    path.write_bytes(data[: cut - cut % 4096 if at_page_boundary else cut])
    refused(path.parent, VaultDamaged, lambda: store.unlock(path, passphrase))
    refused(path.parent, VaultDamaged, lambda: store.unlock_with_recovery_key(path, recovery_key))


def test_damaged_first_page_with_a_vouched_key_is_damage(
    made: tuple[Path, str], passphrase: str
) -> None:
    path, _ = made
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside page 1, after the plaintext salt
    path.write_bytes(bytes(data))
    refused(path.parent, VaultDamaged, lambda: store.unlock(path, passphrase))


def test_empty_vault_file(made: tuple[Path, str], passphrase: str) -> None:
    path, _ = made
    path.write_bytes(b"")
    refused(path.parent, VaultDamaged, lambda: store.unlock(path, passphrase))


def test_random_bytes_are_not_a_vault(made: tuple[Path, str], passphrase: str) -> None:
    path, recovery_key = made
    path.write_bytes(os.urandom(10_000))
    refused(path.parent, NotAVault, lambda: store.unlock(path, passphrase))
    refused(path.parent, NotAVault, lambda: store.unlock_with_recovery_key(path, recovery_key))


def test_plain_sqlite_database_is_not_a_vault(made: tuple[Path, str], passphrase: str) -> None:
    import sqlite3  # tests only: a plaintext database, to prove it is refused

    path, _ = made
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    error = refused(path.parent, NotAVault, lambda: store.unlock(path, passphrase))
    assert "unencrypted" in str(error)


def test_a_folder_in_place_of_the_vault(vault_path: Path, passphrase: str) -> None:
    vault_path.mkdir(parents=True)
    with pytest.raises(NotAVault):
        store.unlock(vault_path, passphrase)


def set_schema_version(path: Path, passphrase: str, version: int) -> None:
    with store.unlock(path, passphrase) as vault:
        vault.db.execute(f"PRAGMA user_version = {version}")


def test_vault_from_a_newer_version_is_left_untouched(
    made: tuple[Path, str], passphrase: str
) -> None:
    path, recovery_key = made
    set_schema_version(path, passphrase, latest_version() + 1)
    error = refused(path.parent, VaultFromNewerVersion, lambda: store.unlock(path, passphrase))
    assert isinstance(error, VaultFromNewerVersion) and error.found == latest_version() + 1
    refused(
        path.parent,
        VaultFromNewerVersion,
        lambda: store.unlock_with_recovery_key(path, recovery_key),
    )


def test_newer_vault_with_a_pending_wal_is_left_untouched(
    made: tuple[Path, str], passphrase: str, tmp_path: Path
) -> None:
    """The newer version crashed with its last writes still in the -wal: opening the vault
    would fold them in, so the refusal must come without opening it."""
    path, _ = made
    vault = store.unlock(path, passphrase)
    with vault.transaction() as db:
        db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    crashed = tmp_path / "crashed"
    shutil.copytree(path.parent, crashed)
    vault.close()
    assert (crashed / "vault.icv-wal").stat().st_size > 0
    refused(crashed, VaultFromNewerVersion, lambda: store.unlock(crashed / "vault.icv", passphrase))


def test_read_only_folder(made: tuple[Path, str], passphrase: str, fast_kdf: KdfParams) -> None:
    path, _ = made
    with read_only_folder(path.parent):
        refused(path.parent, VaultFolderReadOnly, lambda: store.unlock(path, passphrase))
        with pytest.raises(VaultFolderReadOnly):
            store.create_vault(path.parent / "second.icv", passphrase, kdf=fast_kdf)
        assert not (path.parent / "second.icv").exists()
    store.unlock(path, passphrase).close()


def test_without_folder_sync_or_fchmod_as_on_windows(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' `os` has no O_DIRECTORY, no O_CLOEXEC and (before Python 3.13) no fchmod:
    making, re-keying, copying and opening a vault must still work there."""
    for name in ("O_DIRECTORY", "O_CLOEXEC", "fchmod"):
        monkeypatch.delattr(os, name, raising=False)
    vault, recovery_key = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    with vault:
        with vault.transaction() as db:
            db["clients"].insert({"name": "Sam De Smet", "created_at": NOW})
        vault.change_passphrase(passphrase + " en meer", fast_kdf)
        recovery_key = vault.replace_recovery_key()
    with store.unlock(vault_path, passphrase + " en meer") as vault:
        assert client_names(vault) == ["Sam De Smet"]
    with store.unlock_with_recovery_key(vault_path, recovery_key) as vault:
        assert client_names(vault) == ["Sam De Smet"]
