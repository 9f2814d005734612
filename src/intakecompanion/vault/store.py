"""Open an encrypted vault (SQLCipher 4 via sqlcipher3) and hand out one sqlite-utils Database.

This module knows the data key, not the passphrase: `keys.py` turns a passphrase or a recovery
key into the data key. Every write goes through `Vault.transaction()`: one short transaction that
is on disk (fsync'd, synchronous=FULL) when the block exits.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault import compat, migrations, schema  # noqa: F401  (registers steps)

DATA_KEY_BYTES = 32
CACHE_SIZE_KIB = 65536


def _raw_key_pragma(data_key: bytes) -> str:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A keyed connection with the vault's pragmas; raises if the key does not open the file."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(data_key))
        # The first read proves the key (SQLCipher checks the page HMAC).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA secure_delete = ON",
            "PRAGMA foreign_keys = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
        ):
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


class Vault:
    """An open, unlocked vault. Construct through `open_with_data_key` (or keys-aware helpers)."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self.db = Database(conn)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One short write transaction, committed (and fsync'd) when the block exits."""
        conn = self._require_conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it (after deletes, before close)."""
        self._require_conn().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        if self._conn is not None:
            try:
                self.checkpoint()
            finally:
                self._conn.close()
                self._conn = None

    def _require_conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn


def open_with_data_key(path: Path, data_key: bytes, *, create: bool = False) -> Vault:
    """Open (or with `create=True` make) the vault at `path` and bring its schema up to date."""
    path = Path(path)
    if create:
        ensure_private_dir(path.parent)
        if path.exists():
            raise FileExistsError(path)
        # Owner-only permissions before the first byte: the file and its -wal/-shm inherit them.
        old_umask = os.umask(0o077)
        try:
            conn = connect(path, data_key)
        finally:
            os.umask(old_umask)
    else:
        conn = connect(path, data_key)
    vault = Vault(path, conn)
    try:
        migrations.migrate(vault.db, before_first_step=lambda _v: None)
    except BaseException:
        vault._conn = None
        conn.close()
        raise
    return vault
