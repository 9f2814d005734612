"""Check a vault (or a backup) without changing it: every page's HMAC and the b-trees.

`verify_file` opens the file read-only (and, when no -wal is beside it, as immutable, so not
even a -shm is created) and reports what `PRAGMA cipher_integrity_check` and
`PRAGMA integrity_check` found. `data_key_for` finds the data key from a passphrase (through the
key file beside the file) or from a recovery key, without opening the vault for writing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from intakecompanion.vault import files, keys, migrations
from intakecompanion.vault.engine import (
    SQLITE_NOTADB,
    check_sqlcipher,
    primary_code,
    raw_key_pragma,
)
from intakecompanion.vault.errors import (
    KeyFileFromOtherVault,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultSaltDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)

MAX_LISTED_PROBLEMS = 20
_PAGE_FAILURE = re.compile(r"HMAC verification failed for page (\d+)")


@dataclass(frozen=True)
class UnlockedKeys:
    """What a passphrase or recovery key gave: the candidate data keys (two while a re-key
    was interrupted), the passphrase's wrapping (to write a key file again), and whether the
    key file vouched for the keys (then a page that fails is damage, not a wrong key)."""

    data_keys: tuple[bytes, ...]
    wrapping: keys.Wrapping | None
    proven: bool


@dataclass(frozen=True)
class VerifyReport:
    """What a check of one vault file found. `ok` only when nothing at all is wrong."""

    path: Path
    size: int
    pages: int
    partial_page: bool
    failed_pages: tuple[int, ...] = ()
    cipher_messages: tuple[str, ...] = ()
    structure_problems: tuple[str, ...] = ()
    schema_version: int | None = None
    latest_version: int = field(default_factory=migrations.latest_version)

    @property
    def cipher_ok(self) -> bool:
        return not self.failed_pages and not self.cipher_messages and not self.partial_page

    @property
    def structure_ok(self) -> bool:
        return not self.structure_problems

    @property
    def newer_than_supported(self) -> bool:
        return self.schema_version is not None and self.schema_version > self.latest_version

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.structure_ok


def data_key_for(
    path: Path, *, passphrase: str | None = None, recovery_key: str | None = None
) -> UnlockedKeys:
    """The data key(s) of the vault file at `path`, from exactly one of the two secrets.

    With the passphrase, the key file beside `path` must belong to it (same salt); the AEAD
    then proves the passphrase. Nothing is written.
    """
    if (passphrase is None) == (recovery_key is None):
        raise ValueError("give either a passphrase or a recovery key")
    path = Path(path)
    if recovery_key is not None:
        data_key = keys.parse_recovery_key(recovery_key)
        files.inspect_vault_file(path)
        return UnlockedKeys((data_key,), None, proven=False)
    header = files.inspect_vault_file(path)
    key_file = keys.read_key_file(files.key_file_path(path))
    assert passphrase is not None
    if key_file.vault_salt != header.salt:
        if not header.whole_pages:
            raise NotAVault()
        raise salt_mismatch_error(path, key_file, passphrase)
    wrapping, data_keys = keys.Wrapping.unlock(key_file, passphrase)
    return UnlockedKeys(tuple(data_keys), wrapping, proven=True)


def salt_mismatch_error(path: Path, key_file: keys.KeyFile, passphrase: str) -> VaultError:
    """The key file names another salt than the vault's first 16 bytes: it belongs to another
    vault, or those bytes were damaged. With the right passphrase the two are told apart: the
    vault's pages verify under the key file's salt only when it is this vault's key file."""
    try:
        _, data_keys = keys.Wrapping.unlock(key_file, passphrase)
    except WrongPassphrase:
        return KeyFileFromOtherVault()
    header = files.inspect_vault_file(path)
    return damage_under_salt(path, data_keys, header, key_file.vault_salt) or (
        KeyFileFromOtherVault()
    )


