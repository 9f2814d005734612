"""Helpers for vault tests: fingerprints of a folder, a folder nobody can write to, and a copy
of a closed vault."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.support.wine import running_under_wine

from intakecompanion.paths import ensure_private_dir
from intakecompanion.vault import claim, files


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below `folder` (names included) with the SHA-256 of its bytes; not a vault's
    lock file, which the first claim on it leaves, empty (vault/claim.py)."""
    return {
        str(item.relative_to(folder)): hashlib.sha256(item.read_bytes()).hexdigest()
        for item in sorted(folder.rglob("*"))
        if item.is_file() and not is_lock_file(item)
    }


def is_lock_file(item: Path) -> bool:
    return item.name.endswith(claim.SUFFIX) and item.stat().st_size == 0


def all_file_bytes(*folders: Path) -> Iterator[tuple[Path, bytes]]:
    for folder in folders:
        for item in sorted(folder.rglob("*")):
            if item.is_file() and not item.is_symlink():
                yield item, item.read_bytes()


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable for this process, root included (chattr +i), then restore."""
    if running_under_wine():
        pytest.skip(
            "Wine limit: Windows makes a folder read-only with an access list (icacls, a deny"
            " entry); Wine keeps no access lists"
        )
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("running as root without chattr: cannot make a read-only folder")
        done = subprocess.run([chattr, "+i", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("running as root and chattr +i is not allowed here")
        try:
            yield
        finally:
            subprocess.run([chattr, "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode & 0o777
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(mode)


def copy_vault(source: Path, target: Path) -> None:
    """The closed vault at `source` and its key file, as `target` (modes kept: 0600)."""
    ensure_private_dir(target.parent)
    shutil.copy2(source, target)
    shutil.copy2(files.key_file_path(source), files.key_file_path(target))
