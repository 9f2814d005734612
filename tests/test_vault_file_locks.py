"""The open vault keeps SQLite's own file locks: nothing reopens the vault file by path.

On Linux, closing any handle of a file drops every POSIX lock the process holds on it, so one
`open(vault.path).close()` while the connection is open leaves the vault unlocked for other
programs (a second copy of the app, a sync tool) while SQLite believes it still holds it.
Windows keeps locks per handle; the same checks show its locks hold too.
"""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.support.old_vault import build_vault_at

from intakecompanion.vault import keys, store
from intakecompanion.vault.backup import backup_vault
from intakecompanion.vault.keys import KdfParams
from intakecompanion.vault.store import Vault

# SQLite's locking, unix and Windows alike: a reader's SHARED lock lies in the 510 bytes after
# PENDING+RESERVED (0x40000002). Another process asks for those bytes exclusively, at once: a
# POSIX record lock there, Windows' LockFile (msvcrt.locking) here.
_PROBE = """
import os, sys
fd = os.open(sys.argv[1], os.O_RDWR | getattr(os, "O_BINARY", 0))
try:
    if os.name == "nt":
        import msvcrt
        os.lseek(fd, 0x40000002, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 510)
    else:
        import fcntl
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002, os.SEEK_SET)
except OSError:
    print("held")
else:
    print("free")
"""


def lock_seen_by_another_process(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_open_vault_is_locked_for_other_processes(vault: Vault) -> None:
    # The probe itself: an open vault is seen as locked, a closed one as free.
    assert lock_seen_by_another_process(vault.path) == "held"
    vault.close()
    assert lock_seen_by_another_process(vault.path) == "free"


def test_a_backup_keeps_the_vault_locked(vault: Vault, tmp_path: Path) -> None:
    backup_vault(vault, tmp_path / "backup.icvbackup")
    assert lock_seen_by_another_process(vault.path) == "held"


def test_a_passphrase_change_keeps_the_vault_locked(vault: Vault, fast_kdf: KdfParams) -> None:
    vault.change_passphrase("een andere lange zin voor Noor", fast_kdf)
    assert lock_seen_by_another_process(vault.path) == "held"


def test_a_new_recovery_key_keeps_the_vault_locked(vault: Vault) -> None:
    vault.replace_recovery_key()
    assert lock_seen_by_another_process(vault.path) == "held"


def test_the_copy_before_a_migration_keeps_the_vault_locked(
    tmp_path: Path, passphrase: str, fast_kdf: KdfParams
) -> None:
    path = tmp_path / "vault.icv"
    data_key, salt = keys.new_data_key(), os.urandom(16)
    build_vault_at(path, data_key, salt, 1)
    wrapping = keys.Wrapping.from_passphrase(passphrase, fast_kdf)
    keys.write_key_file(store.key_file_path(path), wrapping.seal(salt, [data_key]))
    with store.unlock(path, passphrase) as vault:
        assert list(tmp_path.glob("vault.icv.schema1-*.bak"))  # a copy was made meanwhile
        assert lock_seen_by_another_process(vault.path) == "held"


def test_nothing_opens_the_vault_file_by_path_while_it_is_open(
    vault: Vault, tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever the platform's locking: backup, passphrase, recovery key never open it."""
    opened: list[str] = []
    target = os.path.realpath(vault.path)
    real_open = os.open

    def spying_open(path: Any, *args: Any, **kwargs: Any) -> int:
        if isinstance(path, (str, os.PathLike)) and os.path.realpath(path) == target:
            opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spying_open)
    monkeypatch.setattr("builtins.open", _spy_builtin_open(target, opened))
    backup_vault(vault, tmp_path / "backup.icvbackup")
    vault.change_passphrase("een andere lange zin voor Noor", fast_kdf)
    vault.replace_recovery_key()
    assert opened == []


def _spy_builtin_open(target: str, opened: list[str]) -> Any:
    real = builtins.open

    def spying(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == target:
            opened.append(str(file))
        return real(file, *args, **kwargs)

    return spying
