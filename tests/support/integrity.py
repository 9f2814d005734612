"""The strictest check of an open vault's connection: pages, b-trees and search indexes."""

from __future__ import annotations

import sqlcipher3

from intakecompanion.vault import search_index


def problems(conn: sqlcipher3.Connection) -> list[str]:
    """Everything wrong with the vault behind `conn`; [] when all is well.

    cipher_integrity_check reads every page and checks its HMAC; integrity_check walks every
    b-tree; FTS5's own integrity-check, with rank 1, compares each search index with the table
    it indexes, word by word. The notes whose index is behind by design (an autosave leaves it
    so, `vault/search_index.py`) are indexed first, as every search does: the check then holds
    only if the table of notes behind held exactly the text the index holds.
    """
    found = [f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        found += [f"integrity: {r}" for r in rows]
    catch_up(conn)
    for table in ("clients_fts", "notes_fts"):
        try:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
        except sqlcipher3.DatabaseError as exc:
            found.append(f"{table}: {exc}")
    return found


def catch_up(conn: sqlcipher3.Connection) -> None:
    """Apply the notes behind, as a search does (in its own transaction)."""
    if search_index.is_behind(conn):
        conn.execute("BEGIN IMMEDIATE")
        search_index.catch_up(conn)
        conn.execute("COMMIT")


def notes_index_in_step(conn: sqlcipher3.Connection) -> bool:
    """Whether the notes' index holds exactly the notes' text, without catching up first."""
    try:
        conn.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    except sqlcipher3.DatabaseError:
        return False
    return True
