"""The SQLCipher engine: the start-up check of the linked library, and keyed connections.

`check_sqlcipher()` refuses a SQLCipher or SQLite that is too old, or one built to spill
temporary data to files (with temp_store=FILE, SQLCipher writes sort data unencrypted).
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import sqlcipher3

from intakecompanion.vault.errors import UnsupportedSqlcipher

MIN_SQLCIPHER = (4, 19, 0)
MIN_SQLITE = (3, 51, 3)
DATA_KEY_BYTES = 32
SALT_BYTES = 16
# 16 MiB holds search's working set at 10,000 clients (as fast as 32 or 64 MiB, measured;
# 8 MiB is slower) and keeps a long session from growing towards a 64 MiB page cache.
CACHE_SIZE_KIB = 16384
# SQLite folds the WAL into the file by itself once it holds 1,000 pages, in the commit of the
# save that crosses that line: copying those pages and an fsync while the coach waits (a note's
# first save writes about 37 pages, so one save in 27). The app folds it when saves pause
# (ui/lock/wal_folding.py, IdleFolder); SQLite's own fold stays as a backstop, far above.
WAL_AUTOCHECKPOINT_PAGES = 4000

# SQLite's primary result codes that mean "the storage failed", not "the SQL was wrong".
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_PROTOCOL, SQLITE_NOTADB, SQLITE_PERM = 15, 26, 3
STORAGE_CODES = frozenset(
    {
        SQLITE_BUSY,
        SQLITE_LOCKED,
        SQLITE_NOMEM,
        SQLITE_READONLY,
        SQLITE_IOERR,
        SQLITE_CORRUPT,
        SQLITE_FULL,
        SQLITE_CANTOPEN,
        SQLITE_PROTOCOL,
        SQLITE_NOTADB,
    }
)


def primary_code(exc: BaseException) -> int:
    """SQLite's primary result code of a sqlcipher3 error (0 when it carries none)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return int(code) & 0xFF if isinstance(code, int) else 0


def is_storage_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlcipher3.DatabaseError) and primary_code(exc) in STORAGE_CODES


def is_damage_error(exc: BaseException) -> bool:
    """A read or write of the open vault met a page that fails its HMAC or a broken b-tree
    (SQLite's CORRUPT or NOTADB), itself or as the cause of the error raised for it."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlcipher3.DatabaseError) and primary_code(current) in (
            SQLITE_CORRUPT,
            SQLITE_NOTADB,
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


def _version_tuple(text: str) -> tuple[int, ...]:
    match = re.match(r"\s*(\d+)\.(\d+)\.(\d+)", text)
    if not match:
        return (0, 0, 0)
    return tuple(int(part) for part in match.groups())


@functools.cache
def check_sqlcipher() -> None:
    """Refuse to run on a linked library that cannot keep the vault safe (checked once)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        cipher_rows = conn.execute("PRAGMA cipher_version").fetchall()
        sqlite_text = conn.execute("SELECT sqlite_version()").fetchone()[0]
        options = [row[0] for row in conn.execute("PRAGMA compile_options").fetchall()]
        conn.execute("PRAGMA temp_store = MEMORY")
        temp_store_now = conn.execute("PRAGMA temp_store").fetchone()[0]
    finally:
        conn.close()
    problem = library_problem(
        str(cipher_rows[0][0]) if cipher_rows else None, sqlite_text, options, temp_store_now
    )
    if problem:
        raise UnsupportedSqlcipher(problem)


def library_problem(
    cipher_version: str | None, sqlite_version: str, compile_options: list[str], temp_store: int
) -> str | None:
    """Why this SQLCipher build is unfit, or None. `temp_store` is the pragma's value after
    `PRAGMA temp_store = MEMORY` was set."""
    if cipher_version is None:
        return "the SQLite library is not SQLCipher (no encryption)"
    if _version_tuple(cipher_version) < MIN_SQLCIPHER:
        return f"SQLCipher {cipher_version} is older than 4.19"
    if _version_tuple(sqlite_version) < MIN_SQLITE:
        return f"SQLite {sqlite_version} is older than 3.51.3"
    compiled = next(
        (o.split("=", 1)[1] for o in compile_options if o.startswith("TEMP_STORE=")), "1"
    )
    # 2 and 3 keep temporary data in memory by default or always; 1 lets the pragma decide
    # (set on every connection, verified here); 0 always uses files.
    if compiled in ("2", "3") or (compiled == "1" and temp_store == 2):
        return None
    return "it was built to write temporary data to unencrypted files"


def raw_key_pragma(data_key: bytes, salt: bytes | None = None, *, pragma: str = "key") -> str:
    """`PRAGMA key` (or `rekey`) with a raw key; a salt is only given when a file is made."""
    if pragma not in ("key", "rekey"):
        raise ValueError(pragma)
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    if salt is not None and len(salt) != SALT_BYTES:
        raise ValueError("the salt must be 16 bytes")
    blob = data_key.hex() + (salt.hex() if salt else "")
    return f"PRAGMA {pragma} = \"x'{blob}'\""


def keyed_connection(
    path: str, data_key: bytes, salt: bytes | None = None
) -> sqlcipher3.Connection:
    """A connection whose key is proven, with the pragmas that never write to the file.

    WAL is switched on separately (`enable_wal`): on a vault that will be refused, nothing
    may write, and setting the journal mode can.
    """
    check_sqlcipher()
    conn = sqlcipher3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        # Before the key, so a wrong key prints nothing to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(raw_key_pragma(data_key, salt))
        # The first read proves the key (SQLCipher checks the page HMAC).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in (
            "PRAGMA temp_store = MEMORY",
            "PRAGMA secure_delete = ON",
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = FULL",
            f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
            f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}",
        ):
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def enable_wal(conn: sqlcipher3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlcipher3.OperationalError(f"could not switch to WAL (got {mode})")


def salt_of(conn: sqlcipher3.Connection) -> bytes:
    """The open file's 16-byte salt, from SQLCipher itself (the file is not read again)."""
    return bytes.fromhex(str(conn.execute("PRAGMA cipher_salt").fetchone()[0]))


def copy_database(
    source: sqlcipher3.Connection, target: Path, data_key: bytes, salt: bytes
) -> None:
    """Copy what `source` sees (its WAL included) into the empty private file `target` with
    SQLite's backup API, under the same key and salt, as one self-contained file; fsync'd.

    The source file is only read through its connection: reopening it by path and closing that
    handle would drop the process's POSIX locks on it (Linux).
    """
    writer = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        writer.execute("PRAGMA cipher_log_level = NONE")
        # Same key and same salt: the vault's recovery key and key file both fit.
        writer.execute(raw_key_pragma(data_key, salt))
        source.backup(writer, pages=-1)
        # One self-contained file: no -wal or -shm beside it.
        writer.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        writer.close()
    # Opened for writing: Windows flushes a file (FlushFileBuffers) only through a handle
    # that may write to it.
    fd = os.open(target, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
