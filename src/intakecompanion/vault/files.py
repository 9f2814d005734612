"""File-level care for the vault's folder: whole-file writes, permissions, and a first look.

Nothing here decrypts anything; it reads at most the vault's plaintext 16-byte salt and writes
only bytes that are already encrypted (the key file, a byte-for-byte copy of the vault).
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from intakecompanion.vault.errors import (
    FileInUse,
    NotAVault,
    SaveFailed,
    VaultDamaged,
    VaultFolderReadOnly,
    VaultMissing,
)

SALT_BYTES = 16  # SQLCipher 4 keeps its per-file salt as the file's first 16 bytes, in plaintext
PAGE_SIZE = 4096  # SQLCipher 4's default page size; the vault never changes it
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm")
KEY_FILE_SUFFIX = ".key"
_READ_ONLY_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
# Windows' answers to a rename over a file another program holds open without FILE_SHARE_DELETE:
# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION. A viewer or a virus scan
# often lets go within a second, so replace_file waits these seconds between its attempts.
_IN_USE_WINERRORS = {5, 32, 33}
REPLACE_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)
_sleep = time.sleep


@dataclass(frozen=True)
class VaultFileHeader:
    """What can be told about a vault file without its key."""

    salt: bytes
    size: int

    @property
    def whole_pages(self) -> bool:
        """A SQLCipher file is always whole pages; random or cut-off files rarely are."""
        return self.size >= PAGE_SIZE and self.size % PAGE_SIZE == 0


def inspect_vault_file(path: Path) -> VaultFileHeader:
    """Read the plaintext salt; refuse what is clearly missing, empty or not encrypted."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise VaultMissing() from None
    except IsADirectoryError:
        raise NotAVault() from None
    except PermissionError:
        if path.is_dir():  # Windows refuses to open a folder as a file with access denied
            raise NotAVault() from None
        raise VaultFolderReadOnly() from None
    if size == 0:
        raise VaultDamaged("The vault file is empty. Nothing has been changed; restore a backup.")
    if head == PLAIN_SQLITE_HEADER:
        raise NotAVault(
            "This file is an ordinary, unencrypted database, not an Intake Companion vault. "
            "Nothing has been changed."
        )
    if len(head) < SALT_BYTES:
        raise NotAVault()
    return VaultFileHeader(salt=head, size=size)


def key_file_path(vault_path: Path) -> Path:
    """The key file sits beside the vault: the vault's name plus ".key"."""
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + KEY_FILE_SUFFIX)


