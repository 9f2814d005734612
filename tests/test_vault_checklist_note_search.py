"""Schema step 9: the client search finds words in the notes on checklist items, in a vault
made at every earlier version too, and an edit or an erasure takes the words out again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlite_utils import Database

from intakecompanion.domain.casebook import Casebook
from intakecompanion.domain.model import ConversationKind
from intakecompanion.vault import migrations, store
from intakecompanion.vault.migrations import STEPS
from intakecompanion.vault.store import open_with_data_key

T = "2026-03-02T10:00:00+01:00"
OLD_ROWS = [
    "INSERT INTO clients (id, name, created_at) VALUES (1, 'Sam De Smet', '{T}')",
    "INSERT INTO clients (id, name, created_at) VALUES (2, 'Iris Claes', '{T}')",
    "INSERT INTO guide_snapshots (id, guide_id, version, content, fingerprint) "
    "VALUES (1, 'intake', '1', '{{}}', 'f1')",
    "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, started_at) "
    "VALUES (1, 1, 'intake', 1, '{T}')",
    "INSERT INTO conversations (id, client_id, kind, guide_snapshot_id, started_at) "
    "VALUES (2, 2, 'intake', 1, '{T}')",
    "INSERT INTO checklist_answers (conversation_id, item_id, state, note, updated_at) "
    "VALUES (1, 'welcome', 'done', 'Wil graag fietsherstel leren', '{T}')",
    "INSERT INTO checklist_answers (conversation_id, item_id, state, updated_at) "
    "VALUES (2, 'welcome', 'done', '{T}')",
]


def old_vault(path: Path, key: bytes, version: int) -> list[tuple[object, ...]]:
    """A vault as a release at `version` left it, with two item answers; returns them."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = store.connect(path, key)
    db = Database(conn)
    for number in sorted(v for v in STEPS if v <= version):
        conn.execute("BEGIN IMMEDIATE")
        STEPS[number](db)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    for statement in OLD_ROWS:
        conn.execute(statement.format(T=T))
    rows = conn.execute("SELECT * FROM checklist_answers ORDER BY 1, 2").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return rows


def found(book: Casebook, search: str) -> list[int]:
    return [overview.client.id for overview in book.clients(search)]


@pytest.mark.parametrize("version", range(1, 9))
def test_item_notes_of_an_older_vault_are_found_after_step_9(tmp_path: Path, version: int) -> None:
    path, key = tmp_path / "vault" / "v.icv", os.urandom(32)
    before = old_vault(path, key, version)
    vault = open_with_data_key(path, key)
    try:
        assert migrations.schema_version(vault.db) == migrations.latest_version() >= 9
        after = vault.db.execute("SELECT * FROM checklist_answers ORDER BY 1, 2").fetchall()
        assert after == before
        assert vault.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        book = Casebook(vault)
        assert found(book, "fietsherstel") == [1]
        assert found(book, "fiets") == [1]  # a prefix, as with the other notes
        book.set_item_note(1, "welcome", "Zoekt een opleiding")  # the triggers work on it
        assert found(book, "fietsherstel") == []
        assert found(book, "opleiding") == [1]
    finally:
        vault.close()


def test_item_notes_leave_the_index_with_every_edit_and_the_erasure(tmp_path: Path) -> None:
    vault = open_with_data_key(tmp_path / "vault" / "v.icv", os.urandom(32), create=True)
    try:
        book = Casebook(vault)
        sam = book.add_client("Sam De Smet").id
        iris = book.add_client("Iris Claes").id
        ids = {
            client: book.start_conversation(
                client, ConversationKind.INTAKE, "intake", "1.0", '{"id": "intake"}'
            ).id
            for client in (sam, iris)
        }
        assert found(book, "schuldbemiddeling") == []
        book.set_item_note(ids[sam], "welcome", "Vraagt naar schuldbemiddeling")
        assert found(book, "schuldbemiddeling") == [sam]
        book.set_item_note(ids[iris], "rights", "Ook schuldbemiddeling")
        assert found(book, "schuldbemiddeling") == [iris, sam]
        book.set_item_note(ids[sam], "welcome", "Budgetbeheer")
        assert found(book, "schuldbemiddeling") == [iris]
        assert found(book, "budgetbeheer") == [sam]
        book.set_item_note(ids[sam], "welcome", "")  # emptied: no longer indexed
        assert found(book, "budgetbeheer") == []
        book.set_item_note(ids[sam], "welcome", "Budgetbeheer")
        book.delete_client(sam)
        assert found(book, "budgetbeheer") == []
        assert found(book, "schuldbemiddeling") == [iris]
        keys = vault.db.execute("SELECT conversation_id FROM checklist_note_keys").fetchall()
        assert keys == [(ids[iris],)]
        indexed = vault.db.execute("SELECT count(*) FROM checklist_notes_fts").fetchone()[0]
        assert indexed == 1
    finally:
        vault.close()
