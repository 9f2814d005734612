"""Schema step 4, `vault_meta`: vaults made at every earlier version gain it on opening (their
recovery key counts as confirmed); the flag lives inside the encrypted vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.support.old_vault import build_vault_at
from tests.support.pages import decrypted_bytes

from intakecompanion.vault import keys, meta, migrations, store
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.migrations import STEPS, latest_version


def test_vault_meta_is_step_4() -> None:
    assert STEPS[4] is not None and latest_version() >= 4


@pytest.mark.parametrize("version", range(4))
def test_a_vault_from_an_earlier_version_gains_vault_meta(
    version: int, tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    path = tmp_path / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, version)
    wrapping = keys.Wrapping.from_passphrase(passphrase, fast_kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    with store.unlock(path, passphrase) as vault:
        assert migrations.schema_version(vault.db) == latest_version()
        assert "vault_meta" in vault.db.table_names()
        assert meta.recovery_key_confirmed(vault)  # made before the flag: not asked again
        meta.set_recovery_key_confirmed(vault, False)
    with store.unlock(path, passphrase) as vault:
        assert not meta.recovery_key_confirmed(vault)
        meta.set_recovery_key_confirmed(vault, True)
        assert meta.read_meta(vault, meta.RECOVERY_KEY_CONFIRMED) == "1"


def test_the_flag_is_kept_inside_the_encryption(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    path = tmp_path / "vault.icv"
    vault, recovery_key = store.create_vault(path, passphrase, kdf=fast_kdf)
    with vault:
        meta.write_meta(vault, "marker-key-9f3", "marker-value-9f3")
        vault.checkpoint()
        assert b"marker-value-9f3" not in path.read_bytes()
        data_key = keys.parse_recovery_key(recovery_key)
        assert b"marker-value-9f3" in decrypted_bytes(path, data_key)


def test_a_new_recovery_key_in_a_worker_while_edits_are_written(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    """The app makes a new recovery key off the UI thread; the UI thread may write meanwhile."""
    import threading

    path = tmp_path / "vault.icv"
    vault, _old_key = store.create_vault(path, passphrase, kdf=fast_kdf)
    new_key: list[str] = []
    worker = threading.Thread(target=lambda: new_key.append(vault.replace_recovery_key()))
    with vault:
        worker.start()
        for number in range(200):
            with vault.transaction() as db:
                db["clients"].insert({"name": f"Client {number}", "created_at": "2026-03-02"})
        worker.join()
    assert len(new_key) == 1
    with store.unlock_with_recovery_key(path, new_key[0]) as reopened:
        assert reopened.db.execute("SELECT count(*) FROM clients").fetchone()[0] == 200
        reopened.check_integrity()
