"""The yardstick store: the vault's schema and pragmas on plain, unencrypted SQLite.

sqlcipher3 without `PRAGMA key` is plain SQLite (the same library build, so the only difference
measured is the encryption). Fictional benchmark data only; never used by the app.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from intakecompanion.vault import migrations, schema  # noqa: F401  (schema registers steps)
from intakecompanion.vault.engine import CACHE_SIZE_KIB, WAL_AUTOCHECKPOINT_PAGES, enable_wal
from intakecompanion.vault.store import Vault

# The same pragmas as `engine.keyed_connection`, minus the key.
PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
    f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}",
)


def open_plain(path: Path) -> Vault:
    """Open (or make) a plain SQLite file with the vault's schema, wrapped as a `Vault` so the
    same `Casebook` code runs on it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()
    enable_wal(conn)
    migrations.migrate(Database(conn))
    return Vault(Path(path), conn, data_key=bytes(32), salt=bytes(16))  # no cipher, no salt
