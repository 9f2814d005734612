"""For disk-full tests: a small disk (a tmpfs of a few hundred KiB where mounting is allowed),
and the error SQLite raises when the disk refuses a write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3


def tmpfs_unavailable_reason() -> str | None:
    """Why a tmpfs cannot be mounted here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "a tmpfs to mount is Linux-only"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount are not installed"
    return None


@contextmanager
def small_disk(folder: Path, size_kib: int) -> Iterator[Path]:
    """Mount a tmpfs of `size_kib` on `folder` (created) and unmount it afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise PermissionError(f"mount -t tmpfs refused: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_up(folder: Path) -> Path:
    """Fill the disk under `folder` to the last byte; returns the file to delete for space."""
    ballast = folder / "ballast"
    fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        chunk = 1 << 16
        while chunk:
            try:
                os.write(fd, b"\0" * chunk)
            except OSError:
                chunk //= 2
    finally:
        os.close(fd)
    return ballast


def sqlite_storage_error(message: str, code: int) -> sqlcipher3.OperationalError:
    """The error SQLite raises for a refused write, with its result code as SQLite gives it
    (SQLITE_FULL 13, SQLITE_READONLY 8): the code is what tells a full disk from wrong SQL."""
    error = sqlcipher3.OperationalError(message)
    error.sqlite_errorcode = code
    return error
