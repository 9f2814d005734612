"""Schema step 13: an autosave of a note leaves its search index behind (issue 18, goal 3);
every search, a backup, closing the vault and a later migration step catch up first, a
deletion or an erasure takes out the words the index holds, and a vault of schema 12 keeps
its index."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlite_utils import Database
from tests.support.integrity import notes_index_in_step, problems
from tests.support.pages import decrypted_bytes

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.vault import migrations, store
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.engine import keyed_connection
from intakecompanion.vault.errors import SaveFailed
from intakecompanion.vault.migrations import STEPS
from intakecompanion.vault.store import open_with_data_key
from intakecompanion.vault.unlocked import Vault

T = "2026-03-02T10:00:00+01:00"


def start(book: Casebook, name: str) -> tuple[int, int]:
    client = book.add_client(name).id
    conversation = book.start_conversation(
        client, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
    )
    return client, conversation.id


def found(book: Casebook, search: str) -> list[int]:
    return [overview.client.id for overview in book.clients(search)]


def in_index(conn: object, word: str) -> list[int]:
    """The notes the index itself holds `word` for (no catching up)."""
    sql = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid"
    return [r[0] for r in conn.execute(sql, (f'"{word}"',))]  # type: ignore[attr-defined]


def behind(vault: Vault) -> list[tuple[int, str]]:
    return vault.db.execute("SELECT note_id, indexed_text FROM notes_fts_behind").fetchall()


def test_a_save_leaves_the_index_behind_and_a_search_finds_every_saved_word(
    raw_key_vault: Vault,
) -> None:
    book = Casebook(raw_key_vault)
    client, conversation = start(book, "Noor Vermeulen")
    note = book.add_note(conversation, "Wil fietsherstel leren")  # a new note: indexed at once
    assert in_index(raw_key_vault.db.conn, "fietsherstel") == [note.id]
    assert behind(raw_key_vault) == []
    book.update_note_text(note.id, "Wil fietsherstel leren, daarna tuinwerk")
    book.update_note_text(note.id, "Zoekt tuinwerk")
    # The saves changed the notes table only; the index keeps the first text, recorded.
    assert behind(raw_key_vault) == [(note.id, "Wil fietsherstel leren")]
    assert in_index(raw_key_vault.db.conn, "tuinwerk") == []
    assert not notes_index_in_step(raw_key_vault.db.conn)

    assert found(book, "tuinwerk") == [client]  # the search catches up first
    assert found(book, "fietsherstel") == []
    assert behind(raw_key_vault) == []
    assert in_index(raw_key_vault.db.conn, "tuinwerk") == [note.id]
    assert notes_index_in_step(raw_key_vault.db.conn)
    book.update_note_text(note.id, "Zoekt tuinwerk")  # the same text again: nothing behind
    assert behind(raw_key_vault) == []


def test_checklist_and_other_edits_of_a_note_do_not_leave_it_behind(raw_key_vault: Vault) -> None:
    book = Casebook(raw_key_vault)
    client, conversation = start(book, "Iris Claes")
    note = book.add_note(conversation, "Budgetbeheer")
    book.set_note_shared(note.id, True)
    book.set_item_note(conversation, "welcome", "Vraagt naar schuldbemiddeling")
    assert behind(raw_key_vault) == []
    assert found(book, "schuldbemiddeling") == [client]


def test_a_note_deleted_while_behind_leaves_nothing_of_it_in_the_index(
    raw_key_vault: Vault,
) -> None:
    book = Casebook(raw_key_vault)
    _, conversation = start(book, "Sam De Smet")
    note = book.add_note(conversation, "Eerste versie fietsherstel")
    book.update_note_text(note.id, "Tweede versie tuinwerk")
    book.delete_note(note.id)
    assert behind(raw_key_vault) == []
    assert in_index(raw_key_vault.db.conn, "fietsherstel") == []
    assert in_index(raw_key_vault.db.conn, "versie") == []
    assert notes_index_in_step(raw_key_vault.db.conn)


def test_erasing_a_client_with_notes_behind_leaves_no_word_of_them(
    raw_key_vault: Vault, data_key: bytes
) -> None:
    book = Casebook(raw_key_vault)
    kept, kept_conversation = start(book, "Blijft Bestaan")
    book.add_note(kept_conversation, "Gewone notitie")
    old, new = "Oudwoord" + "V3k", "Nieuwwoord" + "W5m"
    client, conversation = start(book, "Wordt Gewist")
    note = book.add_note(conversation, f"{old} notitie " * 40)
    book.update_note_text(note.id, f"{new} notitie " * 40)
    assert behind(raw_key_vault) != []
    raw_key_vault.checkpoint()
    plain = decrypted_bytes(raw_key_vault.path, data_key)
    assert old.encode() in plain and new.encode() in plain  # the check can see them

    book.delete_client(client)

    assert behind(raw_key_vault) == []
    assert in_index(raw_key_vault.db.conn, old) == in_index(raw_key_vault.db.conn, new) == []
    assert notes_index_in_step(raw_key_vault.db.conn)
    plain = decrypted_bytes(raw_key_vault.path, data_key)
    for word in (old, new):
        assert word.lower().encode() not in plain.lower()
    assert found(book, "notitie") == [kept]


def test_closing_the_vault_brings_the_index_up_to_date(tmp_path: Path) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    with open_with_data_key(path, key, create=True) as vault:
        book = Casebook(vault)
        _, conversation = start(book, "Noor Vermeulen")
        note = book.add_note(conversation, "fietsherstel")
        book.update_note_text(note.id, "tuinwerk")
        assert behind(vault) != []
    conn = keyed_connection(str(path), key)  # no search, no catching up: as it was left
    try:
        assert conn.execute("SELECT count(*) FROM notes_fts_behind").fetchone()[0] == 0
        assert in_index(conn, "tuinwerk") == [note.id]
        assert notes_index_in_step(conn)
    finally:
        conn.close()


def test_a_backup_holds_the_index_up_to_date(tmp_path: Path) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    with open_with_data_key(path, key, create=True) as vault:
        book = Casebook(vault)
        _, conversation = start(book, "Noor Vermeulen")
        note = book.add_note(conversation, "fietsherstel")
        book.update_note_text(note.id, "tuinwerk")
        result = backup_vault(vault, tmp_path / "b.icvbackup", with_key_file=False)
    conn = keyed_connection(str(result.path), key)
    try:
        assert conn.execute("SELECT count(*) FROM notes_fts_behind").fetchone()[0] == 0
        assert in_index(conn, "tuinwerk") == [note.id]
        assert in_index(conn, "fietsherstel") == []
        assert problems(conn) == []
    finally:
        conn.close()


def test_a_search_still_runs_when_the_disk_refuses_the_catching_up(
    raw_key_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Casebook(raw_key_vault)
    client, conversation = start(book, "Noor Vermeulen")
    note = book.add_note(conversation, "fietsherstel")
    book.update_note_text(note.id, "tuinwerk")

    def refused(self: Vault) -> None:
        raise SaveFailed()

    monkeypatch.setattr(Vault, "catch_up_search", refused)
    assert found(book, "fietsherstel") == [client]  # the note as last indexed
    assert found(book, "Noor") == [client]
    assert book.note(note.id).text == "tuinwerk"  # nothing typed is lost
    monkeypatch.undo()
    assert found(book, "tuinwerk") == [client]


OLD_ROWS = [
    "INSERT INTO clients (id, name, created_at) VALUES (1, 'Sam De Smet', '{T}')",
    "INSERT INTO guide_snapshots (id, guide_id, version, content, fingerprint) "
    "VALUES (1, 'intake', '1', '{{}}', 'f1')",
    "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, started_at) "
    "VALUES (1, 1, 'intake', 1, '{T}')",
    "INSERT INTO notes (id, conversation_id, client_id, text, created_at, updated_at) "
    "VALUES (1, 1, 1, 'Wil fietsherstel leren', '{T}', '{T}')",
    "INSERT INTO notes (id, conversation_id, client_id, text, created_at, updated_at) "
    "VALUES (2, 1, 1, 'Zoekt een opleiding', '{T}', '{T}')",
]


def vault_at(path: Path, key: bytes, version: int, *then: str) -> None:
    """A vault as a release at `version` left it, with two notes; `then` run after."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = store.connect(path, key)
    db = Database(conn)
    for number in sorted(v for v in STEPS if v <= version):
        conn.execute("BEGIN IMMEDIATE")
        STEPS[number](db)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    for statement in [*OLD_ROWS, *then]:
        conn.execute(statement.format(T=T))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_a_vault_of_schema_12_keeps_its_index_and_then_indexes_when_saves_pause(
    tmp_path: Path,
) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    vault_at(path, key, 12, "UPDATE notes SET text = 'Wil fietsherstel en tuinwerk' WHERE id = 1")
    with open_with_data_key(path, key) as vault:
        assert migrations.schema_version(vault.db) == migrations.latest_version() >= 13
        assert behind(vault) == []
        assert notes_index_in_step(vault.db.conn)  # schema 12 kept it in every save
        book = Casebook(vault)
        assert found(book, "tuinwerk") == found(book, "opleiding") == [1]
        book.update_note_text(2, "Zoekt een stageplaats")
        assert behind(vault) == [(2, "Zoekt een opleiding")]
        assert found(book, "stageplaats") == [1]
        assert found(book, "opleiding") == []
        book.delete_note(1)
        assert found(book, "fietsherstel") == found(book, "tuinwerk") == []
        assert problems(vault.db.conn) == []


def test_a_later_step_finds_the_index_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    # Left behind by a save whose session never caught up (killed, say).
    vault_at(path, key, 13, "UPDATE notes SET text = 'Zoekt tuinwerk' WHERE id = 1")
    seen: list[bool] = []

    def later_step(db: Database) -> None:
        seen.append(notes_index_in_step(db.conn))

    monkeypatch.setitem(STEPS, migrations.latest_version() + 1, later_step)
    with open_with_data_key(path, key) as vault:
        assert seen == [True]
        assert behind(vault) == []
        assert in_index(vault.db.conn, "tuinwerk") == [1]
