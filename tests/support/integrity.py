"""The strictest check of an open vault's connection: pages, b-trees and search indexes."""

from __future__ import annotations

import sqlcipher3


def problems(conn: sqlcipher3.Connection) -> list[str]:
    """Everything wrong with the vault behind `conn`; [] when all is well.

    cipher_integrity_check reads every page and checks its HMAC; integrity_check walks every
    b-tree; FTS5's own integrity-check compares each search index with the table it indexes.
    """
    found = [f"cipher: {r[0]}" for r in conn.execute("PRAGMA cipher_integrity_check")]
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        found += [f"integrity: {r}" for r in rows]
    for table in ("clients_fts", "notes_fts"):
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlcipher3.DatabaseError as exc:
            found.append(f"{table}: {exc}")
    return found