def companion_files(path: Path) -> list[Path]:
    """The vault's own files as SQLite names them (the key file is named by store.py)."""
    return [path] + [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def require_writable_folder(path: Path) -> None:
    """Refuse early, before anything is written, when the vault or its folder is read-only.

    `os.access` alone misses what root cannot write either (immutable folders, read-only
    mounts), so a probe file is created and removed again.
    """
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise VaultFolderReadOnly()
    if not os.access(folder, os.W_OK | os.X_OK):
        raise VaultFolderReadOnly()
    probe = folder / f".{path.name}.{secrets.token_hex(6)}.probe"
    try:
        fd = _open_new(probe)
    except OSError as exc:
        if exc.errno in _READ_ONLY_ERRNOS:
            raise VaultFolderReadOnly() from exc
        raise SaveFailed() from exc
    os.close(fd)
    os.unlink(probe)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` itself durable."""
    if not hasattr(os, "O_DIRECTORY"):
        return  # Windows cannot open a folder to sync it; NTFS makes the rename durable itself
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder_if_possible(folder: Path) -> None:
    """For files on media the program does not own (a USB stick, a PDF's folder): some file
    systems cannot sync a folder; the file itself is already synced, so that is not an error."""
    try:
        fsync_folder(folder)
    except OSError:
        pass


def write_private_file(path: Path, data: bytes, *, new: bool = False) -> None:
    """Write `path` whole or not at all: 0600 temp file, fsync, rename over, fsync the folder.
    `new`: never over a file already there (FileExistsError, that file unchanged): a copy
    for the client is rendered for a while, and a file of its name can appear meanwhile."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = _open_new(temp)
    except OSError as exc:
        raise _as_vault_error(exc) from exc
    try:
        try:
            _owner_only(fd)  # the mode above is masked by umask; this one is not
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            publish_new_file(temp, path)
        else:
            replace_file(temp, path)
        fsync_folder(path.parent)
    except (FileInUse, FileExistsError):
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _as_vault_error(exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def replace_file(source: Path | str, target: Path | str) -> None:
    """`os.replace(source, target)`, tried again for a moment while another program holds
    `target` open (on Windows that refuses the rename; elsewhere it never does). Still held
    after REPLACE_WAITS: FileInUse, with `target` as it was and `source` left for the caller
    to remove. Other errors are raised as they come."""
    _while_in_use(os.replace, source, target, Path(target))


def publish_new_file(source: Path, target: Path) -> None:
    """Give the finished `source` the name `target` only while no file has that name:
    FileExistsError otherwise, `target` unchanged and `source` left for the caller to remove.
    Windows' rename never replaces a file. On POSIX a hard link is the atomic way; where the
    file system has none (FAT or exFAT on a USB stick) the name is checked just before the
    rename, which leaves only that instant open."""
    if os.name == "nt":
        rename_file(source, target)
        return
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links here
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def rename_file(source: Path | str, target: Path | str, in_use: Path | None = None) -> None:
    """`os.rename(source, target)` onto a new name (on Windows never over an existing file),
    tried again as replace_file while another program (a virus scan of the just-written
    `source`, a sync tool) holds it open; FileInUse names `in_use` (the file the coach knows
    of; `target` if not given), `source` is left where it was."""
    _while_in_use(os.rename, source, target, in_use or Path(target))


def _while_in_use(
    move: Callable[[Path | str, Path | str], None],
    source: Path | str,
    target: Path | str,
    in_use: Path,
) -> None:
    for wait in (*REPLACE_WAITS, None):
        try:
            move(source, target)
            return
        except OSError as exc:
            if getattr(exc, "winerror", None) not in _IN_USE_WINERRORS:
                raise
            if wait is None:
                raise FileInUse(in_use) from exc
        _sleep(wait)


def copy_private_file(source: Path, target: Path) -> None:
    """Copy already-encrypted bytes to `target` (new, 0600) durably; used for vault copies."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = _open_new(temp)
        try:
            _owner_only(fd)
            with open(source, "rb") as src, os.fdopen(os.dup(fd), "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
            os.fsync(fd)
        finally:
            os.close(fd)
        rename_file(temp, target)
        fsync_folder(target.parent)
    except FileInUse:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _as_vault_error(exc) from exc


def create_private_file(path: Path) -> None:
    """Create `path` empty and owner-only before SQLite writes its first byte into it.

    SQLite gives the -wal and -shm the mode of the database file, so they are private too. No
    umask is touched: that is process-wide, and vaults are created and backed up in threads.
    """
    try:
        fd = _open_new(path)
    except OSError as exc:
        raise _as_vault_error(exc) from exc
    try:
        _owner_only(fd)
    finally:
        os.close(fd)


def _open_new(path: Path) -> int:
    """Create `path` new (0600 on POSIX), not inherited by child processes, and binary on
    Windows: without O_BINARY its C runtime writes every 0x0A byte as 0x0D 0x0A. Windows' `os`
    has no O_CLOEXEC (its descriptors are not inherited anyway), POSIX has no O_BINARY."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def _owner_only(fd: int) -> None:
    # Windows has no fchmod before Python 3.13 (and no Unix modes: the profile folder's ACL
    # keeps the file private there).
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)


def remove_quietly(paths: list[Path]) -> None:
    for item in paths:
        try:
            item.unlink(missing_ok=True)
        except OSError:
            pass


def _as_vault_error(exc: OSError) -> Exception:
    if exc.errno in _READ_ONLY_ERRNOS:
        return VaultFolderReadOnly()
    return SaveFailed()
