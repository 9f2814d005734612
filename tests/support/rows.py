"""sqlite-utils' table helpers (`db["clients"].insert(...)`) over the vault's connection, for
tests that make rows by hand. The program itself only executes SQL (vault/database.py).

sqlite-utils catches the standard library's exception classes (`sqlite3.OperationalError`, and
`OperationalError` bound by name from `sqlite_utils.utils`) in `insert(alter=True)`,
`update(alter=True)`, RETURNING support, `drop(ignore=True)`,
`create_index(find_unique_name=True)` and `cached_counts()`. sqlcipher3 raises its own classes,
which those handlers miss: sqlite-utils' references point at sqlcipher3's DB-API module here,
so those handlers work and any connection sqlite-utils makes itself goes through SQLCipher.
"""

from __future__ import annotations

import sqlcipher3.dbapi2
import sqlite_utils.db
import sqlite_utils.utils
from sqlite_utils import Database

from intakecompanion.vault import database

for _module in (sqlite_utils.db, sqlite_utils.utils):
    _module.sqlite3 = sqlcipher3.dbapi2  # type: ignore[attr-defined]
    _module.OperationalError = sqlcipher3.dbapi2.OperationalError  # type: ignore[attr-defined]
sqlite_utils.utils.dbapi2 = sqlcipher3.dbapi2


def rich(db: database.Database | sqlcipher3.Connection) -> Database:
    """sqlite-utils' Database on the same connection (same transaction), without plugins."""
    conn = db.conn if isinstance(db, database.Database) else db
    return Database(conn, execute_plugins=False)
