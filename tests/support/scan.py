"""Scan files as bytes for secrets (UTF-8, UTF-16 LE and BE), counting what was read.

Also the files a process holds open after deleting them (SQLite's temporary files are made
that way), read through /proc/self/fd, and files in the machine's shared temp folders that
changed since a given moment.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
# Windows: the user's own temp folder (its /tmp would be a folder of the current drive, and
# under Wine the Linux machine's /tmp).
SHARED_TEMP = (
    (Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))
    if os.name == "posix"
    else (Path(os.environ.get("TEMP", "C:\\Windows\\Temp")),)
)


@dataclass
class Scan:
    needles: dict[str, bytes]
    files: int = 0
    bytes: int = 0
    hits: list[str] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)

    def read(self, label: str, data: bytes) -> None:
        self.files += 1
        self.bytes += len(data)
        self.hits += [f"{name} in {label}" for name, n in self.needles.items() if n in data]

    def tree(self, folder: Path, skip: Iterable[Path] = ()) -> None:
        skipped = {p.resolve() for p in skip}
        for item in sorted(folder.rglob("*")):
            if item.is_symlink() or not item.is_file() or item.resolve() in skipped:
                continue
            if item.resolve() in self.seen:  # folders given twice (the vault's is in HOME)
                continue
            self.seen.add(item.resolve())
            try:
                data = item.read_bytes()
            except OSError:
                continue
            self.read(str(item), data)

    def deleted_but_open(self) -> int:
        """Files this process holds open although they were deleted; returns how many.
        Linux only: Windows deletes no file that is open without FILE_SHARE_DELETE, and has no
        /proc to look through (under Wine, /proc/self would be the Linux side's)."""
        found = 0
        if not sys.platform.startswith("linux"):
            return found
        for fd in sorted(Path("/proc/self/fd").iterdir(), key=lambda p: int(p.name)):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if not target.endswith(" (deleted)") or not target.startswith("/"):
                continue
            try:
                data = fd.read_bytes()
            except OSError:
                continue
            found += 1
            self.read(f"deleted {target} (fd {fd.name})", data)
        return found

    def shared_temp_since(self, since: float) -> None:
        """Files in /tmp, /var/tmp and /dev/shm changed since `since` (time.time())."""
        for root in SHARED_TEMP:
            if not root.is_dir():
                continue
            for dirpath, dirnames, filenames in os.walk(root, onerror=lambda _e: None):
                dirnames[:] = [d for d in dirnames if not d.startswith("pytest-of-")]
                for name in filenames:
                    item = Path(dirpath) / name
                    try:
                        status = item.lstat()
                        # Only regular files: reading a named pipe another program left there
                        # (valgrind's vgdb makes them) waits for a writer that never comes.
                        if not stat.S_ISREG(status.st_mode) or status.st_mtime < since:
                            continue
                        data = item.read_bytes()
                    except OSError:
                        continue
                    self.read(str(item), data)


def needles_for(secrets: dict[str, str | bytes]) -> dict[str, bytes]:
    """Each text secret in every encoding; byte secrets as they are."""
    needles: dict[str, bytes] = {}
    for name, secret in secrets.items():
        if isinstance(secret, bytes):
            needles[name] = secret
            continue
        for encoding in ENCODINGS:
            needles[f"{name} ({encoding})"] = secret.encode(encoding)
    return needles
