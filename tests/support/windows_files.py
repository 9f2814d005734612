"""Windows: a file another program holds open, as an editor or a PDF viewer does: for real
through CreateFileW (on Windows), or as os.replace/os.rename answer then (anywhere)."""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import wintypes
from pathlib import Path

import pytest

from intakecompanion.vault import files

GENERIC_READ = 0x80000000
OPEN_EXISTING = 3
INVALID_HANDLE_VALUE = wintypes.HANDLE(-1).value


@contextmanager
def held_open(path: Path, share: int = 0) -> Iterator[None]:
    """Keep `path` open through Windows' CreateFileW with the share mode `share` (0: nobody
    else may read, write, rename or delete it; FILE_SHARE_READ = 1 is what most viewers use)."""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.CreateFileW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    ]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.CreateFileW(str(path), GENERIC_READ, share, None, OPEN_EXISTING, 0, None)
    if handle == INVALID_HANDLE_VALUE:
        raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    try:
        yield
    finally:
        kernel32.CloseHandle(handle)


def in_use_error() -> PermissionError:
    """What os.replace raises on Windows over a file held open (ERROR_SHARING_VIOLATION)."""
    error = PermissionError(13, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]  (set by Windows' os on its own errors)
    return error


def refused_while_held(
    times: int, monkeypatch: pytest.MonkeyPatch, move: str = "replace"
) -> list[float]:
    """os.replace (or os.rename: `move`) fails `times` times as on Windows over a held file,
    then works; returns the list the waits between attempts are recorded in (nothing really
    sleeps)."""
    real_move = getattr(os, move)
    refusals = [times]
    waits: list[float] = []

    def refusing(source: str | Path, target: str | Path) -> None:
        if refusals[0] > 0:
            refusals[0] -= 1
            raise in_use_error()
        real_move(source, target)

    monkeypatch.setattr(os, move, refusing)
    monkeypatch.setattr(files, "_sleep", waits.append)
    return waits
