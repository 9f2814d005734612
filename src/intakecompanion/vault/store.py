"""Create, unlock and recover an encrypted vault (SQLCipher 4 via sqlcipher3, sqlite-utils).

Opening checks what it can before SQLCipher is touched (missing files, a wrong passphrase, a key
file of another vault), refuses a vault from a newer version without writing a byte, and copies
the vault before a schema migration. The open vault itself is `unlocked.Vault`.
"""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault import (  # noqa: F401  (schema registers the steps)
    compat,
    files,
    inspection,
    keys,
    migration_copies,
    migrations,
    passphrase_rule,
    schema,
    search_index,
)
from intakecompanion.vault.engine import (
    CACHE_SIZE_KIB,
    DATA_KEY_BYTES,
    SQLITE_CANTOPEN,
    SQLITE_NOTADB,
    SQLITE_PERM,
    SQLITE_READONLY,
    check_sqlcipher,
    enable_wal,
    keyed_connection,
    primary_code,
)
from intakecompanion.vault.errors import (
    MigrationFailed,
    NotAVault,
    SaveFailed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultFolderReadOnly,
    WrongRecoveryKey,
)
from intakecompanion.vault.files import key_file_path
from intakecompanion.vault.unlocked import Vault

__all__ = [
    "CACHE_SIZE_KIB",
    "DATA_KEY_BYTES",
    "Vault",
    "check_sqlcipher",
    "connect",
    "create_vault",
    "key_file_path",
    "open_with_data_key",
    "unlock",
    "unlock_with_recovery_key",
    "vault_exists",
]


def vault_exists(path: Path) -> bool:
    """Something is at the vault's place (unlocking then says what, if it is not a vault)."""
    return Path(path).exists()


def connect(path: Path, data_key: bytes, *, salt: bytes | None = None) -> sqlcipher3.Connection:
    """A keyed connection with all the vault's pragmas (WAL included); raises sqlcipher3's
    errors if the key does not open the file. Prefer `unlock` / `open_with_data_key`."""
    conn = keyed_connection(str(path), data_key, salt)
    try:
        enable_wal(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def create_vault(
    path: Path, passphrase: str, *, kdf: keys.KdfParams | None = None
) -> tuple[Vault, str]:
    """Make a new vault and its key file; returns it open, with the recovery key to show once."""
    path = Path(path)
    passphrase_rule.require_acceptable(passphrase)
    check_sqlcipher()
    if path.exists():
        raise VaultExists()
    params = kdf or keys.tune_kdf()
    params.require_strong_enough()
    _prepare_folder(path)
    data_key, salt = keys.new_data_key(), os.urandom(files.SALT_BYTES)
    wrapping = keys.Wrapping.from_passphrase(passphrase, params)
    key_path = key_file_path(path)
    _set_aside_orphan_key_file(key_path)
    # The key file first, with the salt chosen here: a crash leaves a key file without a vault
    # (set aside next time), never a vault nobody can open.
    keys.write_key_file(key_path, wrapping.seal(salt, [data_key]))
    try:
        vault = _create_database(path, data_key, salt, wrapping)
    except BaseException:
        files.remove_quietly(files.companion_files(path) + [key_path])
        raise
    return vault, keys.format_recovery_key(data_key)


def unlock(path: Path, passphrase: str) -> Vault:
    """Open the vault with the passphrase. Everything that can be told without SQLCipher is
    checked first; a wrong passphrase is known from the key file alone."""
    path = Path(path)
    check_sqlcipher()
    header = files.inspect_vault_file(path)
    key_file = keys.read_key_file(key_file_path(path))
    if key_file.vault_salt != header.salt:
        if not header.whole_pages:
            raise NotAVault()
        # Another vault's key file, or this vault's salt damaged: the passphrase tells.
        raise inspection.salt_mismatch_error(path, key_file, passphrase)
    files.require_writable_folder(path)
    wrapping, data_keys = keys.Wrapping.unlock(key_file, passphrase)
    vault = _open_existing(path, data_keys, header, key_is_proven=True, wrapping=wrapping)
    if len(data_keys) > 1:
        # A re-key was interrupted: settle the key file on whichever key opened the vault.
        try:
            keys.write_key_file(key_file_path(path), wrapping.seal(header.salt, [vault._data_key]))
        except VaultError:
            pass  # the key file with both keys still opens the vault; settled at a later unlock
    return vault


def unlock_with_recovery_key(path: Path, recovery_key: str) -> Vault:
    """Open the vault with its recovery key; works without (or despite) the key file. The
    vault then has no passphrase in memory: call `change_passphrase` to write a key file."""
    path = Path(path)
    data_key = keys.parse_recovery_key(recovery_key)
    check_sqlcipher()
    header = files.inspect_vault_file(path)
    files.require_writable_folder(path)
    try:
        return _open_existing(path, [data_key], header, key_is_proven=False, wrapping=None)
    except WrongRecoveryKey:
        damage = inspection.damage_under_salt(path, [data_key], header)
        if damage is not None:
            raise damage from None  # the key is right (other pages verify): damage
        raise


def open_with_data_key(
    path: Path, data_key: bytes, *, create: bool = False, copy_before_migration: bool = True
) -> Vault:
    """Open (or with `create=True` make) the vault at `path` with its raw data key and bring
    its schema up to date. No key file is read or written; see `create_vault` / `unlock`.
    `copy_before_migration=False` when the caller keeps its own copy (a restore's backup)."""
    path = Path(path)
    check_sqlcipher()
    if create:
        if path.exists():
            raise VaultExists()
        _prepare_folder(path)
        return _create_database(path, data_key, None, None)
    header = files.inspect_vault_file(path)
    files.require_writable_folder(path)
    return _open_existing(
        path,
        [data_key],
        header,
        key_is_proven=False,
        wrapping=None,
        copy_before_migration=copy_before_migration,
    )


def _prepare_folder(path: Path) -> None:
    if path.parent.exists():
        # Before ensure_private_dir, whose chmod would quietly make a read-only folder writable.
        files.require_writable_folder(path)
    try:
        ensure_private_dir(path.parent)
    except PermissionError:
        raise VaultFolderReadOnly() from None
    except OSError as exc:
        if exc.errno == errno.EROFS:
            raise VaultFolderReadOnly() from exc
        raise SaveFailed() from exc
    files.require_writable_folder(path)


def _set_aside_orphan_key_file(key_path: Path) -> None:
    """A key file without its vault is kept, renamed, rather than overwritten."""
    if key_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        files.rename_file(key_path, key_path.with_name(f"{key_path.name}.unused-{stamp}"), key_path)


def _create_database(
    path: Path, data_key: bytes, salt: bytes | None, wrapping: keys.Wrapping | None
) -> Vault:
    # Owner-only permissions before the first byte: the file and its -wal/-shm inherit them.
    files.create_private_file(path)
    try:
        conn = connect(path, data_key, salt=salt)
    except BaseException:
        files.remove_quietly([path])
        raise
    vault = Vault(path, conn, data_key=data_key, wrapping=wrapping)
    try:
        _migrate(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def _open_existing(
    path: Path,
    data_keys: list[bytes],
    header: files.VaultFileHeader,
    *,
    key_is_proven: bool,
    wrapping: keys.Wrapping | None,
    copy_before_migration: bool = True,
) -> Vault:
    if _has_hot_wal(path):
        # Opening would fold the WAL into the vault; look at a copy first, so a vault from a
        # newer version is refused without one byte of it changing.
        migration_copies.remove_stale_inspections(path)
        with tempfile.TemporaryDirectory(
            dir=path.parent, prefix=migration_copies.inspection_prefix(path)
        ) as folder:
            copy = Path(folder) / path.name
            for original, duplicate in zip(
                files.companion_files(path)[:2], files.companion_files(copy)[:2], strict=True
            ):
                if original.exists():  # the -shm is not copied: SQLite rebuilds it
                    files.copy_private_file(original, duplicate)
            conn, key = _keyed_first(copy, data_keys, header, key_is_proven)
            try:
                migrations.check_not_newer(Database(conn, execute_plugins=False))
            finally:
                conn.close()
        data_keys = [key]
    conn, key = _keyed_first(path, data_keys, header, key_is_proven)
    try:
        migrations.check_not_newer(Database(conn, execute_plugins=False))
        enable_wal(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _open_error(exc, header, key_is_proven) from exc
    except BaseException:
        conn.close()
        raise
    vault = Vault(path, conn, data_key=key, wrapping=wrapping)
    try:
        made = _migrate(vault, copy_first=copy_before_migration)
    except BaseException:
        vault.close()
        raise
    _remove_copies_no_longer_needed(vault, made)
    return vault


def _remove_copies_no_longer_needed(vault: Vault, made_now: list[Path]) -> None:
    """Copies from an earlier migration go once the migrated vault opened again and passes
    its integrity check; a damaged vault keeps them (they may be all that is left)."""
    own = migration_copies.find(vault.path, vault.salt)
    earlier = [copy for copy in own if copy not in made_now]
    if not earlier:
        return
    try:
        vault.check_integrity()
    except VaultDamaged:
        return
    migration_copies.remove(earlier)


def _has_hot_wal(path: Path) -> bool:
    """After a crash (or while another program has the vault open) the -wal and -shm stay;
    closing our own connection would then change them."""
    return any(companion.exists() for companion in files.companion_files(path)[1:])


def _keyed_first(
    path: Path, data_keys: list[bytes], header: files.VaultFileHeader, key_is_proven: bool
) -> tuple[sqlcipher3.Connection, bytes]:
    """The first of `data_keys` that opens the file (the second is a re-key in progress)."""
    for index, key in enumerate(data_keys):
        try:
            return keyed_connection(str(path), key), key
        except sqlcipher3.DatabaseError as exc:
            if primary_code(exc) == SQLITE_NOTADB and index + 1 < len(data_keys):
                continue
            raise _open_error(exc, header, key_is_proven) from exc
    raise AssertionError("no data key given")


def _open_error(
    exc: sqlcipher3.DatabaseError, header: files.VaultFileHeader, key_is_proven: bool
) -> VaultError:
    code = primary_code(exc)
    if code == SQLITE_NOTADB:
        # Page 1 did not decrypt. With a key the key file vouches for, the vault is damaged;
        # otherwise the key is wrong, unless the file cannot be a SQLCipher file at all.
        if key_is_proven:
            return VaultDamaged()
        return WrongRecoveryKey() if header.whole_pages else NotAVault()
    if code in (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM):
        return VaultFolderReadOnly()
    return VaultDamaged()


def _migrate(vault: Vault, *, copy_first: bool = True) -> list[Path]:
    """Bring the schema up to date; returns the copy made before the first step (if any)."""
    backups: list[Path] = []

    def copy_before(version: int) -> None:
        target = migration_copies.copy_path(vault.path, version)
        vault.copy_to(target)
        backups.append(target)

    try:
        if migrations.pending(vault.db) and (
            migrations.schema_version(vault.db) >= search_index.SINCE_VERSION
        ):
            vault.catch_up_search()  # a step (and the copy before it) sees a complete index
        migrations.migrate(vault.db, before_first_step=copy_before if copy_first else None)
    except VaultError:
        raise
    except Exception as exc:
        failed = migrations.schema_version(vault.db) + 1
        raise MigrationFailed(failed, backups[0] if backups else None) from exc
    return backups
