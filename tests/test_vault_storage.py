"""The open vault: the linked library, sqlite-utils on SQLCipher, no plaintext at rest,
failed saves rolled back whole, integrity, and migrations from every earlier schema version."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlite_utils import Database
from tests.support.modes import assert_mode
from tests.support.old_vault import build_vault_at
from tests.support.pages import decrypted_bytes
from tests.support.vault_files import all_file_bytes, snapshot

from intakecompanion.vault import engine, keys, migrations, store
from intakecompanion.vault.errors import MigrationFailed, SaveFailed, VaultDamaged
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.migrations import STEPS, latest_version
from intakecompanion.vault.store import Vault

NOW = "2026-03-02T10:00:00+01:00"


# --- The linked library ---------------------------------------------------------------------


def test_the_pinned_library_is_accepted() -> None:
    engine.check_sqlcipher()


@pytest.mark.parametrize(
    "cipher, sqlite, options, temp_store, problem",
    [
        ("4.19.0 community", "3.51.3", ["TEMP_STORE=2"], 2, None),
        ("4.20.1 community", "3.53.0", ["TEMP_STORE=3"], 2, None),
        ("4.19.0 community", "3.51.3", ["TEMP_STORE=1"], 2, None),
        (None, "3.53.0", ["TEMP_STORE=2"], 2, "not SQLCipher"),
        ("4.6.1 community", "3.53.0", ["TEMP_STORE=2"], 2, "older than 4.19"),
        ("4.19.0 community", "3.51.2", ["TEMP_STORE=2"], 2, "older than 3.51.3"),
        ("4.19.0 community", "3.53.0", ["TEMP_STORE=1"], 1, "temporary data"),
        ("4.19.0 community", "3.53.0", ["TEMP_STORE=0"], 2, "temporary data"),
    ],
)
def test_unfit_libraries_are_refused(
    cipher: str | None, sqlite: str, options: list[str], temp_store: int, problem: str | None
) -> None:
    found = engine.library_problem(cipher, sqlite, options, temp_store)
    assert found == problem if problem is None else problem in (found or "")


# --- sqlite-utils on a SQLCipher connection -------------------------------------------------


def test_sqlite_utils_calls_that_catch_exceptions_work_on_the_vault(vault: Vault) -> None:
    with vault.transaction() as db:
        table = db["scratch"]
        table.insert({"id": 1, "a": "een"}, pk="id")
        table.insert({"id": 2, "a": "twee", "b": 2}, alter=True)
        table.update(1, {"c": "nieuw"}, alter=True)
        returned = list(db.query("INSERT INTO scratch (id, a) VALUES (3, 'drie') RETURNING id, a"))
        db["bestaat_niet"].drop(ignore=True)
        first = table.create_index(["a"], find_unique_name=True)
        table.create_index(["a"], find_unique_name=True)
    assert returned == [{"id": 3, "a": "drie"}]
    assert set(vault.db["scratch"].columns_dict) == {"id", "a", "b", "c"}
    assert vault.db["scratch"].get(1)["c"] == "nieuw"
    assert len(first.indexes) == 2
    assert isinstance(vault.db.cached_counts(), dict)
    assert isinstance(vault.db.conn, sqlcipher3.Connection)


def test_the_standard_sqlite3_module_cannot_read_the_vault(vault: Vault) -> None:
    import sqlite3  # tests only, never in src/

    with vault.transaction() as db:
        db["clients"].insert({"name": "Noor Vermeulen", "created_at": NOW})
    vault.close()
    before = snapshot(vault.path.parent)
    plain = sqlite3.connect(f"file:{vault.path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT name FROM sqlite_master").fetchall()
    plain.close()
    assert snapshot(vault.path.parent) == before


# --- No plaintext at rest -------------------------------------------------------------------


MARKER = "Zeldzaam-merkwoord-Q7ZX"


def scripted_session(vault: Vault) -> None:
    """What a coach does in a conversation, with the marker in client text and notes."""
    with vault.transaction() as db:
        db["coach_profile"].insert({"id": 1, "name": "Sam De Smet", "updated_at": NOW})
        client = db["clients"].insert({"name": f"Noor {MARKER}", "created_at": NOW}).last_pk
        guide = (
            db["guide_snapshots"]
            .insert({"guide_id": "intake", "version": "1", "content": "{}", "fingerprint": "f"})
            .last_pk
        )
        conversation = (
            db["conversations"]
            .insert(
                {
                    "client_id": client,
                    "kind": "intake",
                    "guide_snapshot_id": guide,
                    "started_at": NOW,
                }
            )
            .last_pk
        )
    for number in range(30):
        with vault.transaction() as db:
            db["notes"].insert(
                {
                    "conversation_id": conversation,
                    "client_id": client,
                    "text": f"Notitie {number}: {MARKER} " + "vertrouwen groeit " * 40,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
    with vault.transaction() as db:
        db.execute("UPDATE notes SET text = text || ? WHERE id % 3 = 0", [f" ({MARKER})"])
        db.execute("DELETE FROM notes WHERE id % 5 = 0")
    # A search and a sort that needs temporary storage (kept in memory, never in a file).
    hits = vault.db.execute(
        "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?", [f'"{MARKER}"']
    ).fetchall()
    assert len(hits) == 24
    vault.db.execute("SELECT text FROM notes ORDER BY substr(text, 9) DESC").fetchall()


def test_no_client_text_passphrase_or_key_in_any_file(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, tmp_path: Path, isolated_home: Path
) -> None:
    vault, recovery_key = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    data_key = keys.parse_recovery_key(recovery_key)
    secrets = {
        "marker": MARKER,
        "passphrase": passphrase,
        "new passphrase": "tweede wachtzin voor Noor",
        "recovery key": recovery_key,
        "data key hex": data_key.hex(),
    }
    needles = {
        f"{name} ({encoding})": text.encode(encoding)
        for name, text in secrets.items()
        for encoding in ("utf-8", "utf-16-le")
    }
    needles["data key"] = data_key

    def leaks() -> list[str]:
        found = []
        for path, data in all_file_bytes(tmp_path, isolated_home):
            found += [f"{name} in {path.name}" for name, n in needles.items() if n in data]
        return found

    scripted_session(vault)
    vault.change_passphrase("tweede wachtzin voor Noor")
    assert {p.name for p in vault_path.parent.iterdir()} >= {"vault.icv-wal", "vault.icv-shm"}
    assert leaks() == []  # while open, with the WAL full of fresh pages
    vault.close()
    assert leaks() == []
    # The check itself can fail: the marker is in the file, readable once decrypted.
    assert MARKER.encode() in decrypted_bytes(vault_path, data_key)
    with store.unlock(vault_path, "tweede wachtzin voor Noor") as reopened:
        assert reopened.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 24


# --- Saving ---------------------------------------------------------------------------------


def client_count(vault: Vault) -> int:
    return int(vault.db.execute("SELECT count(*) FROM clients").fetchone()[0])


def test_disk_full_rolls_the_whole_edit_back_as_save_failed(vault: Vault) -> None:
    pages = vault.db.execute("PRAGMA page_count").fetchone()[0]
    vault.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: disk full
    with pytest.raises(SaveFailed) as caught:
        with vault.transaction() as db:
            db["clients"].insert({"name": "Sam De Smet", "created_at": NOW})
            db["clients"].insert({"name": "x" * 1_000_000, "created_at": NOW})
    assert isinstance(caught.value.__cause__, sqlcipher3.OperationalError)
    assert client_count(vault) == 0
    vault.db.execute("PRAGMA max_page_count = 1073741823")
    with vault.transaction() as db:
        db["clients"].insert({"name": "Sam De Smet", "created_at": NOW})
    assert client_count(vault) == 1


def test_a_mistake_in_the_sql_is_not_disguised_but_still_rolled_back(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError):
        with vault.transaction() as db:
            db["clients"].insert({"name": "Noor Vermeulen", "created_at": NOW})
            db.execute(
                "INSERT INTO conversations (client_id, kind, guide_snapshot_id, started_at) "
                "VALUES (999, 'intake', 999, ?)",
                [NOW],
            )
    assert client_count(vault) == 0


def test_an_edit_is_on_disk_when_the_transaction_returns(vault: Vault) -> None:
    with vault.transaction() as db:
        db["clients"].insert({"name": "Noor Vermeulen", "created_at": NOW})
    other = engine.keyed_connection(str(vault.path), vault._data_key)
    try:
        assert other.execute("SELECT name FROM clients").fetchall() == [("Noor Vermeulen",)]
    finally:
        other.close()


def test_integrity_check_finds_a_damaged_page(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    vault, _ = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    with vault.transaction() as db:
        for number in range(300):
            db["clients"].insert({"name": f"Cliënt {number}", "created_at": NOW})
    vault.check_integrity()
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[4096 * 5 + 300] ^= 0x01
    vault_path.write_bytes(bytes(data))
    with store.unlock(vault_path, passphrase) as damaged:
        with pytest.raises(VaultDamaged):
            damaged.check_integrity()


def test_the_busy_timeout_is_five_seconds_unless_set(vault: Vault) -> None:
    assert vault.busy_timeout_ms == 5000
    vault.busy_timeout_ms = 50
    assert vault.busy_timeout_ms == 50
    assert vault.db.execute("PRAGMA busy_timeout").fetchone()[0] == 50


# --- Migrations -----------------------------------------------------------------------------


def check_upgrade_from(version: int, folder: Path, passphrase: str, kdf: KdfParams) -> None:
    path = folder / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, version)
    wrapping = keys.Wrapping.from_passphrase(passphrase, kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    with store.unlock(path, passphrase) as vault:
        assert migrations.schema_version(vault.db) == latest_version()
        if version >= 1:
            assert vault.db.execute("SELECT name FROM clients").fetchall() == [("Noor Vermeulen",)]
    backups = sorted(folder.glob(f"vault.icv.schema{version}-*.bak"))
    if version == 0:
        assert backups == []  # nothing to keep in a vault that never held data
        return
    assert len(backups) == 1
    assert_mode(backups[0], 0o600)
    copy = engine.keyed_connection(str(backups[0]), data_key)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        copy.close()
    # The copy keeps the vault's salt, so the key file opens it too once put back in place.
    restored = folder / "restored" / "vault.icv"
    restored.parent.mkdir(mode=0o700)
    restored.write_bytes(backups[0].read_bytes())
    restored.chmod(0o600)
    restored.with_name("vault.icv.key").write_bytes(store.key_file_path(path).read_bytes())
    store.unlock(restored, passphrase).close()


@pytest.mark.parametrize("version", range(latest_version()))
def test_vault_from_every_earlier_version_opens(
    version: int, tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    check_upgrade_from(version, tmp_path, passphrase, fast_kdf)


def add_reminders_table(db: Database) -> None:
    db.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")


def test_a_future_step_upgrades_every_version_with_a_copy_first(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(STEPS, latest_version() + 1, add_reminders_table)
    for version in range(latest_version()):
        check_upgrade_from(version, tmp_path / f"from{version}", passphrase, fast_kdf)


def failing_step(db: Database) -> None:
    add_reminders_table(db)
    raise RuntimeError("a step that breaks half-way")


def test_a_failing_step_is_undone_and_names_the_copy(
    vault_path: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = store.create_vault(vault_path, passphrase, kdf=fast_kdf)
    with vault.transaction() as db:
        db["clients"].insert({"name": "Noor Vermeulen", "created_at": NOW})
    vault.close()
    current = latest_version()
    monkeypatch.setitem(STEPS, current + 1, failing_step)
    with pytest.raises(MigrationFailed) as caught:
        store.unlock(vault_path, passphrase)
    assert caught.value.version == current + 1
    assert caught.value.backup is not None and caught.value.backup.exists()
    monkeypatch.delitem(STEPS, current + 1)
    with store.unlock(vault_path, passphrase) as reopened:
        assert migrations.schema_version(reopened.db) == current
        assert "reminders" not in reopened.db.table_names()
        assert client_count(reopened) == 1
