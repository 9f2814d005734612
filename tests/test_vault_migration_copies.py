"""The copy made before a schema migration (`vault.icv.schemaN-*.bak`) lives only as long as it
is needed: erasing a client removes it, the next good unlock removes it, a restore never makes one.
An inspection copy a crash left behind goes at an erasure too.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.old_vault import build_vault_at
from tests.support.pages import decrypted_bytes

from intakecompanion.domain.casebook import Casebook
from intakecompanion.vault import keys, store
from intakecompanion.vault.backup import restore_backup
from intakecompanion.vault.keys import KdfParams

CLIENT = "Noor Vermeulen"  # the client build_vault_at stores


def old_vault(folder: Path, passphrase: str, kdf: KdfParams, version: int = 1) -> bytes:
    """A vault as an earlier release left it, with its key file; returns the data key."""
    path = folder / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, version)
    wrapping = keys.Wrapping.from_passphrase(passphrase, kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    return data_key


def copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bak"))


def files_holding(folder: Path, data_key: bytes, text: str) -> list[str]:
    """Every file below `folder` whose decrypted pages (or raw bytes) hold `text`."""
    hits = []
    for item in sorted(folder.rglob("*")):
        if item.is_file() and item.stat().st_size >= 4096:
            if text.encode() in decrypted_bytes(item, data_key) + item.read_bytes():
                hits.append(item.name)
    return hits


def test_erasing_a_client_leaves_no_copy_that_holds_them(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    data_key = old_vault(tmp_path, passphrase, fast_kdf)
    with store.unlock(tmp_path / "vault.icv", passphrase) as vault:
        assert len(copies(tmp_path)) == 1  # the migration made its copy
        assert files_holding(tmp_path, data_key, CLIENT) != []  # the scan can see the client
        book = Casebook(vault)
        (client,) = book.clients()
        book.delete_client(client.client.id)
        assert copies(tmp_path) == []
    assert files_holding(tmp_path, data_key, CLIENT) == []


def test_erasing_a_client_also_removes_an_inspection_copy_a_crash_left(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    """Every copy the program keeps beside the vault is reached by an erasure (promise 3):
    the copy made before a migration and the inspection copy an open after a crash makes
    (`.vault.icv.inspect-*`), left behind when that open crashed too. Before, the inspection
    copy stayed until the next open with a hot WAL, holding the erased client."""
    data_key = old_vault(tmp_path, passphrase, fast_kdf)
    stale = tmp_path / ".vault.icv.inspect-leftover"
    stale.mkdir()
    (stale / "vault.icv").write_bytes((tmp_path / "vault.icv").read_bytes())
    with store.unlock(tmp_path / "vault.icv", passphrase) as vault:  # no hot WAL: it stays
        assert files_holding(stale, data_key, CLIENT) == ["vault.icv"]
        book = Casebook(vault)
        (client,) = book.clients()
        book.delete_client(client.client.id)
        assert not stale.exists()
    assert files_holding(tmp_path, data_key, CLIENT) == []


def test_the_copy_stays_until_the_next_good_unlock(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    old_vault(tmp_path, passphrase, fast_kdf)
    store.unlock(tmp_path / "vault.icv", passphrase).close()
    assert len(copies(tmp_path)) == 1  # kept through the session that migrated
    store.unlock(tmp_path / "vault.icv", passphrase).close()
    assert copies(tmp_path) == []  # the migrated vault opened again and passed its check


def test_a_damaged_migrated_vault_keeps_its_copy(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    data_key = old_vault(tmp_path, passphrase, fast_kdf)
    path = tmp_path / "vault.icv"
    with store.unlock(path, passphrase) as vault:
        with vault.transaction() as db:  # enough pages that a late one can be hit
            db.execute("INSERT INTO clients (name, created_at) VALUES (?, '')", ["x" * 20000])
    data = bytearray(path.read_bytes())
    data[-200] ^= 0xFF  # the last page fails its HMAC; page 1 still opens
    path.write_bytes(bytes(data))
    (copy,) = copies(tmp_path)
    try:
        store.unlock(path, passphrase).close()
    except Exception:
        pass  # refusing the damaged vault is fine too; the copy is what matters
    assert copies(tmp_path) == [copy]
    assert CLIENT.encode() in decrypted_bytes(copy, data_key)


def test_restoring_an_old_backup_leaves_no_copy(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    stick = tmp_path / "stick"
    data_key = old_vault(stick, passphrase, fast_kdf)
    backup = stick / "vault.icv"
    target = tmp_path / "restored" / "vault.icv"
    restore_backup(
        backup,
        target,
        recovery_key=keys.format_recovery_key(data_key),
        new_passphrase="een nieuwe lange zin voor Noor",
        kdf=fast_kdf,
    )
    assert copies(target.parent) == []
    with store.unlock(target, "een nieuwe lange zin voor Noor") as vault:
        assert [r[0] for r in vault.db.execute("SELECT name FROM clients")] == [CLIENT]
    assert copies(target.parent) == []


def test_a_copy_of_another_vault_beside_the_restored_one_is_left_alone(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    """Review finding 10: restoring to a place where an older vault's pre-migration copy lay
    deleted that copy, although it belongs to another vault (another salt) and may be all
    that is left of it. Only the vault's own copies go."""
    home = tmp_path / "home"
    other_key = old_vault(home, passphrase, fast_kdf)
    store.unlock(home / "vault.icv", passphrase).close()
    (theirs,) = copies(home)
    for leftover in home.iterdir():  # the other vault moved away; its copy stayed
        if leftover != theirs:
            leftover.unlink()
    stick = tmp_path / "stick"
    data_key = old_vault(stick, passphrase, fast_kdf)
    target = home / "vault.icv"
    restore_backup(
        stick / "vault.icv",
        target,
        recovery_key=keys.format_recovery_key(data_key),
        new_passphrase="een nieuwe lange zin voor Noor",
        kdf=fast_kdf,
    )
    store.unlock(target, "een nieuwe lange zin voor Noor").close()  # a good unlock
    assert copies(home) == [theirs]
    with store.unlock(target, "een nieuwe lange zin voor Noor") as vault:  # an erasure
        book = Casebook(vault)
        (client,) = book.clients()
        book.delete_client(client.client.id)
    assert copies(home) == [theirs]
    assert CLIENT.encode() in decrypted_bytes(theirs, other_key)