def damage_under_salt(
    path: Path,
    data_keys: list[bytes],
    header: files.VaultFileHeader,
    salt: bytes | None = None,
) -> VaultDamaged | None:
    """Page 1 did not open with these keys; is the key right and the vault damaged?

    The pages are checked under the file's own salt and under the salt its key file names (or
    `salt`). If some verify, the key is right: `VaultSaltDamaged` when only the first 16
    bytes (the salt) are off, `VaultDamaged` otherwise. None: not this vault's key. Read-only.
    """
    salts = [header.salt]
    if salt is None:
        try:
            salt = keys.read_key_file(files.key_file_path(path)).vault_salt
        except VaultError:
            salt = header.salt
    if salt != header.salt:
        salts.insert(0, salt)
    pages = header.size // files.PAGE_SIZE
    if not header.whole_pages:
        return None
    for candidate in salts:
        for data_key in data_keys:
            failed = _failed_pages(path, data_key, candidate)
            if failed is not None and len(failed) < pages:
                if candidate != header.salt and 1 not in failed:
                    return VaultSaltDamaged()
                return VaultDamaged()
    return None


def _failed_pages(path: Path, data_key: bytes, salt: bytes) -> set[int] | None:
    conn = open_read_only(path, data_key, salt)
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()
    return {int(m.group(1)) for r in rows if (m := _PAGE_FAILURE.search(r))}


def verify_file(path: Path, unlocked: UnlockedKeys) -> tuple[VerifyReport, bytes]:
    """Check every page and the database structure; returns the report and the key that
    opened the file. Raises `WrongRecoveryKey` when no page at all opens with an unproven key,
    `VaultDamaged` when not one page opens with a key the key file vouched for."""
    check_sqlcipher()
    header = files.inspect_vault_file(Path(path))
    for data_key in unlocked.data_keys:
        report = _check_with_key(Path(path), header, data_key)
        if report is None:  # not one page opened with this key
            continue
        return report, data_key
    if unlocked.proven:
        raise VaultDamaged()
    damage = damage_under_salt(Path(path), list(unlocked.data_keys), header)
    if damage is not None:
        raise damage
    raise WrongRecoveryKey() if header.whole_pages else NotAVault()


def _check_with_key(
    path: Path, header: files.VaultFileHeader, data_key: bytes
) -> VerifyReport | None:
    pages = header.size // files.PAGE_SIZE
    conn = open_read_only(path, data_key)
    try:
        cipher_rows = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        failed = sorted({int(m.group(1)) for r in cipher_rows if (m := _PAGE_FAILURE.search(r))})
        if pages and len(failed) >= pages:
            return None
        others = tuple(r for r in cipher_rows if not _PAGE_FAILURE.search(r))
        structure, version = _structure(conn)
    finally:
        conn.close()
    return VerifyReport(
        path=path,
        size=header.size,
        pages=pages,
        partial_page=header.size % files.PAGE_SIZE != 0,
        failed_pages=tuple(failed),
        cipher_messages=others[:MAX_LISTED_PROBLEMS],
        structure_problems=structure,
        schema_version=version,
    )


def _structure(conn: sqlcipher3.Connection) -> tuple[tuple[str, ...], int | None]:
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher3.DatabaseError:
        version = None
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_LISTED_PROBLEMS})")]
    except sqlcipher3.DatabaseError as exc:
        reason = "file is not a database" if primary_code(exc) == SQLITE_NOTADB else str(exc)
        return (f"the database could not be read ({reason})",), version
    return (() if rows == ["ok"] else tuple(rows)), version


def open_read_only(path: Path, data_key: bytes, salt: bytes | None = None) -> sqlcipher3.Connection:
    """A keyed, read-only connection that writes nothing beside the file when it can.

    With a -wal beside the file (the app has it open, or crashed) the WAL must be read, so the
    connection is an ordinary read-only one; otherwise it is immutable: no lock, no -shm.
    """
    has_wal = any(p.exists() for p in files.companion_files(path)[1:])
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro" + ("" if has_wal else "&immutable=1")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(raw_key_pragma(data_key, salt))
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn
