"""Back up the open vault to a file the coach chooses, and restore a backup into a new vault.

A backup is the vault at one moment, made with SQLite's online backup API through a second
keyed connection (consistent while the app keeps writing), encrypted with the same data key
and salt. So it opens with the vault's recovery key, any SQLCipher 4 tool included; and,
through a key file written beside it (`<backup>.key`, the data key wrapped under the
passphrase of that moment), with that passphrase. It is written under a temporary name,
fsync'd, renamed, the folder fsync'd, then opened again and checked before it counts. Once
it counts, the backup is logged in the vault (`disclosures`, no client: it holds every client
then in the vault); a backup that cannot be logged is removed again.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3

from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault import files, keys, passphrase_rule, store
from intakecompanion.vault.engine import copy_database, keyed_connection
from intakecompanion.vault.errors import (
    FileInUse,
    SaveFailed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultFolderReadOnly,
)
from intakecompanion.vault.inspection import (
    UnlockedKeys,
    VerifyReport,
    data_key_for,
    verify_file,
)
from intakecompanion.vault.unlocked import Vault

BACKUP_SUFFIX = ".icvbackup"


class BackupFailed(VaultError):
    default_message = (
        "The backup could not be written (the stick may be full, removed or read-only). The "
        "vault itself is unchanged and nothing half-written was left behind."
    )


class BackupUnreadable(BackupFailed):
    default_message = (
        "The backup was written but did not read back correctly, so it was removed. The vault "
        "itself is unchanged. Try again, or use another stick."
    )


class BackupTargetExists(VaultError, FileExistsError):
    default_message = "A file with this name already exists there; it has not been changed."


class KeyFileUnavailable(VaultError):
    default_message = (
        "The vault was opened with its recovery key, so there is no passphrase to lock a key "
        "file with. Set a passphrase first, or back up without a key file."
    )


class RestoreFailed(VaultError):
    """The new vault could not be made (a full disk, a stick pulled out): nothing of it was
    left, and the backup and the open vault are as they were. `os_error` says why, when the
    system told it."""

    default_message = (
        "The new vault could not be made there. The backup is unchanged and nothing half-made "
        "was left behind."
    )

    def __init__(self, os_error: OSError | None = None) -> None:
        super().__init__()
        self.os_error = os_error


def _os_error_in(error: BaseException) -> OSError | None:
    """The first OSError in `error`'s chain of causes (itself included)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


class BackupDamaged(VaultDamaged):
    default_message = (
        "This backup is damaged, so it was not restored. Nothing has been changed. Try "
        "another backup copy."
    )


@dataclass(frozen=True)
class BackupResult:
    path: Path
    key_file: Path | None  # None: the backup opens with the recovery key only
    report: VerifyReport


def default_backup_name(stamp: str) -> str:
    """`intake-companion-<stamp>.icvbackup`, e.g. with the date and time of the backup."""
    return f"intake-companion-{stamp}{BACKUP_SUFFIX}"


def backup_vault(
    vault: Vault,
    target: Path,
    *,
    with_key_file: bool = True,
    replace: bool = False,
    clock: Callable[[], datetime] | None = None,
) -> BackupResult:
    """Write a verified backup of the open `vault` to `target`, and its key file beside it
    when `with_key_file` is true; log it at `clock()` (now by default). A key file wraps the
    data key under the passphrase, so a vault opened with its recovery key (no passphrase in
    memory) cannot give one: asked for anyway, KeyFileUnavailable before anything is written,
    never a backup silently without."""
    target = Path(target)
    data_key, wrapping = _secrets_of(vault)
    if with_key_file and wrapping is None:
        raise KeyFileUnavailable()
    salt = vault.salt
    key_target = files.key_file_path(target)
    own = {p.resolve() for p in files.companion_files(vault.path) + [vault.key_file]}
    if target.resolve() in own or key_target.resolve() in own:
        raise BackupTargetExists()  # never over the vault's own files, whatever `replace` says
    if not replace and (target.exists() or (with_key_file and key_target.exists())):
        raise BackupTargetExists()
    if not target.parent.is_dir():
        raise BackupFailed()
    # The backup's search index is complete: the notes whose index is behind are indexed
    # first. Should the vault's disk refuse that write, the backup holds them as still behind
    # (consistent; the restored vault's first search catches up).
    with contextlib.suppress(SaveFailed):
        vault.catch_up_search()
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        _copy_consistently(vault.path, temp, data_key, salt)
        files.replace_file(temp, target)
        files.fsync_folder_if_possible(target.parent)
    except FileInUse:
        raise  # an older backup there, held open by another program: said as such
    except (OSError, sqlcipher3.Error, VaultError) as exc:
        raise BackupFailed() from exc
    finally:
        files.remove_quietly([temp, temp.with_name(temp.name + "-journal")])
    try:
        report, _ = verify_file(target, UnlockedKeys((data_key,), None, proven=True))
    except (VaultError, OSError, sqlcipher3.Error) as exc:
        files.remove_quietly([target])
        raise BackupUnreadable() from exc
    if not report.ok:
        files.remove_quietly([target])
        raise BackupUnreadable()
    written_key_file: Path | None = None
    if with_key_file and wrapping is not None:
        try:
            keys.write_key_file(key_target, wrapping.seal(salt, [data_key]))
        except VaultError as exc:
            files.remove_quietly([target])
            raise BackupFailed() from exc
        written_key_file = key_target
    elif replace:
        files.remove_quietly([key_target])  # an older key file would not match this backup
    try:
        _log_backup(vault, target, (clock or _now)())
    except Exception as exc:
        files.remove_quietly([target] + ([written_key_file] if written_key_file else []))
        raise BackupFailed() from exc  # no backup leaves the vault without its log entry
    return BackupResult(target, written_key_file, report)


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def _log_backup(vault: Vault, target: Path, at: datetime) -> None:
    """The backup's entry in the log of what left the vault (read by domain/disclosures.py)."""
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO disclosures (client_id, at, kind, destination) VALUES (NULL, ?, ?, ?)",
            (at.isoformat(), "backup", str(target)),
        )


def _secrets_of(vault: Vault) -> tuple[bytes, keys.Wrapping | None]:
    """The open vault's data key and passphrase wrapping (None if opened by recovery key)."""
    if not vault.is_open:
        raise RuntimeError("the vault is locked")
    return vault._data_key, vault._wrapping


def _copy_consistently(source: Path, temp: Path, data_key: bytes, salt: bytes) -> None:
    """One backup step over a second connection: a single read transaction, so the copy is
    the vault at one moment even while the app commits edits on its own connection."""
    files.create_private_file(temp)  # owner-only from birth; its journal takes the same mode
    reader = keyed_connection(str(source), data_key)
    try:
        copy_database(reader, temp, data_key, salt)
    finally:
        reader.close()


# -- restore -----------------------------------------------------------------------------------


def restore_backup(
    backup: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    kdf: keys.KdfParams | None = None,
    then: Callable[[Vault], object] | None = None,
) -> VerifyReport:
    """Check `backup`, then make a new vault at `target` from it; never over an existing one.

    With the backup's passphrase the key file beside the backup is copied along (the same
    passphrase opens the restored vault). With the recovery key, `new_passphrase` is required
    and a new key file is written for it. `then` runs on the restored vault, open and
    checked, before it counts (erasing again the clients the backup brings back,
    `domain/returning.py`); should it fail, nothing of the restore stays. Returns the check
    of the backup.
    """
    backup, target = Path(backup), Path(target)
    if recovery_key is not None:
        if new_passphrase is None:
            raise ValueError("restoring with the recovery key needs a new passphrase")
        passphrase_rule.require_acceptable(new_passphrase)  # before anything is read or made
    if any(p.exists() for p in files.companion_files(target) + [files.key_file_path(target)]):
        raise VaultExists()
    unlocked = data_key_for(backup, passphrase=passphrase, recovery_key=recovery_key)
    try:
        report, data_key = verify_file(backup, unlocked)
    except VaultDamaged as exc:
        raise BackupDamaged() from exc
    if not report.ok:
        raise BackupDamaged()
    salt = files.inspect_vault_file(backup).salt
    _prepare_folder(target)
    made = files.companion_files(target) + [files.key_file_path(target)]
    try:
        files.copy_private_file(backup, target)
        if unlocked.wrapping is not None:
            keys.write_key_file(
                files.key_file_path(target), unlocked.wrapping.seal(salt, [data_key])
            )
        # The ordinary open: brings an older backup's schema up to date, switches to WAL.
        # No copy before a migration: the backup itself is that copy.
        with store.open_with_data_key(target, data_key, copy_before_migration=False) as vault:
            vault.check_integrity()
            if unlocked.wrapping is None:
                assert new_passphrase is not None
                vault.change_passphrase(new_passphrase, kdf)
            if then is not None:
                then(vault)
    except (SaveFailed, OSError) as exc:
        files.remove_quietly(made)
        if isinstance(exc, FileInUse):
            raise  # its own message: close the other program
        raise RestoreFailed(_os_error_in(exc)) from exc
    except BaseException:
        files.remove_quietly(made)
        raise
    return report


def _prepare_folder(target: Path) -> None:
    # A new folder is made owner-only; an existing one (the coach's own) is left as it is:
    # the vault's files are 0600 whatever folder they are in.
    if not target.parent.exists():
        try:
            ensure_private_dir(target.parent)
        except OSError as exc:
            raise VaultFolderReadOnly() from exc
    files.require_writable_folder(target)


__all__ = [
    "BACKUP_SUFFIX",
    "BackupDamaged",
    "BackupFailed",
    "BackupResult",
    "BackupTargetExists",
    "BackupUnreadable",
    "RestoreFailed",
    "backup_vault",
    "default_backup_name",
    "restore_backup",
]
