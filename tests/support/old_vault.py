"""A vault as an earlier release left it, for the migration and file tests."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from intakecompanion.vault import store
from intakecompanion.vault.migrations import STEPS

NOW = "2026-03-02T10:00:00+01:00"


def build_vault_at(path: Path, data_key: bytes, salt: bytes, version: int) -> None:
    """A vault as a release at schema `version` left it: steps up to `version` only."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    conn = store.connect(path, data_key, salt=salt)
    db = Database(conn)
    for number in sorted(v for v in STEPS if v <= version):
        conn.execute("BEGIN IMMEDIATE")
        STEPS[number](db)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    if version >= 1:
        conn.execute("INSERT INTO clients (name, created_at) VALUES ('Noor Vermeulen', ?)", [NOW])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
