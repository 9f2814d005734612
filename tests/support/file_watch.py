"""Which files in a folder this machine opened: Linux inotify, read without blocking.

The kernel reports every open and read of a file in the watched folder, whoever asked for it
(Python, Qt's QFile or image readers, a plugin), so a test can prove that nothing was opened
without knowing which code path might have done it.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

import pytest

_IN_ACCESS = 0x00000001
_IN_OPEN = 0x00000020
_IN_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # Linux values; Windows' os has neither
_IN_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, length of the name that follows


class FolderWatch:
    """Opens and reads of files in `folder` from now on; `close()` when done."""

    def __init__(self, folder: Path) -> None:
        if not sys.platform.startswith("linux"):
            pytest.skip("inotify is Linux only")
        libc = ctypes.CDLL(None, use_errno=True)
        self._fd = libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), _IN_OPEN | _IN_ACCESS) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch")

    def opened(self) -> list[str]:
        """Names of the files opened or read since the last call (in order, repeats kept)."""
        names: list[str] = []
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                names.append(os.fsdecode(data[start : start + length].rstrip(b"\0")))
                offset = start + length

    def close(self) -> None:
        os.close(self._fd)
