"""One program at a time per vault: an OS lock on an empty file beside it (`vault.icv.lock`).

Two copies of the app on one vault each saved over the other's typing from a stale screen
(tour9 #1). SQLite's own locks do not stop that: every transaction is fine on its own. So a
window (and a command that writes) first takes the vault's claim, and keeps it for as long as
it has the vault open or holds typed text for it, also while its screen is locked.

The lock is the operating system's, on a file of its own (never the vault: on Linux closing
any handle of the vault would drop SQLite's own locks): `flock` on POSIX, `LockFile`
(`msvcrt.locking`) on Windows. It goes when the claim is released, and when the process ends
in any way, so no stale lock has to be guessed at (a PID file would). The file stays, empty:
removing it would let a second program lock a new file of the same name while the first still
holds the old one. Within one process a second claim on the same vault is refused before the
file is touched (POSIX locks are the process's own, and closing a second handle of the file
would drop them on Linux where `flock` is emulated by them, over NFS).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
import weakref
from pathlib import Path
from types import TracebackType

from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault.errors import SaveFailed, VaultFolderReadOnly, VaultInUse

SUFFIX = ".lock"

# The errors flock gives for a lock another holder has: EWOULDBLOCK (= EAGAIN on Linux).
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}

_held: weakref.WeakValueDictionary[str, VaultClaim] = weakref.WeakValueDictionary()
_held_guard = threading.Lock()


def lock_file_path(vault_path: Path) -> Path:
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + SUFFIX)


def _registry_key(lock_path: Path) -> str:
    return os.path.normcase(os.path.realpath(lock_path))


class VaultClaim:
    """This process's hold on one vault; `take` it, `release` it (or let the process end)."""

    def __init__(self, vault_path: Path, fd: int | None, key: str) -> None:
        self.vault_path = Path(vault_path)
        self._fd = fd
        self._key = key

    @classmethod
    def take(cls, vault_path: Path) -> VaultClaim:
        """The claim on the vault at `vault_path` (made or not yet); `VaultInUse` when another
        program, or another part of this one, holds it. The vault's folder is made if missing."""
        lock_path = lock_file_path(vault_path)
        with _held_guard:
            if not Path(vault_path).parent.exists():
                try:
                    ensure_private_dir(Path(vault_path).parent)
                except OSError as exc:
                    raise _as_vault_error(exc) from exc
            key = _registry_key(lock_path)
            if key in _held:
                raise VaultInUse()
            fd = _open(lock_path)
            try:
                _lock(fd)
            except BaseException:
                os.close(fd)
                raise
            claim = cls(vault_path, fd, key)
            _held[key] = claim
        return claim

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        with _held_guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            if _held.get(self._key) is self:
                del _held[self._key]
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __del__(self) -> None:
        # A claim nobody holds any more (a window dropped without quitting, in tests) lets go.
        fd, self._fd = getattr(self, "_fd", None), None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> VaultClaim:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def _open(lock_path: Path) -> int:
    """The lock file, made empty and owner-only when missing; never inherited by a child."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        return os.open(lock_path, flags, 0o600)
    except OSError as exc:
        raise _as_vault_error(exc) from exc


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte, past the end of an empty file
        except OSError as exc:  # a lock violation (its errno is not reliable: 0 under Wine)
            raise VaultInUse() from exc
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _HELD_ELSEWHERE:
            raise VaultInUse() from exc
        # A file system without locks (ENOLCK, EOPNOTSUPP): the claim still stands within
        # this process; another program is not kept out there (docs/security.md).


def _unlock(fd: int) -> None:
    # Not locked (a file system without locks): closing is all there is to do.
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _as_vault_error(exc: OSError) -> Exception:
    if exc.errno in _READ_ONLY:
        return VaultFolderReadOnly()
    return SaveFailed()
